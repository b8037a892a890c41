package bench

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/graph/generated"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// priceClass is one class of priced field: a request typical of it.
type priceClass struct {
	name  string
	query string
	vars  map[string]any
}

// MaxPriceSkew is how far a class's measured time per point may be from the
// median of the classes (either way) before BenchmarkPriceQuery fails.
const MaxPriceSkew = 3.0

// BenchmarkPriceQuery measures, for each class of priced field (a
// connection's page, a root totalCount, stats of rollup and of raw metrics,
// overview, ranking, gaps, the officer scores, the red board, the award
// candidates, …), the median time of a request and the price the cost model
// (graph.OperationCost) charges it, and fails when a class's µs per point is
// more than MaxPriceSkew times off the median of the classes: a price that
// does not follow the cost lets a cheap figure be refused or a dear one
// through.
//
// The model's table sizes (graph.TableRows) are set to the seeded
// database's for the run, so that a town-scale run prices what it measures.
// It prints each class's price, time, µs per point and ratio to the median;
// `make bench` runs it on the district on SQLite and PostgreSQL, or alone:
//
//	TEST_DATABASE_URL=postgres://… YBH_BENCH_SCALE=district go test ./internal/bench -run '^$' -bench PriceQuery -benchtime 1x -timeout 60m
//	YBH_BENCH_SCALE=town go test ./internal/bench -run '^$' -bench PriceQuery -benchtime 1x
func BenchmarkPriceQuery(b *testing.B) {
	db, h := setup(b)
	ctx := viewer.SystemContext(context.Background())
	saved := map[string]int64{}
	for entity, n := range graph.TableRows {
		saved[entity] = n
		var rows int64
		if err := db.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+tableOf(entity)).Scan(&rows); err != nil {
			b.Fatal(err)
		}
		graph.TableRows[entity] = max(rows, 1)
	}
	b.Cleanup(func() {
		for entity, n := range saved {
			graph.TableRows[entity] = n
		}
	})

	end := latest(b)
	quarter := period.Label(period.Quarter, end)
	half := period.Label(period.HalfYear, end)
	town := ent.EncodeGlobalID(db.Client.Town.Query().Order(ent.Asc("code")).FirstIDX(ctx))
	village := ent.EncodeGlobalID(db.Client.Village.Query().Order(ent.Asc("code")).FirstIDX(ctx))
	classes := []priceClass{
		{"page", `query($t: ID!) { tickets(first: 50, where: {townID: $t}, orderBy: [{field: DUE_AT}]) { edges { node { id status dueAt } } } }`, map[string]any{"t": town}},
		{"nested-page", `{ villages(first: 10) { edges { node { name courtyards(first: 10) { totalCount edges { node { name } } } } } } }`, nil},
		{"totalCount", `{ ratings { totalCount } }`, nil},
		{"totalCount-filtered", `query($t: ID!) { tickets(where: {townID: $t, statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS]}) { totalCount } }`, map[string]any{"t": town}},
		{"stats-rollup", `query($p: String!) { stats(metrics: [TICKETS_SUBMITTED, TICKETS_COMPLETED], groupBy: [TOWN], where: {period: $p}) { rows { values } } }`, map[string]any{"p": quarter}},
		{"stats-rollup-monthly", `query($p: String!) { stats(metrics: [TICKET_RATINGS], groupBy: [VILLAGE], bucket: MONTH, where: {period: $p}) { rows { values } } }`, map[string]any{"p": half}},
		{"stats-raw", `query($p: String!) { stats(metrics: [TICKET_DAYS_MEDIAN], groupBy: [TOWN, SERVICE_TYPE], where: {period: $p}) { rows { values } } }`, map[string]any{"p": quarter}},
		{"stats-raw-snapshot", `query($p: String!) { stats(metrics: [ROLES_VACANT], groupBy: [VILLAGE, ROLE], where: {period: $p}) { rows { values } } }`, map[string]any{"p": quarter}},
		{"overview", `query($p: String!) { overview(period: $p) { figures { metric value previous } } }`, map[string]any{"p": quarter}},
		{"overview-town", `query($a: ID!, $p: String!) { overview(area: $a, period: $p) { figures { metric value previous } } }`, map[string]any{"a": town, "p": quarter}},
		{"ranking", `query($p: String!) { ranking(metric: TICKETS_ON_TIME, level: VILLAGE, where: {period: $p}, first: 10) { rank value } }`, map[string]any{"p": quarter}},
		{"ranking-officer", `query($p: String!) { ranking(metric: OFFICER_SCORE, level: OFFICER, where: {period: $p}, first: 10) { rank value } }`, map[string]any{"p": half}},
		{"gaps-vacant", `{ gaps(kind: VACANT_ROLE) { totalCount items { subject } } }`, nil},
		{"gaps-overdue", `{ gaps(kind: TICKET_OVERDUE) { totalCount items { subject } } }`, nil},
		{"gaps-themes", `query($p: String!) { gaps(kind: THEMES_SHORT, where: {period: $p}) { totalCount items { subject } } }`, map[string]any{"p": quarter}},
		{"gaps-failing", `query($p: String!) { gaps(kind: OFFICER_FAILING, where: {period: $p}) { totalCount items { subject } } }`, map[string]any{"p": half}},
		{"failingOfficers", `query($p: String!) { failingOfficers(period: $p) { ratings score } }`, map[string]any{"p": half}},
		{"officerScores", `query($p: String!) { officerScores(period: $p) { ratings score } }`, map[string]any{"p": half}},
		{"redBoard", `query($a: ID!, $p: String!) { redBoard(area: $a, period: $p) { rank points } }`, map[string]any{"a": village, "p": quarter}},
		{"awardCandidates", `query($p: String!) { awardCandidates(period: $p, category: HEAD) { rank score } }`, map[string]any{"p": half}},
		{"grantTotals", `{ grantTotals(by: VILLAGE) { amountFen grants } }`, nil},
	}

	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	type measured struct {
		priceClass
		price int64
		took  time.Duration
	}
	var results []measured
	const warmUp, requests = 3, 15
	for b.Loop() {
		results = results[:0]
		for _, c := range classes {
			doc, err := gqlparser.LoadQueryWithRules(schema, c.query, nil)
			if err != nil {
				b.Fatalf("%s: %v", c.name, err)
			}
			price := graph.OperationCost(schema, doc.Operations[0], c.vars)
			for range warmUp { // the caches and the plans
				post(b, h, c.query, c.vars)
			}
			var samples []time.Duration
			for range requests {
				start := time.Now()
				post(b, h, c.query, c.vars)
				samples = append(samples, time.Since(start))
			}
			// The quickest: what the request costs, not what other
			// processes on the machine cost it meanwhile.
			results = append(results, measured{c, price, slices.Min(samples)})
		}
	}

	perPoint := make([]float64, len(results))
	for i, r := range results {
		perPoint[i] = float64(r.took.Microseconds()) / float64(r.price)
	}
	sorted := slices.Clone(perPoint)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-22s %9s %10s %9s %8s\n", "class", "price", "µs", "µs/point", "×median")
	var off []string
	for i, r := range results {
		ratio := perPoint[i] / median
		fmt.Fprintf(&table, "%-22s %9d %10d %9.2f %8.2f\n", r.name, r.price, r.took.Microseconds(), perPoint[i], ratio)
		b.ReportMetric(ratio, r.name+"-x-median")
		if math.Abs(math.Log(ratio)) > math.Log(MaxPriceSkew) {
			off = append(off, fmt.Sprintf("%s (%.2f×)", r.name, ratio))
		}
	}
	fmt.Fprintf(&table, "median µs/point %.2f", median)
	fmt.Println(table.String()) // whole: b.Log cuts a benchmark's log at ten lines
	b.ReportMetric(median, "median-µs/point")
	if len(off) > 0 {
		b.Errorf("priced more than %g× off the median µs/point: %s", MaxPriceSkew, strings.Join(off, ", "))
	}
}

// tableOf is the SQL table of an entity of graph.TableRows (HouseholdMove →
// household_moves).
func tableOf(entity string) string {
	var s strings.Builder
	for i, r := range entity {
		if i > 0 && r >= 'A' && r <= 'Z' {
			s.WriteByte('_')
		}
		s.WriteRune(r)
	}
	name := strings.ToLower(s.String())
	if rest, ok := strings.CutSuffix(name, "y"); ok {
		return rest + "ies"
	}
	return name + "s"
}
