package store_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"yuanbahui/ent"
	"yuanbahui/ent/migrate"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

// recorder is an ent driver that keeps the SQL sent through it.
type recorder struct {
	dialect.Driver
	mu      sync.Mutex
	queries []string
}

func (r *recorder) Query(ctx context.Context, query string, args, v any) error {
	r.mu.Lock()
	r.queries = append(r.queries, query)
	r.mu.Unlock()
	return r.Driver.Query(ctx, query, args, v)
}

// TestNoJoinTables: every table has the single-column primary key id, so every
// edge is a foreign key on one of its two tables (no many-to-many join
// tables). For such edges ent's sqlgraph compiles has… and has…With to a
// correlated EXISTS on the key; across a join table it would be
// `id IN (SELECT …)`, which a NOT cannot turn into an anti-join.
func TestNoJoinTables(t *testing.T) {
	for _, tb := range migrate.Tables {
		if len(tb.PrimaryKey) != 1 || tb.PrimaryKey[0].Name != "id" {
			t.Errorf("%s: primary key is not the single column id (a join table?); has…With filters over it compile to IN (SELECT …)", tb.Name)
		}
	}
}

// TestEdgeFiltersAreCorrelatedExists: the GraphQL filters "courtyards without an
// active head" and "courtyards with a household of an over-80 resident" reach
// the database as NOT EXISTS / EXISTS subqueries correlated on the foreign
// key (which TestEveryEdgeIndexedInSchema keeps indexed), also under an area
// viewer's privacy rules.
func TestEdgeFiltersAreCorrelatedExists(t *testing.T) {
	rec := &recorder{}
	db := testdb.Open(t, store.WithDriver(func(d dialect.Driver) dialect.Driver {
		rec.Driver = d
		return rec
	}))
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, Role: viewer.DistrictAdmin, DistrictID: 1, TownIDs: []int{1, 2}})
	head, active, born := roleassignment.RoleHEAD, true, 1944
	cases := []struct {
		name  string
		where *ent.CourtyardWhereInput
		want  []string
	}{
		{
			name: "negated",
			where: &ent.CourtyardWhereInput{Not: &ent.CourtyardWhereInput{
				HasRoleAssignmentsWith: []*ent.RoleAssignmentWhereInput{{Role: &head, EndedAtIsNil: active}},
			}},
			want: []string{`NOT (EXISTS (SELECT`, `"courtyards"."id" = "role_assignments"."courtyard_id"`},
		},
		{
			name: "nested",
			where: &ent.CourtyardWhereInput{HasHouseholdsWith: []*ent.HouseholdWhereInput{{
				HasResidentsWith: []*ent.ResidentWhereInput{{BirthYearLT: &born}},
			}}},
			want: []string{`WHERE EXISTS (SELECT`, `"courtyards"."id" = "households"."courtyard_id"`, `"households"."id" = "residents"."household_id"`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := c.where.P()
			if err != nil {
				t.Fatal(err)
			}
			rec.queries = nil
			if _, err := db.Client.Courtyard.Query().Where(p).Count(ctx); err != nil {
				t.Fatal(err)
			}
			if len(rec.queries) != 1 {
				t.Fatalf("want one statement, got %d: %q", len(rec.queries), rec.queries)
			}
			q := strings.ReplaceAll(rec.queries[0], "`", `"`) // SQLite quotes with backticks
			for _, w := range c.want {
				if !strings.Contains(q, w) {
					t.Errorf("SQL lacks %s:\n%s", w, q)
				}
			}
			if strings.Contains(q, "IN (SELECT") {
				t.Errorf("SQL filters through IN (SELECT …) instead of a correlated EXISTS:\n%s", q)
			}
		})
	}
}
