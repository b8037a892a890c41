package graph

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/label"
)

// TestEntEnumsCarryLabels: every enum the API takes from ent (its Go model
// lives in yuanbahui/ent or internal/viewer) has a label for each value, and
// the schema describes each value with it.
func TestEntEnumsCarryLabels(t *testing.T) {
	n := 0
	for name, def := range testSchema.Schema().Types {
		if def.Kind != ast.Enum || def.Directives.ForName("goModel") == nil {
			continue
		}
		model := def.Directives.ForName("goModel").Arguments.ForName("model").Value.Raw
		if !strings.HasPrefix(model, "yuanbahui/ent/") && !strings.HasPrefix(model, "yuanbahui/internal/viewer") {
			continue
		}
		n++
		for _, v := range def.EnumValues {
			l, ok := label.Lookup(name, v.Name)
			if !ok {
				t.Errorf("%s.%s has no label", name, v.Name)
				continue
			}
			if !strings.HasPrefix(v.Description, l.Zh) {
				t.Errorf("%s.%s is described %q, not by its label %q", name, v.Name, v.Description, l.Zh)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d ent enums in the schema", n)
	}
	got := enumLabels([]string{"TicketStatus", "NoSuchEnum"})
	if len(got) != 1 || got[0].Values[3].Value != "COMPLETED" || got[0].Values[3].Label != "已办结" {
		t.Fatalf("enumLabels: %+v", got)
	}
}

// TestAggregateCost: the analytics fields weigh the tables their statements
// read; the overview of the district stays well within one operation's limit.
func TestAggregateCost(t *testing.T) {
	schema := testSchema.Schema()
	for _, c := range []struct {
		op   string
		want int64
	}{
		// A metric the rollups keep, ungrouped: one statement over the
		// villages' months (half a statement over the records), one row.
		{`{ stats(metrics: [TICKETS_SUBMITTED], first: 10) { totalRows } }`,
			AnalyticsStatementCost/2 + 500*rollupMonths/RowsPerAggregatePoint + 1*AggregateRowCost},
		// Two metrics of one fact are one statement; a second fact is another;
		// a percentile (not in the rollups) makes them read the records, its
		// fact's every value.
		{`{ stats(metrics: [TICKETS_COMPLETED, TICKET_DAYS_P90, LECTURES], first: 10) { totalRows } }`,
			AnalyticsStatementCost + 37_647/RowsPerGroupPoint + AnalyticsStatementCost + 63_464/RowsPerAggregatePoint + 1*AggregateRowCost},
		// Grouped by town: at most first rows of the 40 towns.
		{`{ stats(metrics: [TICKETS_SUBMITTED], groupBy: [TOWN], first: 10) { totalRows } }`,
			AnalyticsStatementCost/2 + 500*rollupMonths/RowsPerAggregatePoint + 10*AggregateRowCost},
		// A ranking computes every town's value (40 rows) and names 5.
		{`{ ranking(metric: IDEAS_ADOPTED, level: TOWN, first: 5) { rank } }`,
			AnalyticsStatementCost/2 + 500*rollupMonths/RowsPerAggregatePoint + StatementCost + (40+5)*AggregateRowCost},
		// A period reads its share of the 548 days of records: a quarter
		// (2024Q2, 91 days) of the tickets, every value of it.
		{`{ stats(metrics: [TICKET_DAYS_P90], where: {period: "2024Q2"}, first: 10) { totalRows } }`,
			AnalyticsStatementCost + 37_647*91/548/RowsPerGroupPoint + 1*AggregateRowCost},
		// The failing officers are read alone, through the scores rollup's
		// index of them: a thousandth of the 26,916 officers (26 rows), read
		// and returned.
		{`{ failingOfficers(period: "2024H1") { score } }`,
			StatementCost + 26*AggregateRowCost + 26*AggregateRowCost},
		// All the officers' scores: a row per officer and dimension (3),
		// fetched and scored; the first 20 returned.
		{`{ officerScores(period: "2024H1") { score } }`,
			AnalyticsStatementCost + 26_916*3/RowsPerGroupPoint + 20*AggregateRowCost},
	} {
		doc, err := gqlparser.LoadQueryWithRules(schema, c.op, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.op, err)
		}
		if got := OperationCost(schema, doc.Operations[0], nil); got != c.want {
			t.Errorf("%s costs %d, want %d", c.op, got, c.want)
		}
	}
	doc, err := gqlparser.LoadQueryWithRules(schema, `{ overview(period: "2024Q2") { figures { value } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	district := OperationCost(schema, doc.Operations[0], nil)
	if district < 200 || district > 25_000 {
		t.Errorf("overview costs %d", district)
	}
	// A town's overview reads one of the 40 towns' records: cheaper, not
	// free (its statements cost the same).
	town := base64.RawURLEncoding.EncodeToString([]byte("Town:1")) // a global ID (ent.EncodeGlobalID)
	doc, err = gqlparser.LoadQueryWithRules(schema, `{ overview(area: "`+town+`", period: "2024Q2") { figures { value } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := OperationCost(schema, doc.Operations[0], nil); got >= district || got < 2*AnalyticsStatementCost {
		t.Errorf("a town's overview costs %d, the district's %d", got, district)
	}
}
