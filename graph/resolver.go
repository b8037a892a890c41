// Package graph is the GraphQL layer of Yuanbahui: the hand-written schema
// (graph/*.graphql besides the generated ent.graphql) and its resolvers. Each
// resolver is one expression: it calls ent or a domain function and maps errors.
package graph

import (
	"yuanbahui/ent"
	"yuanbahui/internal/account"
)

//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"

// Resolver is the root resolver; it holds the service's dependencies.
type Resolver struct {
	client        *ent.Client
	accounts      *account.Service
	secureCookies bool
}

// NewResolver returns the root resolver over an ent client and the account
// service; secureCookies marks session cookies Secure (HTTPS deployments).
func NewResolver(client *ent.Client, accounts *account.Service, secureCookies bool) *Resolver {
	return &Resolver{client: client, accounts: accounts, secureCookies: secureCookies}
}
