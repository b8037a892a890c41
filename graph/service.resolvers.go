package graph

import (
	"context"
	"time"
	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// SubmitTicket is the resolver for the submitTicket field.
func (r *mutationResolver) SubmitTicket(ctx context.Context, input workflow.SubmitTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// AcceptTicket is the resolver for the acceptTicket field.
func (r *mutationResolver) AcceptTicket(ctx context.Context, input workflow.AcceptTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ProgressTicket is the resolver for the progressTicket field.
func (r *mutationResolver) ProgressTicket(ctx context.Context, input workflow.ProgressTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// CompleteTicket is the resolver for the completeTicket field.
func (r *mutationResolver) CompleteTicket(ctx context.Context, input workflow.CompleteTicketInput) (*model.CompleteTicketPayload, error) {
	return r.completeTicket(ctx, input)
}

// RejectTicket is the resolver for the rejectTicket field.
func (r *mutationResolver) RejectTicket(ctx context.Context, input workflow.RejectTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// WithdrawTicket is the resolver for the withdrawTicket field.
func (r *mutationResolver) WithdrawTicket(ctx context.Context, input workflow.WithdrawTicketInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RateWithCode is the resolver for the rateWithCode field.
func (r *mutationResolver) RateWithCode(ctx context.Context, input workflow.RateWithCodeInput) (*model.RateWithCodePayload, error) {
	return r.rateWithCode(ctx, input)
}

// Overdue is the resolver for the overdue field.
func (r *ticketResolver) Overdue(ctx context.Context, obj *ent.Ticket, asOf *time.Time) (bool, error) {
	// At the instant the where's asOf filters by, when the query passes it.
	at := workflow.Now(ctx)
	if asOf != nil {
		at = asOf.UTC()
	}
	return workflow.Overdue(obj, at), nil
}

// OnTime is the resolver for the onTime field.
func (r *ticketResolver) OnTime(ctx context.Context, obj *ent.Ticket) (*bool, error) {
	return workflow.OnTime(obj), nil
}

// DaysToComplete is the resolver for the daysToComplete field.
func (r *ticketResolver) DaysToComplete(ctx context.Context, obj *ent.Ticket) (*float64, error) {
	return workflow.DaysToComplete(obj), nil
}

// AsOf is the resolver for the asOf field.
func (r *ticketWhereInputResolver) AsOf(ctx context.Context, obj *ent.TicketWhereInput, data *time.Time) error {
	// Read where it applies: by overdue (whereAsOf).
	return nil
}

// Overdue is the resolver for the overdue field.
func (r *ticketWhereInputResolver) Overdue(ctx context.Context, obj *ent.TicketWhereInput, data *bool) error {
	at, err := whereAsOf(ctx)
	if err != nil {
		return badInput("asOf: %v", err)
	}
	return whereTickets(obj, data, func(b bool) predicate.Ticket { return workflow.OverdueIs(at, b) })
}

// OnTime is the resolver for the onTime field.
func (r *ticketWhereInputResolver) OnTime(ctx context.Context, obj *ent.TicketWhereInput, data *bool) error {
	return whereTickets(obj, data, standing.OnTimeIs)
}
