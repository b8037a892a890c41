package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// ReplaceOfficer is the resolver for the replaceOfficer field.
func (r *mutationResolver) ReplaceOfficer(ctx context.Context, input model.ReplaceOfficerInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
		return workflow.ReplaceOfficer(ctx, c, workflow.Replacement{AssignmentID: input.AssignmentID, Reason: input.Reason, SuccessorID: input.SuccessorID})
	}))
}

// ElectHead is the resolver for the electHead field.
func (r *mutationResolver) ElectHead(ctx context.Context, input model.ElectHeadInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
		return workflow.ElectHead(ctx, c, workflow.Election{CourtyardID: input.CourtyardID, ResidentID: input.ResidentID,
			VotesFor: input.VotesFor, VotesAgainst: input.VotesAgainst, VotesAbstain: input.VotesAbstain, VotersPresent: input.VotersPresent,
			PreviousEndReason: input.PreviousEndReason})
	}))
}

// AssignRole is the resolver for the assignRole field.
func (r *mutationResolver) AssignRole(ctx context.Context, input model.AssignRoleInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
		return workflow.AssignRole(ctx, c, workflow.Appointment{CourtyardID: input.CourtyardID, Role: input.Role, ResidentID: input.ResidentID})
	}))
}

// EvaluateCourtyard is the resolver for the evaluateCourtyard field.
func (r *mutationResolver) EvaluateCourtyard(ctx context.Context, input model.EvaluateCourtyardInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
		return workflow.EvaluateCourtyard(ctx, c, workflow.SelfEvaluation{CourtyardID: input.CourtyardID, Period: input.Period,
			Scores: dimensionScores(input.Scores), ResidentsPresent: input.ResidentsPresent, Comment: deref(input.Comment)})
	}))
}

// MoveHousehold is the resolver for the moveHousehold field.
func (r *mutationResolver) MoveHousehold(ctx context.Context, input model.MoveHouseholdInput) (*model.HouseholdPayload, error) {
	return householdPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.Household, error) {
		return workflow.MoveHousehold(ctx, c, workflow.Move{HouseholdID: input.HouseholdID, CourtyardID: input.CourtyardID, Reason: deref(input.Reason)})
	}))
}

// SplitCourtyard is the resolver for the splitCourtyard field.
func (r *mutationResolver) SplitCourtyard(ctx context.Context, input model.SplitCourtyardInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
		return workflow.SplitCourtyard(ctx, c, workflow.Split{CourtyardID: input.CourtyardID, Code: input.Code, Name: input.Name,
			HouseholdIDs: input.HouseholdIDs, Officers: appointments(input.Officers)})
	}))
}

// MergeCourtyards is the resolver for the mergeCourtyards field.
func (r *mutationResolver) MergeCourtyards(ctx context.Context, input model.MergeCourtyardsInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, func(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
		return workflow.MergeCourtyards(ctx, c, workflow.Merge{IntoID: input.IntoID, FromID: input.FromID, Keep: input.Keep})
	}))
}

// RoleAssignment is the resolver for the roleAssignment field.
func (r *officerScoreResolver) RoleAssignment(ctx context.Context, obj *standing.OfficerScore) (*ent.RoleAssignment, error) {
	return r.client.RoleAssignment.Get(ctx, obj.AssignmentID)
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
	return scoreList(standing.OfficerScores(ctx, r.client, period, rating.RoleAssignmentID(obj.ID)))
}

// OfficerScore returns generated.OfficerScoreResolver implementation.
func (r *Resolver) OfficerScore() generated.OfficerScoreResolver { return &officerScoreResolver{r} }

type officerScoreResolver struct{ *Resolver }
