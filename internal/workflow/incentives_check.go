package workflow

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
)

// The ledger's rules every stored entry, redemption and balance obeys (Check
// runs them over the seeded town and district).
func init() {
	register(ruleBalance, checkBalances)
	register(ruleCovered, checkRedemptionsCovered)
	register(ruleReversal, checkReversals)
	register(ruleFourEyes, checkFourEyes)
}

const (
	ruleBalance  = "points balance = confirmed entries − redemptions"
	ruleCovered  = "redemptions covered by the balance at the time"
	ruleReversal = "a reversal undoes one confirmed entry"
	ruleFourEyes = "four eyes: a free-reason entry counts once a second account confirmed it"
)

// householdSums sums a grouped query's points per household.
func householdSums(ctx context.Context, scan func(any) error) (map[int]int, error) {
	var rows []struct {
		HouseholdID int `json:"household_id"`
		Points      int `json:"points"`
	}
	if err := scan(&rows); err != nil {
		return nil, err
	}
	out := make(map[int]int, len(rows))
	for _, r := range rows {
		out[r.HouseholdID] = r.Points
	}
	return out, nil
}

// checkBalances: every household's stored balance is the sum of its
// confirmed entries minus its redemptions not cancelled (two GROUP BYs).
func checkBalances(ctx context.Context, c *gen.Client) ([]Violation, error) {
	earned, err := householdSums(ctx, func(v any) error {
		return c.PointEntry.Query().Where(pointentry.StatusEQ(entryConfirmed), pointentry.HouseholdIDNotNil()).
			GroupBy(pointentry.FieldHouseholdID).Aggregate(gen.As(gen.Sum(pointentry.FieldPoints), "points")).Scan(ctx, v)
	})
	if err != nil {
		return nil, err
	}
	spent, err := householdSums(ctx, func(v any) error {
		return c.PointRedemption.Query().Where(pointredemption.CancelledAtIsNil()).
			GroupBy(pointredemption.FieldHouseholdID).Aggregate(gen.As(gen.Sum(pointredemption.FieldPoints), "points")).Scan(ctx, v)
	})
	if err != nil {
		return nil, err
	}
	hs, err := c.Household.Query().Select(household.FieldID, household.FieldPointBalance).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, h := range hs {
		if want := earned[h.ID] - spent[h.ID]; h.PointBalance != want {
			out = append(out, Violation{ruleBalance, fmt.Sprintf("Household %d", h.ID),
				fmt.Sprintf("balance %d, entries %d − redemptions %d = %d", h.PointBalance, earned[h.ID], spent[h.ID], want)})
		}
	}
	return out, nil
}

// checkRedemptionsCovered: replaying each redeeming household's ledger in
// time order (an entry counts from its confirmation), no redemption took
// more points than the household held.
func checkRedemptionsCovered(ctx context.Context, c *gen.Client) ([]Violation, error) {
	rs, err := c.PointRedemption.Query().Where(pointredemption.CancelledAtIsNil()).All(ctx)
	if err != nil {
		return nil, err
	}
	type event struct {
		at         time.Time
		points, id int
		redemption bool
	}
	events := map[int][]event{}
	for _, r := range rs {
		events[r.HouseholdID] = append(events[r.HouseholdID], event{r.RedeemedAt, -r.Points, r.ID, true})
	}
	ids := make([]int, 0, len(events))
	for h := range events {
		ids = append(ids, h)
	}
	for chunk := range slices.Chunk(ids, 5000) {
		es, err := c.PointEntry.Query().Where(pointentry.StatusEQ(entryConfirmed), pointentry.HouseholdIDIn(chunk...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			at := e.AwardedAt
			if e.DecidedAt != nil {
				at = *e.DecidedAt
			}
			events[*e.HouseholdID] = append(events[*e.HouseholdID], event{at, e.Points, e.ID, false})
		}
	}
	var out []Violation
	for h, es := range events {
		// Entries before redemptions at the same instant.
		slices.SortFunc(es, func(a, b event) int {
			return cmp.Or(a.at.Compare(b.at), cmp.Compare(boolRank(a.redemption), boolRank(b.redemption)), cmp.Compare(a.id, b.id))
		})
		balance := 0
		for _, e := range es {
			balance += e.points
			if e.redemption && balance < 0 {
				out = append(out, Violation{ruleCovered, fmt.Sprintf("PointRedemption %d", e.id),
					fmt.Sprintf("household %d held %d points, spent %d", h, balance-e.points, -e.points)})
			}
		}
	}
	return out, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkReversals: a reversal is confirmed, undoes a confirmed entry that is
// not itself a reversal, with the opposite points, for the same household
// and courtyard.
func checkReversals(ctx context.Context, c *gen.Client) ([]Violation, error) {
	rs, err := c.PointEntry.Query().Where(pointentry.ReversesIDNotNil()).WithReverses().All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, r := range rs {
		o := r.Edges.Reverses
		var bad string
		switch {
		case r.Status != entryConfirmed || o.Status != entryConfirmed:
			bad = fmt.Sprintf("a %s reversal of a %s entry", r.Status, o.Status)
		case o.ReversesID != nil:
			bad = "reverses a reversal"
		case r.Points != -o.Points:
			bad = fmt.Sprintf("%+d points reverse %+d", r.Points, o.Points)
		case orZero(r.HouseholdID) != orZero(o.HouseholdID) || r.CourtyardID != o.CourtyardID:
			bad = "another household or courtyard than the entry reversed"
		default:
			continue
		}
		out = append(out, Violation{ruleReversal, fmt.Sprintf("PointEntry %d", r.ID), bad})
	}
	return out, nil
}

// orZero is *p, or 0 for nil.
func orZero(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// checkFourEyes: no decided entry was decided by the account that proposed
// it, and no free-reason entry (other than a reversal) counts without a
// decision (decided_at). Entries above a village's limit are not judged here:
// the limit in force when they were recorded is not kept.
func checkFourEyes(ctx context.Context, c *gen.Client) ([]Violation, error) {
	es, err := c.PointEntry.Query().Where(pointentry.Or(
		pointentry.And(pointentry.DecidedByIDNotNil(), pointentry.ProposedByIDNotNil()),
		pointentry.And(pointentry.RuleIDIsNil(), pointentry.ReversesIDIsNil(), pointentry.StatusEQ(entryConfirmed)),
	)).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, e := range es {
		switch {
		case e.DecidedByID != nil && e.ProposedByID != nil && *e.DecidedByID == *e.ProposedByID:
			out = append(out, Violation{ruleFourEyes, fmt.Sprintf("PointEntry %d", e.ID), fmt.Sprintf("proposed and decided by account %d", *e.DecidedByID)})
		case e.RuleID == nil && e.ReversesID == nil && e.Status == entryConfirmed && e.DecidedAt == nil:
			out = append(out, Violation{ruleFourEyes, fmt.Sprintf("PointEntry %d", e.ID), "a free-reason entry confirmed without a second account"})
		}
	}
	return out, nil
}
