package workflow

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/town"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// Two-way evaluation (双向评价在院坝): the scoring rule that turns residents'
// ratings of an officer into a period score, and the courtyard's
// self-evaluation led by its head. docs/evaluation.md explains the rule.

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
}

// score completes an OfficerScore from its count and total.
func (r ScoringRule) score(s OfficerScore) OfficerScore {
	s.Score = float64(s.Total) / float64(s.Ratings)
	s.Counts = s.Ratings >= r.MinRatings
	// Total < line × ratings, in exact arithmetic on both databases' sums.
	s.Failing = s.Counts && float64(s.Total) < r.FailingLine*float64(s.Ratings)
	return s
}

// OfficerScores computes the scores of half-year period from the officer
// ratings matching where (on top of the viewer's area scope): one SQL GROUP
// BY role assignment and dimension, ordered by assignment and dimension.
func OfficerScores(ctx context.Context, c *ent.Client, period string, where ...predicate.Rating) ([]OfficerScore, error) {
	if _, err := halfYearInput(period); err != nil {
		return nil, err
	}
	var rows []struct {
		AssignmentID int    `json:"role_assignment_id"`
		Dimension    string `json:"dimension"`
		Ratings      int    `json:"ratings"`
		Total        int    `json:"total"`
	}
	err := c.Rating.Query().
		Where(append(where, rating.TargetEQ(rating.TargetOFFICER), rating.Period(period), rating.RoleAssignmentIDNotNil())...).
		GroupBy(rating.FieldRoleAssignmentID, rating.FieldDimension).
		Aggregate(ent.As(ent.Count(), "ratings"), ent.As(ent.Sum(rating.FieldScore), "total")).
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
	all, err := OfficerScores(ctx, c, period, where...)
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

// flaggedPeriod returns the half-year, among the one containing at and the
// one before it (ratings are collected at a half-year's end and the
// replacement follows), for which the scoring rule flags assignment id
// failing; "" if neither.
func flaggedPeriod(ctx context.Context, c *ent.Client, id int, at time.Time) (string, error) {
	half := period.Of(period.HalfYear, at)
	for _, p := range []string{half.Previous().Label, half.Label} {
		scores, err := OfficerScores(ctx, c, p, rating.RoleAssignmentID(id))
		if err != nil {
			return "", err
		}
		for _, s := range scores {
			if s.Failing {
				return p, nil
			}
		}
	}
	return "", nil
}

// halfYearInput parses the half-year label of a step's input (field
// period), refusing anything else as invalid.
func halfYearInput(label string) (period.Period, error) {
	p, err := period.ParseHalfYear(label)
	if err != nil {
		return p, Refuse(ErrInvalid, "period", "%v", err)
	}
	return p, nil
}

// DimensionScore is one dimension's score of a courtyard self-evaluation.
type DimensionScore struct {
	// Dimension is the dimension evaluated.
	Dimension rating.Dimension
	// Score is from 1 (failing) to 5 (excellent).
	Score int
}

// SelfEvaluation is a courtyard's evaluation of its own self-governance,
// led by its head with residents present (院坝自评).
type SelfEvaluation struct {
	// CourtyardID is the courtyard evaluated.
	CourtyardID int
	// Period is the half-year evaluated, e.g. 2024H1; it must have begun.
	Period string
	// Scores are the dimensions' scores, each dimension at most once.
	Scores []DimensionScore
	// ResidentsPresent is how many residents took part (at least one, at
	// most the courtyard's residents).
	ResidentsPresent int
	// Comment is an optional remark.
	Comment string
}

// EvaluateCourtyard records a courtyard's self-evaluation as one rating of
// target COURTYARD per dimension, given by the courtyard's active head. Only
// that head's account (a courtyard officer) or the village and up may record
// it; each dimension is evaluated once per half-year.
func EvaluateCourtyard(ctx context.Context, c *ent.Client, in SelfEvaluation) (*ent.Courtyard, error) {
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	head, err := activeHolder(ctx, c, cy.ID, roleassignment.RoleHEAD)
	if err != nil {
		return nil, err
	}
	if head == nil {
		return nil, Refuse(ErrState, "courtyardID", "%s has no active head to lead its self-evaluation: elect one first", cy.Name)
	}
	if v := viewer.FromContext(ctx); v != nil && v.Role == viewer.CourtyardOfficer && v.ResidentID != head.ResidentID {
		return nil, Refuse(ErrActor, "courtyardID", "only the courtyard's head (or the village and up) records its self-evaluation")
	}
	now := Now(ctx)
	half, err := halfYearInput(in.Period)
	switch {
	case err != nil:
		return nil, err
	case half.Start.After(now):
		return nil, Refuse(ErrInvalid, "period", "half-year %s has not begun", in.Period)
	case len(in.Scores) == 0:
		return nil, Refuse(ErrInvalid, "scores", "give a score for at least one dimension")
	case in.ResidentsPresent < 1:
		return nil, Refuse(ErrInvalid, "residentsPresent", "a self-evaluation needs residents present")
	}
	residents, err := cy.QueryHouseholds().QueryResidents().Count(ctx)
	if err != nil {
		return nil, err
	}
	if in.ResidentsPresent > residents {
		return nil, Refuse(ErrInvalid, "residentsPresent", "%d residents present, but %s has %d", in.ResidentsPresent, cy.Name, residents)
	}
	// One self-evaluation of a courtyard at a time: a concurrent one waits
	// for this one and then finds its dimensions evaluated.
	if err := serialised(ctx, c.Courtyard.UpdateOneID(cy.ID).SetUpdatedAt(now).Exec); err != nil {
		return nil, err
	}
	seen := map[rating.Dimension]bool{}
	for _, s := range in.Scores {
		if seen[s.Dimension] {
			return nil, Refuse(ErrInvalid, "scores.dimension", "dimension %s is scored twice", s.Dimension)
		}
		seen[s.Dimension] = true
		done, err := c.Rating.Query().Where(rating.CourtyardID(cy.ID), rating.TargetEQ(rating.TargetCOURTYARD),
			rating.Period(in.Period), rating.DimensionEQ(s.Dimension)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, Refuse(ErrState, "scores.dimension", "%s already evaluated %s for %s", cy.Name, s.Dimension, in.Period)
		}
		b := c.Rating.Create().SetTarget(rating.TargetCOURTYARD).SetDimension(s.Dimension).SetScore(s.Score).
			SetPeriod(in.Period).SetRatedAt(now).SetCourtyardID(cy.ID).SetRaterID(head.ResidentID).
			SetResidentsPresent(in.ResidentsPresent)
		if in.Comment != "" {
			b.SetComment(in.Comment)
		}
		if err := b.Exec(ctx); err != nil {
			return nil, err
		}
	}
	return cy, nil
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
	return nil, Refuse(ErrInvalid, "area", "the area is a district, town, village or courtyard")
}
