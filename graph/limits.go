package graph

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/internal/apierr"
	"yuanbahui/internal/viewer"
)

// Page sizes of every Relay connection of the API.
const (
	// DefaultPageSize is the page size of a connection asked for without first or last.
	DefaultPageSize = 20
	// MaxPageSize is the largest first or last a connection accepts.
	MaxPageSize = 500
)

// PageLimits is a gqlgen extension that gives every connection field without
// first/last a `first: DefaultPageSize` and refuses first/last outside
// 0..MaxPageSize with a BAD_USER_INPUT error before anything runs. It rewrites
// the parsed operation, so that entgql's eager loading, the resolvers and the
// cost calculation (OperationCost) all see the same page size.
type PageLimits struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = PageLimits{}

// ExtensionName implements graphql.HandlerExtension.
func (PageLimits) ExtensionName() string { return "PageLimits" }

// Validate implements graphql.HandlerExtension.
func (PageLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (PageLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := pageWalker{vars: oc.Variables}
	w.walk(oc.Operation.SelectionSet)
	return w.err
}

type pageWalker struct {
	vars map[string]any
	err  *gqlerror.Error
}

func (w *pageWalker) walk(set ast.SelectionSet) {
	for _, sel := range set {
		if w.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			if isConnection(s.Definition) {
				w.limit(s)
			}
			w.walk(s.SelectionSet)
		case *ast.InlineFragment:
			w.walk(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				w.walk(s.Definition.SelectionSet)
			}
		}
	}
}

// isConnection tells whether a field returns a Relay connection with first/last.
func isConnection(def *ast.FieldDefinition) bool {
	return def != nil && strings.HasSuffix(def.Type.Name(), "Connection") &&
		def.Arguments.ForName("first") != nil && def.Arguments.ForName("last") != nil
}

func (w *pageWalker) limit(f *ast.Field) {
	given := false
	for _, name := range []string{"first", "last"} {
		arg := f.Arguments.ForName(name)
		if arg == nil {
			continue
		}
		v, err := arg.Value.Value(w.vars)
		if err != nil || v == nil {
			continue
		}
		given = true
		n, ok := toInt(v)
		if !ok || n < 0 || n > MaxPageSize {
			w.err = apierr.ErrorAt(arg.Position, apierr.BadUserInput, "%s: %s must be between 0 and %d, got %v", f.Alias, name, MaxPageSize, v)
			return
		}
	}
	if !given {
		f.Arguments = append(f.Arguments, &ast.Argument{
			Name:     "first",
			Value:    &ast.Value{Kind: ast.IntValue, Raw: strconv.Itoa(DefaultPageSize), Position: f.Position},
			Position: f.Position,
		})
	}
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int64:
		return n, true
	case float64:
		return int64(n), float64(int64(n)) == n
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// MaxDepth is the deepest selection an operation may have, introspection
// included (only __typename, a leaf, is not counted): villages → edges → node
// → courtyards → … counts every level. GraphiQL's introspection query
// (graphql-js 16's, whose type references nest nine ofType deep) is 15
// levels deep.
const MaxDepth = 15

// DepthLimit is a gqlgen extension that refuses operations nested deeper than
// MaxDepth with a BAD_USER_INPUT error before anything runs.
type DepthLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

// ExtensionName implements graphql.HandlerExtension.
func (DepthLimit) ExtensionName() string { return "DepthLimit" }

// Validate implements graphql.HandlerExtension.
func (DepthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (DepthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if d := depth(oc.Operation.SelectionSet, 0); d > MaxDepth {
		return apierr.Errorf(apierr.BadUserInput, "operation is nested %d levels deep; the limit is %d", d, MaxDepth)
	}
	return nil
}

// depth returns the deepest field level below set; fragments are followed with
// a bound, so a fragment cycle (already refused by validation) cannot loop.
func depth(set ast.SelectionSet, level int) int {
	deepest := level
	if level > MaxDepth+1 {
		return level
	}
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__typename" {
				continue
			}
			d = depth(s.SelectionSet, level+1)
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, level)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, level)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// OneLogin is a gqlgen extension that refuses, with BAD_USER_INPUT before
// anything runs, an operation selecting `login` more than once (aliases,
// fragments): each login checks a password with argon2id, so one request
// must not carry hundreds of guesses.
type OneLogin struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = OneLogin{}

// ExtensionName implements graphql.HandlerExtension.
func (OneLogin) ExtensionName() string { return "OneLogin" }

// Validate implements graphql.HandlerExtension.
func (OneLogin) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (OneLogin) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation.Operation != ast.Mutation {
		return nil
	}
	n := 0
	for _, f := range fields(oc.Operation.SelectionSet) {
		if f.Name == "login" {
			n++
		}
	}
	if n > 1 {
		return apierr.Errorf(apierr.BadUserInput, "the operation logs in %d times; send one login per request", n)
	}
	return nil
}

// Introspection is a gqlgen extension that answers introspection (__schema,
// __type) to signed-in requests, and to anonymous ones only when Anonymous
// is set (`serve --production` clears it). An anonymous operation that
// introspects while it is off is refused with UNAUTHENTICATED before
// anything runs; __typename is always answered. Introspection is priced and
// depth-limited like any other selection (OperationCost, DepthLimit).
type Introspection struct {
	// Anonymous lets requests without a session or token introspect.
	Anonymous bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Introspection{}

// ExtensionName implements graphql.HandlerExtension.
func (Introspection) ExtensionName() string { return "Introspection" }

// Validate implements graphql.HandlerExtension.
func (Introspection) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (i Introspection) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if i.Anonymous || viewer.FromContext(ctx) != nil {
		oc.DisableIntrospection = false
		return nil
	}
	oc.DisableIntrospection = true
	for _, f := range fields(oc.Operation.SelectionSet) {
		if f.Name == "__schema" || f.Name == "__type" {
			return apierr.Errorf(apierr.Unauthenticated, "introspection (%s) needs a session or token on this server; the schema is also in graph/*.graphql", f.Name)
		}
	}
	return nil
}
