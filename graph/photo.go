package graph

import (
	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/photo"
)

// WithPhotos sets the store uploaded photos are kept in (serve --photo-dir).
func WithPhotos(s photo.Store) Option { return func(r *Resolver) { r.photos = s } }

// photoPayload wraps attachPhoto's result.
func photoPayload(p *ent.Photo, ue []*model.UserError, err error) (*model.PhotoPayload, error) {
	return &model.PhotoPayload{Photo: p, UserErrors: ue}, err
}
