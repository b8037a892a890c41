package graph

import (
	"context"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/graph/model"
	"yuanbahui/internal/standing"
)

// Payloads of the roster and grid workflows (graph/roster.graphql).

func assignmentPayload(rec *ent.RoleAssignment, ue []*model.UserError, err error) (*model.RoleAssignmentPayload, error) {
	return &model.RoleAssignmentPayload{RoleAssignment: rec, UserErrors: ue}, err
}

func courtyardPayload(rec *ent.Courtyard, ue []*model.UserError, err error) (*model.CourtyardPayload, error) {
	return &model.CourtyardPayload{Courtyard: rec, UserErrors: ue}, err
}

func householdPayload(rec *ent.Household, ue []*model.UserError, err error) (*model.HouseholdPayload, error) {
	return &model.HouseholdPayload{Household: rec, UserErrors: ue}, err
}

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

// deref is *p, or the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
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
