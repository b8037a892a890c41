package analytics_test

import (
	"testing"
	"time"

	"context"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestOverviewOfAPartialPeriod: with the clock at 2024-05-16 10:00
// (Shanghai), 2024Q2 is partial, counted to that instant, and each previous
// value is 2024Q1's up to 2024-02-16 10:00 — not the whole of 2024Q1; a
// finished period (2024Q1) is compared with the whole period before.
func TestOverviewOfAPartialPeriod(t *testing.T) {
	_, svc := seeded(t)
	now := time.Date(2024, 5, 16, 10, 0, 0, 0, period.Shanghai)
	ctx := workflow.WithClock(viewer.SystemContext(context.Background()), func() time.Time { return now })
	o, err := svc.Overview(ctx, 0, "2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	q1, _ := period.Parse("2024Q1")
	wantThrough := time.Date(2024, 2, 16, 10, 0, 0, 0, period.Shanghai)
	if !o.Partial || !o.Through.Equal(now) || !o.PreviousThrough.Equal(wantThrough) || o.Previous.Label != "2024Q1" {
		t.Fatalf("overview 2024Q2 at %v: partial %v through %v, previous %s through %v; want partial through %v", now, o.Partial, o.Through, o.Previous.Label, o.PreviousThrough, wantThrough)
	}
	var ms = analytics.OverviewMetrics()
	elapsed, err := svc.Stats(ctx, analytics.Request{Metrics: ms, Where: analytics.Filter{From: &q1.Start, To: &wantThrough}})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := svc.Stats(ctx, analytics.Request{Metrics: ms, Where: analytics.Filter{Period: "2024Q1"}})
	if err != nil {
		t.Fatal(err)
	}
	differs := 0
	for i, f := range o.Figures {
		if num(f.Previous) != num(elapsed.Rows[0].Values[i]) {
			t.Errorf("%s: previous %s, 2024Q1 to Feb 16 10:00 says %s", f.Metric.Name, num(f.Previous), num(elapsed.Rows[0].Values[i]))
		}
		if num(f.Previous) != num(whole.Rows[0].Values[i]) {
			differs++
		}
	}
	if differs == 0 {
		t.Errorf("every previous value equals the whole of 2024Q1's: the fixture does not tell the elapsed part from the whole")
	}

	done, err := svc.Overview(ctx, 0, "2024Q1")
	if err != nil {
		t.Fatal(err)
	}
	full, err := svc.Stats(ctx, analytics.Request{Metrics: ms, Where: analytics.Filter{Period: "2023Q4"}})
	if err != nil {
		t.Fatal(err)
	}
	if done.Partial || !done.Through.IsZero() {
		t.Errorf("2024Q1 has ended but reads partial through %v", done.Through)
	}
	for i, f := range done.Figures {
		if num(f.Previous) != num(full.Rows[0].Values[i]) {
			t.Errorf("2024Q1 %s: previous %s, the whole of 2023Q4 says %s", f.Metric.Name, num(f.Previous), num(full.Rows[0].Values[i]))
		}
	}
}
