package standing

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/viewer"
)

// AwardRoles pairs person categories with the role they honour.
var AwardRoles = map[award.Category]roleassignment.Role{
	award.CategoryHEAD: roleassignment.RoleHEAD, award.CategoryAGENT: roleassignment.RoleAGENT,
	award.CategoryPUBLICIST: roleassignment.RolePUBLICIST, award.CategoryINFORMANT: roleassignment.RoleINFORMANT,
}

// Candidate weights: what each part of an award candidate's score is worth
// (the parts are reported with their values, so every score is explained).
const (
	// WeightRatingMean: points per point of the mean rating (1–5), counted
	// only with Scoring.MinRatings ratings or more.
	WeightRatingMean = 10.0
	// WeightRatingCount: points per rating, up to MaxCountedRatings.
	WeightRatingCount = 0.5
	// MaxCountedRatings caps the ratings counted by WeightRatingCount.
	MaxCountedRatings = 30
	// WeightTicketOnTime: points per proxy-service ticket completed on time.
	WeightTicketOnTime = 1.0
	// WeightIssueEvaluated: points per issue carried through to evaluation.
	WeightIssueEvaluated = 2.0
	// WeightLectureAttendance: points per resident attending a lecture.
	WeightLectureAttendance = 0.1
	// WeightPoints: points of score per household point earned in the courtyard.
	WeightPoints = 0.02
)

// Score parts of an award candidate.
const (
	PartRatingMean        = "RATING_MEAN"
	PartRatingCount       = "RATING_COUNT"
	PartTicketsOnTime     = "TICKETS_ON_TIME"
	PartIssuesEvaluated   = "ISSUES_EVALUATED"
	PartLectureAttendance = "LECTURE_ATTENDANCE"
	PartPoints            = "POINTS"
)

// ScorePart is one part of a candidate's score: the value found in the data
// and the score it adds (value × weight).
type ScorePart struct {
	// Name is one of the Part… names.
	Name string
	// Value is what the data says (a mean, a count, a sum).
	Value float64
	// Score is what the part adds to the candidate's score.
	Score float64
}

// AwardCandidate is a courtyard (COURTYARD) or an officer (the person
// categories) ranked for a half-year's award.
type AwardCandidate struct {
	// Rank is the candidate's place, 1 first.
	Rank int
	// Category is the award's category.
	Category award.Category
	// CourtyardID is the courtyard (or where the officer serves).
	CourtyardID int
	// RoleAssignmentID is the officer's assignment (person categories).
	RoleAssignmentID *int
	// ResidentID is the officer (person categories).
	ResidentID *int
	// Score is the sum of the parts' scores, to two decimals.
	Score float64
	// Ratings is how many ratings the candidate had (the first tie-break).
	Ratings int
	// Parts explain the score.
	Parts []ScorePart
}

// categoryParts lists the parts scored per category.
var categoryParts = map[award.Category][]string{
	award.CategoryCOURTYARD: {PartRatingMean, PartRatingCount, PartTicketsOnTime, PartIssuesEvaluated, PartLectureAttendance, PartPoints},
	award.CategoryHEAD:      {PartRatingMean, PartRatingCount, PartIssuesEvaluated, PartPoints},
	award.CategoryAGENT:     {PartRatingMean, PartRatingCount, PartTicketsOnTime, PartPoints},
	award.CategoryPUBLICIST: {PartRatingMean, PartRatingCount, PartLectureAttendance, PartPoints},
	award.CategoryINFORMANT: {PartRatingMean, PartRatingCount, PartIssuesEvaluated, PartPoints},
}

// AwardCandidates ranks a half-year's candidates in one category from the
// data, within the viewer's area (or the town, village or courtyard given):
// courtyards for COURTYARD (their self-evaluations), otherwise the officers
// who served in the role during the half-year (their residents' ratings),
// each person once (their best assignment). Officers the scoring rule flags
// failing in the half-year, and courtyards with such an officer, are left
// out. Scores add the category's parts (categoryParts, weights above); ties
// go to more ratings, then the lower id.
func AwardCandidates(ctx context.Context, c *gen.Client, period string, category award.Category, area, first int) ([]AwardCandidate, error) {
	half, err := HalfYearInput(period)
	if err != nil {
		return nil, err
	}
	from, to := half.Start, half.End
	col, err := areaColumn(area, "District", "Town", "Village", "Courtyard")
	if err != nil {
		return nil, err
	}
	scope := func(s *sql.Selector) {}
	if col != "" {
		scope = inArea(col, area)
	}
	failing, err := FailingAssignments(ctx, c, period)
	if err != nil {
		return nil, err
	}
	type key struct{ courtyard, resident int }
	// Ratings: per assignment (officers) or per courtyard (self-evaluations).
	var ratings []struct {
		ID    int `json:"id"`
		N     int `json:"n"`
		Total int `json:"total"`
	}
	rq := c.Rating.Query().Where(rating.Period(period), scope)
	if category == award.CategoryCOURTYARD {
		err = rq.Where(rating.TargetEQ(rating.TargetCOURTYARD)).Modify(func(s *sql.Selector) {
			s.Select(sql.As(s.C(rating.FieldCourtyardID), "id"), sql.As(sql.Count("*"), "n"), sql.As(sql.Sum(s.C(rating.FieldScore)), "total")).
				GroupBy(s.C(rating.FieldCourtyardID))
		}).Scan(ctx, &ratings)
	} else {
		err = rq.Where(rating.TargetEQ(rating.TargetOFFICER), rating.RoleAssignmentIDNotNil()).Modify(func(s *sql.Selector) {
			s.Select(sql.As(s.C(rating.FieldRoleAssignmentID), "id"), sql.As(sql.Count("*"), "n"), sql.As(sql.Sum(s.C(rating.FieldScore)), "total")).
				GroupBy(s.C(rating.FieldRoleAssignmentID))
		}).Scan(ctx, &ratings)
	}
	if err != nil {
		return nil, fmt.Errorf("candidates' ratings: %w", err)
	}
	rated := map[int][2]int{}
	for _, r := range ratings {
		rated[r.ID] = [2]int{r.N, r.Total}
	}
	var byPair []struct {
		CourtyardID int  `json:"courtyard_id"`
		Resident    *int `json:"resident"`
		N           int  `json:"n"`
	}
	onTime, attendance := map[key]int{}, map[key]int{}
	parts := categoryParts[category]
	if slices.Contains(parts, PartTicketsOnTime) {
		if err := c.Ticket.Query().Where(OnTimeIs(true), ticket.CompletedAtGTE(from), ticket.CompletedAtLT(to), scope).Modify(func(s *sql.Selector) {
			s.Select(s.C(ticket.FieldCourtyardID), sql.As(s.C(ticket.FieldAgentID), "resident"), sql.As(sql.Count("*"), "n")).
				GroupBy(s.C(ticket.FieldCourtyardID), s.C(ticket.FieldAgentID))
		}).Scan(ctx, &byPair); err != nil {
			return nil, fmt.Errorf("candidates' tickets: %w", err)
		}
		for _, p := range byPair {
			onTime[key{p.CourtyardID, orZero(p.Resident)}] += p.N
			onTime[key{p.CourtyardID, 0}] += p.N
		}
	}
	if slices.Contains(parts, PartLectureAttendance) {
		byPair = nil
		if err := c.Session.Query().Where(session.KindEQ(session.KindLECTURE), session.HeldAtGTE(from), session.HeldAtLT(to), scope).Modify(func(s *sql.Selector) {
			s.Select(s.C(session.FieldCourtyardID), sql.As(s.C(session.FieldSpeakerID), "resident"), sql.As(sql.Sum(s.C(session.FieldAttendance)), "n")).
				GroupBy(s.C(session.FieldCourtyardID), s.C(session.FieldSpeakerID))
		}).Scan(ctx, &byPair); err != nil {
			return nil, fmt.Errorf("candidates' lectures: %w", err)
		}
		for _, p := range byPair {
			attendance[key{p.CourtyardID, orZero(p.Resident)}] += p.N
			attendance[key{p.CourtyardID, 0}] += p.N
		}
	}
	perCourtyard := func(what string, scan func() error) (map[int]int, error) {
		byPair = nil
		if err := scan(); err != nil {
			return nil, fmt.Errorf("candidates' %s: %w", what, err)
		}
		out := map[int]int{}
		for _, p := range byPair {
			out[p.CourtyardID] += p.N
		}
		return out, nil
	}
	evaluated, err := perCourtyard("issues", func() error {
		return c.Issue.Query().Where(issue.EvaluatedAtGTE(from), issue.EvaluatedAtLT(to), scope).Modify(func(s *sql.Selector) {
			s.Select(s.C(issue.FieldCourtyardID), sql.As(sql.Count("*"), "n")).GroupBy(s.C(issue.FieldCourtyardID))
		}).Scan(ctx, &byPair)
	})
	if err != nil {
		return nil, err
	}
	points, err := perCourtyard("points", func() error {
		return c.PointEntry.Query().Where(pointentry.StatusEQ(pointentry.StatusCONFIRMED), pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(to), scope).Modify(func(s *sql.Selector) {
			s.Select(s.C(pointentry.FieldCourtyardID), sql.As(sql.Sum(s.C(pointentry.FieldPoints)), "n")).GroupBy(s.C(pointentry.FieldCourtyardID))
		}).Scan(ctx, &byPair)
	})
	if err != nil {
		return nil, err
	}
	score := func(cand *AwardCandidate, ratingKey int, k key) {
		r := rated[ratingKey]
		cand.Ratings = r[0]
		for _, p := range parts {
			var v, w float64
			switch p {
			case PartRatingMean:
				if r[0] > 0 {
					v = math.Round(float64(r[1])/float64(r[0])*100) / 100
				}
				if r[0] >= Scoring.MinRatings {
					w = WeightRatingMean
				}
			case PartRatingCount:
				v, w = float64(r[0]), WeightRatingCount
				cand.Parts = append(cand.Parts, ScorePart{p, v, float64(min(r[0], MaxCountedRatings)) * w})
				continue
			case PartTicketsOnTime:
				v, w = float64(onTime[k]), WeightTicketOnTime
			case PartIssuesEvaluated:
				v, w = float64(evaluated[k.courtyard]), WeightIssueEvaluated
			case PartLectureAttendance:
				v, w = float64(attendance[k]), WeightLectureAttendance
			case PartPoints:
				v, w = float64(points[k.courtyard]), WeightPoints
			}
			cand.Parts = append(cand.Parts, ScorePart{p, v, math.Round(v*w*100) / 100})
		}
		for _, p := range cand.Parts {
			cand.Score += p.Score
		}
		cand.Score = math.Round(cand.Score*100) / 100
	}
	var cands []AwardCandidate
	if category == award.CategoryCOURTYARD {
		skip := map[int]bool{}
		if len(failing) > 0 {
			ids := make([]int, 0, len(failing))
			for id := range failing {
				ids = append(ids, id)
			}
			fs, err := c.RoleAssignment.Query().Where(roleassignment.IDIn(ids...)).Select(roleassignment.FieldCourtyardID).All(viewer.SystemContext(ctx))
			if err != nil {
				return nil, err
			}
			for _, a := range fs {
				skip[a.CourtyardID] = true
			}
		}
		cys, err := c.Courtyard.Query().Where(courtyard.CreatedAtLT(to), courtyardScope(col, area)).Select(courtyard.FieldID).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, cy := range cys {
			if skip[cy.ID] {
				continue
			}
			cand := AwardCandidate{Category: category, CourtyardID: cy.ID}
			score(&cand, cy.ID, key{cy.ID, 0})
			cands = append(cands, cand)
		}
	} else {
		as, err := c.RoleAssignment.Query().Where(roleassignment.RoleEQ(AwardRoles[category]), roleassignment.StartedAtLT(to),
			roleassignment.Or(roleassignment.EndedAtIsNil(), roleassignment.EndedAtGT(from)), scope).All(ctx)
		if err != nil {
			return nil, err
		}
		best := map[int]int{} // resident → index in cands
		for _, a := range as {
			if failing[a.ID] {
				continue
			}
			cand := AwardCandidate{Category: category, CourtyardID: a.CourtyardID, RoleAssignmentID: &a.ID, ResidentID: &a.ResidentID}
			score(&cand, a.ID, key{a.CourtyardID, a.ResidentID})
			if i, seen := best[a.ResidentID]; seen {
				if betterCandidate(cand, cands[i]) < 0 {
					cands[i] = cand
				}
				continue
			}
			best[a.ResidentID] = len(cands)
			cands = append(cands, cand)
		}
	}
	slices.SortFunc(cands, betterCandidate)
	cands = cands[:min(len(cands), max(first, 0))]
	for i := range cands {
		cands[i].Rank = i + 1
	}
	return cands, nil
}

// betterCandidate orders candidates: higher score, more ratings, lower id.
func betterCandidate(a, b AwardCandidate) int {
	id := func(x AwardCandidate) int {
		if x.RoleAssignmentID != nil {
			return *x.RoleAssignmentID
		}
		return x.CourtyardID
	}
	return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Ratings, a.Ratings), cmp.Compare(id(a), id(b)))
}

// courtyardScope keeps the courtyards of an area column (a courtyard's own
// id is its courtyard).
func courtyardScope(col string, area int) func(*sql.Selector) {
	switch col {
	case "":
		return func(*sql.Selector) {}
	case "courtyard_id":
		return inArea(courtyard.FieldID, area)
	}
	return inArea(col, area)
}

// orZero is *p, or 0 for nil.
func orZero(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
