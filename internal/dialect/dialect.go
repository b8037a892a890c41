// Package dialect is the SQL dialect of the database, PostgreSQL or SQLite,
// and everything the code writes differently on the two: placeholders, the
// days between timestamps, calendar periods in the district's time zone,
// JSON arrays, covering indexes, row triggers, the catalogue, and what each
// database can do (percentiles, concurrent statements, COPY, sequences).
// Everything else the SQL of internal/metrics, internal/analytics and the
// seeder writes is the same on both. It imports nothing of this module, so
// the store, the metrics and the seeder all use it.
package dialect

import (
	"fmt"
	"strconv"
	"strings"
)

// Dialect is a database's SQL dialect; its values are the driver names of
// ent (entgo.io/ent/dialect).
type Dialect string

// The dialects.
const (
	// Postgres is PostgreSQL, the production database.
	Postgres Dialect = "postgres"
	// SQLite is SQLite, the embedded development database.
	SQLite Dialect = "sqlite3"
)

// Placeholder is the placeholder of a statement's n-th parameter (from 1).
func (d Dialect) Placeholder(n int) string {
	if d == Postgres {
		return "$" + strconv.Itoa(n)
	}
	return "?"
}

// Timestamp reads expr (a parameter) as a timestamp with time zone.
func (d Dialect) Timestamp(expr string) string {
	if d == Postgres {
		return expr + "::timestamptz"
	}
	return expr
}

// Days is the days, fractional, from timestamp a to timestamp b.
func (d Dialect) Days(a, b string) string {
	if d == Postgres {
		return fmt.Sprintf("(EXTRACT(EPOCH FROM (%s - %s)) / 86400)::float8", b, a)
	}
	return fmt.Sprintf("(julianday(%s) - julianday(%s))", b, a)
}

// LocalPeriod is the label of the calendar period (DAY, WEEK, MONTH,
// QUARTER, HALF_YEAR, YEAR: period.Bucket) in which timestamp col falls in
// Asia/Shanghai: 2024-05-17, 2024-05, 2024Q2, 2024H1, 2024; a WEEK's value
// is the date of its Monday. SQLite adds 8 hours: China has kept UTC+8
// without daylight saving since 1991.
func (d Dialect) LocalPeriod(period, col string) string {
	if d == Postgres {
		l := "(" + col + " AT TIME ZONE 'Asia/Shanghai')"
		switch period {
		case "DAY":
			return "to_char(" + l + ", 'YYYY-MM-DD')"
		case "WEEK":
			return "to_char(date_trunc('week', " + l + "), 'YYYY-MM-DD')"
		case "MONTH":
			return "to_char(" + l + ", 'YYYY-MM')"
		case "QUARTER":
			return "to_char(" + l + ", 'YYYY\"Q\"Q')"
		case "HALF_YEAR":
			return "to_char(" + l + ", 'YYYY') || CASE WHEN EXTRACT(MONTH FROM " + l + ") <= 6 THEN 'H1' ELSE 'H2' END"
		default:
			return "to_char(" + l + ", 'YYYY')"
		}
	}
	f := func(format string) string { return "strftime('" + format + "', " + col + ", '+8 hours')" }
	switch period {
	case "DAY":
		return f("%Y-%m-%d")
	case "WEEK":
		return "date(" + col + ", '+8 hours', '-6 days', 'weekday 1')"
	case "MONTH":
		return f("%Y-%m")
	case "QUARTER":
		return f("%Y") + " || 'Q' || ((CAST(" + f("%m") + " AS INTEGER) + 2) / 3)"
	case "HALF_YEAR":
		return f("%Y") + " || CASE WHEN CAST(" + f("%m") + " AS INTEGER) <= 6 THEN 'H1' ELSE 'H2' END"
	default:
		return f("%Y")
	}
}

// JSONElements joins to a FROM list the elements of the JSON array in
// column col, as rows of alias whose column value is each element as text.
func (d Dialect) JSONElements(col, alias string) string {
	if d == Postgres {
		return " CROSS JOIN LATERAL jsonb_array_elements_text(" + col + ") " + alias
	}
	return ", json_each(" + col + ") " + alias
}

// CoveringIndex creates (if missing) the index name on table over the
// columns key, which also holds the columns include: PostgreSQL's INCLUDE,
// SQLite's trailing key columns.
func (d Dialect) CoveringIndex(name, table string, key, include []string) string {
	create := "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " ("
	if d == Postgres {
		return create + strings.Join(key, ", ") + ") INCLUDE (" + strings.Join(include, ", ") + ")"
	}
	return create + strings.Join(append(key[:len(key):len(key)], include...), ", ") + ")"
}

// RowTriggers (re)creates the triggers name running, after each row
// inserted into, updated in or deleted from table, the statement ins, upd or
// del (which read NEW and OLD).
func (d Dialect) RowTriggers(name, table, ins, upd, del string) []string {
	if d == Postgres {
		return []string{
			"CREATE OR REPLACE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN" +
				" IF TG_OP = 'INSERT' THEN " + ins + "; ELSIF TG_OP = 'UPDATE' THEN " + upd + "; ELSE " + del + "; END IF;" +
				" RETURN NULL; END $fn$",
			"DROP TRIGGER IF EXISTS " + name + " ON " + table,
			"CREATE TRIGGER " + name + " AFTER INSERT OR UPDATE OR DELETE ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + name + "()",
		}
	}
	var out []string
	for _, tr := range []struct{ op, body string }{{"INSERT", ins}, {"UPDATE", upd}, {"DELETE", del}} {
		n := name + "_" + strings.ToLower(tr.op)
		out = append(out, "DROP TRIGGER IF EXISTS "+n,
			"CREATE TRIGGER "+n+" AFTER "+tr.op+" ON "+table+" FOR EACH ROW BEGIN "+tr.body+"; END")
	}
	return out
}

// DropRowTriggers drops the triggers RowTriggers created.
func (d Dialect) DropRowTriggers(name, table string) []string {
	if d == Postgres {
		return []string{"DROP TRIGGER IF EXISTS " + name + " ON " + table}
	}
	return []string{"DROP TRIGGER IF EXISTS " + name + "_insert", "DROP TRIGGER IF EXISTS " + name + "_update", "DROP TRIGGER IF EXISTS " + name + "_delete"}
}

// ColumnsQuery is the query listing the columns of table, in order.
func (d Dialect) ColumnsQuery(table string) string {
	if d == Postgres {
		return "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '" + table + "' ORDER BY ordinal_position"
	}
	return "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid"
}

// Percentiles tells whether the database computes percentiles
// (percentile_cont); on SQLite they are computed with window functions.
func (d Dialect) Percentiles() bool { return d == Postgres }

// Concurrent tells whether statements run concurrently: PostgreSQL has a
// pool of connections, SQLite serialises on its one file.
func (d Dialect) Concurrent() bool { return d == Postgres }

// MaxParams is the most parameters one statement may have.
func (d Dialect) MaxParams() int {
	if d == Postgres {
		return 65535
	}
	return 32766 // SQLITE_MAX_VARIABLE_NUMBER of modernc.org/sqlite
}

// Sequences tells whether ids come from sequences that explicit ids do not
// advance (PostgreSQL's identity columns; SQLite's AUTOINCREMENT follows
// explicit ids by itself).
func (d Dialect) Sequences() bool { return d == Postgres }

// Embedded tells whether the database is an embedded file with one
// connection (SQLite), tuned with PRAGMAs and migrated from ent/schema
// rather than by versioned migrations.
func (d Dialect) Embedded() bool { return d == SQLite }

// VacuumOften is the statements making PostgreSQL vacuum table after 1% of
// its rows changed and analyze it after 2% (a table whose current rows
// change with every record then stays readable from its indexes alone);
// none on SQLite.
func (d Dialect) VacuumOften(table string) []string {
	if d == Postgres {
		return []string{"ALTER TABLE " + table + " SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02)"}
	}
	return nil
}
