package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// SupplyDocuments is the resolver for the supplyDocuments field.
func (r *mutationResolver) SupplyDocuments(ctx context.Context, input workflow.SupplyDocumentsInput) (*model.TicketPayload, error) {
	return ticketPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// WaitingForDocuments is the resolver for the waitingForDocuments field.
func (r *ticketResolver) WaitingForDocuments(ctx context.Context, obj *ent.Ticket) (bool, error) {
	return workflow.WaitingForDocuments(obj), nil
}

// MissingDocuments is the resolver for the missingDocuments field.
func (r *ticketResolver) MissingDocuments(ctx context.Context, obj *ent.Ticket) ([]string, error) {
	return workflow.TicketMissingDocuments(ctx, r.client, obj)
}

// WaitingForDocuments is the resolver for the waitingForDocuments field.
func (r *ticketWhereInputResolver) WaitingForDocuments(ctx context.Context, obj *ent.TicketWhereInput, data *bool) error {
	return whereTickets(obj, data, workflow.WaitingForDocumentsIs)
}
