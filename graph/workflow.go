package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// step runs a workflow mutation's step, s, producing one record: stepResult's
// record.
func step[T ent.Noder](ctx context.Context, client *ent.Client, key *string, s workflow.Step[T]) (T, []*model.UserError, error) {
	res, ue, err := stepResult(ctx, client, key, s)
	return res.Record, ue, err
}

// stepResult runs a workflow mutation's step, s, through workflow.RunResult:
// in one transaction, idempotent under the input's idempotencyKey and bound
// to the request (the operation is the mutation's field name, the input its
// coerced arguments), with a refused input reported as userErrors and a nil
// error.
func stepResult[T ent.Noder](ctx context.Context, client *ent.Client, key *string, s workflow.Step[T]) (workflow.Result[T], []*model.UserError, error) {
	req := workflow.Request{Op: "mutation", Key: key}
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		req.Op, req.Input = fc.Field.Name, fc.Args
	}
	res, err := workflow.RunResult(ctx, client, req, s)
	if err != nil {
		if ue := userErrors(ctx, err); ue != nil {
			return workflow.Result[T]{}, ue, nil
		}
	}
	return res, nil, err
}

// issuePayload wraps a deliberation step's result.
func issuePayload(is *ent.Issue, ue []*model.UserError, err error) (*model.IssuePayload, error) {
	return &model.IssuePayload{Issue: is, UserErrors: ue}, err
}

// rulePayload wraps a deliberation rule's change.
func rulePayload(r *ent.DeliberationRule, ue []*model.UserError, err error) (*model.DeliberationRulePayload, error) {
	return &model.DeliberationRulePayload{DeliberationRule: r, UserErrors: ue}, err
}

// lectureTopicPayload wraps a lecture topic's addition or change.
func lectureTopicPayload(t *ent.LectureTopic, ue []*model.UserError, err error) (*model.LectureTopicPayload, error) {
	return &model.LectureTopicPayload{LectureTopic: t, UserErrors: ue}, err
}

// ideaPayload wraps a golden-idea step's result.
func ideaPayload(id *ent.Idea, ue []*model.UserError, err error) (*model.IdeaPayload, error) {
	return &model.IdeaPayload{Idea: id, UserErrors: ue}, err
}

// accountPayload wraps an account change's result.
func accountPayload(u *ent.User, ue []*model.UserError, err error) (*model.AccountPayload, error) {
	return &model.AccountPayload{User: u, UserErrors: ue}, err
}
