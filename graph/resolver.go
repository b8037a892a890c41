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
	"yuanbahui/internal/live"
	"yuanbahui/internal/photo"
)

// gqlgen's exec code, then the helpers of generated/marshal.go in place of
// gqlgen's (see gen.go and marshal.go); gen.go fails when a rewrite no longer
// applies.
//go:generate go run gen.go

// The SPA's copy of the enum labels, which the schema's descriptions also read.
//go:generate go run ../internal/label/gen.go ../frontend/src/labels.gen.ts

// The SPA's copy of the deliberation loop's transition table.
//go:generate go run ../internal/workflow/issueflow_gen.go ../frontend/src/issueFlow.gen.ts

// Resolver is the root resolver; it holds the service's dependencies.
type Resolver struct {
	client   *ent.Client
	accounts *account.Service
	cookies  SessionCookies
	// codeGuards limits unknown rating codes per client address.
	codeGuards codeGuards
	// analytics computes stats, overview, rankings and gaps.
	analytics *analytics.Service
	// photos is where uploaded photos are stored (WithPhotos).
	photos photo.Store
	// live is the bus areaChanged listens on (WithLive).
	live *live.Bus
	// liveSlots counts each account's open subscriptions.
	liveSlots liveSlots
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
