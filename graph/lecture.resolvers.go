package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// SetQuarterThemes is the resolver for the setQuarterThemes field.
func (r *mutationResolver) SetQuarterThemes(ctx context.Context, input workflow.SetQuarterThemesInput) (*model.SetQuarterThemesPayload, error) {
	return r.setQuarterThemes(ctx, input)
}

// RecordLecture is the resolver for the recordLecture field.
func (r *mutationResolver) RecordLecture(ctx context.Context, input workflow.RecordLectureInput) (*model.RecordLecturePayload, error) {
	return r.recordLecture(ctx, input)
}

// AddLectureTopic is the resolver for the addLectureTopic field.
func (r *mutationResolver) AddLectureTopic(ctx context.Context, input workflow.AddLectureTopicInput) (*model.LectureTopicPayload, error) {
	return lectureTopicPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// ChangeLectureTopic is the resolver for the changeLectureTopic field.
func (r *mutationResolver) ChangeLectureTopic(ctx context.Context, input workflow.ChangeLectureTopicInput) (*model.LectureTopicPayload, error) {
	return lectureTopicPayload(step(ctx, r.client, input.IdempotencyKey, input))
}

// RatingSlips is the resolver for the ratingSlips field.
func (r *queryResolver) RatingSlips(ctx context.Context, courtyard *int, ticket *int, session *int, first *int) ([]*ent.RatingCode, error) {
	return workflow.RatingSlips(ctx, r.client, workflow.SlipFilter{Courtyard: deref(courtyard), Ticket: deref(ticket), Session: deref(session)}, pageSize(first, 100))
}

// Dimension is the resolver for the dimension field.
func (r *ratingSlipResolver) Dimension(ctx context.Context, obj *ent.RatingCode) (rating.Dimension, error) {
	return rating.Dimension(obj.Dimension), nil
}

// Courtyard is the resolver for the courtyard field.
func (r *ratingSlipResolver) Courtyard(ctx context.Context, obj *ent.RatingCode) (*ent.Courtyard, error) {
	return obj.Edges.CourtyardOrErr()
}

// Ticket is the resolver for the ticket field.
func (r *ratingSlipResolver) Ticket(ctx context.Context, obj *ent.RatingCode) (*ent.Ticket, error) {
	return obj.Edges.Ticket, nil
}

// Session is the resolver for the session field.
func (r *ratingSlipResolver) Session(ctx context.Context, obj *ent.RatingCode) (*ent.Session, error) {
	return obj.Edges.Session, nil
}

// RatingSlip returns generated.RatingSlipResolver implementation.
func (r *Resolver) RatingSlip() generated.RatingSlipResolver { return &ratingSlipResolver{r} }

type ratingSlipResolver struct{ *Resolver }
