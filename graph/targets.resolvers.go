package graph

import (
	"context"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// SetMetricTargets is the resolver for the setMetricTargets field.
func (r *mutationResolver) SetMetricTargets(ctx context.Context, input workflow.SetMetricTargetsInput) (*model.SetMetricTargetsPayload, error) {
	return r.setMetricTargets(ctx, input)
}

// TargetMatrix is the resolver for the targetMatrix field.
func (r *queryResolver) TargetMatrix(ctx context.Context, area *int, period string) (*model.TargetMatrix, error) {
	return r.targetMatrix(ctx, area, period)
}
