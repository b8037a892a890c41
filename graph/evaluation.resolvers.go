package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// EvaluateCourtyard is the resolver for the evaluateCourtyard field.
func (r *mutationResolver) EvaluateCourtyard(ctx context.Context, input workflow.EvaluateCourtyardInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RoleAssignment is the resolver for the roleAssignment field.
func (r *officerScoreResolver) RoleAssignment(ctx context.Context, obj *standing.OfficerScore) (*ent.RoleAssignment, error) {
	return scoreAssignment(ctx, r.client, obj)
}

// OfficerScores is the resolver for the officerScores field.
func (r *queryResolver) OfficerScores(ctx context.Context, period string, where *ent.RoleAssignmentWhereInput, first *int) ([]*standing.OfficerScore, error) {
	return officerScores(ctx, r.client, period, where, first)
}

// FailingOfficers is the resolver for the failingOfficers field.
func (r *queryResolver) FailingOfficers(ctx context.Context, period string, area *int) ([]*standing.OfficerScore, error) {
	return failingOfficers(ctx, r.client, period, area)
}

// Scores is the resolver for the scores field.
func (r *roleAssignmentResolver) Scores(ctx context.Context, obj *ent.RoleAssignment, period string) ([]*standing.OfficerScore, error) {
	return roleAssignmentScores(ctx, r.client, obj, period)
}

// OfficerScore returns generated.OfficerScoreResolver implementation.
func (r *Resolver) OfficerScore() generated.OfficerScoreResolver { return &officerScoreResolver{r} }

type officerScoreResolver struct{ *Resolver }
