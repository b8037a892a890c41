package analytics

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"yuanbahui/ent"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// Figure is one headline figure with the previous period's value.
type Figure struct {
	// Metric is the metric.
	Metric *metrics.Metric
	// Value is its value in the period, Previous in the period before.
	Value, Previous *float64
}

// Overview is the headline figures of an area for a period.
type Overview struct {
	// Area is the area asked for (nil: the viewer's whole area).
	Area *KeyValue
	// Period and Previous are the period and the one before it.
	Period, Previous period.Period
	// Partial tells that Period has not ended: its figures count up to
	// Through (now), Previous's over its part up to PreviousThrough, as far
	// into it as Through is into Period (zero times when not Partial).
	Partial                  bool
	Through, PreviousThrough time.Time
	// AsOf is the instant the period's snapshot figures are taken at: its
	// end, or now if it has not ended (the previous period's are at its end,
	// or at PreviousThrough when Partial).
	AsOf time.Time
	// Figures are the catalogue's overview metrics, in its order.
	Figures []Figure
}

// OverviewMetrics are the metrics overview reports.
func OverviewMetrics() []*metrics.Metric {
	var out []*metrics.Metric
	for _, m := range metrics.Catalogue {
		if m.Overview {
			out = append(out, m)
		}
	}
	return out
}

// Overview computes the headline figures of area (0: the viewer's area) for
// the period labelled label and the period before it — when the period has
// not ended (by workflow.Now), the same elapsed part of the period before.
func (s *Service) Overview(ctx context.Context, area int, label string) (*Overview, error) {
	p, err := period.Parse(label)
	if err != nil {
		return nil, invalid("%v", err)
	}
	ms := OverviewMetrics()
	now := workflow.Now(ctx)
	out := &Overview{Period: p, Previous: p.Previous(), AsOf: instant(p.End, now)}
	out.Figures = make([]Figure, len(ms))
	for i, m := range ms {
		out.Figures[i].Metric = m
	}
	// Each period's statements are unbucketed: a count over a time range
	// reads the time index alone, where bucketing both periods in one
	// statement formats every row's time (measured slower on both databases).
	// Both periods' instants fixed once, so the figures are as of AsOf.
	prevAsOf := instant(out.Previous.End, now)
	periods := []Filter{{Area: area, Period: p.Label, AsOf: &out.AsOf}, {Area: area, Period: out.Previous.Label, AsOf: &prevAsOf}}
	// A period not yet ended is compared with the same elapsed part of the
	// one before (2026Q4 to Dec 6 with 2026Q3 to Sep 6), not all of it.
	if !now.Before(p.Start) && now.Before(p.End) {
		out.Partial, out.Through = true, now
		out.PreviousThrough = out.Previous.AsFarInto(p, now)
		// That part ends inside a month, so it reads the records (the
		// rollups are monthly). Reading its whole months from the rollups
		// and the rest of its last month from the records was measured on
		// the town sample (BenchmarkOverviewPartialQuarter, issue 18): no
		// quicker on SQLite, slower on PostgreSQL (one statement for every
		// fact instead of the facts' statements side by side) — not done.
		periods[1] = Filter{Area: area, From: &out.Previous.Start, To: &out.PreviousThrough, AsOf: &out.PreviousThrough}
		if !out.PreviousThrough.After(out.Previous.Start) {
			periods = periods[:1] // nothing of the period has elapsed
		}
	}
	results := make([]*Result, len(periods))
	errs := make([]error, len(periods))
	// The two periods at once where the database takes statements in
	// parallel (each Stats bounds its own statements by s.parallel()).
	var wg sync.WaitGroup
	for i, where := range periods {
		run := func() {
			// Not Stats: the overview's metrics are the catalogue's, more
			// than a caller's request may hold.
			results[i], errs[i] = s.stats(ctx, Request{Metrics: ms, Where: where})
		}
		if s.parallel() > 1 {
			wg.Go(run)
		} else {
			run()
		}
	}
	wg.Wait()
	for i := range periods {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if len(results[i].Rows) == 0 {
			continue
		}
		for k := range ms {
			v := results[i].Rows[0].Values[k]
			if i == 0 {
				out.Figures[k].Value = v
			} else {
				out.Figures[k].Previous = v
			}
		}
	}
	if area == 0 {
		area = ownArea(viewer.FromContext(ctx))
	}
	if area != 0 {
		kv, err := s.place(ctx, area)
		if err != nil {
			return nil, err
		}
		out.Area = kv
	}
	return out, nil
}

// place names an area by its internal id.
func (s *Service) place(ctx context.Context, id int) (*KeyValue, error) {
	k := map[string]metrics.Key{"Town": metrics.Town, "Village": metrics.Village, "Courtyard": metrics.Courtyard}[ent.TypeOfID(id)]
	if k == "" {
		var kv KeyValue
		err := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT id, code, name FROM districts WHERE id = %d", id)).Scan(&kv.ID, &kv.Code, &kv.Name)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return nil, invalid("no such area")
		case err != nil:
			return nil, fmt.Errorf("naming district %d: %w", id, err)
		}
		return &kv, nil
	}
	found, err := s.lookup(ctx, k, lookups[k], map[int]bool{id: true})
	if err != nil {
		return nil, err
	}
	kv, ok := found[id]
	if !ok {
		return nil, invalid("no such area")
	}
	kv.Key = k
	return &kv, nil
}
