package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"yuanbahui/ent/migrate"
	sqldialect "yuanbahui/internal/dialect"
	"yuanbahui/internal/testdb"
)

// scopingColumns are the columns the area scoping filters on (internal/rule/policy.go).
var scopingColumns = []string{"town_id", "village_id", "courtyard_id"}

// mustLead lists, as "table.column", every column that needs an index leading
// with it: each foreign key, and each scoping column wherever it exists.
func mustLead() []string {
	seen := map[string]bool{}
	for _, t := range migrate.Tables {
		for _, fk := range t.ForeignKeys {
			seen[t.Name+"."+fk.Columns[0].Name] = true
		}
		for _, c := range scopingColumns {
			if _, ok := t.Column(c); ok {
				seen[t.Name+"."+c] = true
			}
		}
	}
	cols := make([]string, 0, len(seen))
	for c := range seen {
		cols = append(cols, c)
	}
	sort.Strings(cols)
	return cols
}

// unindexed returns the columns of want that leads does not contain.
func unindexed(want []string, leads map[string]bool) []string {
	var missing []string
	for _, c := range want {
		if !leads[c] {
			missing = append(missing, c)
		}
	}
	return missing
}

// TestEveryEdgeIndexedInSchema: every foreign key and every scoping column of
// ent/schema has a full (non-partial) index whose first column it is, so joins,
// has…With filters and area scoping never scan a table.
func TestEveryEdgeIndexedInSchema(t *testing.T) {
	leads := map[string]bool{}
	for _, tb := range migrate.Tables {
		for _, c := range tb.PrimaryKey[:1] {
			leads[tb.Name+"."+c.Name] = true
		}
		for _, c := range tb.Columns {
			if c.Unique {
				leads[tb.Name+"."+c.Name] = true
			}
		}
		for _, idx := range tb.Indexes {
			if !partial(idx) {
				leads[tb.Name+"."+idx.Columns[0].Name] = true
			}
		}
	}
	for _, c := range unindexed(mustLead(), leads) {
		t.Errorf("%s: no non-partial index leads with it; add index.Fields(%q, …) to the Indexes() of its ent/schema type", c, c[strings.IndexByte(c, '.')+1:])
	}
}

// partial tells whether an index carries a WHERE clause (a partial index
// serves only the queries that repeat its condition).
func partial(idx *schema.Index) bool {
	a := idx.Annotation
	return a != nil && a.Where != ""
}

// TestEveryEdgeIndexedInDatabase: the migrated database (SQLite from the schema,
// PostgreSQL from the committed migration files) reports the same indexes, so
// the migrations cannot lag behind ent/schema.
func TestEveryEdgeIndexedInDatabase(t *testing.T) {
	db := testdb.Open(t)
	leads, err := leadingColumns(context.Background(), db.SQL, db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range unindexed(mustLead(), leads) {
		t.Errorf("%s: the %s database has no non-partial index leading with it (migration missing? run `make generate`)", c, db.Dialect)
	}
}

// leadingColumns returns "table.column" for the first column of every
// non-partial index (primary keys and unique constraints included) the database
// reports.
func leadingColumns(ctx context.Context, db *sql.DB, dia sqldialect.Dialect) (map[string]bool, error) {
	leads := map[string]bool{}
	if dia == dialect.Postgres {
		rows, err := db.QueryContext(ctx, `
			SELECT t.relname, a.attname
			FROM pg_index i
			JOIN pg_class t ON t.oid = i.indrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
			WHERE n.nspname = current_schema() AND i.indpred IS NULL`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var table, col string
			if err := rows.Scan(&table, &col); err != nil {
				return nil, err
			}
			leads[table+"."+col] = true
		}
		return leads, rows.Err()
	}
	for _, tb := range migrate.Tables {
		// SQLite's integer primary key is the rowid itself, not in index_list.
		leads[tb.Name+"."+tb.PrimaryKey[0].Name] = true
		type index struct {
			name    string
			partial bool
		}
		var idxs []index
		rows, err := db.QueryContext(ctx, fmt.Sprintf("SELECT name, partial FROM pragma_index_list(%q)", tb.Name))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var ix index
			if err := rows.Scan(&ix.name, &ix.partial); err != nil {
				rows.Close()
				return nil, err
			}
			idxs = append(idxs, ix)
		}
		rows.Close()
		for _, ix := range idxs {
			if ix.partial {
				continue
			}
			var col string
			err := db.QueryRowContext(ctx, fmt.Sprintf("SELECT name FROM pragma_index_info(%q) WHERE seqno = 0", ix.name)).Scan(&col)
			if err != nil {
				return nil, fmt.Errorf("index %s: %w", ix.name, err)
			}
			leads[tb.Name+"."+col] = true
		}
	}
	return leads, nil
}
