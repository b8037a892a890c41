// Package analyticsdb installs the analysts' SQL access on PostgreSQL: a
// read-only login role and a schema of views for BI tools (Excel, Metabase,
// Superset, psql). There is one view per entity the API shows analysts,
// derived from the ent schema (ent/migrate's tables), with personal data
// masked as the API masks it for analysts (the @personal fields of
// ent.PersonalFields, masked by viewer.SQLMask, the SQL twin of viewer.Mask),
// plus views of metrics. The role may read the views and nothing else: not the
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
	return append(out, metricViews...)
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

// metricViews are aggregates for dashboards, in Shanghai time. Their
// definitions follow docs/METRICS.md: on time is completed by due_at,
// overdue is open (accepted or in progress) past due_at.
var metricViews = []View{
	{
		Name:    "tickets_by_town_month",
		Comment: "代办事项按镇、月（北京时间）: submitted, completed, completed on time (by due_at), rejected, withdrawn, open past due_at now.",
		SQL: `SELECT t.town_id, tw.code AS town_code, tw.name AS town_name,
	date_trunc('month', t.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
	count(*) AS submitted,
	count(*) FILTER (WHERE t.status = 'COMPLETED') AS completed,
	count(*) FILTER (WHERE t.status = 'COMPLETED' AND t.completed_at <= t.due_at) AS completed_on_time,
	count(*) FILTER (WHERE t.status = 'REJECTED') AS rejected,
	count(*) FILTER (WHERE t.status = 'WITHDRAWN') AS withdrawn,
	count(*) FILTER (WHERE t.status IN ('ACCEPTED', 'IN_PROGRESS') AND t.due_at < now()) AS overdue_open
FROM public.tickets t JOIN public.towns tw ON tw.id = t.town_id
GROUP BY t.town_id, tw.code, tw.name, 4`,
	},
	{
		Name:    "issues_by_village_stage",
		Comment: "议事议题按村、阶段: issues, escalated to the village, with collective funds (yuan).",
		SQL: `SELECT i.town_id, tw.name AS town_name, i.village_id, v.code AS village_code, v.name AS village_name, i.stage,
	count(*) AS issues,
	count(*) FILTER (WHERE i.escalated_at IS NOT NULL) AS escalated,
	coalesce(sum(i.collective_fund_fen), 0) / 100.0 AS collective_fund_yuan
FROM public.issues i JOIN public.villages v ON v.id = i.village_id JOIN public.towns tw ON tw.id = i.town_id
GROUP BY i.town_id, tw.name, i.village_id, v.code, v.name, i.stage`,
	},
	{
		Name:    "roles_by_courtyard",
		Comment: "院坝岗位: active holders per courtyard and role (HEAD, PUBLICIST, AGENT, INFORMANT); held = 0 is a vacant role.",
		SQL: `SELECT c.town_id, tw.name AS town_name, c.village_id, v.name AS village_name, c.id AS courtyard_id, c.code AS courtyard_code, c.name AS courtyard_name,
	r.role, count(ra.id) AS held
FROM public.courtyards c
JOIN public.villages v ON v.id = c.village_id JOIN public.towns tw ON tw.id = c.town_id
CROSS JOIN (VALUES ('HEAD'), ('PUBLICIST'), ('AGENT'), ('INFORMANT')) AS r(role)
LEFT JOIN public.role_assignments ra ON ra.courtyard_id = c.id AND ra.role = r.role AND ra.ended_at IS NULL
GROUP BY c.town_id, tw.name, c.village_id, v.name, c.id, c.code, c.name, r.role`,
	},
	{
		Name:    "points_by_village_month",
		Comment: "积分按村、月（北京时间）: points issued (positive entries), deducted (negative entries, as a positive number).",
		SQL: `SELECT p.town_id, tw.name AS town_name, p.village_id, v.name AS village_name,
	date_trunc('month', p.awarded_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
	count(*) AS entries,
	coalesce(sum(p.points) FILTER (WHERE p.points > 0), 0) AS issued,
	coalesce(-sum(p.points) FILTER (WHERE p.points < 0), 0) AS deducted
FROM public.point_entries p JOIN public.villages v ON v.id = p.village_id JOIN public.towns tw ON tw.id = p.town_id
GROUP BY p.town_id, tw.name, p.village_id, v.name, 5`,
	},
}
