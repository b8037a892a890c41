// Package graph is the GraphQL layer of Yuanbahui: the hand-written schema
// (graph/*.graphql besides the generated ent.graphql) and its resolvers. Each
// resolver is one expression: it calls ent or a domain function and maps errors.
package graph

import (
	"context"
	"time"

	"yuanbahui/ent"
	"yuanbahui/internal/account"
	"yuanbahui/internal/analytics"
)

// gqlgen's exec code, then the helpers of generated/marshal.go in place of
// gqlgen's (see there why): serial list marshaling, lazy @defer paths, the
// object writer and the resolution of plain fields.
//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
//go:generate gofmt -w -r "graphql.MarshalSliceConcurrently(a, b, c, d, e) -> marshalSlice(a, b, c, d, e)" generated/generated.go
//go:generate gofmt -w -r "graphql.NewDeferredGroup(a) -> newDeferredGroup(a)" generated/generated.go
//go:generate gofmt -w -r "ec.ProcessDeferredGroup(a) -> ec.ProcessDeferredGroup(withPath(a))" generated/generated.go
//go:generate gofmt -w -r "graphql.NewFieldSet(a) -> newFieldSet(a)" generated/generated.go
//go:generate gofmt -w -r "out.ResolveConcurrently(a, &deferred, b, c, d, e) -> out.ResolveConcurrently(a, out.deferrable(&deferred, b), b, c, d, e)" generated/generated.go
//go:generate gofmt -w -r "graphql.ResolveField(ctx, ec.OperationContext, field, func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) { return ec.f(ctx, field) }, func(ctx context.Context) (any, error) { return obj.a, nil }, nil, func(ctx context.Context, selections ast.SelectionSet, v t) graphql.Marshaler { return ec.m(ctx, selections, v) }, d, e) -> resolvePlainField(ctx, ec.OperationContext, field, ec.f, obj.a, ec.m, d, e)" generated/generated.go

// Resolver is the root resolver; it holds the service's dependencies.
type Resolver struct {
	client   *ent.Client
	accounts *account.Service
	cookies  SessionCookies
	// codeGuards limits unknown rating codes per client address.
	codeGuards codeGuards
	// analytics computes stats, overview, rankings and gaps.
	analytics *analytics.Service
}

// SessionCookies sets and clears the browser's session cookie on the response
// to the request of ctx (a no-op when there is none); the server implements it.
type SessionCookies interface {
	// Set sets the session cookie to token until expires.
	Set(ctx context.Context, token string, expires time.Time)
	// Clear removes the session cookie.
	Clear(ctx context.Context)
}

// NewResolver returns the root resolver over an ent client, the account
// service and the session cookies of the HTTP transport.
func NewResolver(client *ent.Client, accounts *account.Service, cookies SessionCookies, opts ...Option) *Resolver {
	r := &Resolver{client: client, accounts: accounts, cookies: cookies}
	for _, o := range opts {
		o(r)
	}
	return r
}
