// Package scalar holds the API's own marshalers of GraphQL built-in scalars
// (bound in gqlgen.yml).
package scalar

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/internal/apierr"
)

// MarshalInt writes a Go int as a GraphQL Int.
func MarshalInt(i int) graphql.Marshaler { return MarshalInt64(int64(i)) }

// UnmarshalInt reads a GraphQL Int into a Go int: a signed 32-bit integer as
// the GraphQL specification defines Int, whatever the width of int. gqlgen's
// own unmarshaler accepts any 64-bit value sent in a variable (query
// literals are checked by the validator), so 2^31 or 2^63−1 would reach the
// domain; here they are refused as BAD_USER_INPUT.
func UnmarshalInt(v any) (int, error) {
	n, err := UnmarshalInt64(v)
	return int(n), err
}

// MarshalInt64 writes a Go int64 as a GraphQL Int (sums of money may exceed
// 32 bits on output; they are written as they are).
func MarshalInt64(i int64) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.FormatInt(i, 10)) })
}

// UnmarshalInt64 reads a GraphQL Int into a Go int64, refusing values
// outside the signed 32-bit range of GraphQL's Int.
func UnmarshalInt64(v any) (int64, error) {
	n, err := graphql.UnmarshalInt64(v)
	if err != nil || n < math.MinInt32 || n > math.MaxInt32 {
		shown := fmt.Sprint(v)
		if len(shown) > 40 {
			shown = shown[:40] + "…"
		}
		return 0, apierr.Errorf(apierr.BadUserInput, "Int cannot represent %s: a GraphQL Int is a signed 32-bit integer (from %d to %d)", shown, math.MinInt32, math.MaxInt32)
	}
	return n, nil
}
