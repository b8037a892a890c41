package graph

import (
	"context"
	"yuanbahui/graph/model"
)

// MyWork is the resolver for the myWork field.
func (r *queryResolver) MyWork(ctx context.Context, first *int) (*model.MyWork, error) {
	return r.myWork(ctx, first)
}
