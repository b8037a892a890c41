package graph

import (
	"context"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
)

// LatestPeriod is the resolver for the latestPeriod field.
func (r *dataRangeResolver) LatestPeriod(ctx context.Context, obj *model.DataRange, bucket model.TimeBucket) (*string, error) {
	return LatestPeriodOf(obj, bucket), nil
}

// DataRange is the resolver for the dataRange field.
func (r *queryResolver) DataRange(ctx context.Context) (*model.DataRange, error) {
	return DataRangeOf(ctx, r.client)
}

// DataRange returns generated.DataRangeResolver implementation.
func (r *Resolver) DataRange() generated.DataRangeResolver { return &dataRangeResolver{r} }

type dataRangeResolver struct{ *Resolver }
