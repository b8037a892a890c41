package server

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestNoFieldInterceptor: string and boolean fields are read without field
// middleware (graph/generated/marshal.go's resolveLeaf), so an extension
// that intercepts fields would silently miss them. Whoever needs one must
// first take that shortcut out.
func TestNoFieldInterceptor(t *testing.T) {
	exts := append(extensions(true), newCostLimit(1, 1, newMemBuckets()))
	for _, ext := range exts {
		if _, ok := ext.(graphql.FieldInterceptor); ok {
			t.Errorf("%T is a graphql.FieldInterceptor: it would not see string and boolean fields", ext)
		}
	}
	if len(exts) < 5 {
		t.Fatalf("extensions() lists %d extensions; expected the handler's five and the cost limit", len(exts))
	}
}
