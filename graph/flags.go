package graph

import (
	"context"
	"errors"

	"yuanbahui/ent/roleassignment"
	"yuanbahui/graph/model"
)

// redFlags is the redFlags field: analytics.RedFlags as GraphQL.
func (r *Resolver) redFlags(ctx context.Context, area *int, first *int) (*model.RedFlags, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	n, a := 5, 0
	if first != nil {
		n = *first
	}
	if area != nil {
		a = *area
	}
	flags, err := r.analytics.RedFlags(ctx, a, n)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.RedFlags{AsOf: flags.At}
	for _, f := range flags.Flags {
		mf := &model.RedFlag{Kind: model.RedFlagKind(f.Kind), TotalCount: f.Total, Threshold: f.Threshold, Items: make([]*model.RedFlagItem, len(f.Items))}
		for i, it := range f.Items {
			mi := &model.RedFlagItem{ID: it.ID, Subject: it.Subject, Detail: it.Detail, Town: it.Town, Village: it.Village,
				Courtyard: it.Courtyard, Days: it.Days, Score: it.Score}
			if it.Officer != "" {
				mi.Officer = &it.Officer
			}
			if it.OfficerRole != "" {
				role := roleassignment.Role(it.OfficerRole)
				mi.OfficerRole = &role
			}
			mf.Items[i] = mi
		}
		out.Flags = append(out.Flags, mf)
	}
	return out, nil
}
