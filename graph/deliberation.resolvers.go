package graph

import (
	"context"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// RaiseIssue is the resolver for the raiseIssue field.
func (r *mutationResolver) RaiseIssue(ctx context.Context, input workflow.RaiseIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ConfirmIssue is the resolver for the confirmIssue field.
func (r *mutationResolver) ConfirmIssue(ctx context.Context, input workflow.ConfirmIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// DismissIssue is the resolver for the dismissIssue field.
func (r *mutationResolver) DismissIssue(ctx context.Context, input workflow.DismissIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RecordVisit is the resolver for the recordVisit field.
func (r *mutationResolver) RecordVisit(ctx context.Context, input workflow.RecordVisitInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// EscalateIssue is the resolver for the escalateIssue field.
func (r *mutationResolver) EscalateIssue(ctx context.Context, input workflow.EscalateIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RecordEmergency is the resolver for the recordEmergency field.
func (r *mutationResolver) RecordEmergency(ctx context.Context, input workflow.RecordEmergencyInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ApproveEscalation is the resolver for the approveEscalation field.
func (r *mutationResolver) ApproveEscalation(ctx context.Context, input workflow.ApproveEscalationInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// DecideIssue is the resolver for the decideIssue field.
func (r *mutationResolver) DecideIssue(ctx context.Context, input workflow.DecideIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ExecuteIssue is the resolver for the executeIssue field.
func (r *mutationResolver) ExecuteIssue(ctx context.Context, input workflow.ExecuteIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// EvaluateIssue is the resolver for the evaluateIssue field.
func (r *mutationResolver) EvaluateIssue(ctx context.Context, input workflow.EvaluateIssueInput) (*model.IssuePayload, error) {
	return issuePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// SetDeliberationRule is the resolver for the setDeliberationRule field.
func (r *mutationResolver) SetDeliberationRule(ctx context.Context, input workflow.SetDeliberationRuleInput) (*model.DeliberationRulePayload, error) {
	return rulePayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// SubmitIdea is the resolver for the submitIdea field.
func (r *mutationResolver) SubmitIdea(ctx context.Context, input workflow.SubmitIdeaInput) (*model.IdeaPayload, error) {
	return ideaPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// AdoptIdea is the resolver for the adoptIdea field.
func (r *mutationResolver) AdoptIdea(ctx context.Context, input workflow.AdoptIdeaInput) (*model.IdeaPayload, error) {
	return ideaPayload(step(ctx, r.client, input.IdempotencyKey, input))
}
