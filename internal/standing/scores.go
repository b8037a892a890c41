package standing

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/town"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/refusal"
	"yuanbahui/internal/viewer"
)

// ScoringRule turns residents' ratings of an officer (target OFFICER) into a
// score per half-year and dimension: the mean of the ratings' scores (1–5).
// A score counts only with at least MinRatings ratings; a counted score
// below FailingLine flags the officer failing for that half-year, and only a
// flagged officer may be replaced for RATED_FAILING.
type ScoringRule struct {
	// MinRatings is how many ratings of one dimension in one half-year an
	// officer needs before the score counts.
	MinRatings int
	// FailingLine is the mean score below which a counted score is failing.
	FailingLine float64
}

// Scoring is the scoring rule of the district: the one place its constants
// live (docs/evaluation.md and the GraphQL descriptions quote them).
var Scoring = ScoringRule{MinRatings: 3, FailingLine: 2.5}

// OfficerScore is an officer's (a role assignment's) score for one
// half-year on one dimension.
type OfficerScore struct {
	// AssignmentID is the role assignment scored.
	AssignmentID int
	// Period is the half-year, e.g. 2024H1.
	Period string
	// Dimension is the dimension the ratings were given on.
	Dimension rating.Dimension
	// Ratings is how many ratings the score is the mean of.
	Ratings int
	// Total is the sum of their scores.
	Total int
	// Score is the mean score, Total / Ratings.
	Score float64
	// Counts tells whether the score has the rule's minimum of ratings.
	Counts bool
	// Failing tells whether the score counts and lies below the failing line.
	Failing bool
	// Assignment is the assignment scored when the API loaded it with a
	// list of scores (nil: not loaded; read it by AssignmentID).
	Assignment *ent.RoleAssignment
}

// score completes an OfficerScore from its count and total.
func (r ScoringRule) score(s OfficerScore) OfficerScore {
	s.Score = float64(s.Total) / float64(s.Ratings)
	s.Counts = s.Ratings >= r.MinRatings
	// Total < line × ratings, in exact arithmetic on both databases' sums.
	s.Failing = s.Counts && float64(s.Total) < r.FailingLine*float64(s.Ratings)
	return s
}

// OfficerScoresTable is the rollup the database keeps of the officers'
// ratings by triggers (internal/metrics rollup.go): per role assignment,
// dimension and half-year, the ratings' area (town_id, village_id,
// courtyard_id), their count (n) and the sum of their scores (total).
const OfficerScoresTable = "officer_scores"

// OfficerScores computes the scores of half-year period from the officer
// ratings matching where (on top of the viewer's area scope), read from
// their rollup (OfficerScoresTable: a row per officer, dimension and
// half-year with the ratings' count and total, not a row per rating),
// ordered by assignment and dimension. where and the scope read the columns a rating and its rollup
// row share: the area, the officer, the period.
func OfficerScores(ctx context.Context, c *ent.Client, period string, where ...predicate.Rating) ([]OfficerScore, error) {
	return scores(ctx, c, period, false, where...)
}

// scores reads the scores of OfficerScores, only the failing ones if
// failingOnly (the rollup's index of them finds them without reading the
// rest).
func scores(ctx context.Context, c *ent.Client, period string, failingOnly bool, where ...predicate.Rating) ([]OfficerScore, error) {
	if _, err := HalfYearInput(period); err != nil {
		return nil, err
	}
	var rows []struct {
		AssignmentID int    `json:"role_assignment_id"`
		Dimension    string `json:"dimension"`
		Ratings      int    `json:"ratings"`
		Total        int    `json:"total"`
	}
	err := c.Rating.Query().
		Where(append(where, rating.Period(period))...).
		Modify(func(s *sql.Selector) {
			// The rollup in the ratings' place, before where and the
			// scope's predicates name its columns.
			s.From(sql.Dialect(s.Dialect()).Table(OfficerScoresTable))
			s.Select(s.C(rating.FieldRoleAssignmentID), s.C(rating.FieldDimension),
				sql.As(s.C("n"), "ratings"), sql.As(s.C("total"), "total")).
				Where(sql.GT(s.C("n"), 0))
			if failingOnly {
				// Scoring.score's failing, in the words of the rollup's
				// partial index (literals, for the planner to match it).
				s.Where(sql.ExprP(fmt.Sprintf("%s >= %d AND %s < %g * %s",
					s.C("n"), Scoring.MinRatings, s.C("total"), Scoring.FailingLine, s.C("n"))))
			}
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("scoring %s: %w", period, err)
	}
	out := make([]OfficerScore, len(rows))
	for i, r := range rows {
		out[i] = Scoring.score(OfficerScore{AssignmentID: r.AssignmentID, Period: period,
			Dimension: rating.Dimension(r.Dimension), Ratings: r.Ratings, Total: r.Total})
	}
	slices.SortFunc(out, func(a, b OfficerScore) int {
		if a.AssignmentID != b.AssignmentID {
			return a.AssignmentID - b.AssignmentID
		}
		return cmp.Compare(a.Dimension, b.Dimension)
	})
	return out, nil
}

// FailingOfficers returns the failing scores of half-year period among the
// officer ratings matching where, worst first.
func FailingOfficers(ctx context.Context, c *ent.Client, period string, where ...predicate.Rating) ([]OfficerScore, error) {
	all, err := scores(ctx, c, period, true, where...)
	if err != nil {
		return nil, err
	}
	var out []OfficerScore
	for _, s := range all {
		if s.Failing {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b OfficerScore) int {
		return cmp.Compare(a.Score, b.Score)
	})
	return out, nil
}

// FailingAssignments are the assignments the scoring rule flags failing in
// half-year period (any dimension).
func FailingAssignments(ctx context.Context, c *ent.Client, period string) (map[int]bool, error) {
	scores, err := FailingOfficers(viewer.SystemContext(ctx), c, period)
	out := map[int]bool{}
	for _, s := range scores {
		out[s.AssignmentID] = true
	}
	return out, err
}

// RatingsIn returns the predicate keeping the ratings of an area, given by
// the id of a district, town, village or courtyard (within the viewer's
// scope, which every query applies anyway); nil for 0.
func RatingsIn(area int) (predicate.Rating, error) {
	switch ent.TypeOfID(area) {
	case "":
		if area == 0 {
			return nil, nil
		}
	case "District":
		return rating.HasTownWith(town.DistrictID(area)), nil
	case "Town":
		return rating.TownID(area), nil
	case "Village":
		return rating.VillageID(area), nil
	case "Courtyard":
		return rating.CourtyardID(area), nil
	}
	return nil, apierr.Refuse(refusal.ErrInvalid, "area", "the area is a district, town, village or courtyard")
}

// NearFailing returns the counted scores of half-year period among the
// officer ratings matching where that are not failing but lie less than
// margin above the failing line (Scoring.FailingLine ≤ score <
// FailingLine + margin): the officers within reach of the line, worst first.
func NearFailing(ctx context.Context, c *ent.Client, period string, margin float64, where ...predicate.Rating) ([]OfficerScore, error) {
	all, err := scores(ctx, c, period, false, where...)
	if err != nil {
		return nil, err
	}
	var out []OfficerScore
	for _, s := range all {
		if s.Counts && !s.Failing && float64(s.Total) < (Scoring.FailingLine+margin)*float64(s.Ratings) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b OfficerScore) int {
		return cmp.Compare(a.Score, b.Score)
	})
	return out, nil
}
