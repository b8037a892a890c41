package graph

import (
	"context"
	"yuanbahui/graph/model"
)

// RedFlags is the resolver for the redFlags field.
func (r *queryResolver) RedFlags(ctx context.Context, area *int, first *int) (*model.RedFlags, error) {
	return r.redFlags(ctx, area, first)
}
