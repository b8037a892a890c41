package graph

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"yuanbahui/graph/generated"
)

func TestEveryConnectionEntityHasTableRows(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	for name := range schema.Types {
		if entity, ok := strings.CutSuffix(name, "Connection"); ok {
			if _, ok := TableRows[entity]; !ok {
				t.Errorf("TableRows has no estimate for %s", entity)
			}
		}
	}
}

func TestOperationCost(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	for _, c := range []struct {
		op   string
		want int64
	}{
		{`{ __typename }`, 1},
		// A root field: a statement and the object.
		{`{ me { username } }`, StatementCost + EdgeCost},
		// A page of 5 towns and their cheap totalCount (40 rows).
		{`{ towns(first: 5) { totalCount edges { cursor node { name } } } }`, StatementCost + StatementCost + 40/RowsPerCountPoint + 5*RowCost},
		// The default page, a dear totalCount, and a one-to-one edge per row.
		{`{ residents { totalCount edges { node { name household { address } } } } }`,
			StatementCost + StatementCost + 562_753/RowsPerCountPoint + 20*RowCost + 20*EdgeCost},
		// Nested: 5 villages × 3 courtyards, counts per parent row, fragments followed.
		{`query { villages(first: 5) { edges { node { ...V } } } } fragment V on Village { courtyards(first: 3) { totalCount edges { node { name } } } }`,
			StatementCost + 5*RowCost + StatementCost + StatementCost + 5*NestedCountCost + 15*RowCost},
		// nodes(ids:) counts its ids.
		{`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, StatementCost + 3*EdgeCost},
		// A mutation field is dearer than a read.
		{`mutation { logout { ok } }`, StatementCost + MutationCost + EdgeCost},
	} {
		doc, err := gqlparser.LoadQueryWithRules(schema, c.op, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.op, err)
		}
		vars := map[string]any{"ids": []any{"a", "b", "c"}}
		if got := OperationCost(schema, doc.Operations[0], vars); got != c.want {
			t.Errorf("%s costs %d, want %d", c.op, got, c.want)
		}
	}
}
