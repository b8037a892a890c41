package graph

import (
	"context"
	"errors"

	"yuanbahui/graph/model"
)

// myWork is the myWork field: analytics.MyWork as GraphQL.
func (r *Resolver) myWork(ctx context.Context, first *int) (*model.MyWork, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	n := 5
	if first != nil {
		n = *first
	}
	work, err := r.analytics.MyWork(ctx, n)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.MyWork{AsOf: work.At}
	if work.Area != nil {
		out.Area = keyValue(*work.Area)
	}
	for _, l := range work.Lists {
		ml := &model.WorkList{Kind: model.WorkKind(l.Kind), TotalCount: l.Total, Items: make([]*model.WorkItem, len(l.Items))}
		for i, it := range l.Items {
			ml.Items[i] = &model.WorkItem{ID: it.ID, Place: keyValue(it.Place), Subject: it.Subject, Detail: it.Detail, At: it.At, Urgent: it.Urgent}
		}
		out.Lists = append(out.Lists, ml)
	}
	return out, nil
}
