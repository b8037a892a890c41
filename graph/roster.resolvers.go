package graph

import (
	"context"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// ReplaceOfficer is the resolver for the replaceOfficer field.
func (r *mutationResolver) ReplaceOfficer(ctx context.Context, input workflow.ReplaceOfficerInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ElectHead is the resolver for the electHead field.
func (r *mutationResolver) ElectHead(ctx context.Context, input workflow.ElectHeadInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// AssignRole is the resolver for the assignRole field.
func (r *mutationResolver) AssignRole(ctx context.Context, input workflow.AssignRoleInput) (*model.RoleAssignmentPayload, error) {
	return assignmentPayload(step(ctx, r.client, input.IdempotencyKey, input))
}
