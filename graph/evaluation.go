package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/standing"
)

// Officers' scores under the scoring rule (graph/evaluation.graphql).

// scoreList returns scores as the list GraphQL returns, each with its role
// assignment when the request selects it (withAssignments).
func scoreList(ctx context.Context, c *ent.Client, scores []standing.OfficerScore, err error) ([]*standing.OfficerScore, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*standing.OfficerScore, len(scores))
	for i := range scores {
		out[i] = &scores[i]
	}
	return out, withAssignments(ctx, c, out)
}

// withAssignments loads the role assignments of scores in one query, with
// the edges the request selects under the scores' roleAssignment field
// (CollectFields in that field's context): a list of scores is then a few
// queries, not four per score (the evaluation board's 67 failing scores
// took 270 statements). The read is the viewer's, as roleAssignment's own.
func withAssignments(ctx context.Context, c *ent.Client, scores []*standing.OfficerScore) error {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(scores) == 0 {
		return nil
	}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, []string{"OfficerScore"}) {
		if f.Name != "roleAssignment" {
			continue
		}
		ids := make([]int, len(scores))
		for i, s := range scores {
			ids[i] = s.AssignmentID
		}
		child := graphql.WithFieldContext(ctx, &graphql.FieldContext{Parent: fc, Object: "OfficerScore", Field: f, IsResolver: true})
		q, err := c.RoleAssignment.Query().Where(roleassignment.IDIn(ids...)).CollectFields(child)
		if err != nil {
			return err
		}
		found, err := q.All(ctx)
		if err != nil {
			return err
		}
		byID := make(map[int]*ent.RoleAssignment, len(found))
		for _, a := range found {
			byID[a.ID] = a
		}
		for _, s := range scores {
			s.Assignment = byID[s.AssignmentID]
		}
	}
	return nil
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
	return scoreList(ctx, c, scores[:min(n, len(scores))], err)
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
	scores, err := standing.FailingOfficers(ctx, c, period, preds...)
	return scoreList(ctx, c, scores, err)
}

// scoreAssignment is a score's role assignment: loaded with its list, or read.
func scoreAssignment(ctx context.Context, c *ent.Client, s *standing.OfficerScore) (*ent.RoleAssignment, error) {
	if s.Assignment != nil {
		return s.Assignment, nil
	}
	return c.RoleAssignment.Get(ctx, s.AssignmentID)
}

// roleAssignmentScores are the scores of one assignment in period.
func roleAssignmentScores(ctx context.Context, c *ent.Client, a *ent.RoleAssignment, period string) ([]*standing.OfficerScore, error) {
	scores, err := standing.OfficerScores(ctx, c, period, rating.RoleAssignmentID(a.ID))
	return scoreList(ctx, c, scores, err)
}
