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
