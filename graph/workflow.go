package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// step runs a workflow mutation's step, fn, through workflow.Run: in one
// transaction, idempotent under the input's idempotencyKey (the operation is
// the mutation's field name), with a refused input reported as userErrors
// and a nil error.
func step[T ent.Noder](ctx context.Context, client *ent.Client, key *string, fn func(context.Context, *ent.Client) (T, error)) (T, []*model.UserError, error) {
	op := "mutation"
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		op = fc.Field.Name
	}
	rec, err := workflow.Run(ctx, client, op, key, fn)
	if err != nil {
		if ue := userErrors(err); ue != nil {
			var zero T
			return zero, ue, nil
		}
	}
	return rec, nil, err
}

// issuePayload wraps a deliberation step's result.
func issuePayload(is *ent.Issue, ue []*model.UserError, err error) (*model.IssuePayload, error) {
	return &model.IssuePayload{Issue: is, UserErrors: ue}, err
}

// rulePayload wraps a deliberation rule's change.
func rulePayload(r *ent.DeliberationRule, ue []*model.UserError, err error) (*model.DeliberationRulePayload, error) {
	return &model.DeliberationRulePayload{DeliberationRule: r, UserErrors: ue}, err
}

// ideaPayload wraps a golden-idea step's result.
func ideaPayload(id *ent.Idea, ue []*model.UserError, err error) (*model.IdeaPayload, error) {
	return &model.IdeaPayload{Idea: id, UserErrors: ue}, err
}

// accountPayload wraps an account change's result.
func accountPayload(u *ent.User, ue []*model.UserError, err error) (*model.AccountPayload, error) {
	return &model.AccountPayload{User: u, UserErrors: ue}, err
}
