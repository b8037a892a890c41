package metrics

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
)

// Rollups: tables the database keeps in step with the records by triggers,
// so that the headline figures of a district (or a province) read a few
// thousand pre-aggregated rows instead of every record of the period.
//
//   - metric_rollups holds, per rollable metric (Metric.Rollable), Asia/Shanghai
//     month and village, the additive parts of the metric (num, den) and the
//     number of the fact's rows (n), and the posts' assignments started and
//     ended (the posts staffed at an instant are their running total). Statements
//     whose keys are towns or villages, whose time is whole months and whose
//     scope is towns or villages read it (Build), ungrouped totals of several
//     facts in one statement (Query.Totals); the rest read the records.
//   - officer_scores holds each officer's ratings count and total per
//     dimension and half-year: the officers' scores (officerScores) read it.
//
// Both are derived from the catalogue: Install (run by every migration)
// (re)creates their triggers from the same SQL the metrics use and rebuilds
// their rows whenever that SQL changed, so they can never follow different
// rules than the records. Triggers fire for every write, whatever its origin
// (workflows, the seeder, an administrator's SQL), inside the writing
// transaction; the updates are additive upserts, so concurrent writers
// serialise on the row they both change and neither's part is lost. A bulk
// load into an empty database suspends them and rebuilds once (Suspend,
// Rebuild).

// derived is a table the triggers keep: per source table, the rows' parts.
type derived struct {
	name string
	// ddl creates the table (dialect-neutral column types).
	ddl string
	// indexes creates its secondary indexes, per dialect.
	indexes func(d dialect.Dialect) []string
	// keys are the grouping columns, conflict the primary key (a subset).
	keys, conflict []string
	// parts are the additive columns.
	parts []string
	// sources writes, per source table, the SELECT of keys and parts over src
	// (the table, or one row as a derived table).
	sources func(d dialect.Dialect) map[string]func(src string) string
}

// Rollable tells whether m is kept in metric_rollups: a count, sum, mean or
// share over one table's rows placed in time by a timestamp.
func (m *Metric) Rollable() bool {
	f := m.Fact
	return f.Table != "" && f.Time != "" && !f.Snapshot && f.ByRole == nil && m.Agg != Distinct && m.Agg != Percentile
}

// parts are the expressions of m's additive parts over one row.
func (m *Metric) parts(d dialect.Dialect) (num, den string) {
	when := func(c string) string {
		if c == "" {
			return "1"
		}
		return "CASE WHEN " + c + " THEN 1 ELSE 0 END"
	}
	cond := m.Cond
	if cond == "" {
		cond = "1 = 1"
	}
	switch m.Agg {
	case Sum:
		return "CASE WHEN " + cond + " THEN COALESCE(" + m.expr(d) + ", 0) ELSE 0 END", "0"
	case Mean:
		c := "(" + cond + ") AND (" + m.expr(d) + ") IS NOT NULL"
		return "CASE WHEN " + c + " THEN " + m.expr(d) + " ELSE 0 END", "CASE WHEN " + c + " THEN 1 ELSE 0 END"
	case Share:
		return when(m.Cond), when(m.Of)
	}
	return when(m.Cond), "0"
}

var metricRollups = &derived{
	name: "metric_rollups",
	ddl: "CREATE TABLE IF NOT EXISTS metric_rollups (metric TEXT NOT NULL, month TEXT NOT NULL, town_id BIGINT NOT NULL, village_id BIGINT NOT NULL," +
		" num DOUBLE PRECISION NOT NULL, den DOUBLE PRECISION NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (metric, month, village_id))",
	indexes: func(d dialect.Dialect) []string {
		// The current month's rows change with every record: vacuumed
		// often, they stay readable from the index alone.
		return append([]string{d.CoveringIndex("metric_rollups_town", "metric_rollups", []string{"metric", "month", "town_id"}, []string{"village_id", "num", "den", "n"})},
			d.VacuumOften("metric_rollups")...)
	},
	keys:     []string{"metric", "month", "town_id", "village_id"},
	conflict: []string{"metric", "month", "village_id"},
	parts:    []string{"num", "den", "n"},
	sources: func(d dialect.Dialect) map[string]func(string) string {
		byTable := map[string][]*Metric{}
		for _, m := range append(slices.Clone(Catalogue), postFlows...) {
			if m.Rollable() {
				byTable[m.Fact.Table] = append(byTable[m.Fact.Table], m)
			}
		}
		out := map[string]func(string) string{}
		for t, ms := range byTable {
			out[t] = func(src string) string {
				var sel []string
				for _, m := range ms {
					f := m.Fact
					num, den := m.parts(d)
					where := f.Time + " IS NOT NULL"
					if f.Where != "" {
						where = f.Where + " AND " + where
					}
					sel = append(sel, fmt.Sprintf("SELECT '%s' AS metric, %s AS month, town_id, village_id, CAST(%s AS DOUBLE PRECISION) AS num, CAST(%s AS DOUBLE PRECISION) AS den, 1 AS n FROM %s f WHERE %s",
						m.Name, bucketExpr(d, period.Month, f.Time), num, den, src, where))
				}
				return strings.Join(sel, " UNION ALL ")
			}
		}
		return out
	},
}

var officerScoreTable = &derived{
	name: standing.OfficerScoresTable,
	ddl: "CREATE TABLE IF NOT EXISTS officer_scores (role_assignment_id BIGINT NOT NULL, dimension TEXT NOT NULL, period TEXT NOT NULL," +
		" town_id BIGINT NOT NULL, village_id BIGINT NOT NULL, courtyard_id BIGINT NOT NULL, role TEXT NOT NULL, n BIGINT NOT NULL, total BIGINT NOT NULL," +
		" PRIMARY KEY (role_assignment_id, dimension, period))",
	indexes: func(dialect.Dialect) []string {
		return []string{
			"CREATE INDEX IF NOT EXISTS officer_scores_period ON officer_scores (period, town_id, village_id)",
			// The failing officers of a period, found without reading the rest.
			"CREATE INDEX IF NOT EXISTS officer_scores_failing ON officer_scores (period, town_id, village_id, role_assignment_id) WHERE " + failing,
		}
	},
	keys:     []string{"role_assignment_id", "dimension", "period", "town_id", "village_id", "courtyard_id", "role"},
	conflict: []string{"role_assignment_id", "dimension", "period"},
	parts:    []string{"n", "total"},
	sources: func(dialect.Dialect) map[string]func(string) string {
		return map[string]func(string) string{"ratings": func(src string) string {
			return "SELECT f.role_assignment_id, f.dimension, f.period, f.town_id, f.village_id, f.courtyard_id, ra.role, 1 AS n, f.score AS total" +
				" FROM " + src + " f JOIN role_assignments ra ON ra.id = f.role_assignment_id WHERE f.target = 'OFFICER'"
		}}
	},
}

// derivedTables are the tables Install keeps.
var derivedTables = []*derived{metricRollups, officerScoreTable}

// RollupTables names the tables Install keeps.
func RollupTables() []string {
	out := make([]string, len(derivedTables))
	for i, t := range derivedTables {
		out[i] = t.name
	}
	return out
}

// upsert writes the statement adding the parts of rows (a SELECT of keys
// and parts) to the table, in the keys' order: concurrent writers lock the
// rows they share in one order, so they queue instead of deadlocking.
func (t *derived) upsert(rows string) string {
	var sums, having, set []string
	for _, p := range t.parts {
		sums = append(sums, "SUM("+p+")")
		having = append(having, "SUM("+p+") <> 0")
		set = append(set, p+" = "+t.name+"."+p+" + excluded."+p)
	}
	cols := strings.Join(append(slices.Clone(t.keys), t.parts...), ", ")
	keys := strings.Join(t.keys, ", ")
	return "INSERT INTO " + t.name + " (" + cols + ") SELECT " + keys + ", " + strings.Join(sums, ", ") +
		" FROM (" + rows + ") x WHERE 1 = 1 GROUP BY " + keys + " HAVING " + strings.Join(having, " OR ") + " ORDER BY " + keys +
		" ON CONFLICT (" + strings.Join(t.conflict, ", ") + ") DO UPDATE SET " + strings.Join(set, ", ")
}

// negated writes rows with their parts negated (a record's old version leaving).
func (t *derived) negated(rows string) string {
	cols := slices.Clone(t.keys)
	for _, p := range t.parts {
		cols = append(cols, "-"+p+" AS "+p)
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM (" + rows + ") o"
}

// trigger names the trigger (PostgreSQL) or the prefix of the triggers
// (SQLite) of t on table src.
func (t *derived) trigger(src string) string { return "ybh_" + t.name + "_" + src }

// row writes one version (NEW or OLD) of a record of a table with columns cols
// as a derived table.
func row(version string, cols []string) string {
	sel := make([]string, len(cols))
	for i, c := range cols {
		sel[i] = version + `."` + c + `" AS "` + c + `"`
	}
	return "(SELECT " + strings.Join(sel, ", ") + ")"
}

// triggers writes the statements (re)creating the triggers of t on table
// src, whose columns are cols.
func (t *derived) triggers(d dialect.Dialect, src string, cols []string, rows func(string) string) []string {
	name := t.trigger(src)
	ins := t.upsert(rows(row("NEW", cols)))
	upd := t.upsert(t.negated(rows(row("OLD", cols))) + " UNION ALL " + rows(row("NEW", cols)))
	del := t.upsert(t.negated(rows(row("OLD", cols))))
	return d.RowTriggers(name, src, ins, upd, del)
}

// DB is what Install needs of a connection or transaction.
type DB interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Install creates the rollup tables and their triggers in tx (of dialect
// d) and, when their definitions changed since the last install (or they are
// new), rebuilds their rows from the records. It runs after the schema
// migrations, in the same lock.
func Install(ctx context.Context, tx DB, d dialect.Dialect) error {
	if _, err := tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS rollup_definitions (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"); err != nil {
		return fmt.Errorf("rollups: %w", err)
	}
	for _, t := range derivedTables {
		stmts := append([]string{t.ddl}, t.indexes(d)...)
		var rebuild []string
		sources := t.sources(d)
		tables := make([]string, 0, len(sources))
		for src := range sources {
			tables = append(tables, src)
		}
		slices.Sort(tables)
		for _, src := range tables {
			cols, err := columns(ctx, tx, d, src)
			if err != nil {
				return err
			}
			stmts = append(stmts, t.triggers(d, src, cols, sources[src])...)
			rebuild = append(rebuild, sources[src](src))
		}
		// Rebuilt, then analysed: the planner reads the rollups by their
		// indexes from the start.
		rebuildSQL := []string{"DELETE FROM " + t.name, t.upsert(strings.Join(rebuild, " UNION ALL ")), "ANALYZE " + t.name}
		sum := sha256.Sum256([]byte(strings.Join(append(slices.Clone(stmts), rebuildSQL...), ";\n")))
		fp := hex.EncodeToString(sum[:])
		var old string
		rs, err := tx.QueryContext(ctx, "SELECT fingerprint FROM rollup_definitions WHERE name = '"+t.name+"'")
		if err != nil {
			return fmt.Errorf("rollups: %w", err)
		}
		for rs.Next() {
			if err := rs.Scan(&old); err != nil {
				rs.Close()
				return err
			}
		}
		rs.Close()
		if old == fp {
			continue
		}
		for _, st := range append(stmts, rebuildSQL...) {
			if _, err := tx.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("rollups: %s: %w", t.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO rollup_definitions (name, fingerprint) VALUES ('"+t.name+"', '"+fp+"')"+
			" ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint"); err != nil {
			return fmt.Errorf("rollups: %w", err)
		}
	}
	return nil
}

// Rebuild recomputes the rollups' rows from the records (after a bulk load
// that bypassed them, or to check them: the rows must not change).
func Rebuild(ctx context.Context, tx DB, d dialect.Dialect) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM rollup_definitions"); err != nil {
		return fmt.Errorf("rollups: %w", err)
	}
	return Install(ctx, tx, d)
}

// Suspend drops the rollups' triggers for a bulk load into an empty
// database (the seeder), which ends with Rebuild. Until then no rollup
// definition is recorded, so the next migration reinstalls them if the load
// fails half way.
func Suspend(ctx context.Context, tx DB, d dialect.Dialect) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM rollup_definitions"); err != nil {
		return fmt.Errorf("rollups: %w", err)
	}
	for _, t := range derivedTables {
		for src := range t.sources(d) {
			for _, st := range d.DropRowTriggers(t.trigger(src), src) {
				if _, err := tx.ExecContext(ctx, st); err != nil {
					return fmt.Errorf("rollups: %w", err)
				}
			}
		}
	}
	return nil
}

// columns lists the columns of table t.
func columns(ctx context.Context, tx DB, d dialect.Dialect, t string) ([]string, error) {
	rs, err := tx.QueryContext(ctx, d.ColumnsQuery(t))
	if err != nil {
		return nil, fmt.Errorf("rollups: columns of %s: %w", t, err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var c string
		if err := rs.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("rollups: table %s has no columns", t)
	}
	return out, rs.Err()
}

// monthStart tells whether t is the first instant of a month in Asia/Shanghai.
func monthStart(t time.Time) bool {
	l := t.In(period.Shanghai)
	return l.Day() == 1 && l.Hour() == 0 && l.Minute() == 0 && l.Second() == 0 && l.Nanosecond() == 0
}

// Totals tells whether q is ungrouped totals read from the rollups: then
// its metrics may be of several facts, all computed by one statement.
func (q Query) Totals() bool {
	return len(q.Keys) == 0 && q.Bucket == "" && fromRollups(q)
}

// fromRollups tells whether q can read metric_rollups: rollable metrics, no
// filters, keys and scope by town or village, whole months, buckets of a
// month or more.
func fromRollups(q Query) bool {
	if q.Raw || q.AtSQL != "" || len(q.Filters) > 0 || (q.Fact != nil && q.Fact != q.Metrics[0].Fact) {
		return false
	}
	for _, m := range q.Metrics {
		if !m.Rollable() {
			return false
		}
	}
	for _, k := range q.Keys {
		if k != Town && k != Village {
			return false
		}
	}
	switch q.Bucket {
	case "", period.Month, period.Quarter, period.HalfYear, period.Year:
	default:
		return false
	}
	for _, s := range q.Scopes {
		if s.Courtyards != nil {
			return false
		}
	}
	return (q.From.IsZero() || monthStart(q.From)) && (q.To.IsZero() || monthStart(q.To))
}

// monthBucketExpr groups a month label (2024-06) into bucket b.
func monthBucketExpr(b period.Bucket) string {
	switch b {
	case period.Quarter:
		return "substr(month, 1, 4) || 'Q' || CAST((CAST(substr(month, 6, 2) AS INTEGER) + 2) / 3 AS TEXT)"
	case period.HalfYear:
		return "substr(month, 1, 4) || CASE WHEN substr(month, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END"
	case period.Year:
		return "substr(month, 1, 4)"
	}
	return "month"
}

// buildRollup writes the statement computing q from metric_rollups: the same
// values as the records give (tested), grouped the same way.
func buildRollup(d dialect.Dialect, q Query) Statement {
	a := &args{dialect: d}
	var groups, where, cols []string
	if q.Bucket != "" {
		groups = append(groups, monthBucketExpr(q.Bucket))
	}
	for _, k := range q.Keys {
		groups = append(groups, map[Key]string{Town: "town_id", Village: "village_id"}[k])
	}
	// The catalogue's names, written as they are (no parameters: the BI
	// views of internal/analyticsdb are these statements).
	names := make([]string, len(q.Metrics))
	for i, m := range q.Metrics {
		names[i] = "'" + m.Name + "'"
	}
	where = append(where, "metric IN ("+strings.Join(names, ", ")+")")
	if !q.From.IsZero() {
		where = append(where, "month >= "+a.add(q.From.In(period.Shanghai).Format("2006-01")))
	}
	if !q.To.IsZero() {
		where = append(where, "month < "+a.add(q.To.In(period.Shanghai).Format("2006-01")))
	}
	where = append(where, a.areas(q.Scopes)...)
	// Summed per metric (and group) first, then one column per metric: each
	// row is read once, whatever the number of metrics.
	var inner, outer []string
	for i, g := range groups {
		inner = append(inner, fmt.Sprintf("%s AS g%d", g, i))
		outer = append(outer, fmt.Sprintf("g%d", i))
	}
	cols = slices.Clone(outer)
	for _, m := range q.Metrics {
		pick := func(c string) string { return "MAX(CASE WHEN metric = '" + m.Name + "' THEN " + c + " END)" }
		switch m.Agg {
		case Count, Sum:
			cols = append(cols, "COALESCE("+pick("num")+", 0)")
		case Share:
			cols = append(cols, "1.0 * "+pick("num")+" / NULLIF("+pick("den")+", 0)")
		default:
			cols = append(cols, pick("num")+" / NULLIF("+pick("den")+", 0)")
		}
	}
	sums := "SELECT " + strings.Join(append(inner, "metric", "SUM(num) AS num", "SUM(den) AS den", "SUM(n) AS n"), ", ") +
		" FROM metric_rollups f WHERE " + strings.Join(where, " AND ") + " GROUP BY " + strings.Join(append(slices.Clone(groups), "metric"), ", ")
	sql := "SELECT " + strings.Join(cols, ", ") + " FROM (" + sums + ") x"
	if len(groups) > 0 {
		sql += " GROUP BY " + strings.Join(outer, ", ") + " HAVING SUM(n) > 0"
	}
	return Statement{SQL: sql, Args: a.values, Metrics: q.Metrics}
}

// postsFromRollups tells whether q, the posts staffed or vacant at an
// instant, can be read as the running total of the assignments started and
// ended (metric_rollups up to the instant's month, the records within it).
func postsFromRollups(q Query) bool {
	if q.Raw || q.AtSQL != "" || len(q.Filters) > 0 || q.Metrics[0].Fact != posts || (q.Fact != nil && q.Fact != posts) {
		return false
	}
	for _, m := range q.Metrics {
		if m.Agg != Sum {
			return false
		}
	}
	for _, k := range q.Keys {
		if k != Town && k != Village {
			return false
		}
	}
	for _, s := range q.Scopes {
		if s.Courtyards != nil {
			return false
		}
	}
	return q.Bucket == ""
}

// buildPosts writes the statement computing q (postsFromRollups) over rows
// of the same columns as posts (posts, staffed) per town and village: four
// posts per courtyard, and the assignments started minus ended by the instant.
func buildPosts(d dialect.Dialect, q Query) Statement {
	a := &args{dialect: d}
	at := q.At
	if at.IsZero() {
		at = time.Now()
	}
	l := at.In(period.Shanghai)
	first := time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, period.Shanghai) // of the instant's month
	scope := func() string {
		w := a.areas(q.Scopes)
		if len(w) == 0 {
			return ""
		}
		return " AND " + strings.Join(w, " AND ")
	}
	const g = " GROUP BY town_id, village_id"
	parts := []string{
		"SELECT town_id, village_id, 0 AS posts, SUM(CASE WHEN metric = 'ASSIGNMENTS_STARTED' THEN num ELSE -num END) AS staffed FROM metric_rollups" +
			" WHERE metric IN ('ASSIGNMENTS_STARTED', 'ASSIGNMENTS_ENDED') AND month < " + a.add(first.Format("2006-01")) + scope() + g,
		"SELECT town_id, village_id, 0, COUNT(*) FROM role_assignments WHERE started_at >= " + a.add(first.UTC()) + " AND started_at <= " + a.add(at.UTC()) + scope() + g,
		"SELECT town_id, village_id, 0, -COUNT(*) FROM role_assignments WHERE ended_at >= " + a.add(first.UTC()) + " AND ended_at <= " + a.add(at.UTC()) + scope() + g,
		"SELECT town_id, village_id, 4 * COUNT(*), 0 FROM courtyards WHERE 1 = 1" + scope() + g,
	}
	var groups []string
	for _, k := range q.Keys {
		groups = append(groups, map[Key]string{Town: "town_id", Village: "village_id"}[k])
	}
	cols := slices.Clone(groups)
	for _, m := range q.Metrics {
		cols = append(cols, aggregate(d, m))
	}
	sql := "SELECT " + strings.Join(cols, ", ") + " FROM (" + strings.Join(parts, " UNION ALL ") + ") f"
	if len(groups) > 0 {
		sql += " GROUP BY " + strings.Join(groups, ", ") + " HAVING SUM(posts) > 0"
	}
	return Statement{SQL: sql, Args: a.values, Metrics: q.Metrics}
}

// areas writes the conditions of scopes by town and village (the rollups'
// areas: a scope by courtyard never reads them).
func (a *args) areas(scopes []Scope) []string {
	var w []string
	for _, s := range scopes {
		if s.Towns != nil {
			w = append(w, a.in("town_id", values(s.Towns)))
		}
		if s.Villages != nil {
			w = append(w, a.in("village_id", values(s.Villages)))
		}
	}
	return w
}
