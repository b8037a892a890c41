package analytics_test

import (
	"slices"
	"testing"
	"time"

	"yuanbahui/ent/pointentry"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// TestReversalsCountApart: reversing an award on the seeded village leaves
// POINTS_ISSUED and POINTS_DEDUCTED as they were, counts the points in
// POINTS_REVERSED, lowers POINTS_NET and the household's balance (not the
// courtyard-level points), and takes the entry and its reversal off the red
// board — read from the rollups (totals) and from the records (by village).
func TestReversalsCountApart(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	e := db.Client.PointEntry.Query().Where(pointentry.StatusEQ(pointentry.StatusCONFIRMED), pointentry.PointsGT(0),
		pointentry.HouseholdIDNotNil(), pointentry.ReversesIDIsNil(), pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(asOf)).
		Order(pointentry.ByID()).FirstX(ctx)
	names := []string{"POINTS_ISSUED", "POINTS_DEDUCTED", "POINTS_REVERSED", "POINTS_NET", "HOUSEHOLD_POINTS_BALANCE", "COURTYARD_POINTS_BALANCE"}
	figures := func() []float64 {
		var out []float64
		for _, keys := range [][]metrics.Key{nil, {metrics.Village}} {
			req := analytics.Request{Metrics: all(names...), Keys: keys, Where: analytics.Filter{Period: "2024", Area: e.VillageID}}
			res, err := svc.Stats(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range res.Rows[0].Values {
				out = append(out, *v)
			}
		}
		return out
	}
	board := func() standing.RedBoardRow {
		rows, err := standing.RedBoard(ctx, db.Client, e.VillageID, "2024", 1000)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(rows, func(r standing.RedBoardRow) bool { return r.HouseholdID == *e.HouseholdID })
		if i < 0 {
			return standing.RedBoardRow{}
		}
		return rows[i]
	}
	before, onBoard := figures(), board()
	if _, err := (workflow.ReversePointEntryInput{ID: e.ID, Reason: "记错户"}).Run(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	after, offBoard := figures(), board()
	p := float64(e.Points)
	for i := range 2 {
		b, a := before[i*6:i*6+6], after[i*6:i*6+6]
		want := []float64{b[0], b[1], b[2] + p, b[3] - p, b[4] - p, b[5]}
		if !slices.Equal(a, want) {
			t.Errorf("%v after reversing %v points: %v, want %v (before %v)", names, p, a, want, b)
		}
	}
	if offBoard.Points != onBoard.Points-e.Points || offBoard.Entries != onBoard.Entries-1 {
		t.Errorf("red board: %d points in %d entries before, %d in %d after; want the entry and its reversal off (%d in %d)",
			onBoard.Points, onBoard.Entries, offBoard.Points, offBoard.Entries, onBoard.Points-e.Points, onBoard.Entries-1)
	}
}
