package bench

import (
	"context"
	"net/http"
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
// quarter the clock is in (the sample's as-of instant: 2026Q2, partial), each
// with the same elapsed part of the quarter before — up to an instant inside
// its last month — as the API computes them (rollups) and from the records
// alone (records, the baseline).
func BenchmarkOverviewPartialQuarter(b *testing.B) {
	db, _ := setup(b)
	now := latest(b)
	ctx := workflow.WithClock(viewer.SystemContext(context.Background()), func() time.Time { return now })
	label := period.Label(period.Quarter, now)
	svc := analytics.New(db.Client, db.SQL, db.Dialect)
	for _, way := range []struct {
		name string
		s    *analytics.Service
	}{{"rollups", svc}, {"records", svc.FromRecords()}} {
		s := way.s
		b.Run(way.name, func(b *testing.B) {
			var samples []time.Duration
			for b.Loop() {
				start := time.Now()
				o, err := s.Overview(ctx, 0, label)
				if err != nil {
					b.Fatal(err)
				}
				if !o.Partial {
					b.Fatalf("%s at %v is not partial", label, now)
				}
				samples = append(samples, time.Since(start))
			}
			percentiles(b, samples, "ms")
		})
	}
}
