package seed_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"yuanbahui/internal/analytics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// liveCards are the overview's cards the sample keeps non-zero in the
// current half-year and quarter (up to AsOf, as `make run` seeds it: the
// seed's date is today, so the current period is under way): meetings that
// did not carry or had no quorum do not show on a card, but the vacancies,
// the officers the scoring rule flags and those replaced for it do.
// OFFICERS_FAILING counts the half-years starting in the period (a quarter
// that starts no half-year counts none), so it is checked for the half-year
// only; AWARDS and GRANT_AMOUNT follow a half-year once it has ended
// (workflow.ConfirmAwardsInput, GrantInput), so the current half-year has
// none by rule — they are checked for the previous half-year.
var liveCards = map[string][]string{
	"current half-year":  {"ROLES_VACANT", "OFFICERS_FAILING", "OFFICERS_REPLACED"},
	"current quarter":    {"ROLES_VACANT", "OFFICERS_REPLACED"},
	"previous half-year": {"AWARDS", "GRANT_AMOUNT", "OFFICERS_FAILING"},
}

// TestOverviewCardsLive seeds the village scale as of a day in the middle of
// a quarter, reads the overview as of that day (the server's clock fixed
// there) for the half-year and the quarter under way, and checks the cards
// of liveCards are above zero, and that the sample obeys every workflow rule.
func TestOverviewCardsLive(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds a village")
	}
	at := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	db := openDB(t)
	ctx := viewer.SystemContext(context.Background())
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 1, AsOf: at}); err != nil {
		t.Fatal(err)
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vs {
		if i == 20 {
			t.Errorf("… and %d more", len(vs)-i)
			break
		}
		t.Error(v)
	}
	half := period.Label(period.HalfYear, at)
	figures := overview(t, db, at.Add(10*time.Hour), half)
	prev := overview(t, db, at.Add(10*time.Hour), period.Of(period.HalfYear, at).Previous().Label)
	quarter := overview(t, db, at.Add(10*time.Hour), period.Label(period.Quarter, at))
	for what, got := range map[string]map[string]float64{"current half-year": figures, "current quarter": quarter, "previous half-year": prev} {
		for _, name := range liveCards[what] {
			if got[name] <= 0 {
				t.Errorf("%s: %s = %v, want > 0", what, name, got[name])
			}
		}
	}
	// Emergencies and customs that took effect (ISSUES_EMERGENCY,
	// CUSTOMS_STOPPED) in both half-years.
	for _, hy := range []period.Period{period.Of(period.HalfYear, at), period.Of(period.HalfYear, at).Previous()} {
		var emergencies, stopped int
		if err := db.SQL.QueryRow(`SELECT count(*) FROM issues WHERE emergency_at >= $1 AND emergency_at < $2`, hy.Start, hy.End).Scan(&emergencies); err != nil {
			t.Fatal(err)
		}
		if err := db.SQL.QueryRow(`SELECT count(*) FROM issues WHERE category = 'CUSTOMS' AND custom_outcome IN ('STOPPED', 'REDUCED', 'PERSUADED') AND executed_at >= $1 AND executed_at < $2`, hy.Start, hy.End).Scan(&stopped); err != nil {
			t.Fatal(err)
		}
		if emergencies == 0 || stopped == 0 {
			t.Errorf("%s: %d emergencies, %d customs that took effect; want some of each", hy.Label, emergencies, stopped)
		}
		t.Logf("%s: %d emergencies, %d customs that took effect", hy.Label, emergencies, stopped)
	}
	var ok int
	if err := db.SQL.QueryRow(`SELECT count(*) FROM sessions WHERE kind = 'DELIBERATION' AND outcome <> 'APPROVED'`).Scan(&ok); err != nil || ok == 0 {
		t.Errorf("%d meetings not approving (%v), want some", ok, err)
	}
}

// overview returns the overview's figures of the whole sample for period
// label, read at now, by metric name (0 where undefined), and logs them.
func overview(t *testing.T, db *store.DB, now time.Time, label string) map[string]float64 {
	t.Helper()
	ctx := workflow.WithClock(viewer.SystemContext(context.Background()), func() time.Time { return now })
	o, err := analytics.New(db.Client, db.SQL, db.Dialect).Overview(ctx, 0, label)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, f := range o.Figures {
		v, p := "—", "—"
		if f.Value != nil {
			out[f.Metric.Name] = *f.Value
			v = fmtFloat(*f.Value)
		}
		if f.Previous != nil {
			p = fmtFloat(*f.Previous)
		}
		t.Logf("%s %-26s %14s (before: %s)", label, f.Metric.Name, v, p)
	}
	return out
}

// TestPrintOverview prints the overview cards of a database seeded
// beforehand (YBH_OVERVIEW_DB, e.g. postgres://…; YBH_OVERVIEW_AT the day it
// was seeded as of, default today) for the half-year and the quarter under
// way then: the figures `make run` shows. Skipped without YBH_OVERVIEW_DB.
func TestPrintOverview(t *testing.T) {
	url := os.Getenv("YBH_OVERVIEW_DB")
	if url == "" {
		t.Skip("set YBH_OVERVIEW_DB to a seeded database")
	}
	at := time.Now().UTC().Truncate(24 * time.Hour)
	if s := os.Getenv("YBH_OVERVIEW_AT"); s != "" {
		var err error
		if at, err = time.Parse(time.DateOnly, s); err != nil {
			t.Fatal(err)
		}
	}
	db, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := at.Add(10 * time.Hour)
	overview(t, db, now, period.Label(period.HalfYear, at))
	overview(t, db, now, period.Label(period.Quarter, at))
	if os.Getenv("YBH_OVERVIEW_CHECK") != "" {
		vs, err := workflow.Check(viewer.SystemContext(context.Background()), db.Client)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("rule check: %d violations", len(vs))
		for i, v := range vs {
			if i < 20 {
				t.Error(v)
			}
		}
	}
}

// fmtFloat prints a figure with at most three decimals.
func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }
