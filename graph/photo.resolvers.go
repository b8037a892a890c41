package graph

import (
	"context"
	"strconv"
	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// AttachPhoto is the resolver for the attachPhoto field.
func (r *mutationResolver) AttachPhoto(ctx context.Context, input workflow.AttachPhotoInput) (*model.PhotoPayload, error) {
	return photoPayload(step(ctx, r.client, input.IdempotencyKey, input.In(r.photos)))
}

// URL is the resolver for the url field.
func (r *photoResolver) URL(ctx context.Context, obj *ent.Photo) (string, error) {
	return "/photos/" + strconv.Itoa(obj.ID), nil
}
