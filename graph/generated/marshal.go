// Hand-written, not generated: the list and object helpers that
// graph/resolver.go's go:generate line substitutes (gofmt -r) into
// generated.go for gqlgen's own.
//
// gqlgen marshals every element of a list of objects in its own goroutine
// (graphql.MarshalSliceConcurrently) and builds every object's response path
// up front for @defer (graphql.NewDeferredGroup). For this API's lists that
// is pure cost: their edges are eager-loaded by entgql (one query per level,
// not per row), so the elements need no concurrency, and this server offers
// no incremental-delivery transport for @defer. Profiled on the nested
// villages → courtyards → role assignments list, the goroutines (with their
// stack growth) and the paths took about two thirds of the CPU.

package generated

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals the elements of a list one after the other, in the
// caller's goroutine; otherwise it behaves as graphql.MarshalSliceConcurrently
// (whose signature it keeps): each element has its own field context with its
// index, and a panicking element (unless omitPanicHandler) becomes null with
// an error.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}

// newDeferredGroup is graphql.NewDeferredGroup without the response path,
// which withPath adds only when a field was deferred.
func newDeferredGroup(ctx context.Context) graphql.DeferredGroup {
	return graphql.DeferredGroup{
		FieldSet: graphql.NewFieldSet(nil),
		Defers:   make(map[string]*graphql.FieldSetView),
		Context:  ctx,
	}
}

// withPath completes a group of newDeferredGroup with its response path.
func withPath(dg graphql.DeferredGroup) graphql.DeferredGroup {
	dg.Path = graphql.GetPath(dg.Context)
	return dg
}
