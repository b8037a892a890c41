// Hand-written, not generated: the list and object helpers that graph/gen.go
// (run by go generate ./graph) substitutes into generated.go for gqlgen's
// own, rewriting gqlgen's output on the syntax tree.
//
// gqlgen marshals every element of a list of objects in its own goroutine
// (graphql.MarshalSliceConcurrently) and builds every object's response path
// up front for @defer (graphql.NewDeferredGroup). For this API's lists that
// is pure cost: their edges are eager-loaded by entgql (one query per level,
// not per row), so the elements need no concurrency, and this server offers
// no incremental-delivery transport for @defer. Profiled on the nested
// villages → courtyards → role assignments list, the goroutines (with their
// stack growth) and the paths took about two thirds of the CPU.
//
// Upgrading gqlgen (go get github.com/99designs/gqlgen@vX, the tool line in
// go.mod follows):
//
//  1. Run go generate ./graph. graph/gen.go stops, naming the rewrite, when a
//     rewrite changes nothing, when the three per-object rewrites disagree in
//     count, or when a call it should have replaced is left; the file is then
//     gqlgen's unrewritten output. TestMarshalPatchApplied (go test
//     ./graph/generated) checks the committed file the same way.
//  2. If a rewrite failed, read gqlgen's new templates (codegen/type.gotpl
//     for lists, codegen/object.gotpl for objects and @defer,
//     codegen/field.gotpl for ResolveField) and the functions the rewritten
//     calls stand for (graphql.MarshalSliceConcurrently, NewDeferredGroup,
//     NewFieldSet, FieldSet.ResolveConcurrently, ResolveField); change the
//     rule in gen.go and the helper here together, keeping each helper's
//     signature the call's. Compare behaviour, not only shape: the field
//     context, panic handling, null bubbling and @defer routing of gqlgen's
//     version are what these helpers must keep.
//  3. If gqlgen now does what a helper does (see the issues below), drop
//     that rule from gen.go, the helper here and its line in
//     TestMarshalPatchApplied.
//  4. go test ./graph/... ./server/..., and make bench: the nested-list
//     ratio (x-of-sql) must not get worse.
//
// What in gqlgen would make this file unnecessary (as of v0.17.98 every list
// of objects goes through MarshalSliceConcurrently, codegen/type.gotpl):
//
//   - github.com/99designs/gqlgen/issues/3202 (open): a goroutine per list
//     element hurts under load; proposes opting types into concurrency.
//     Its PR #3203 made lists sequential unless @concurrent, which
//     github.com/99designs/gqlgen/issues/3285 reports broke dataloaders;
//     current releases are concurrent again.
//   - github.com/99designs/gqlgen/issues/4321 (open): a @disableConcurrency
//     directive to resolve a field or object on the parent's goroutine
//     (Object.DisableConcurrency exists but is set only for Mutation).
//   - github.com/99designs/gqlgen/issues/4269 and PR #4270 (open):
//     worker_limit at run time; a limit still spawns the goroutines.
//   - github.com/99designs/gqlgen/pull/4341: moved the concurrent-field
//     boilerplate into FieldSet.ResolveConcurrently and NewDeferredGroup (the
//     calls the rewrites target; v0.17.98's templates have them). The group
//     is still built eagerly (path, field set, views) for every object;
//     building it only for a deferred field (newDeferredGroup, deferrable,
//     withPath) is the step gqlgen would still need.
//   - github.com/99designs/gqlgen/pull/316 (merged 2018, which introduced the
//     goroutine per element): vektah's review asks to skip the goroutine for
//     one element and for children without a resolver, which is what
//     marshalSlice and resolvePlainField do here.

package generated

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/graph/model"
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
// (only then are they used).
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

// fieldSet takes the place of graphql.FieldSet (newFieldSet of
// graphql.NewFieldSet): an object's fields, their values and the resolvers
// still to run. gqlgen's takes three allocations per object, and writes
// the object through an iterator that copies every CollectedField to the
// heap and keeps a map of the aliases written: on the nested lists of issue
// 7, a fifth of all allocation. This one is a single allocation for objects
// of up to 4 fields and 1 resolved field, and writes its fields in place.
// What it leaves out is what this server does not use: views for
// incremental delivery (a deferred field is handed to gqlgen's own, see
// ResolveConcurrently).
type fieldSet struct {
	fields []graphql.CollectedField
	// Values and Invalids are graphql.FieldSet's: the value of each field,
	// and how many made the object null.
	Values   []graphql.Marshaler
	Invalids uint32
	delayed  []delayedField

	values  [4]graphql.Marshaler
	pending [1]delayedField
}

// delayedField is a resolved field, run by Dispatch.
type delayedField struct {
	i                 int
	nonNull, recovers bool
	resolve           func(context.Context) graphql.Marshaler
	oc                *graphql.OperationContext
	root              context.Context // a root field's own context, nil for others
}

func newFieldSet(fields []graphql.CollectedField) *fieldSet {
	m := &fieldSet{fields: fields}
	if len(fields) <= len(m.values) {
		m.Values = m.values[:len(fields)]
	} else {
		m.Values = make([]graphql.Marshaler, len(fields))
	}
	m.delayed = m.pending[:0]
	return m
}

// ResolveConcurrently schedules field i's resolver for Dispatch, as
// graphql.FieldSet.ResolveConcurrently does; a deferred field goes to the
// deferred group (through gqlgen's own FieldSet) and is null here.
func (m *fieldSet) ResolveConcurrently(oc *graphql.OperationContext, dg *graphql.DeferredGroup, i int, recovers, nonNull bool, resolve func(context.Context) graphql.Marshaler) {
	if m.fields[i].IsDeferred() {
		graphql.NewFieldSet(m.fields).ResolveConcurrently(oc, dg, i, recovers, nonNull, resolve)
		m.Values[i] = graphql.Null
		return
	}
	m.delayed = append(m.delayed, delayedField{i: i, nonNull: nonNull, recovers: recovers, resolve: resolve, oc: oc})
}

// ResolveRootConcurrently schedules root field i, which runs in ctx (its
// own root field context) under the operation's root field middleware.
func (m *fieldSet) ResolveRootConcurrently(ctx context.Context, oc *graphql.OperationContext, i int, recovers, nonNull bool, resolve func(context.Context) graphql.Marshaler) {
	m.delayed = append(m.delayed, delayedField{i: i, nonNull: nonNull, recovers: recovers, resolve: resolve, oc: oc, root: ctx})
}

// Dispatch runs the scheduled resolvers: the first in this goroutine, the
// others (when there are) each in its own, as gqlgen does.
func (m *fieldSet) Dispatch(ctx context.Context) {
	switch len(m.delayed) {
	case 0:
	case 1:
		m.run(ctx, &m.delayed[0])
	default:
		var wg sync.WaitGroup
		for k := range m.delayed[1:] {
			wg.Go(func() { m.run(ctx, &m.delayed[1+k]) })
		}
		m.run(ctx, &m.delayed[0])
		wg.Wait()
	}
}

// run resolves one field and counts a null the schema does not allow.
func (m *fieldSet) run(ctx context.Context, d *delayedField) {
	var v graphql.Marshaler
	if d.root != nil {
		v = d.oc.RootResolverMiddleware(d.root, func(ctx context.Context) graphql.Marshaler { return d.recoverToNull(ctx) })
	} else {
		v = d.recoverToNull(ctx)
	}
	m.Values[d.i] = v
	invalid := graphql.RequiredNull
	if d.nonNull {
		invalid = graphql.Null
	}
	if v == invalid {
		atomic.AddUint32(&m.Invalids, 1)
	}
}

// recoverToNull resolves the field; with recovers, a panic is reported and
// resolves to null (gqlgen's recoverToNull).
func (d *delayedField) recoverToNull(ctx context.Context) (v graphql.Marshaler) {
	if d.recovers {
		defer func() {
			if r := recover(); r != nil {
				d.oc.Error(ctx, d.oc.Recover(ctx, r))
				v = graphql.Null
			}
		}()
	}
	return d.resolve(ctx)
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
) graphql.Marshaler {
	if textOrBoolean[T]() {
		return resolveLeaf(ctx, oc, field, fieldContext, value, marshal, recoverFromPanic)
	}
	return resolveObjectField(ctx, oc, field, fieldContext, value, marshal, recoverFromPanic, nonNull)
}

// resolveObjectField is resolvePlainField for a field other than a string or
// a boolean. (Apart, so that the variables its closure captures move to the
// heap only here, not for every leaf.)
func resolveObjectField[T any](
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
	graphql.AddErrorf(ctx, `unexpected type %T from middleware/directive chain, should be %T`, res, t)
	return graphql.Null
}

// textOrBoolean tells whether T is a string or a boolean type (String, ID
// kinds aside, and every enum of this schema), whose marshalers cannot fail
// or give null.
func textOrBoolean[T any]() bool {
	switch reflect.TypeFor[T]().Kind() {
	case reflect.String, reflect.Bool:
		return true
	}
	return false
}

// resolveLeaf is resolvePlainField for a string or boolean field: it
// marshals the value straight away, without a field context of its own or
// the field middleware. Both are for resolvers and objects below the field,
// and a leaf has neither: its marshaler cannot fail (see textOrBoolean), and
// field middleware does not run for it — the /query handler installs none
// (server's TestNoFieldInterceptor keeps it so) and the exports' own
// (internal/export.Intercept) takes over root fields only — so what remains of ResolveField is a context, a field context
// and a closure per leaf — on the nested lists of issue 7, one in every
// eight allocations. A panic still gets the field's own path.
func resolveLeaf[T any](
	ctx context.Context,
	oc *graphql.OperationContext,
	field graphql.CollectedField,
	fieldContext func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	value T,
	marshal func(context.Context, ast.SelectionSet, T) graphql.Marshaler,
	recoverFromPanic bool,
) (ret graphql.Marshaler) {
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				if fc, err := fieldContext(ctx, field); err == nil {
					ctx = graphql.WithFieldContext(ctx, fc)
				}
				oc.Error(ctx, oc.Recover(ctx, r))
				ret = graphql.Null
			}
		}()
	}
	return marshal(ctx, field.Selections, value)
}

// resolvePersonalField resolves a field of personal data (@personal): the
// value read from the object passes through the personal directive (which
// masks it for viewers who may not see it), then is marshaled as by
// resolvePlainField — without the closures ResolveField builds around the
// resolver and the directive chain.
func resolvePersonalField[T any](
	ctx context.Context,
	oc *graphql.OperationContext,
	field graphql.CollectedField,
	fieldContext func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	obj any,
	value T,
	kindName string,
	unmarshalKind func(context.Context, any) (model.PersonalKind, error),
	personal func(ctx context.Context, obj any, next graphql.Resolver, kind model.PersonalKind) (any, error),
	marshal func(context.Context, ast.SelectionSet, T) graphql.Marshaler,
	recoverFromPanic, nonNull bool,
) graphql.Marshaler {
	kind := model.PersonalKind(kindName)
	var err error
	if !kind.IsValid() {
		_, err = unmarshalKind(ctx, kindName) // its error
	}
	if err == nil && personal == nil {
		err = errors.New("directive personal is not implemented")
	}
	var masked T
	if err == nil {
		var v any
		v, err = personal(ctx, obj, func(context.Context) (any, error) { return value, nil }, kind)
		if err == nil {
			var ok bool
			if masked, ok = v.(T); !ok {
				err = fmt.Errorf("unexpected type %T from the personal directive, should be %T", v, value)
			}
		}
	}
	if err != nil {
		return graphql.ResolveField(ctx, oc, field, fieldContext,
			func(context.Context) (any, error) { return masked, err }, nil,
			func(ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler { return marshal(ctx, sel, v) },
			recoverFromPanic, nonNull)
	}
	return resolvePlainField(ctx, oc, field, fieldContext, masked, marshal, recoverFromPanic, nonNull)
}
