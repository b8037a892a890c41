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
func NewSchema(client *ent.Client, accounts *account.Service, cookies SessionCookies) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers:  NewResolver(client, accounts, cookies),
		Directives: generated.DirectiveRoot{Personal: personal},
	})
}

// masks are the masks of the kinds of personal data.
var masks = map[model.PersonalKind]func(string) string{
	model.PersonalKindName:    viewer.MaskName,
	model.PersonalKindPhone:   viewer.MaskPhone,
	model.PersonalKindIDCard:  viewer.MaskIDCard,
	model.PersonalKindAddress: viewer.MaskAddress,
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
		return masks[kind](s), nil
	case *string:
		if s != nil {
			m := masks[kind](*s)
			return &m, nil
		}
	}
	return v, nil
}
