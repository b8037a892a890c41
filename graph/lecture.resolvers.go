package graph

import (
	"context"
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
