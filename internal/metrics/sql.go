package metrics

import (
	"strconv"
	"strings"

	"yuanbahui/internal/dialect"

	"yuanbahui/internal/period"
)

// The builder's SQL helpers. What differs between PostgreSQL and SQLite (the
// days between two columns, the time buckets, placeholders, percentiles) is
// written by internal/dialect; everything else the builder writes is the
// same on both (FILTER clauses and window functions exist in both).

// days is the days, fractional, from column a to column b.
func days(d dialect.Dialect, a, b string) string { return d.Days(a, b) }

// bucketExpr groups column col (a timestamp) into bucket b in Asia/Shanghai;
// the value is the bucket's label, except for WEEK, whose value is the date of
// its Monday (Bucket.Span turns it into the ISO week's label).
func bucketExpr(d dialect.Dialect, b period.Bucket, col string) string {
	return d.LocalPeriod(string(b), col)
}

// labelBucketExpr groups a period-label column (a quarter such as 2024Q2 or a
// half-year such as 2024H1) into bucket b; ok is false when b is finer than
// the label.
func labelBucketExpr(b period.Bucket, col string, quarterly bool) (string, bool) {
	switch {
	case b == period.Year:
		return "substr(" + col + ", 1, 4)", true
	case b == period.HalfYear && quarterly:
		return "substr(" + col + ", 1, 4) || CASE WHEN substr(" + col + ", 6, 1) IN ('1', '2') THEN 'H1' ELSE 'H2' END", true
	case b == period.HalfYear, b == period.Quarter && quarterly:
		return col, true
	}
	return "", false
}

// args collects a statement's parameters and writes their placeholders.
type args struct {
	dialect dialect.Dialect
	values  []any
	// instant, when set, is a snapshot's instant as an SQL expression (a
	// column of an outer query, Query.AtSQL) instead of a bound parameter.
	instant string
}

// at writes a snapshot's instant t: its placeholder, or the SQL expression
// of the instant where the statement takes it from an outer query.
func (a *args) at(t any) string {
	if a.instant != "" {
		return a.instant
	}
	return a.add(t)
}

// add appends v and returns its placeholder.
func (a *args) add(v any) string {
	a.values = append(a.values, v)
	return a.dialect.Placeholder(len(a.values))
}

// in writes `col IN (…)` over vs (false for none). Ids (ints) are written
// as literals: PostgreSQL searches a list of constants by hashing, where it
// compares each row with every parameter in turn (a district's 40 towns made
// that the bulk of a statement's time).
func (a *args) in(col string, vs []any) string {
	if len(vs) == 0 {
		return "1 = 0"
	}
	ps := make([]string, len(vs))
	for i, v := range vs {
		if n, ok := v.(int); ok {
			ps[i] = strconv.Itoa(n)
		} else {
			ps[i] = a.add(v)
		}
	}
	return col + " IN (" + strings.Join(ps, ", ") + ")"
}

// values turns ids or labels into query values.
func values[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
