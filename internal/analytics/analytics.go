// Package analytics answers the analysts' questions in one request each:
// statistics of the catalogue's metrics (internal/metrics) grouped by keys
// and time buckets, the headline overview with the previous period, rankings
// and gap lists. Every statement is SQL (GROUP BY with FILTER aggregates) and
// is scoped to the viewer's area by the rows' own town, village and courtyard
// columns, exactly as the rows themselves are (internal/rule's RecordScope).
package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"yuanbahui/ent"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// Service computes statistics on one database.
type Service struct {
	client  *ent.Client
	db      Querier
	dialect dialect.Dialect
	// records reads every statistic from the records, never the rollups.
	records bool
}

// Querier runs the analytics' SQL: a *sql.DB, or store.DB.AnalyticsSQL,
// which reads from the read replica while it is fresh enough.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// New returns the analytics of the database db of dialect d (PostgreSQL's
// or SQLite's), with client for the workflow rules it reuses.
func New(client *ent.Client, db Querier, d dialect.Dialect) *Service {
	return &Service{client: client, db: db, dialect: d}
}

// FromRecords returns the same service computing every statistic from the
// records, never from the rollups (metrics.Install): the baseline the
// benchmarks measure the rollups against.
func (s *Service) FromRecords() *Service {
	c := *s
	c.records = true
	return &c
}

// ErrInvalid wraps a refused request (BAD_USER_INPUT).
var ErrInvalid = errors.New("invalid statistics request")

// ErrUnauthenticated is returned for a request without a viewer.
var ErrUnauthenticated = errors.New("analytics need a signed-in account")

// invalid refuses a request as ErrInvalid, saying why (a message key of
// internal/msg and its arguments).
func invalid(format string, a ...any) error { return &invalidRequest{why: msg.T(format, a...)} }

// invalidRequest is a request refused as ErrInvalid, and why.
type invalidRequest struct{ why msg.Text }

// Error implements error.
func (e *invalidRequest) Error() string { return ErrInvalid.Error() + ": " + e.why.In(msg.En) }

// Unwrap returns ErrInvalid.
func (e *invalidRequest) Unwrap() error { return ErrInvalid }

// Text says why, in a language of the API's (internal/msg).
func (e *invalidRequest) Text() msg.Text { return e.why }

// Filter narrows the rows a statistic counts (GraphQL StatsFilter).
type Filter struct {
	// Area is the internal id of a district, town, village or courtyard (0: the viewer's area).
	Area int
	// Period is a period label (2024, 2024H1, 2024Q2, 2024-06, 2024-06-30).
	Period string
	// From and To bound the time instead of Period.
	From, To *time.Time
	// AsOf is the instant snapshot metrics and gaps are taken at (nil: the
	// period's end, or now if sooner).
	AsOf *time.Time
	// Values are the other filters by StatsFilter field: categories, stages, … (enum values or internal ids).
	Values map[string][]any
}

// Request is one stats request.
type Request struct {
	// Metrics to compute.
	Metrics []*metrics.Metric
	// Where narrows the rows.
	Where Filter
	// Keys group the rows.
	Keys []metrics.Key
	// Bucket groups by time too ("" for none).
	Bucket period.Bucket
	// OrderBy orders by a metric's value (nil: bucket, then the keys' codes).
	OrderBy *metrics.Metric
	// Ascending orders OrderBy upwards.
	Ascending bool
	// First keeps at most this many rows (0: DefaultRows).
	First int
}

// Row limits.
const (
	DefaultRows = 1000
	MaxRows     = 10000
)

// Bucket is a row's time bucket.
type Bucket struct {
	// Label is e.g. 2024Q2.
	Label string
	// Start and End bound it.
	Start, End time.Time
}

// KeyValue is the value of one group key with the group's identity.
type KeyValue struct {
	// Key is the key.
	Key metrics.Key
	// ID is the internal id of the place, item, service type or role assignment (0 for enum keys).
	ID int
	// Code is the division, item or service code, or the enum value.
	Code string
	// Name is the name, or the enum value's Chinese label.
	Name string
	// ParentName is the parent's name ("" for none).
	ParentName string
}

// Row is one group of a result.
type Row struct {
	// Bucket is the row's time bucket (nil when not bucketed).
	Bucket *Bucket
	// Keys are the row's keys, in the request's order.
	Keys []KeyValue
	// Values are the metrics' values in the request's order; nil where undefined.
	Values []*float64
	// raw are the keys as the SQL returned them.
	raw []string
}

// Result is the answer to a Request.
type Result struct {
	// Metrics are the metrics, in the order of each row's values.
	Metrics []*metrics.Metric
	// Rows are the rows, at most First.
	Rows []*Row
	// Total is how many rows there were before First.
	Total int
}

// window is the resolved time range of a filter.
type window struct {
	from, to time.Time // zero: unbounded
}

// resolve turns the filter's period or bounds into a window.
func (f Filter) window() (window, error) {
	var w window
	if f.Period != "" {
		if f.From != nil || f.To != nil {
			return w, invalid("give either period or from/to, not both")
		}
		p, err := period.Parse(f.Period)
		if err != nil {
			return w, invalid("%v", err)
		}
		return window{p.Start, p.End}, nil
	}
	if f.From != nil {
		w.from = *f.From
	}
	if f.To != nil {
		w.to = *f.To
	}
	if !w.from.IsZero() && !w.to.IsZero() && !w.from.Before(w.to) {
		return w, invalid("from must be before to")
	}
	return w, nil
}

// scopes are the viewer's area and the filter's area.
func (s *Service) scopes(ctx context.Context, f Filter) ([]metrics.Scope, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, ErrUnauthenticated
	}
	var out []metrics.Scope
	if !v.System {
		out = append(out, metrics.Scope{Towns: orNone(v.TownIDs), Villages: v.VillageIDs, Courtyards: v.CourtyardIDs})
	}
	if f.Area != 0 {
		switch ent.TypeOfID(f.Area) {
		case "District":
			if !v.System && f.Area != v.DistrictID {
				out = append(out, metrics.Scope{Towns: []int{}})
			}
		case "Town":
			out = append(out, metrics.Scope{Towns: []int{f.Area}})
		case "Village":
			out = append(out, metrics.Scope{Villages: []int{f.Area}})
		case "Courtyard":
			out = append(out, metrics.Scope{Courtyards: []int{f.Area}})
		default:
			return nil, invalid("area must be a district, town, village or courtyard")
		}
	}
	return out, nil
}

// orNone keeps a nil town list from meaning "any town".
func orNone(ids []int) []int {
	if ids == nil {
		return []int{}
	}
	return ids
}

// MaxMetrics is the most metrics one stats request may ask for (the
// overview's own list, from the catalogue, is not bound by it).
const MaxMetrics = 20

// Stats computes req in the viewer's area.
func (s *Service) Stats(ctx context.Context, req Request) (*Result, error) {
	if len(req.Metrics) > MaxMetrics {
		return nil, invalid("at most %d metrics", MaxMetrics)
	}
	return s.stats(ctx, req)
}

// stats computes req in the viewer's area, whatever its number of metrics.
func (s *Service) stats(ctx context.Context, req Request) (*Result, error) {
	if len(req.Metrics) == 0 {
		return nil, invalid("ask for at least one metric")
	}
	if len(req.Keys) > 4 {
		return nil, invalid("at most 4 keys")
	}
	for i, k := range req.Keys {
		if slices.Contains(req.Keys[:i], k) {
			return nil, invalid("key %s given twice", k)
		}
	}
	first := req.First
	switch {
	case first == 0:
		first = DefaultRows
	case first < 0 || first > MaxRows:
		return nil, invalid("first must be between 1 and %d", MaxRows)
	}
	w, err := req.Where.window()
	if err != nil {
		return nil, err
	}
	scopes, err := s.scopes(ctx, req.Where)
	if err != nil {
		return nil, err
	}
	now := workflow.Now(ctx)
	// One statement (or a few) per fact; snapshots once per instant.
	type job struct {
		q      metrics.Query
		bucket string // label of a snapshot's bucket
	}
	var jobs []job
	var facts []*metrics.Fact
	byFact := map[*metrics.Fact][]*metrics.Metric{}
	for _, m := range req.Metrics {
		if byFact[m.Fact] == nil {
			facts = append(facts, m.Fact)
		}
		byFact[m.Fact] = append(byFact[m.Fact], m)
	}
	// Ungrouped totals of the facts the rollups keep: one statement for all.
	if len(req.Keys) == 0 && req.Bucket == "" {
		var totals []*metrics.Metric
		var rest []*metrics.Fact
		for _, f := range facts {
			if slices.ContainsFunc(byFact[f], func(m *metrics.Metric) bool { return !m.Rollable() }) {
				rest = append(rest, f)
				continue
			}
			totals = append(totals, byFact[f]...)
		}
		q := metrics.Query{Metrics: totals, Scopes: scopes, Filters: req.Where.Values, From: w.from, To: w.to, Raw: s.records}
		if len(totals) > 0 && q.Totals() {
			jobs = append(jobs, job{q: q})
			facts = rest
		}
	}
	for _, f := range facts {
		q := metrics.Query{Metrics: byFact[f], Keys: req.Keys, Scopes: scopes, Filters: req.Where.Values, From: w.from, To: w.to, Raw: s.records}
		if !f.Snapshot {
			q.Bucket = req.Bucket
			jobs = append(jobs, job{q: q})
			continue
		}
		q.From, q.To = time.Time{}, time.Time{}
		if req.Bucket == "" {
			q.At = req.Where.instant(w, now)
			jobs = append(jobs, job{q: q})
			continue
		}
		if w.from.IsZero() || w.to.IsZero() {
			return nil, invalid("%s is a snapshot: a series of it needs a period or from and to", byFact[f][0].Name)
		}
		if req.Where.AsOf != nil {
			return nil, invalid("%s is a snapshot: a series of it is taken at each bucket's end, not at asOf", byFact[f][0].Name)
		}
		spans, err := bucketsIn(req.Bucket, w.from, w.to)
		if err != nil {
			return nil, err
		}
		for _, b := range spans {
			q := q
			q.At = instant(b.End, now)
			jobs = append(jobs, job{q: q, bucket: b.key})
		}
	}
	type part struct {
		rows []rawRow
		st   metrics.Statement
		err  error
	}
	var statements []metrics.Statement
	var bucketOf []string
	for _, j := range jobs {
		sts, err := metrics.Build(s.dialect, j.q)
		if err != nil {
			return nil, invalid("%v", err)
		}
		for _, st := range sts {
			statements = append(statements, st)
			bucketOf = append(bucketOf, j.bucket)
		}
	}
	parts := make([]part, len(statements))
	var wg sync.WaitGroup
	sem := make(chan struct{}, s.parallel())
	for i, st := range statements {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			bucketed := req.Bucket != "" && bucketOf[i] == ""
			rows, err := s.query(ctx, st, bucketed, len(req.Keys))
			parts[i] = part{rows: rows, st: st, err: err}
		}()
	}
	wg.Wait()
	index := map[string]*Row{}
	var rows []*Row
	pos := map[*metrics.Metric]int{}
	for i, m := range req.Metrics {
		pos[m] = i
	}
	for i, p := range parts {
		if p.err != nil {
			return nil, p.err
		}
		for _, r := range p.rows {
			bucket := r.bucket
			if bucketOf[i] != "" {
				bucket = bucketOf[i]
			}
			id := bucket + "\x00" + strings.Join(r.keys, "\x00")
			row := index[id]
			if row == nil {
				row = &Row{Values: make([]*float64, len(req.Metrics)), raw: r.keys}
				if req.Bucket != "" {
					label, start, end, err := req.Bucket.Span(bucket)
					if err != nil {
						return nil, err
					}
					row.Bucket = &Bucket{Label: label, Start: start, End: end}
				}
				index[id] = row
				rows = append(rows, row)
			}
			for k, m := range p.st.Metrics {
				row.Values[pos[m]] = r.values[k]
			}
		}
	}
	// A statement without keys or buckets returns one row even over no
	// rows; counts of groups that have no rows stay absent.
	if err := s.name(ctx, req.Keys, rows); err != nil {
		return nil, err
	}
	sortRows(rows, req)
	res := &Result{Metrics: req.Metrics, Total: len(rows)}
	if len(rows) > first {
		rows = rows[:first]
	}
	res.Rows = rows
	return res, nil
}

// parallel is how many statements of one request run at once: SQLite
// serialises on its one file, PostgreSQL has a pool.
func (s *Service) parallel() int {
	if s.dialect.Concurrent() {
		return 4
	}
	return 1
}

// instant is the instant snapshots are taken at under f's window w: AsOf
// when given, else the window's end, or now if sooner.
func (f Filter) instant(w window, now time.Time) time.Time {
	if f.AsOf != nil {
		return *f.AsOf
	}
	return instant(w.to, now)
}

// instant is a snapshot's instant: the end of its period, or now if sooner.
func instant(end, now time.Time) time.Time {
	if end.IsZero() || end.After(now) {
		return now
	}
	return end
}

type span struct {
	key        string
	Start, End time.Time
}

// bucketsIn lists the buckets of kind b that overlap [from, to), at most 400.
func bucketsIn(b period.Bucket, from, to time.Time) ([]span, error) {
	var out []span
	t := from
	for t.Before(to) {
		key := period.Label(b, t)
		if b == period.Week {
			key = period.Of(period.Week, t).Start.Format("2006-01-02")
		}
		_, _, end, err := b.Span(key)
		if err != nil {
			return nil, err
		}
		out = append(out, span{key: key, End: end})
		if len(out) > 400 {
			return nil, invalid("more than 400 buckets: choose a coarser bucket or a shorter period")
		}
		t = end
	}
	return out, nil
}

type rawRow struct {
	bucket string
	keys   []string
	values []*float64
}

// query runs one statement and scans its rows.
func (s *Service) query(ctx context.Context, st metrics.Statement, bucketed bool, keys int) ([]rawRow, error) {
	rs, err := s.db.QueryContext(ctx, st.SQL, st.Args...)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	defer rs.Close()
	var out []rawRow
	lead := keys
	if bucketed {
		lead++
	}
	for rs.Next() {
		strs := make([]sql.NullString, lead)
		vals := make([]sql.NullFloat64, len(st.Metrics))
		dest := make([]any, 0, lead+len(vals))
		for i := range strs {
			dest = append(dest, &strs[i])
		}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rs.Scan(dest...); err != nil {
			return nil, fmt.Errorf("analytics: %w", err)
		}
		r := rawRow{values: make([]*float64, len(vals))}
		for i, sv := range strs {
			v := sv.String
			if !sv.Valid {
				v = ""
			}
			if bucketed && i == 0 {
				r.bucket = v
			} else {
				r.keys = append(r.keys, v)
			}
		}
		for i, v := range vals {
			if v.Valid {
				x := round(v.Float64)
				r.values[i] = &x
			}
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// round keeps 4 decimals, so both databases' arithmetic gives one answer.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// sortRows orders rows by the requested metric, then bucket and key codes.
func sortRows(rows []*Row, req Request) {
	col := -1
	if req.OrderBy != nil {
		col = slices.Index(req.Metrics, req.OrderBy)
	}
	slices.SortStableFunc(rows, func(a, b *Row) int {
		if col >= 0 {
			va, vb := a.Values[col], b.Values[col]
			switch {
			case va == nil && vb != nil:
				return 1
			case va != nil && vb == nil:
				return -1
			case va != nil && vb != nil && *va != *vb:
				if req.Ascending {
					return cmp.Compare(*va, *vb)
				}
				return cmp.Compare(*vb, *va)
			}
		}
		if a.Bucket != nil && b.Bucket != nil && !a.Bucket.Start.Equal(b.Bucket.Start) {
			return a.Bucket.Start.Compare(b.Bucket.Start)
		}
		for i := range a.Keys {
			if c := cmp.Compare(a.Keys[i].Code, b.Keys[i].Code); c != 0 {
				return c
			}
			if c := cmp.Compare(a.Keys[i].ID, b.Keys[i].ID); c != 0 {
				return c
			}
		}
		return 0
	})
}

// atoi parses an id key ("" for none).
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
