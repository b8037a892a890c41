package metrics

import (
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"yuanbahui/internal/period"
)

// Dialect-specific SQL, isolated here: the local time of a column, the days
// between two columns, the time buckets and percentiles. Everything else the
// builder writes is the same on PostgreSQL and SQLite (FILTER clauses and
// window functions exist in both).

// days is the days, fractional, from column a to column b.
func days(d, a, b string) string {
	if d == dialect.Postgres {
		return fmt.Sprintf("(EXTRACT(EPOCH FROM (%s - %s)) / 86400)::float8", b, a)
	}
	return fmt.Sprintf("(julianday(%s) - julianday(%s))", b, a)
}

// bucketExpr groups column col (a timestamp) into bucket b in Asia/Shanghai;
// the value is the bucket's label, except for WEEK, whose value is the date of
// its Monday (Bucket.Span turns it into the ISO week's label).
func bucketExpr(d string, b period.Bucket, col string) string {
	if d == dialect.Postgres {
		l := "(" + col + " AT TIME ZONE 'Asia/Shanghai')"
		switch b {
		case period.Day:
			return "to_char(" + l + ", 'YYYY-MM-DD')"
		case period.Week:
			return "to_char(date_trunc('week', " + l + "), 'YYYY-MM-DD')"
		case period.Month:
			return "to_char(" + l + ", 'YYYY-MM')"
		case period.Quarter:
			return "to_char(" + l + ", 'YYYY\"Q\"Q')"
		case period.HalfYear:
			return "to_char(" + l + ", 'YYYY') || CASE WHEN EXTRACT(MONTH FROM " + l + ") <= 6 THEN 'H1' ELSE 'H2' END"
		default:
			return "to_char(" + l + ", 'YYYY')"
		}
	}
	f := func(format string) string { return "strftime('" + format + "', " + col + ", '+8 hours')" }
	switch b {
	case period.Day:
		return f("%Y-%m-%d")
	case period.Week:
		return "date(" + col + ", '+8 hours', '-6 days', 'weekday 1')"
	case period.Month:
		return f("%Y-%m")
	case period.Quarter:
		return f("%Y") + " || 'Q' || ((CAST(" + f("%m") + " AS INTEGER) + 2) / 3)"
	case period.HalfYear:
		return f("%Y") + " || CASE WHEN CAST(" + f("%m") + " AS INTEGER) <= 6 THEN 'H1' ELSE 'H2' END"
	default:
		return f("%Y")
	}
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
	dialect string
	values  []any
}

// add appends v and returns its placeholder.
func (a *args) add(v any) string {
	a.values = append(a.values, v)
	if a.dialect == dialect.Postgres {
		return "$" + strconv.Itoa(len(a.values))
	}
	return "?"
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
