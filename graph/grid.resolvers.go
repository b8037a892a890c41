package graph

import (
	"context"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// MoveHousehold is the resolver for the moveHousehold field.
func (r *mutationResolver) MoveHousehold(ctx context.Context, input workflow.MoveHouseholdInput) (*model.HouseholdPayload, error) {
	return householdPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// SplitCourtyard is the resolver for the splitCourtyard field.
func (r *mutationResolver) SplitCourtyard(ctx context.Context, input workflow.SplitCourtyardInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// MergeCourtyards is the resolver for the mergeCourtyards field.
func (r *mutationResolver) MergeCourtyards(ctx context.Context, input workflow.MergeCourtyardsInput) (*model.CourtyardPayload, error) {
	return courtyardPayload(step(ctx, r.client, input.IdempotencyKey, input))
}
