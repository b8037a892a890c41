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
	"io"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
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

// newDeferredGroup is graphql.NewDeferredGroup without its field set, views
// and response path: fieldSet.deferrable adds the first two when a field is
// deferred, withPath the path.
func newDeferredGroup(ctx context.Context) graphql.DeferredGroup {
	return graphql.DeferredGroup{Context: ctx}
}

// deferrable returns dg for out.ResolveConcurrently of field i, with the
// field set and views of graphql.NewDeferredGroup when the field is deferred
// (only then does ResolveConcurrently use them).
func (m *fieldSet) deferrable(dg *graphql.DeferredGroup, i int) *graphql.DeferredGroup {
	if dg.FieldSet == nil && m.fields[i].IsDeferred() {
		dg.FieldSet = graphql.NewFieldSet(nil)
		dg.Defers = make(map[string]*graphql.FieldSetView)
	}
	return dg
}

// withPath completes a group of newDeferredGroup with its response path.
func withPath(dg graphql.DeferredGroup) graphql.DeferredGroup {
	dg.Path = graphql.GetPath(dg.Context)
	return dg
}

// fieldSet is graphql.FieldSet with a cheaper MarshalGQL (newFieldSet takes
// the place of graphql.NewFieldSet). gqlgen's writes each object through an
// iterator that copies every CollectedField to the heap and keeps a map of
// the aliases written; on the nested lists that was a fifth of all
// allocation. This one walks the fields in place and finds a repeated alias
// (possible only when fragments on different types select the same one) by
// looking back over the few fields before it.
type fieldSet struct {
	*graphql.FieldSet
	fields []graphql.CollectedField
}

func newFieldSet(fields []graphql.CollectedField) *fieldSet {
	return &fieldSet{graphql.NewFieldSet(fields), fields}
}

// MarshalGQL writes the object: each alias once, the first value under it,
// as graphql.FieldSet does. Aliases are GraphQL names, which need no escaping.
func (m *fieldSet) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, "{")
	for i := range m.fields {
		alias := m.fields[i].Alias
		if slices.ContainsFunc(m.fields[:i], func(f graphql.CollectedField) bool { return f.Alias == alias }) {
			continue
		}
		if i > 0 {
			_, _ = io.WriteString(w, ",")
		}
		_, _ = io.WriteString(w, `"`)
		_, _ = io.WriteString(w, alias)
		_, _ = io.WriteString(w, `":`)
		m.Values[i].MarshalGQL(w)
	}
	_, _ = io.WriteString(w, "}")
}

// resolvePlainField resolves a field read straight from its object (no
// resolver, no arguments, no directive): what graphql.ResolveField does for
// it, with the value in place of the resolver function. It keeps the field
// context, the field middleware, the panic handler and the null checks, but
// not ResolveField's closures around the resolver and the marshaler.
func resolvePlainField[T any](
	ctx context.Context,
	oc *graphql.OperationContext,
	field graphql.CollectedField,
	fieldContext func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	value T,
	marshal func(context.Context, ast.SelectionSet, T) graphql.Marshaler,
	recoverFromPanic, nonNull bool,
) (ret graphql.Marshaler) {
	fc, err := fieldContext(ctx, field)
	if err != nil {
		return graphql.Null
	}
	ctx = graphql.WithFieldContext(ctx, fc)
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				oc.Error(ctx, oc.Recover(ctx, r))
				ret = graphql.Null
			}
		}()
	}
	res, err := oc.ResolverMiddleware(ctx, func(rctx context.Context) (any, error) {
		ctx = rctx // the middleware's context is the children's, as in ResolveField
		return value, nil
	})
	if err != nil {
		oc.Error(ctx, graphql.AddFieldLocationToError(ctx, err))
		if fc.NonNull && !nonNull {
			return graphql.RequiredNull
		}
		return graphql.Null
	}
	if res == nil {
		if nonNull || fc.NonNull {
			graphql.AddInvalidNullError(ctx, "")
		}
		if fc.NonNull && !nonNull {
			return graphql.RequiredNull
		}
		return graphql.Null
	}
	switch v := res.(type) {
	case T:
		fc.Result = v
		return marshal(ctx, field.Selections, v)
	case graphql.Marshaler:
		fc.Result = v
		return v
	}
	var t T
	oc.Errorf(ctx, `unexpected type %T from middleware/directive chain, should be %T`, res, t)
	return graphql.Null
}
