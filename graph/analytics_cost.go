package graph

import (
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/ent"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
)

// RowsPerAggregatePoint is how many rows of a fact's tables an analytics
// statement costs a point for: the statements read a period's rows through
// the time and area indexes, not the whole table.
const RowsPerAggregatePoint = 100

// RowsPerGroupPoint is how many records a statement that groups them per
// household or candidate (the red board, the award candidates), derives
// them (a snapshot, a percentile's every value) or fetches them to score
// (the officers' scores) costs a point for: it reads every record of the
// period, not an index range or a rollup's total, and costs about ten times a
// rollup's read per row (internal/bench BenchmarkPriceQuery).
const RowsPerGroupPoint = 10

// HistoryDays is the span of the records TableRows counts (the seeded
// district's 18 months): a statement over a period reads, through its time
// index, the period's share of a table placed in time (ofPeriod), not all of
// it.
const HistoryDays = 548

// Spans of the periods the officers' scores and the quarter themes are
// labelled by, in days.
const (
	halfYearDays = 182
	quarterDays  = 91
)

// AnalyticsStatementCost is one analytics statement (a fact's aggregate,
// the overview's totals, a gap list): building it in the account's area,
// running it and naming its rows' keys. Measured by BenchmarkPriceQuery at
// about ten times a connection's statement.
const AnalyticsStatementCost = 100

// OverviewStatementCost is one of the overview's statements for a fact the
// rollups do not keep: ungrouped, one row, no keys to name.
const OverviewStatementCost = 3 * StatementCost

// rollupMonths is how many months of a village's rollups a statement over
// rollups reads per bucket (a year's).
const rollupMonths = 12

// aggregateCosts weigh the analytics fields at the root of a query, priced
// from the rows their statements read (calibrated by internal/bench
// BenchmarkPriceQuery, which fails when a class's time per point is more
// than 3× off the others'):
//
//   - stats: per fact, AnalyticsStatementCost plus the rows it reads (half
//     of it over the rollups): the rollups (TableRows["Village"] ×
//     rollupMonths) when every metric is kept
//     there and the request can read them (no dimension filter, keys by town
//     or village), else the fact's tables, snapshots once per bucket; plus
//     AggregateRowCost per row returned, at most first, estimated from the keys;
//   - overview: the period's and the previous period's figures, each fact
//     read like stats without keys;
//   - targetMatrix: six overviews (three windows, grouped and totals) and its rows;
//   - ranking: the metric like stats, plus a statement naming the entries;
//     by officer, the officers' scores (officerCost), every officer ranked;
//   - gaps: a statement over what the kind probes, plus its entries;
//   - officerScores: a half-year of the officers' scores rollup (officerCost);
//     failingOfficers: its failing rows alone (failingCost);
//   - dataRange: a statement per bound of each kind of record;
//   - areaMap: two stats of its metric (a district's towns and villages),
//     a row per area, the places version's statements;
//   - redBoard, awardCandidates, grantTotals, grantYearTotal: the records
//     they group, RowsPerGroupPoint a point, plus their rows.
var aggregateCosts map[string]func(costWalker, *ast.Field) int64

// init fills aggregateCosts (whose weights call back into the walker).
func init() {
	aggregateCosts = map[string]func(costWalker, *ast.Field) int64{
		"stats": func(w costWalker, f *ast.Field) int64 {
			ms := w.metricsArg(f, "metrics")
			keys := w.enumsArg(f, "groupBy")
			buckets := int64(1)
			if arg := f.Arguments.ForName("bucket"); arg != nil {
				buckets = 12
			}
			rows := min(w.intArg(f, "first", analytics.DefaultRows), mul(groupRows(keys), buckets))
			return add(factsCost(ms, buckets, readsRollups(ms, keys, w.filtered(f)), w.periodDays(f)), mul(rows, AggregateRowCost))
		},
		"overview": func(w costWalker, f *ast.Field) int64 {
			return mul(overviewCost(analytics.OverviewMetrics(), w.periodDays(f), w.areaParts(f)), 2)
		},
		"targetMatrix": func(w costWalker, f *ast.Field) int64 {
			// Three windows (the period, the year to date, a year earlier),
			// each grouped by the children and ungrouped for the totals: six
			// overviews' worth at most (the targets are a subset of the
			// catalogue), plus a row per town (the widest level it groups by).
			ms := analytics.OverviewMetrics()
			return add(mul(overviewCost(ms, max(w.periodDays(f), 365), w.areaParts(f)), 6), mul(groupRows([]string{"TOWN"}), AggregateRowCost))
		},
		"ranking": func(w costWalker, f *ast.Field) int64 {
			// Every entry of the level is computed and ranked (a row of the
			// statement each), the first named.
			first := w.intArg(f, "first", 10)
			level, _ := w.enumArg(f, "level")
			if level == "OFFICER" {
				return add(officerCost(), mul(add(TableRows["RoleAssignment"], first), AggregateRowCost))
			}
			ms := w.metricsArg(f, "metric")
			ranked := add(groupRows([]string{level}), first)
			return add(factsCost(ms, 1, readsRollups(ms, nil, w.filtered(f)), w.periodDays(f)), add(StatementCost, mul(ranked, AggregateRowCost)))
		},
		"gaps": func(w costWalker, f *ast.Field) int64 {
			kind, _ := w.enumArg(f, "kind")
			var cost, entries int64
			switch kind {
			case "OFFICER_FAILING":
				// The failing scores, then a statement naming their officers.
				cost, entries = add(failingCost(), StatementCost), failingRows()
			case "THEMES_SHORT", "THEMES_UNLECTURED":
				// The villages' themes and lectures of one quarter, through
				// their quarter's index: a plain statement.
				cost = add(StatementCost, ofPeriod(TableRows["QuarterTheme"]+TableRows["Session"], quarterDays)/RowsPerAggregatePoint)
				entries = TableRows["Village"]
			case "TICKET_OVERDUE":
				cost, entries = add(AnalyticsStatementCost, TableRows["Ticket"]/RowsPerAggregatePoint), TableRows["Ticket"]
			default: // VACANT_ROLE: the posts of every courtyard, their assignments grouped per post
				cost = add(AnalyticsStatementCost, TableRows["RoleAssignment"]/RowsPerGroupPoint+TableRows["Courtyard"]/RowsPerAggregatePoint)
				entries = mul(TableRows["Courtyard"], 4)
			}
			return add(cost, mul(min(w.intArg(f, "first", 100), entries), AggregateRowCost))
		},
		"officerScores": func(w costWalker, f *ast.Field) int64 {
			return add(officerCost(), w.groupedList(f, w.intArg(f, "first", 20)))
		},
		"failingOfficers": func(w costWalker, f *ast.Field) int64 {
			return add(failingCost(), w.groupedList(f, failingRows()))
		},
		"redBoard": func(w costWalker, f *ast.Field) int64 {
			// The area's point entries of the period, per household: at
			// most the district's.
			read := TableRows["PointEntry"]
			return add(add(StatementCost, read/RowsPerGroupPoint), w.groupedList(f, w.intArg(f, "first", 20)))
		},
		"awardCandidates": func(w costWalker, f *ast.Field) int64 {
			// The failing officers (failingCost), then a half-year of
			// ratings, tickets, lectures, issues and points, one grouping
			// statement per kind of record, and the category's officers.
			records := ofPeriod(TableRows["Rating"]+TableRows["Ticket"]+TableRows["Session"]+TableRows["Issue"]+TableRows["PointEntry"], halfYearDays)
			read := add(mul(5, AnalyticsStatementCost), (records+TableRows["RoleAssignment"])/RowsPerGroupPoint)
			return add(add(failingCost(), read), w.groupedList(f, w.intArg(f, "first", 100)))
		},
		"grantTotals": func(w costWalker, f *ast.Field) int64 {
			return add(add(StatementCost, TableRows["Grant"]/RowsPerGroupPoint), w.groupedList(f, w.intArg(f, "first", 20)))
		},
		"dataRange": func(costWalker, *ast.Field) int64 {
			// One indexed statement per bound of each kind of record.
			return mul(int64(2*len(recordInstants)), StatementCost)
		},
		"areaMap": func(w costWalker, f *ast.Field) int64 {
			// Two stats of the metric (by town and by village: a district's
			// layers), every area of the district a row and a feature, the
			// places version's six statements and the areas' lists.
			ms := w.metricsArg(f, "metric")
			keys := []string{"VILLAGE"}
			stats := mul(factsCost(ms, 1, readsRollups(ms, keys, false), w.periodDays(f)), 2)
			rows := add(TableRows["Town"], TableRows["Village"])
			return add(add(stats, mul(8, StatementCost)), mul(rows, AggregateRowCost))
		},
		"grantYearTotal": func(w costWalker, f *ast.Field) int64 {
			return add(add(StatementCost, TableRows["Grant"]/RowsPerGroupPoint), w.groupedList(f, 1))
		},
	}
}

// officerCost is a statement reading a half-year of the officers' scores
// (the rollup internal/metrics keeps of their ratings: a row per officer
// and dimension rated, at most officerDimensions per officer), each row
// fetched and scored: officerScores and the officer ranking.
func officerCost() int64 {
	return add(AnalyticsStatementCost, mul(TableRows["RoleAssignment"], officerDimensions)/RowsPerGroupPoint)
}

// officerDimensions is how many dimensions an officer is rated on at most
// (ent/schema Rating.dimension).
const officerDimensions = 3

// failingRows is how many scores of a half-year fail, at most: the scoring
// rule flags few (the seeded district 16 officers over 4 half-years of its
// 26,916 assignments), taken as a thousandth of the officers, at least ten.
func failingRows() int64 { return max(TableRows["RoleAssignment"]/1000, 10) }

// failingCost is a statement reading a half-year's failing scores alone,
// through the rollup's index of them (failingRows rows, not the officers'
// every score): failingOfficers, the failing officers' gap list, the award
// candidates' exclusions.
func failingCost() int64 {
	return add(StatementCost, mul(failingRows(), AggregateRowCost))
}

// ofPeriod is the share of rows, records placed in time over HistoryDays,
// that a period of days holds (all of them for a longer one).
func ofPeriod(rows, days int64) int64 {
	return mul(rows, min(max(days, 1), HistoryDays)) / HistoryDays
}

// periodDays is the span in days of the period f reads: its period argument
// or its where's period, or its where's from and to; HistoryDays (all the
// records) when it names none or it cannot be read.
func (w costWalker) periodDays(f *ast.Field) int64 {
	label := func(v any) (int64, bool) {
		s, ok := v.(string)
		if !ok {
			return 0, false
		}
		p, err := period.Parse(s)
		if err != nil {
			return 0, false
		}
		return int64(p.End.Sub(p.Start).Hours() / 24), true
	}
	if arg := f.Arguments.ForName("period"); arg != nil {
		if v, err := arg.Value.Value(w.vars); err == nil {
			if days, ok := label(v); ok {
				return days
			}
		}
	}
	where := map[string]any{}
	if arg := f.Arguments.ForName("where"); arg != nil {
		if v, err := arg.Value.Value(w.vars); err == nil {
			where, _ = v.(map[string]any)
		}
	}
	if days, ok := label(where["period"]); ok {
		return days
	}
	from, errFrom := time.Parse(time.RFC3339Nano, asString(where["from"]))
	to, errTo := time.Parse(time.RFC3339Nano, asString(where["to"]))
	if errFrom != nil || errTo != nil || !to.After(from) {
		return HistoryDays
	}
	return int64(to.Sub(from).Hours()/24) + 1
}

// areaParts is how many areas like f's area argument the district has (the
// share of its records a statement in it reads is one of them): the towns for
// a town, the villages for a village, the courtyards for a courtyard; 1 for
// the district or none.
func (w costWalker) areaParts(f *ast.Field) int64 {
	arg := f.Arguments.ForName("area")
	if arg == nil {
		return 1
	}
	v, err := arg.Value.Value(w.vars)
	if err != nil {
		return 1
	}
	id, err := ent.DecodeGlobalID(asString(v))
	if err != nil {
		return 1
	}
	switch kind := ent.TypeOfID(id); kind {
	case "Town", "Village", "Courtyard":
		return max(TableRows[kind], 1)
	}
	return 1
}

// asString is v as a string, "" when it is none.
func asString(v any) string {
	s, _ := v.(string)
	return s
}

// groupedList is rows of an aggregate list (the rows of a GROUP BY, fetched
// together): AggregateRowCost each, plus what their selection costs (a one-to-one
// edge such as a household is looked up per row).
func (w costWalker) groupedList(f *ast.Field, rows int64) int64 {
	return add(mul(rows, AggregateRowCost), w.selection(f.SelectionSet, rows, false))
}

// groupRows estimates how many groups keys make: the product of each key's
// values (areas from TableRows, the enums and service types ten each).
func groupRows(keys []string) int64 {
	rows := int64(1)
	for _, k := range keys {
		switch k {
		case "TOWN":
			rows = mul(rows, TableRows["Town"])
		case "VILLAGE":
			rows = mul(rows, TableRows["Village"])
		case "COURTYARD":
			rows = mul(rows, TableRows["Courtyard"])
		case "ITEM":
			rows = mul(rows, TableRows["IssueItem"])
		default:
			rows = mul(rows, 10)
		}
	}
	return rows
}

// readsRollups tells whether statements over ms grouped by keys read the
// rollups rather than the records: every metric kept there, keys by town or
// village only, no dimension filter (internal/metrics fromRollups, whose
// month boundaries the cost model does not check).
func readsRollups(ms []*metrics.Metric, keys []string, filtered bool) bool {
	if filtered || len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if !m.Rollable() {
			return false
		}
	}
	for _, k := range keys {
		if k != "TOWN" && k != "VILLAGE" {
			return false
		}
	}
	return true
}

// factsCost is what computing ms over a period of days costs: one statement
// per fact, reading the rollups (rollups) or its tables — a flow's rows of
// the period (ofPeriod), a snapshot's every record, whose history it derives
// (RowsPerGroupPoint a point), once per bucket.
func factsCost(ms []*metrics.Metric, buckets int64, rollups bool, days int64) int64 {
	var cost int64
	percentile := map[*metrics.Fact]bool{}
	for _, m := range ms {
		percentile[m.Fact] = percentile[m.Fact] || m.Agg == metrics.Percentile
	}
	seen := map[*metrics.Fact]bool{}
	for _, m := range ms {
		if seen[m.Fact] {
			continue
		}
		seen[m.Fact] = true
		one := int64(AnalyticsStatementCost)
		if rollups {
			// A rollup's months: half a statement over the records.
			one = add(AnalyticsStatementCost/2, mul(TableRows["Village"], rollupMonths)/RowsPerAggregatePoint)
		} else {
			per := int64(RowsPerAggregatePoint)
			if percentile[m.Fact] || m.Fact.Snapshot {
				per = RowsPerGroupPoint // every value read and sorted, every history derived
			}
			for _, t := range m.Fact.Tables {
				one = add(one, factRows(m.Fact, t, days)/per)
			}
		}
		if m.Fact.Snapshot {
			// Taken at an instant: the records as they stood then, derived
			// from their histories, once per bucket.
			one = mul(mul(one, 2), buckets)
		}
		cost = add(cost, one)
	}
	return max(cost, AnalyticsStatementCost)
}

// factRows is how many rows of table t a statement over fact reads for a
// period of days: a snapshot every record, a flow the period's (ofPeriod).
func factRows(fact *metrics.Fact, t string, days int64) int64 {
	if fact.Snapshot {
		return tableRows(t + "Connection")
	}
	return ofPeriod(tableRows(t+"Connection"), days)
}

// overviewCost is one period's headline figures, the period days long, in
// an area of one of parts equal parts of the district: the
// facts whose metrics the rollups keep in one statement over the rollups
// (their totals), each other fact in a statement of its own that returns one
// row, named by nothing (OverviewStatementCost), reading its tables (factRows).
func overviewCost(ms []*metrics.Metric, days, parts int64) int64 {
	cost := add(AnalyticsStatementCost, mul(TableRows["Village"], rollupMonths)/RowsPerAggregatePoint)
	seen := map[*metrics.Fact]bool{}
	for _, m := range ms {
		if m.Rollable() || seen[m.Fact] {
			continue
		}
		seen[m.Fact] = true
		cost = add(cost, OverviewStatementCost)
		for _, t := range m.Fact.Tables {
			cost = add(cost, factRows(m.Fact, t, days)/parts/RowsPerAggregatePoint)
		}
	}
	return cost
}

// filtered tells whether f's where argument filters by a dimension (more
// than area, period, from and to).
func (w costWalker) filtered(f *ast.Field) bool {
	arg := f.Arguments.ForName("where")
	if arg == nil {
		return false
	}
	v, err := arg.Value.Value(w.vars)
	m, ok := v.(map[string]any)
	if err != nil || !ok {
		return false
	}
	for k, x := range m {
		switch k {
		case "area", "period", "from", "to":
		default:
			if x != nil {
				return true
			}
		}
	}
	return false
}

// enumArg reads an enum argument.
func (w costWalker) enumArg(f *ast.Field, name string) (string, bool) {
	vs := w.enumsArg(f, name)
	if len(vs) != 1 {
		return "", false
	}
	return vs[0], true
}

// enumsArg reads an enum or a list of enums argument.
func (w costWalker) enumsArg(f *ast.Field, name string) []string {
	arg := f.Arguments.ForName(name)
	if arg == nil {
		return nil
	}
	v, err := arg.Value.Value(w.vars)
	if err != nil {
		return nil
	}
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	default:
		list = []any{x}
	}
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// metricsArg reads a Metric or [Metric!] argument.
func (w costWalker) metricsArg(f *ast.Field, name string) []*metrics.Metric {
	var out []*metrics.Metric
	for _, n := range w.enumsArg(f, name) {
		if m, ok := metrics.ByName(n); ok {
			out = append(out, m)
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
