package standing

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/grant"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/refusal"
)

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
		return nil, apierr.Refuse(refusal.ErrInvalid, "by", "group grants by PURPOSE, COURTYARD, VILLAGE or YEAR")
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
