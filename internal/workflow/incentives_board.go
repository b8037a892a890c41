package workflow

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/household"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/ent/village"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// The incentives' read side: the red board, the award candidates and the
// grant totals. Each is a few SQL GROUP BY aggregates over rows scoped by
// the viewer's area (every query applies the privacy scope of the rows' own
// town_id/village_id/courtyard_id), finished in Go over the grouped rows.

// BoardPeriod returns the bounds [from, to) of a red-board period, in UTC:
// a year ("2024") or a quarter ("2024Q2"), by the Shanghai calendar.
func BoardPeriod(label string) (from, to time.Time, err error) {
	p, err := period.Parse(label)
	if err != nil || (p.Kind != period.Year && p.Kind != period.Quarter) {
		return from, to, Refuse(ErrInvalid, "period", "period %q is a year such as 2024 or a quarter such as 2024Q2", label)
	}
	return p.Start.UTC(), p.End.UTC(), nil
}

// halfBounds returns the bounds [from, to) of half-year period (in the
// district's time, as ratings' periods are labelled).
func halfBounds(label string) (from, to time.Time, err error) {
	p, err := halfYearInput(label)
	return p.Start, p.End, err
}

// inArea keeps the rows of any record table whose column col (town_id,
// village_id, courtyard_id) equals id.
func inArea(col string, id int) func(*sql.Selector) {
	return func(s *sql.Selector) { s.Where(sql.EQ(s.C(col), id)) }
}

// areaColumn returns the area column and id for an area given by its global
// id: a town, village or courtyard ("" for the district or none: the
// viewer's scope applies anyway).
func areaColumn(area int, allowed ...string) (string, error) {
	t := gen.TypeOfID(area)
	if area == 0 || (t == "District" && slices.Contains(allowed, t)) {
		return "", nil
	}
	if slices.Contains(allowed, t) {
		return map[string]string{"Town": "town_id", "Village": "village_id", "Courtyard": "courtyard_id"}[t], nil
	}
	return "", Refuse(ErrInvalid, "area", "the area is a %v", allowed)
}

// --- red board ---

// RedBoardRow is one household on the red board (红榜).
type RedBoardRow struct {
	// Rank is the household's place, 1 first.
	Rank int
	// HouseholdID is the household.
	HouseholdID int
	// Name is the household as the village lets the wall name it.
	Name string
	// Points is the sum of its confirmed entries earned in the area in the period.
	Points int
	// Entries is how many entries that sum counts.
	Entries int
	// LastEntryID is the latest of them (the tie-break).
	LastEntryID int
	// TopReasons are the reasons that earned most, best first (at most 3).
	TopReasons []PointReason
}

// PointReason is what earned a household points on the board: a rule (its
// versions together) or a free reason.
type PointReason struct {
	// Reason is the rule's name or the free reason.
	Reason string
	// Points is what it earned in the period.
	Points int
	// Entries is how many entries.
	Entries int
}

// RedBoard ranks the households of a village or courtyard by the points
// they earned there in a year or quarter: the sum of their CONFIRMED
// entries in the period attributed to the area (entries stay with the
// courtyard where they were earned; reversals count against the points they
// undo). Ties go to the household whose last counted entry was recorded
// first (it reached the total first), then to the lower household id.
// Households are named as their village's red_board_names allows.
func RedBoard(ctx context.Context, c *gen.Client, area int, period string, first int) ([]RedBoardRow, error) {
	from, to, err := BoardPeriod(period)
	if err != nil {
		return nil, err
	}
	col, err := areaColumn(area, "Village", "Courtyard")
	if err != nil || col == "" {
		return nil, Refuse(ErrInvalid, "area", "the red board is a village's or a courtyard's")
	}
	where := []func(*sql.Selector){inArea(col, area)}
	base := func() *gen.PointEntryQuery {
		q := c.PointEntry.Query().Where(pointentry.StatusEQ(entryConfirmed), pointentry.HouseholdIDNotNil(),
			pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(to))
		for _, w := range where {
			q.Where(w)
		}
		return q
	}
	var sums []struct {
		HouseholdID int `json:"household_id"`
		Points      int `json:"points"`
		Entries     int `json:"entries"`
		Last        int `json:"last"`
	}
	if err := base().GroupBy(pointentry.FieldHouseholdID).
		Aggregate(gen.As(gen.Sum(pointentry.FieldPoints), "points"), gen.As(gen.Count(), "entries"), gen.As(gen.Max(pointentry.FieldID), "last")).
		Scan(ctx, &sums); err != nil {
		return nil, fmt.Errorf("red board: %w", err)
	}
	rows := make([]RedBoardRow, len(sums))
	for i, s := range sums {
		rows[i] = RedBoardRow{HouseholdID: s.HouseholdID, Points: s.Points, Entries: s.Entries, LastEntryID: s.Last}
	}
	slices.SortFunc(rows, func(a, b RedBoardRow) int {
		return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(a.LastEntryID, b.LastEntryID), cmp.Compare(a.HouseholdID, b.HouseholdID))
	})
	rows = rows[:min(len(rows), max(first, 0))]
	ids := make([]int, len(rows))
	for i := range rows {
		rows[i].Rank = i + 1
		ids[i] = rows[i].HouseholdID
	}
	if len(rows) == 0 {
		return rows, nil
	}
	reasons, err := topReasons(ctx, c, base().Where(pointentry.HouseholdIDIn(ids...)))
	if err != nil {
		return nil, err
	}
	names, err := boardNames(ctx, c, ids)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].Name = names[rows[i].HouseholdID]
		rows[i].TopReasons = reasons[rows[i].HouseholdID]
	}
	return rows, nil
}

// topReasons groups the entries of q by household and rule (a rule's
// versions together, by name) or, without a rule, by the free reason, and
// keeps each household's three that earned most.
func topReasons(ctx context.Context, c *gen.Client, q *gen.PointEntryQuery) (map[int][]PointReason, error) {
	var groups []struct {
		HouseholdID int    `json:"household_id"`
		RuleID      *int   `json:"rule_id"`
		Reason      string `json:"reason"`
		Points      int    `json:"points"`
		Entries     int    `json:"entries"`
	}
	ruled, free := q.Clone().Where(pointentry.RuleIDNotNil()), q.Clone().Where(pointentry.RuleIDIsNil())
	if err := ruled.GroupBy(pointentry.FieldHouseholdID, pointentry.FieldRuleID).
		Aggregate(gen.As(gen.Sum(pointentry.FieldPoints), "points"), gen.As(gen.Count(), "entries")).Scan(ctx, &groups); err != nil {
		return nil, err
	}
	n := len(groups)
	if err := free.GroupBy(pointentry.FieldHouseholdID, pointentry.FieldReason).
		Aggregate(gen.As(gen.Sum(pointentry.FieldPoints), "points"), gen.As(gen.Count(), "entries")).Scan(ctx, &groups); err != nil {
		return nil, err
	}
	var ruleIDs []int
	for _, g := range groups[:n] {
		ruleIDs = append(ruleIDs, *g.RuleID)
	}
	rules, err := c.PointRule.Query().Where(pointrule.IDIn(ruleIDs...)).Select(pointrule.FieldID, pointrule.FieldName).All(ctx)
	if err != nil {
		return nil, err
	}
	ruleName := map[int]string{}
	for _, r := range rules {
		ruleName[r.ID] = r.Name
	}
	merged := map[int]map[string]*PointReason{}
	for i, g := range groups {
		label := g.Reason
		if i < n {
			label = ruleName[*g.RuleID]
		}
		if merged[g.HouseholdID] == nil {
			merged[g.HouseholdID] = map[string]*PointReason{}
		}
		r := merged[g.HouseholdID][label]
		if r == nil {
			r = &PointReason{Reason: label}
			merged[g.HouseholdID][label] = r
		}
		r.Points += g.Points
		r.Entries += g.Entries
	}
	out := map[int][]PointReason{}
	for h, rs := range merged {
		var list []PointReason
		for _, r := range rs {
			if r.Points > 0 {
				list = append(list, *r)
			}
		}
		slices.SortFunc(list, func(a, b PointReason) int {
			return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(b.Entries, a.Entries), cmp.Compare(a.Reason, b.Reason))
		})
		out[h] = list[:min(3, len(list))]
	}
	return out, nil
}

// boardNames names households as their villages allow on the red board:
// FULL (the head's name), SURNAME (付家) or HOUSEHOLD_NUMBER (大坪院坝 012号).
// For accounts that see names masked, FULL shows as SURNAME.
func boardNames(ctx context.Context, c *gen.Client, ids []int) (map[int]string, error) {
	hs, err := c.Household.Query().Where(household.IDIn(ids...)).WithCourtyard().All(ctx)
	if err != nil {
		return nil, err
	}
	var vids []int
	for _, h := range hs {
		vids = append(vids, h.VillageID)
	}
	vs, err := c.Village.Query().Where(village.IDIn(vids...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	show := map[int]village.RedBoardNames{}
	for _, v := range vs {
		show[v.ID] = v.RedBoardNames
	}
	masked := viewer.FromContext(ctx).MasksPersonalData()
	out := map[int]string{}
	for _, h := range hs {
		out[h.ID] = BoardName(show[h.VillageID], h, masked)
	}
	return out, nil
}

// BoardName is household h as the red board shows it under the village's
// setting (masked: FULL falls back to SURNAME).
func BoardName(how village.RedBoardNames, h *gen.Household, masked bool) string {
	surname := string([]rune(h.HeadName)[:min(1, len([]rune(h.HeadName)))]) + "家"
	switch how {
	case village.RedBoardNamesFULL:
		if masked {
			return surname
		}
		return h.HeadName
	case village.RedBoardNamesHOUSEHOLD_NUMBER:
		if cy := h.Edges.Courtyard; cy != nil {
			return cy.Name + " " + h.Number + "号"
		}
		return h.Number + "号"
	}
	return surname
}

// --- award candidates ---

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
	from, to, err := halfBounds(period)
	if err != nil {
		return nil, err
	}
	col, err := areaColumn(area, "District", "Town", "Village", "Courtyard")
	if err != nil {
		return nil, err
	}
	scope := func(s *sql.Selector) {}
	if col != "" {
		scope = inArea(col, area)
	}
	failing, err := failingAssignments(ctx, c, period)
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
		return c.PointEntry.Query().Where(pointentry.StatusEQ(entryConfirmed), pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(to), scope).Modify(func(s *sql.Selector) {
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
		as, err := c.RoleAssignment.Query().Where(roleassignment.RoleEQ(awardRoles[category]), roleassignment.StartedAtLT(to),
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

// --- grant totals ---

// Groupings of GrantTotals.
const (
	GrantsByPurpose   = "PURPOSE"
	GrantsByCourtyard = "COURTYARD"
	GrantsByVillage   = "VILLAGE"
	GrantsByYear      = "YEAR"
)

// GrantTotal is the sum of the grants of one group.
type GrantTotal struct {
	// Year is the group's year (YEAR), or the year asked for.
	Year *int
	// Purpose is the group's purpose (PURPOSE).
	Purpose *grant.Purpose
	// CourtyardID is the group's courtyard (COURTYARD).
	CourtyardID *int
	// VillageID is the group's village (VILLAGE).
	VillageID *int
	// AmountFen is the sum, in fen.
	AmountFen int64
	// Grants is how many grants.
	Grants int
}

// grantYear restricts grants to a year's half-years.
func grantYear(year *int) func(*sql.Selector) {
	if year == nil {
		return func(*sql.Selector) {}
	}
	return func(s *sql.Selector) {
		s.Where(sql.In(s.C(grant.FieldPeriod), fmt.Sprintf("%dH1", *year), fmt.Sprintf("%dH2", *year)))
	}
}

// GrantTotals sums the grants in the viewer's area (or the town, village or
// courtyard given), of one year or all, grouped by purpose, courtyard,
// village or year (one SQL GROUP BY), largest first, at most first groups.
func GrantTotals(ctx context.Context, c *gen.Client, by string, year *int, area, first int) ([]GrantTotal, error) {
	col, err := areaColumn(area, "District", "Town", "Village", "Courtyard")
	if err != nil {
		return nil, err
	}
	group := map[string]string{GrantsByPurpose: grant.FieldPurpose, GrantsByCourtyard: grant.FieldCourtyardID,
		GrantsByVillage: grant.FieldVillageID, GrantsByYear: grant.FieldPeriod}[by]
	if group == "" {
		return nil, Refuse(ErrInvalid, "by", "group grants by PURPOSE, COURTYARD, VILLAGE or YEAR")
	}
	q := c.Grant.Query().Where(grantYear(year))
	if col != "" {
		q.Where(inArea(col, area))
	}
	var rows []struct {
		Key    string `json:"grp"`
		Amount int64  `json:"amount"`
		Grants int    `json:"grants"`
	}
	if err := q.Modify(func(s *sql.Selector) {
		s.Select(sql.As(s.C(group), "grp"), sql.As(sql.Sum(s.C(grant.FieldAmountFen)), "amount"), sql.As(sql.Count("*"), "grants")).
			GroupBy(s.C(group))
	}).Scan(ctx, &rows); err != nil {
		return nil, fmt.Errorf("grant totals: %w", err)
	}
	byKey := map[string]*GrantTotal{}
	var out []*GrantTotal
	for _, r := range rows {
		k := r.Key
		if by == GrantsByYear {
			k = k[:4]
		}
		t := byKey[k]
		if t == nil {
			t = &GrantTotal{Year: year}
			var n int
			_, _ = fmt.Sscan(k, &n)
			switch by {
			case GrantsByPurpose:
				p := grant.Purpose(k)
				t.Purpose = &p
			case GrantsByCourtyard:
				t.CourtyardID = &n
			case GrantsByVillage:
				t.VillageID = &n
			case GrantsByYear:
				t.Year = &n
			}
			byKey[k] = t
			out = append(out, t)
		}
		t.AmountFen += r.Amount
		t.Grants += r.Grants
	}
	slices.SortStableFunc(out, func(a, b *GrantTotal) int {
		if by == GrantsByYear {
			return cmp.Compare(*a.Year, *b.Year)
		}
		return cmp.Compare(b.AmountFen, a.AmountFen)
	})
	res := make([]GrantTotal, 0, min(len(out), max(first, 0)))
	for _, t := range out[:min(len(out), max(first, 0))] {
		res = append(res, *t)
	}
	return res, nil
}

// GrantYearTotal is the total of a year's grants in the viewer's area: the
// district's yearly total for district accounts.
func GrantYearTotal(ctx context.Context, c *gen.Client, year int) (GrantTotal, error) {
	ts, err := GrantTotals(ctx, c, GrantsByYear, &year, 0, 1)
	if err != nil || len(ts) == 0 {
		return GrantTotal{Year: &year}, err
	}
	return ts[0], nil
}
