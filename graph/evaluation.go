package graph

import (
	"context"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/internal/standing"
)

// Officers' scores under the scoring rule (graph/evaluation.graphql).

// scoreList returns scores as the list GraphQL returns.
func scoreList(scores []standing.OfficerScore, err error) ([]*standing.OfficerScore, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*standing.OfficerScore, len(scores))
	for i := range scores {
		out[i] = &scores[i]
	}
	return out, nil
}

// officerScores computes the scores of period for the assignments matching
// where (nil: all in the viewer's area), at most first of them (default
// DefaultPageSize, at most MaxPageSize).
func officerScores(ctx context.Context, c *ent.Client, period string, where *ent.RoleAssignmentWhereInput, first *int) ([]*standing.OfficerScore, error) {
	var preds []predicate.Rating
	if where != nil {
		p, err := where.P()
		if err != nil {
			return nil, err
		}
		preds = append(preds, rating.HasRoleAssignmentWith(p))
	}
	scores, err := standing.OfficerScores(ctx, c, period, preds...)
	n := DefaultPageSize
	if first != nil {
		n = min(max(*first, 0), MaxPageSize)
	}
	return scoreList(scores[:min(n, len(scores))], err)
}

// failingOfficers lists the failing scores of period in area (nil: the
// viewer's whole area).
func failingOfficers(ctx context.Context, c *ent.Client, period string, area *int) ([]*standing.OfficerScore, error) {
	var preds []predicate.Rating
	if area != nil {
		p, err := standing.RatingsIn(*area)
		if err != nil {
			return nil, err
		}
		preds = append(preds, p)
	}
	return scoreList(standing.FailingOfficers(ctx, c, period, preds...))
}
