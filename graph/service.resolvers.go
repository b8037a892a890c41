package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// SubmitTicket is the resolver for the submitTicket field.
func (r *mutationResolver) SubmitTicket(ctx context.Context, input model.SubmitTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, workflow.SubmitTicket(workflow.TicketSubmission{
		ApplicantID: input.ApplicantID, ServiceTypeID: input.ServiceTypeID, Mode: string(input.Mode),
		DocumentsReceived: input.DocumentsReceived, Note: deref(input.Note),
	})))
}

// AcceptTicket is the resolver for the acceptTicket field.
func (r *mutationResolver) AcceptTicket(ctx context.Context, input model.AcceptTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, workflow.AcceptTicket(input.ID)))
}

// ProgressTicket is the resolver for the progressTicket field.
func (r *mutationResolver) ProgressTicket(ctx context.Context, input model.ProgressTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, workflow.ProgressTicket(workflow.TicketProgress{
		ID: input.ID, Note: deref(input.Note), HandedTo: deref(input.HandedTo),
	})))
}

// CompleteTicket is the resolver for the completeTicket field.
func (r *mutationResolver) CompleteTicket(ctx context.Context, input model.CompleteTicketInput) (*model.CompleteTicketPayload, error) {
	return r.completeTicket(ctx, input)
}

// RejectTicket is the resolver for the rejectTicket field.
func (r *mutationResolver) RejectTicket(ctx context.Context, input model.RejectTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, workflow.RejectTicket(input.ID, input.Reason)))
}

// WithdrawTicket is the resolver for the withdrawTicket field.
func (r *mutationResolver) WithdrawTicket(ctx context.Context, input model.WithdrawTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, workflow.WithdrawTicket(input.ID, deref(input.Reason))))
}

// RateWithCode is the resolver for the rateWithCode field.
func (r *mutationResolver) RateWithCode(ctx context.Context, input model.RateWithCodeInput) (*model.RateWithCodePayload, error) {
	return r.rateWithCode(ctx, input)
}

// Overdue is the resolver for the overdue field.
func (r *ticketResolver) Overdue(ctx context.Context, obj *ent.Ticket) (bool, error) {
	return workflow.Overdue(obj, workflow.Now(ctx)), nil
}

// OnTime is the resolver for the onTime field.
func (r *ticketResolver) OnTime(ctx context.Context, obj *ent.Ticket) (*bool, error) {
	return workflow.OnTime(obj), nil
}

// DaysToComplete is the resolver for the daysToComplete field.
func (r *ticketResolver) DaysToComplete(ctx context.Context, obj *ent.Ticket) (*float64, error) {
	return workflow.DaysToComplete(obj), nil
}

// Overdue is the resolver for the overdue field.
func (r *ticketWhereInputResolver) Overdue(ctx context.Context, obj *ent.TicketWhereInput, data *bool) error {
	return whereTickets(obj, data, func(b bool) predicate.Ticket { return workflow.OverdueIs(workflow.Now(ctx), b) })
}

// OnTime is the resolver for the onTime field.
func (r *ticketWhereInputResolver) OnTime(ctx context.Context, obj *ent.TicketWhereInput, data *bool) error {
	return whereTickets(obj, data, standing.OnTimeIs)
}
