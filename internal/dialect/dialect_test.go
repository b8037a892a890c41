package dialect

import (
	"slices"
	"testing"
)

// TestSnippets: what each dialect writes for the things that differ.
func TestSnippets(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Postgres.Placeholder(3), "$3"},
		{SQLite.Placeholder(3), "?"},
		{Postgres.Days("a", Postgres.Timestamp("$1")), "(EXTRACT(EPOCH FROM ($1::timestamptz - a)) / 86400)::float8"},
		{SQLite.Days("a", SQLite.Timestamp("?")), "(julianday(?) - julianday(a))"},
		{Postgres.LocalPeriod("MONTH", "t"), "to_char((t AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM')"},
		{SQLite.LocalPeriod("MONTH", "t"), "strftime('%Y-%m', t, '+8 hours')"},
		{Postgres.JSONElements("c", "h"), " CROSS JOIN LATERAL jsonb_array_elements_text(c) h"},
		{SQLite.JSONElements("c", "h"), ", json_each(c) h"},
		{Postgres.CoveringIndex("i", "t", []string{"a", "b"}, []string{"c"}), "CREATE INDEX IF NOT EXISTS i ON t (a, b) INCLUDE (c)"},
		{SQLite.CoveringIndex("i", "t", []string{"a", "b"}, []string{"c"}), "CREATE INDEX IF NOT EXISTS i ON t (a, b, c)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if got := SQLite.RowTriggers("f", "t", "I", "U", "D"); len(got) != 6 || got[1] != "CREATE TRIGGER f_insert AFTER INSERT ON t FOR EACH ROW BEGIN I; END" {
		t.Errorf("SQLite triggers: %q", got)
	}
	if got := Postgres.DropRowTriggers("f", "t"); !slices.Equal(got, []string{"DROP TRIGGER IF EXISTS f ON t"}) {
		t.Errorf("PostgreSQL drops: %q", got)
	}
	if SQLite.VacuumOften("t") != nil || len(Postgres.VacuumOften("t")) != 1 {
		t.Error("VacuumOften")
	}
	if !Postgres.Percentiles() || SQLite.Percentiles() || !SQLite.Embedded() || Postgres.Embedded() ||
		!Postgres.Concurrent() || !Postgres.Sequences() || SQLite.MaxParams() != 32766 {
		t.Error("capabilities")
	}
}
