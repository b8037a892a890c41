package graph

import (
	"context"
	"yuanbahui/graph/model"
)

// AreaMap is the resolver for the areaMap field.
func (r *queryResolver) AreaMap(ctx context.Context, area *int, metric model.Metric, period string) (*model.AreaMap, error) {
	return r.areaMap(ctx, area, metric, period)
}
