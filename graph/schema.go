package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
	"yuanbahui/internal/account"
	"yuanbahui/internal/viewer"
)

// NewSchema returns the executable GraphQL schema: the resolvers, the
// @personal directive. What an operation costs is OperationCost.
func NewSchema(client *ent.Client, accounts *account.Service, cookies SessionCookies, opts ...Option) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers:  NewResolver(client, accounts, cookies, opts...),
		Directives: generated.DirectiveRoot{Personal: personal},
	})
}

// personal implements @personal: the field's value, masked for viewers who
// may not see personal data. Masking is a property of the field, so every
// query that reaches it — list, node, nested edge — is masked alike.
func personal(ctx context.Context, _ any, next graphql.Resolver, kind model.PersonalKind) (any, error) {
	v, err := next(ctx)
	if err != nil || !viewer.FromContext(ctx).MasksPersonalData() {
		return v, err
	}
	switch s := v.(type) {
	case string:
		return viewer.Mask(string(kind), s), nil
	case *string:
		if s != nil {
			m := viewer.Mask(string(kind), *s)
			return &m, nil
		}
	}
	return v, nil
}
