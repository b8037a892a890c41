package standing

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/village"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/period"
	"yuanbahui/internal/refusal"
	"yuanbahui/internal/viewer"
)

// BoardPeriod returns the bounds [from, to) of a red-board period, in UTC:
// a year ("2024") or a quarter ("2024Q2"), by the Shanghai calendar.
func BoardPeriod(label string) (from, to time.Time, err error) {
	p, err := period.Parse(label)
	if err != nil || (p.Kind != period.Year && p.Kind != period.Quarter) {
		return from, to, apierr.Refuse(refusal.ErrInvalid, "period", "period %q is a year such as 2024 or a quarter such as 2024Q2", label)
	}
	return p.Start.UTC(), p.End.UTC(), nil
}

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

// RedBoard ranks the households of a district, town, village or courtyard by the points
// they earned there in a year or quarter: the sum of their CONFIRMED
// entries in the period attributed to the area (entries stay with the
// courtyard where they were earned; a reversed entry and its reversal both
// count nothing, and the reason undone is not listed). Ties go to the household whose last counted entry was recorded
// first (it reached the total first), then to the lower household id.
// Households are named as their village's red_board_names allows.
func RedBoard(ctx context.Context, c *gen.Client, area int, period string, first int) ([]RedBoardRow, error) {
	from, to, err := BoardPeriod(period)
	if err != nil {
		return nil, err
	}
	col, err := areaColumn(area, "District", "Town", "Village", "Courtyard")
	if err != nil || area == 0 {
		return nil, apierr.Refuse(refusal.ErrInvalid, "area", "the red board is a district's, a town's, a village's or a courtyard's")
	}
	// The district's board is every entry the viewer may read (privacy
	// scopes the rows by their own area columns); a town's, village's or
	// courtyard's narrows them by the entry's own column.
	var where []func(*sql.Selector)
	if col != "" {
		where = append(where, inArea(col, area))
	}
	base := func() *gen.PointEntryQuery {
		// A reversed entry and its reversal are left off together: the
		// points they cancel and the reason undone are not on the board,
		// whichever periods the two fall in.
		q := c.PointEntry.Query().Where(pointentry.StatusEQ(pointentry.StatusCONFIRMED), pointentry.HouseholdIDNotNil(),
			pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(to),
			pointentry.ReversesIDIsNil(), pointentry.Not(pointentry.HasReversedBy()))
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
