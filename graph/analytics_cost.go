package graph

import (
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
)

// RowsPerAggregatePoint is how many rows of a fact's tables an analytics
// statement costs a point for: the statements read the period's rows through
// the time and area indexes (graph/analytics_cost.go's figures are measured
// by internal/bench: BenchmarkOverviewQuery and the stats benchmarks).
const RowsPerAggregatePoint = 100

// aggregateCosts weigh the analytics fields at the root of a query: each
// statement reads its fact's tables (TableRows / RowsPerAggregatePoint), a
// snapshot once per bucket, plus RowCost per row returned.
var aggregateCosts = map[string]func(costWalker, *ast.Field) int64{
	"stats": func(w costWalker, f *ast.Field) int64 {
		ms := w.metricsArg(f, "metrics")
		buckets := int64(1)
		if arg := f.Arguments.ForName("bucket"); arg != nil {
			buckets = 12
		}
		return add(factsCost(ms, buckets), mul(w.intArg(f, "first", analytics.DefaultRows), RowCost))
	},
	"overview": func(costWalker, *ast.Field) int64 {
		return mul(factsCost(analytics.OverviewMetrics(), 1), 2)
	},
	"ranking": func(w costWalker, f *ast.Field) int64 {
		return add(factsCost(w.metricsArg(f, "metric"), 1), add(StatementCost, mul(w.intArg(f, "first", 10), RowCost)))
	},
	"gaps": func(w costWalker, f *ast.Field) int64 {
		// The gap statements probe role assignments, themes or tickets per
		// courtyard or village.
		return add(StatementCost, add(tableRows("RoleAssignmentConnection")/RowsPerAggregatePoint, mul(w.intArg(f, "first", 100), RowCost)))
	},
}

// factsCost is what computing ms costs: one statement per fact, reading its
// tables, snapshots once per bucket.
func factsCost(ms []*metrics.Metric, buckets int64) int64 {
	var cost int64
	seen := map[*metrics.Fact]bool{}
	for _, m := range ms {
		if seen[m.Fact] {
			continue
		}
		seen[m.Fact] = true
		one := int64(StatementCost)
		for _, t := range m.Fact.Tables {
			one = add(one, tableRows(t+"Connection")/RowsPerAggregatePoint)
		}
		if m.Fact.Snapshot {
			one = mul(one, buckets)
		}
		cost = add(cost, one)
	}
	return max(cost, StatementCost)
}

// metricsArg reads a Metric or [Metric!] argument.
func (w costWalker) metricsArg(f *ast.Field, name string) []*metrics.Metric {
	arg := f.Arguments.ForName(name)
	if arg == nil {
		return nil
	}
	v, err := arg.Value.Value(w.vars)
	if err != nil {
		return nil
	}
	var names []any
	switch x := v.(type) {
	case []any:
		names = x
	default:
		names = []any{x}
	}
	var out []*metrics.Metric
	for _, n := range names {
		if s, ok := n.(string); ok {
			if m, ok := metrics.ByName(s); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// intArg reads an Int argument, def when absent.
func (w costWalker) intArg(f *ast.Field, name string, def int64) int64 {
	if arg := f.Arguments.ForName(name); arg != nil {
		if v, err := arg.Value.Value(w.vars); err == nil {
			if n, ok := toInt(v); ok {
				return max(n, 0)
			}
		}
	}
	return def
}
