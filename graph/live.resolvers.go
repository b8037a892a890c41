package graph

import (
	"context"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
)

// AreaChanged is the resolver for the areaChanged field.
func (r *subscriptionResolver) AreaChanged(ctx context.Context, area *int) (<-chan *model.AreaChange, error) {
	return r.areaChanged(ctx, area)
}

// Subscription returns generated.SubscriptionResolver implementation.
func (r *Resolver) Subscription() generated.SubscriptionResolver { return &subscriptionResolver{r} }

type subscriptionResolver struct{ *Resolver }
