package bench

import (
	"context"
	"net/http"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// latest is the time of the newest ticket: the benchmarks' periods end there,
// whatever the as-of date the database was seeded with.
func latest(b *testing.B) time.Time {
	db, _ := setup(b)
	var raw any
	if err := db.SQL.QueryRowContext(context.Background(), `SELECT MAX(submitted_at) FROM tickets`).Scan(&raw); err != nil {
		b.Fatal(err)
	}
	switch v := raw.(type) {
	case time.Time:
		return v
	case string:
		for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano} {
			if t, err := time.Parse(layout, v); err == nil {
				return t
			}
		}
	}
	b.Fatalf("newest ticket at %v", raw)
	return time.Time{}
}

// bothWays runs a statistics benchmark as the API answers it (rollups) and
// computed from the records alone (records), the baseline of its ratio.
func bothWays(b *testing.B, run func(b *testing.B, h http.Handler)) {
	setup(b)
	b.Run("rollups", func(b *testing.B) { run(b, seeded.h) })
	b.Run("records", func(b *testing.B) { run(b, seeded.records) })
}

// BenchmarkOverviewQuery: the district's headline figures for the last
// quarter with data, each with the quarter before (the dashboard's first screen).
func BenchmarkOverviewQuery(b *testing.B) {
	q := `query($p: String!) { overview(period: $p) { period previousPeriod figures { metric label value previous } } }`
	vars := map[string]any{"p": period.Label(period.Quarter, latest(b))}
	bothWays(b, func(b *testing.B, h http.Handler) {
		runQueries(b, h, func(int) (string, map[string]any) { return q, vars })
	})
}

// BenchmarkOverviewTownQuery: the same for each town in turn.
func BenchmarkOverviewTownQuery(b *testing.B) {
	db, _ := setup(b)
	towns := db.Client.Town.Query().Order(ent.Asc("code")).AllX(viewer.SystemContext(context.Background()))
	period := period.Label(period.Quarter, latest(b))
	q := `query($a: ID!, $p: String!) { overview(area: $a, period: $p) { area { name } figures { metric value previous } } }`
	bothWays(b, func(b *testing.B, h http.Handler) {
		runQueries(b, h, func(i int) (string, map[string]any) {
			return q, map[string]any{"a": ent.EncodeGlobalID(towns[i%len(towns)].ID), "p": period}
		})
	})
}

// BenchmarkStatsTwoKeysQuery: one metric grouped by two keys over the last
// year with data, rotating through metrics of every pillar (the median and
// p90 included).
func BenchmarkStatsTwoKeysQuery(b *testing.B) {
	_, h := setup(b)
	year := period.Label(period.Year, latest(b))
	cases := []string{
		`TICKETS_SUBMITTED], groupBy: [TOWN, MODE]`,
		`TICKET_DAYS_P90], groupBy: [TOWN, SERVICE_TYPE]`,
		`TICKET_DAYS_MEDIAN], groupBy: [VILLAGE, STATUS]`,
		`ISSUES_COLLECTED], groupBy: [VILLAGE, CATEGORY]`,
		`ISSUE_DAYS_TO_DECIDE], groupBy: [TOWN, ITEM]`,
		`LECTURE_ATTENDANCES], groupBy: [TOWN, TOPIC]`,
		`HOUSEHOLDS_REACHED], groupBy: [TOWN, TOPIC]`,
		`POINTS_ISSUED], groupBy: [TOWN, VILLAGE]`,
		`ROLES_VACANT], groupBy: [VILLAGE, ROLE]`,
		`OFFICER_SCORE], groupBy: [TOWN, DIMENSION]`,
	}
	runQueries(b, h, func(i int) (string, map[string]any) {
		return `query($y: String!) { stats(metrics: [` + cases[i%len(cases)] + `, where: {period: $y}, first: 10000) { totalRows rows { keys { id code name parentName } values } } }`,
			map[string]any{"y": year}
	})
}

// BenchmarkSeriesQuery: tickets submitted and completed per town and month
// over the twelve months up to the newest data: 40 towns × 12 months.
func BenchmarkSeriesQuery(b *testing.B) {
	end := latest(b).In(period.Shanghai)
	to := time.Date(end.Year(), end.Month()+1, 1, 0, 0, 0, 0, period.Shanghai)
	from := to.AddDate(-1, 0, 0)
	q := `query($from: Time!, $to: Time!) { stats(metrics: [TICKETS_SUBMITTED, TICKETS_COMPLETED], groupBy: [TOWN], bucket: MONTH,
		where: {from: $from, to: $to}, first: 10000) { totalRows rows { bucket { label } keys { code name } values } } }`
	vars := map[string]any{"from": from.UTC().Format(time.RFC3339), "to": to.UTC().Format(time.RFC3339)}
	bothWays(b, func(b *testing.B, h http.Handler) {
		runQueries(b, h, func(int) (string, map[string]any) { return q, vars })
	})
}

// BenchmarkOverviewPartialQuarter: the district's headline figures for the
// quarter the clock is in (the sample's newest ticket: 2026Q2, partial), each
// with the same elapsed part of the quarter before — up to an instant inside
// its last month — as the API computes them (rollups where they answer) and
// from the records alone (records, the baseline), and that elapsed part alone
// both ways (previous-rollups, previous-records). Each iteration runs all four
// in turn, so that a busy machine slows them alike; ratio is rollups/records.
func BenchmarkOverviewPartialQuarter(b *testing.B) {
	db, _ := setup(b)
	now := latest(b)
	ctx := workflow.WithClock(viewer.SystemContext(context.Background()), func() time.Time { return now })
	label := period.Label(period.Quarter, now)
	svc := analytics.New(db.Client, db.SQL, db.Dialect)
	o, err := svc.Overview(ctx, 0, label)
	if err != nil || !o.Partial {
		b.Fatalf("%s at %v: partial %v, %v", label, now, o != nil && o.Partial, err)
	}
	prev := analytics.Request{Metrics: analytics.OverviewMetrics()[:analytics.MaxMetrics], Where: analytics.Filter{From: &o.Previous.Start, To: &o.PreviousThrough, AsOf: &o.PreviousThrough}}
	ways := []struct {
		name string
		run  func() error
	}{
		{"rollups", func() error { _, err := svc.Overview(ctx, 0, label); return err }},
		{"records", func() error { _, err := svc.FromRecords().Overview(ctx, 0, label); return err }},
		{"previous-rollups", func() error { _, err := svc.Stats(ctx, prev); return err }},
		{"previous-records", func() error { _, err := svc.FromRecords().Stats(ctx, prev); return err }},
	}
	samples := make([][]time.Duration, len(ways))
	for b.Loop() {
		for i, w := range ways {
			start := time.Now()
			if err := w.run(); err != nil {
				b.Fatal(err)
			}
			samples[i] = append(samples[i], time.Since(start))
		}
	}
	p50 := make([]float64, len(ways))
	for i, w := range ways {
		slices.Sort(samples[i])
		p50[i] = float64(samples[i][len(samples[i])/2].Microseconds()) / 1000
		b.ReportMetric(p50[i], w.name+"-p50-ms")
	}
	b.ReportMetric(p50[0]/p50[1], "ratio")
	b.ReportMetric(p50[2]/p50[3], "previous-ratio")
}
