package metrics

import (
	"fmt"
	"strings"
	"time"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/period"
)

// Scope narrows a statement to an area: the rows whose town, village and
// courtyard columns are among the ids (nil: any). It mirrors the read scope of
// the rows themselves (internal/rule's RecordScope).
type Scope struct {
	// Towns, Villages and Courtyards list the ids allowed; nil allows any,
	// an empty non-nil list none.
	Towns, Villages, Courtyards []int
}

// Query is what one statement computes: metrics of one fact, grouped; or
// totals of metrics of several facts read from the rollups (Totals).
type Query struct {
	// Metrics are the metrics, all of one fact.
	Metrics []*Metric
	// Keys group the rows (each must be one of the fact's keys).
	Keys []Key
	// Bucket groups the rows by time bucket too ("" for none); not for snapshots.
	Bucket period.Bucket
	// From and To bound the fact's time (zero: unbounded).
	From, To time.Time
	// At is the instant a snapshot fact is taken at.
	At time.Time
	// AtSQL, when set, is instead the instant as an SQL expression — a
	// column of an outer query, e.g. each month's end of a series joined
	// LATERAL (the analytics views of snapshots, internal/analyticsdb).
	AtSQL string
	// Scopes narrow the rows; all of them apply (the viewer's area, an area filter).
	Scopes []Scope
	// Filters narrow the rows by StatsFilter field (the values of its column).
	Filters map[string][]any
	// Fact is the fact to read (nil: the metrics' own, or its ByRole for the keys and filters).
	Fact *Fact
	// Raw reads the records even where the rollups would answer (tests, docs).
	Raw bool
}

// Statement is one SQL statement computing some metrics of a Query. Its
// result columns are the bucket (when the query has one), the keys in order,
// then one value per metric in Metrics.
type Statement struct {
	SQL     string
	Args    []any
	Metrics []*Metric
}

// Build writes the statements computing q in dialect d: one reading the
// rollups where they hold the answer (rollup.go); else one for all its
// metrics on PostgreSQL; on SQLite, which lacks percentile_cont, a second
// statement per percentile metric using window functions (the same linear
// interpolation).
func Build(d dialect.Dialect, q Query) ([]Statement, error) {
	if len(q.Metrics) == 0 {
		return nil, nil
	}
	own := q.Metrics[0].Fact
	f := q.Fact
	if f == nil {
		f = own.For(q.Keys, q.Filters)
	}
	var plain, percentiles []*Metric
	for _, m := range q.Metrics {
		if m.Fact != own && !q.Totals() {
			return nil, fmt.Errorf("metrics %s and %s are of different facts", q.Metrics[0].Name, m.Name)
		}
	}
	switch {
	case postsFromRollups(q):
		return []Statement{buildPosts(d, q)}, nil
	case fromRollups(q):
		return []Statement{buildRollup(d, q)}, nil
	}
	for _, m := range q.Metrics {
		if m.Agg == Percentile && !d.Percentiles() {
			percentiles = append(percentiles, m)
		} else {
			plain = append(plain, m)
		}
	}
	var out []Statement
	if len(plain) > 0 {
		a := &args{dialect: d}
		aggs := plain
		// One count of the rows meeting a condition, ungrouped: the
		// condition filters the rows (the same count, and an index on it
		// — e.g. the failing officers' — can find them).
		if m := plain[0]; len(plain) == 1 && len(q.Keys) == 0 && q.Bucket == "" && m.Cond != "" && (m.Agg == Count || m.Agg == Distinct) {
			narrowed := *f
			narrowed.Where = m.Cond
			if f.Where != "" {
				narrowed.Where = f.Where + " AND (" + m.Cond + ")"
			}
			f = &narrowed
			all := *m
			all.Cond = ""
			aggs = []*Metric{&all}
		}
		from, groups, err := base(d, a, f, q)
		if err != nil {
			return nil, err
		}
		cols := append([]string{}, groups...)
		for _, m := range aggs {
			cols = append(cols, aggregate(d, m))
		}
		sql := "SELECT " + strings.Join(cols, ", ") + " FROM " + from
		if len(groups) > 0 {
			sql += " GROUP BY " + strings.Join(groups, ", ")
		}
		out = append(out, Statement{SQL: sql, Args: a.values, Metrics: plain})
	}
	for _, m := range percentiles {
		a := &args{dialect: d}
		from, groups, err := base(d, a, f, q)
		if err != nil {
			return nil, err
		}
		out = append(out, Statement{SQL: windowPercentile(d, m, from, groups), Args: a.values, Metrics: []*Metric{m}})
	}
	return out, nil
}

// base writes the FROM and WHERE of a query, and its grouping expressions
// (bucket first, then the keys).
func base(d dialect.Dialect, a *args, f *Fact, q Query) (from string, groups []string, err error) {
	// The FROM first: its arguments (a snapshot's instant) come before the
	// WHERE's in the statement, and SQLite's placeholders are positional.
	at := q.At
	if at.IsZero() {
		at = time.Now()
	}
	a.instant = q.AtSQL
	from = f.from(d, a, at.UTC()) + " f"
	var where []string
	if f.Where != "" {
		where = append(where, f.Where)
	}
	for _, s := range q.Scopes {
		for i, col := range []string{"town_id", "village_id", "courtyard_id"} {
			ids := [][]int{s.Towns, s.Villages, s.Courtyards}[i]
			if ids == nil {
				continue
			}
			if !f.has(col) {
				if col == "courtyard_id" {
					// A fact without courtyards (village themes) is read by
					// village, as the rows themselves are (VillageChildScope).
					continue
				}
				return "", nil, fmt.Errorf("fact %s has no %s", f.Name, col)
			}
			where = append(where, a.in(col, values(ids)))
		}
	}
	for name, vs := range q.Filters {
		col, ok := f.Filters[name]
		if !ok {
			return "", nil, fmt.Errorf("%s does not honour the filter %s", f.Name, name)
		}
		where = append(where, a.in(col, vs))
	}
	switch {
	case f.Snapshot:
		if q.Bucket != "" {
			return "", nil, fmt.Errorf("%s is taken at an instant: it has no time buckets", f.Name)
		}
	case f.Label != "":
		kind := period.HalfYear
		if f.Quarterly {
			kind = period.Quarter
		}
		if !q.From.IsZero() || !q.To.IsZero() {
			from, to := q.From, q.To
			if from.IsZero() {
				from = time.Date(2000, 1, 1, 0, 0, 0, 0, period.Shanghai)
			}
			if to.IsZero() {
				to = time.Date(2100, 1, 1, 0, 0, 0, 0, period.Shanghai)
			}
			where = append(where, a.in(f.Label, values(period.LabelsIn(kind, from, to))))
		}
		if q.Bucket != "" {
			g, ok := labelBucketExpr(q.Bucket, f.Label, f.Quarterly)
			if !ok {
				return "", nil, fmt.Errorf("%s is recorded per %s: bucket it by %s or coarser", f.Name, strings.ToLower(string(kind)), kind)
			}
			groups = append(groups, g)
		}
	default:
		if !q.From.IsZero() {
			where = append(where, f.Time+" >= "+a.add(q.From.UTC()))
		}
		if !q.To.IsZero() {
			where = append(where, f.Time+" < "+a.add(q.To.UTC()))
		}
		if q.Bucket != "" {
			groups = append(groups, bucketExpr(d, q.Bucket, f.Time))
		}
	}
	for _, k := range q.Keys {
		col, ok := f.Keys[k]
		if !ok {
			return "", nil, fmt.Errorf("%s cannot be grouped by %s", f.Name, k)
		}
		groups = append(groups, col)
	}
	if len(where) > 0 {
		from += " WHERE " + strings.Join(where, " AND ")
	}
	return from, groups, nil
}

// aggregate is the SQL aggregate of m over the rows of its fact.
func aggregate(d dialect.Dialect, m *Metric) string {
	filter := func(cond string) string {
		if cond == "" {
			return ""
		}
		return " FILTER (WHERE " + cond + ")"
	}
	switch m.Agg {
	case Sum:
		return "COALESCE(SUM(" + m.expr(d) + ")" + filter(m.Cond) + ", 0)"
	case Mean:
		return "AVG(" + m.expr(d) + ")" + filter(m.Cond)
	case Share:
		return "1.0 * COUNT(*)" + filter(m.Cond) + " / NULLIF(COUNT(*)" + filter(m.Of) + ", 0)"
	case Distinct:
		return "COUNT(DISTINCT " + m.expr(d) + ")" + filter(m.Cond)
	case Percentile:
		return fmt.Sprintf("percentile_cont(%g) WITHIN GROUP (ORDER BY %s)", m.P, m.expr(d)) + filter(m.Cond)
	}
	return "COUNT(*)" + filter(m.Cond)
}

// windowPercentile computes percentile metric m as percentile_cont does —
// the value at position p × (n − 1) of the sorted values, interpolated
// linearly between its neighbours — with window functions, per group.
func windowPercentile(d dialect.Dialect, m *Metric, from string, groups []string) string {
	var inner, gs []string
	for i, g := range groups {
		inner = append(inner, fmt.Sprintf("%s AS g%d", g, i))
		gs = append(gs, fmt.Sprintf("g%d", i))
	}
	cond := "1"
	if m.Cond != "" {
		cond = "CASE WHEN " + m.Cond + " THEN 1 ELSE 0 END"
	}
	values := "SELECT " + strings.Join(append(inner, m.expr(d)+" AS v", cond+" AS c"), ", ") + " FROM " + from
	over, rank := "OVER ()", "OVER (ORDER BY v)"
	if len(gs) > 0 {
		over = "OVER (PARTITION BY " + strings.Join(gs, ", ") + ")"
		rank = "OVER (PARTITION BY " + strings.Join(gs, ", ") + " ORDER BY v)"
	}
	sorted := fmt.Sprintf("SELECT %s, ROW_NUMBER() %s - 1 AS rn, %g * (COUNT(*) %s - 1) AS pos FROM (%s) x WHERE v IS NOT NULL AND c = 1",
		strings.Join(append(append([]string{}, gs...), "v"), ", "), rank, m.P, over, values)
	lo := "MAX(CASE WHEN rn = CAST(pos AS INTEGER) THEN v END)"
	hi := "MAX(CASE WHEN rn = CAST(pos AS INTEGER) + 1 THEN v END)"
	value := fmt.Sprintf("%s + COALESCE(%s - %s, 0) * (MAX(pos) - CAST(MAX(pos) AS INTEGER))", lo, hi, lo)
	sql := "SELECT " + strings.Join(append(append([]string{}, gs...), value), ", ") + " FROM (" + sorted + ") s"
	if len(gs) > 0 {
		sql += " GROUP BY " + strings.Join(gs, ", ")
	}
	return sql
}
