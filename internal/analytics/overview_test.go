package analytics_test

import (
	"testing"
	"time"

	"context"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestOverviewOfAPartialPeriod: with the clock at 2024-05-16 10:00
// (Shanghai), 2024Q2 is partial, counted to that instant, and each previous
// value is 2024Q1's up to 2024-02-16 10:00 — not the whole of 2024Q1; a
// finished period (2024Q1) is compared with the whole period before. The
// expected values are read from the records alone, one metric at a time.
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
	records := svc.FromRecords()
	// each is the overview's metrics over where, from the records.
	each := func(where analytics.Filter) []*float64 {
		t.Helper()
		var out []*float64
		for _, m := range analytics.OverviewMetrics() {
			res, err := records.Stats(ctx, analytics.Request{Metrics: []*metrics.Metric{m}, Where: where})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, res.Rows[0].Values[0])
		}
		return out
	}
	elapsed := each(analytics.Filter{From: &q1.Start, To: &wantThrough})
	whole := each(analytics.Filter{Period: "2024Q1"})
	differs := 0
	for i, f := range o.Figures {
		if num(f.Previous) != num(elapsed[i]) {
			t.Errorf("%s: previous %s, 2024Q1 to Feb 16 10:00 says %s", f.Metric.Name, num(f.Previous), num(elapsed[i]))
		}
		if num(f.Previous) != num(whole[i]) {
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
	full := each(analytics.Filter{Period: "2023Q4"})
	if done.Partial || !done.Through.IsZero() {
		t.Errorf("2024Q1 has ended but reads partial through %v", done.Through)
	}
	for i, f := range done.Figures {
		if num(f.Previous) != num(full[i]) {
			t.Errorf("2024Q1 %s: previous %s, the whole of 2023Q4 says %s", f.Metric.Name, num(f.Previous), num(full[i]))
		}
	}
}
