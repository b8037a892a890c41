package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// Courtyard is the resolver for the courtyard field.
func (r *awardCandidateResolver) Courtyard(ctx context.Context, obj *standing.AwardCandidate) (*ent.Courtyard, error) {
	return r.client.Courtyard.Get(ctx, obj.CourtyardID)
}

// RoleAssignment is the resolver for the roleAssignment field.
func (r *awardCandidateResolver) RoleAssignment(ctx context.Context, obj *standing.AwardCandidate) (*ent.RoleAssignment, error) {
	return optionalGet(ctx, obj.RoleAssignmentID, r.client.RoleAssignment.Get)
}

// Resident is the resolver for the resident field.
func (r *awardCandidateResolver) Resident(ctx context.Context, obj *standing.AwardCandidate) (*ent.Resident, error) {
	return optionalGet(ctx, obj.ResidentID, r.client.Resident.Get)
}

// Courtyard is the resolver for the courtyard field.
func (r *grantTotalResolver) Courtyard(ctx context.Context, obj *standing.GrantTotal) (*ent.Courtyard, error) {
	return optionalGet(ctx, obj.CourtyardID, r.client.Courtyard.Get)
}

// Village is the resolver for the village field.
func (r *grantTotalResolver) Village(ctx context.Context, obj *standing.GrantTotal) (*ent.Village, error) {
	return optionalGet(ctx, obj.VillageID, r.client.Village.Get)
}

// PublishPointRule is the resolver for the publishPointRule field.
func (r *mutationResolver) PublishPointRule(ctx context.Context, input workflow.PublishPointRuleInput) (*model.PointRulePayload, error) {
	return pointRulePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// AwardPoints is the resolver for the awardPoints field.
func (r *mutationResolver) AwardPoints(ctx context.Context, input workflow.AwardPointsInput) (*model.PointEntryPayload, error) {
	return pointEntryPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// DeductPoints is the resolver for the deductPoints field.
func (r *mutationResolver) DeductPoints(ctx context.Context, input workflow.DeductPointsInput) (*model.PointEntryPayload, error) {
	return pointEntryPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ConfirmPointEntry is the resolver for the confirmPointEntry field.
func (r *mutationResolver) ConfirmPointEntry(ctx context.Context, input workflow.ConfirmPointEntryInput) (*model.PointEntryPayload, error) {
	return pointEntryPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RejectPointEntry is the resolver for the rejectPointEntry field.
func (r *mutationResolver) RejectPointEntry(ctx context.Context, input workflow.RejectPointEntryInput) (*model.PointEntryPayload, error) {
	return pointEntryPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ReversePointEntry is the resolver for the reversePointEntry field.
func (r *mutationResolver) ReversePointEntry(ctx context.Context, input workflow.ReversePointEntryInput) (*model.PointEntryPayload, error) {
	return pointEntryPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RestockItem is the resolver for the restockItem field.
func (r *mutationResolver) RestockItem(ctx context.Context, input workflow.RestockItemInput) (*model.SupermarketItemPayload, error) {
	return itemPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// SetItemActive is the resolver for the setItemActive field.
func (r *mutationResolver) SetItemActive(ctx context.Context, input workflow.SetItemActiveInput) (*model.SupermarketItemPayload, error) {
	return itemPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RedeemPoints is the resolver for the redeemPoints field.
func (r *mutationResolver) RedeemPoints(ctx context.Context, input workflow.RedeemPointsInput) (*model.RedeemPointsPayload, error) {
	return r.redeemPoints(ctx, input)
}

// CancelRedemption is the resolver for the cancelRedemption field.
func (r *mutationResolver) CancelRedemption(ctx context.Context, input workflow.CancelRedemptionInput) (*model.PointRedemptionPayload, error) {
	return redemptionPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ConfirmAwards is the resolver for the confirmAwards field.
func (r *mutationResolver) ConfirmAwards(ctx context.Context, input workflow.ConfirmAwardsInput) (*model.ConfirmAwardsPayload, error) {
	return r.confirmAwards(ctx, input)
}

// GrantFunds is the resolver for the grantFunds field.
func (r *mutationResolver) GrantFunds(ctx context.Context, input workflow.GrantFundsInput) (*model.GrantPayload, error) {
	return grantPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RedBoard is the resolver for the redBoard field.
func (r *queryResolver) RedBoard(ctx context.Context, area int, period string, first *int) ([]*standing.RedBoardRow, error) {
	return pointers(standing.RedBoard(ctx, r.client, area, period, pageSize(first, DefaultPageSize)))
}

// AwardCandidates is the resolver for the awardCandidates field.
func (r *queryResolver) AwardCandidates(ctx context.Context, period string, category award.Category, area *int, first *int) ([]*standing.AwardCandidate, error) {
	return pointers(standing.AwardCandidates(ctx, r.client, period, category, deref(area), pageSize(first, workflow.AwardsPerCategory)))
}

// GrantTotals is the resolver for the grantTotals field.
func (r *queryResolver) GrantTotals(ctx context.Context, by model.GrantTotalBy, year *int, area *int, first *int) ([]*standing.GrantTotal, error) {
	return pointers(standing.GrantTotals(ctx, r.client, string(by), year, deref(area), pageSize(first, DefaultPageSize)))
}

// GrantYearTotal is the resolver for the grantYearTotal field.
func (r *queryResolver) GrantYearTotal(ctx context.Context, year int) (*standing.GrantTotal, error) {
	t, err := standing.GrantYearTotal(ctx, r.client, year)
	return &t, err
}

// Household is the resolver for the household field.
func (r *redBoardRowResolver) Household(ctx context.Context, obj *standing.RedBoardRow) (*ent.Household, error) {
	return r.client.Household.Get(ctx, obj.HouseholdID)
}

// AwardCandidate returns generated.AwardCandidateResolver implementation.
func (r *Resolver) AwardCandidate() generated.AwardCandidateResolver {
	return &awardCandidateResolver{r}
}

// GrantTotal returns generated.GrantTotalResolver implementation.
func (r *Resolver) GrantTotal() generated.GrantTotalResolver { return &grantTotalResolver{r} }

// RedBoardRow returns generated.RedBoardRowResolver implementation.
func (r *Resolver) RedBoardRow() generated.RedBoardRowResolver { return &redBoardRowResolver{r} }

type (
	awardCandidateResolver struct{ *Resolver }
	grantTotalResolver     struct{ *Resolver }
	redBoardRowResolver    struct{ *Resolver }
)
