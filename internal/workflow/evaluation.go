package workflow

import (
	"context"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
)

// Two-way evaluation (双向评价在院坝): the scoring rule that turns residents'
// ratings of an officer into a period score, and the courtyard's
// self-evaluation led by its head. docs/evaluation.md explains the rule.

// flaggedPeriod returns the half-year, among the one containing at and the
// one before it (ratings are collected at a half-year's end and the
// replacement follows), for which the scoring rule flags assignment id
// failing; "" if neither.
func flaggedPeriod(ctx context.Context, c *ent.Client, id int, at time.Time) (string, error) {
	half := period.Of(period.HalfYear, at)
	for _, p := range []string{half.Previous().Label, half.Label} {
		scores, err := standing.OfficerScores(ctx, c, p, rating.RoleAssignmentID(id))
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

// halfBounds returns the bounds [from, to) of half-year label (in the
// district's time, as ratings' periods are labelled), refusing other labels.
func halfBounds(label string) (from, to time.Time, err error) {
	p, err := standing.HalfYearInput(label)
	return p.Start, p.End, err
}

// DimensionScoreInput is one dimension's score of a courtyard self-evaluation.
type DimensionScoreInput struct {
	// Dimension is the dimension evaluated.
	Dimension rating.Dimension `json:"dimension"`
	// Score is from 1 (failing) to 5 (excellent).
	Score int `json:"score"`
}

// EvaluateCourtyardInput is evaluateCourtyard: a courtyard's evaluation of
// its own self-governance, led by its head with residents present (院坝自评).
type EvaluateCourtyardInput struct {
	// CourtyardID is the courtyard evaluated.
	CourtyardID int `json:"courtyardID"`
	// Period is the half-year evaluated, e.g. 2024H1; it must have begun.
	Period string `json:"period"`
	// Scores are the dimensions' scores, each dimension at most once.
	Scores []DimensionScoreInput `json:"scores"`
	// ResidentsPresent is how many residents took part (at least one, at
	// most the courtyard's residents).
	ResidentsPresent int `json:"residentsPresent"`
	// Comment is an optional remark.
	Comment *string `json:"comment,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records a courtyard's self-evaluation as one rating of
// target COURTYARD per dimension, given by the courtyard's active head. Only
// that head's account (a courtyard officer) or the village and up may record
// it; each dimension is evaluated once per half-year.
func (in EvaluateCourtyardInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Courtyard], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in EvaluateCourtyardInput) take(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
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
	half, err := standing.HalfYearInput(in.Period)
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
		if comment := orEmpty(in.Comment); comment != "" {
			b.SetComment(comment)
		}
		if err := b.Exec(ctx); err != nil {
			return nil, err
		}
	}
	return cy, nil
}
