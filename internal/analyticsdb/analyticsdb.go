// Package analyticsdb installs the analysts' SQL access on PostgreSQL: a
// read-only login role and a schema of views for BI tools (Excel, Metabase,
// Superset, psql). There is one view per entity the API shows analysts,
// derived from the ent schema (ent/migrate's tables), with personal data
// masked as the API masks it for analysts (the @personal fields of
// ent.PersonalFields, masked by viewer.SQLMask, the SQL twin of viewer.Mask),
// plus views of the catalogue's metrics (internal/metrics) by village and month
// (snapshots: by village and month end). The role may read the views and nothing else: not the
// base tables (unmasked), and it cannot write.
package analyticsdb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql/schema"
	"github.com/lib/pq"

	"yuanbahui/ent"
	"yuanbahui/ent/migrate"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/viewer"
)

// Options name what Install creates.
type Options struct {
	// Role is the read-only login role (default yuanbahui_analyst).
	Role string
	// Password is the role's password; empty keeps the present one (a new
	// role without a password can log in only where pg_hba trusts it).
	Password string
	// Schema is the schema of views (default analytics).
	Schema string
}

// Defaults of Options.
const (
	DefaultRole   = "yuanbahui_analyst"
	DefaultSchema = "analytics"
)

// hidden are the tables the API does not show analysts: accounts, their
// login tokens and the audit trail (the district administrator's).
var hidden = []string{"users", "auth_tokens", "audit_events"}

// secretColumns are never in a view, whatever the table.
var secretColumns = []string{"password_hash", "digest"}

// Install creates (or brings up to date) the role and the schema of views on
// the PostgreSQL database db, in one transaction. It is idempotent: the
// schema's views are dropped and made anew, the role is created if missing
// and its password and privileges are set again.
func Install(ctx context.Context, db *sql.DB, o Options) error {
	if o.Role == "" {
		o.Role = DefaultRole
	}
	if o.Schema == "" {
		o.Schema = DefaultSchema
	}
	if o.Schema == "public" {
		return fmt.Errorf("analytics: the views need a schema of their own, not public")
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, stmt := range Statements(o) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("analytics: %w\n%s", err, stmt)
		}
	}
	return tx.Commit()
}

// Statements are the SQL statements Install runs, in order.
func Statements(o Options) []string {
	role, sch := pq.QuoteIdentifier(o.Role), pq.QuoteIdentifier(o.Schema)
	out := []string{
		fmt.Sprintf(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %s) THEN CREATE ROLE %s LOGIN; END IF; END $$`,
			pq.QuoteLiteral(o.Role), role),
		fmt.Sprintf(`ALTER ROLE %s WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT`, role),
		fmt.Sprintf(`ALTER ROLE %s SET default_transaction_read_only = on`, role),
	}
	if o.Password != "" {
		out = append(out, fmt.Sprintf(`ALTER ROLE %s PASSWORD %s`, role, pq.QuoteLiteral(o.Password)))
	}
	out = append(out,
		fmt.Sprintf(`DROP SCHEMA IF EXISTS %s CASCADE`, sch),
		fmt.Sprintf(`CREATE SCHEMA %s`, sch),
		fmt.Sprintf(`COMMENT ON SCHEMA %s IS %s`, sch, pq.QuoteLiteral("院坝汇 analytics: read-only views, personal data masked (yuanbahui analytics install)")),
	)
	for _, v := range Views() {
		out = append(out, fmt.Sprintf(`CREATE VIEW %s.%s AS %s`, sch, pq.QuoteIdentifier(v.Name), v.SQL))
		out = append(out, fmt.Sprintf(`COMMENT ON VIEW %s.%s IS %s`, sch, pq.QuoteIdentifier(v.Name), pq.QuoteLiteral(v.Comment)))
	}
	out = append(out,
		fmt.Sprintf(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %s`, role),
		fmt.Sprintf(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %s`, role),
		fmt.Sprintf(`REVOKE CREATE ON SCHEMA public FROM %s`, role),
		fmt.Sprintf(`DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %%I TO %%I', current_database(), %s); END $$`, pq.QuoteLiteral(o.Role)),
		fmt.Sprintf(`GRANT USAGE ON SCHEMA %s TO %s`, sch, role),
		fmt.Sprintf(`GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %s`, sch, role),
	)
	return out
}

// View is one view of the analytics schema.
type View struct {
	Name, Comment, SQL string
}

// Views are the views: one per table the API shows analysts, then the
// metric views.
func Views() []View {
	var out []View
	for _, t := range migrate.Tables {
		typ := ent.TypeOfTable(t.Name)
		if typ == "" || slices.Contains(hidden, t.Name) {
			continue
		}
		out = append(out, View{Name: t.Name, Comment: typ + " records as analysts see them: personal data masked.", SQL: entityView(typ, t)})
	}
	return append(out, metricViews()...)
}

// entityView selects a table's columns, masking its personal ones.
func entityView(typ string, t *schema.Table) string {
	cols := make([]string, 0, len(t.Columns))
	for _, c := range t.Columns {
		if slices.Contains(secretColumns, c.Name) {
			continue
		}
		q := pq.QuoteIdentifier(c.Name)
		if kind, ok := ent.PersonalFields[typ+"."+c.Name]; ok {
			q = viewer.SQLMask(kind, q) + " AS " + q
		}
		cols = append(cols, q)
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM public." + pq.QuoteIdentifier(t.Name)
}

// metricViews are the metrics of the catalogue (internal/metrics, the
// definitions the API's stats and docs/METRICS.md use) by village and
// Shanghai month: one view per fact, e.g. tickets_submitted_by_village_month,
// with a column per metric of that fact (its name in lower case), built by
// the catalogue's own SQL builder. Facts taken at an instant (tickets open,
// courtyard posts, the points ledger) are shown at each month's end instead
// (snapshotView, e.g. tickets_open_by_village_month_end); roles_by_courtyard
// shows the posts as they are now.
func metricViews() []View {
	var facts []*metrics.Fact
	byFact := map[*metrics.Fact][]*metrics.Metric{}
	for _, m := range metrics.Catalogue {
		if (m.Fact.Snapshot && m.Fact.Since == "") || !slices.Contains(m.GroupBy(), metrics.Village) {
			continue
		}
		if _, ok := byFact[m.Fact]; !ok {
			facts = append(facts, m.Fact)
		}
		byFact[m.Fact] = append(byFact[m.Fact], m)
	}
	var out []View
	for _, f := range facts {
		if v, ok := snapshotView(f, byFact[f]); ok {
			out = append(out, v)
			continue
		}
		var ms []*metrics.Metric
		cols := []string{"month", "village_id"}
		about := []string{}
		for _, m := range byFact[f] {
			st, err := metrics.Build(dialect.Postgres, metrics.Query{Metrics: []*metrics.Metric{m}, Keys: []metrics.Key{metrics.Village}, Bucket: "MONTH"})
			if err != nil || len(st) != 1 || len(st[0].Args) > 0 {
				continue // a metric needing bound parameters has no view
			}
			ms = append(ms, m)
			cols = append(cols, pq.QuoteIdentifier(strings.ToLower(m.Name)))
			about = append(about, strings.ToLower(m.Name)+" "+m.Label+" ("+m.Unit+"): "+m.Definition)
		}
		if len(ms) == 0 {
			continue
		}
		st, err := metrics.Build(dialect.Postgres, metrics.Query{Metrics: ms, Keys: []metrics.Key{metrics.Village}, Bucket: "MONTH"})
		if err != nil || len(st) != 1 || len(st[0].Args) > 0 {
			continue
		}
		values := make([]string, 0, len(ms))
		for _, c := range cols[2:] {
			values = append(values, "m."+c)
		}
		out = append(out, View{
			Name:    slug(f.Name) + "_by_village_month",
			Comment: "Metrics of " + f.Name + " by village and month (Asia/Shanghai), as the API's stats computes them (docs/METRICS.md). " + strings.Join(about, "; "),
			SQL: "SELECT v.town_id, t.code AS town_code, t.name AS town_name, m.village_id, v.code AS village_code, v.name AS village_name, m.month, " +
				strings.Join(values, ", ") + "\nFROM (" + st[0].SQL + ") AS m(" + strings.Join(cols, ", ") + ")" +
				"\nJOIN public.villages v ON v.id = m.village_id JOIN public.towns t ON t.id = v.town_id",
		})
	}
	return append(out, View{
		Name:    "roles_by_courtyard",
		Comment: "院坝岗位: active holders per courtyard and role (HEAD, PUBLICIST, AGENT, INFORMANT) now; held = 0 is a vacant role.",
		SQL: `SELECT c.town_id, tw.name AS town_name, c.village_id, v.name AS village_name, c.id AS courtyard_id, c.code AS courtyard_code, c.name AS courtyard_name,
	r.role, count(ra.id) AS held
FROM public.courtyards c
JOIN public.villages v ON v.id = c.village_id JOIN public.towns tw ON tw.id = c.town_id
CROSS JOIN (VALUES ('HEAD'), ('PUBLICIST'), ('AGENT'), ('INFORMANT')) AS r(role)
LEFT JOIN public.role_assignments ra ON ra.courtyard_id = c.id AND ra.role = r.role AND ra.ended_at IS NULL
GROUP BY c.town_id, tw.name, c.village_id, v.name, c.id, c.code, c.name, r.role`,
	})
}

// snapshotView is a snapshot fact's metrics by village and month end, e.g.
// tickets_open_by_village_month_end: each Shanghai month from the one of the
// fact's first record (Fact.Since) to the current one, taken at the instant
// the monthly stats series takes it — the month's end, or now for the
// current month — by the catalogue's SQL builder with that instant as a
// column of the series (Query.AtSQL) joined LATERAL. false for a fact that is
// not a snapshot or has no first record (Since).
func snapshotView(f *metrics.Fact, ms []*metrics.Metric) (View, bool) {
	if !f.Snapshot || f.Since == "" {
		return View{}, false
	}
	cols := []string{"village_id"}
	values := []string{}
	about := []string{}
	for _, m := range ms {
		c := pq.QuoteIdentifier(strings.ToLower(m.Name))
		cols = append(cols, c)
		values = append(values, "m."+c)
		about = append(about, strings.ToLower(m.Name)+" "+m.Label+" ("+m.Unit+"): "+m.Definition)
	}
	st, err := metrics.Build(dialect.Postgres, metrics.Query{Metrics: ms, Keys: []metrics.Key{metrics.Village}, AtSQL: "e.as_of", Raw: true})
	if err != nil || len(st) != 1 || len(st[0].Args) > 0 {
		return View{}, false
	}
	// The months in Shanghai local time, and each one's end as an instant.
	local := "(" + f.Since + " AT TIME ZONE 'Asia/Shanghai')"
	months := "SELECT to_char(s.m, 'YYYY-MM') AS month, LEAST((s.m + interval '1 month') AT TIME ZONE 'Asia/Shanghai', now()) AS as_of" +
		" FROM generate_series(date_trunc('month', " + local + "), date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 month') AS s(m)"
	name, _, _ := strings.Cut(f.Name, " (")
	return View{
		Name: slug(name) + "_by_village_month_end",
		Comment: "Metrics of " + f.Name + " by village at each month's end (Asia/Shanghai; as_of is the instant: the month's end, or now for the current month), " +
			"as the API's stats computes a monthly series of them (docs/METRICS.md). " + strings.Join(about, "; "),
		SQL: "SELECT v.town_id, t.code AS town_code, t.name AS town_name, m.village_id, v.code AS village_code, v.name AS village_name, e.month, e.as_of, " +
			strings.Join(values, ", ") + "\nFROM (" + months + ") AS e" +
			"\nCROSS JOIN LATERAL (" + st[0].SQL + ") AS m(" + strings.Join(cols, ", ") + ")" +
			"\nJOIN public.villages v ON v.id = m.village_id JOIN public.towns t ON t.id = v.town_id",
	}, true
}

// slug makes a view name of a fact's name: "points ledger (entries and
// redemptions)" → points_ledger_entries_and_redemptions.
func slug(s string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			under = false
		} else {
			under = true
		}
	}
	return b.String()
}
