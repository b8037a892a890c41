package analyticsdb_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"yuanbahui/ent"
	"yuanbahui/internal/analyticsdb"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// pgOnly opens a fresh PostgreSQL database, or skips on SQLite.
func pgOnly(t *testing.T) *store.DB {
	t.Helper()
	testdb.SkipUnlessPostgres(t, "the analytics views")
	return testdb.Open(t)
}

// TestInstall: the analyst role reads every view (personal data masked as the
// API masks it for analysts), cannot write, and cannot read the base tables;
// installing twice is fine.
func TestInstall(t *testing.T) {
	role := fmt.Sprintf("ybh_analyst_test_%d", os.Getpid())
	admin, err := sql.Open("postgres", os.Getenv(testdb.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// After the test database is gone (cleanups run last-in first-out).
		admin.Exec("DROP ROLE IF EXISTS " + role)
		admin.Close()
	})
	db := pgOnly(t)
	ctx := viewer.SystemContext(context.Background())
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 3, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	for range 2 { // idempotent
		if err := analyticsdb.Install(context.Background(), db.SQL, analyticsdb.Options{Role: role, Password: "pw-1"}); err != nil {
			t.Fatal(err)
		}
	}
	var dbName string
	if err := db.SQL.QueryRow("SELECT current_database()").Scan(&dbName); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(os.Getenv(testdb.EnvURL))
	u.User, u.Path = url.UserPassword(role, "pw-1"), "/"+dbName
	as, err := sql.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer as.Close()
	var who string
	if err := as.QueryRow("SELECT current_user").Scan(&who); err != nil || who != role {
		t.Fatalf("connected as %q: %v", who, err)
	}

	// Every view reads; the entity views have the table's rows.
	for _, v := range analyticsdb.Views() {
		var n int
		if err := as.QueryRow(`SELECT count(*) FROM analytics.` + v.Name).Scan(&n); err != nil {
			t.Errorf("reading analytics.%s: %v", v.Name, err)
		}
		if v.Name == "residents" || v.Name == "tickets" || v.Name == "tickets_submitted_by_village_month" || v.Name == "roles_by_courtyard" {
			if n == 0 {
				t.Errorf("analytics.%s is empty", v.Name)
			}
		}
	}
	// The metric views count what the rows hold.
	var submitted, tickets int
	if err := as.QueryRow(`SELECT sum(tickets_submitted) FROM analytics.tickets_submitted_by_village_month`).Scan(&submitted); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL.QueryRow(`SELECT count(*) FROM tickets`).Scan(&tickets); err != nil || submitted != tickets {
		t.Errorf("tickets_submitted sums to %d, %d tickets (%v)", submitted, tickets, err)
	}

	// Personal data is masked as the API masks it.
	r := db.Client.Resident.Query().FirstX(ctx)
	var name, phone, idCard sql.NullString
	if err := as.QueryRow(`SELECT name, phone, id_card_number FROM analytics.residents WHERE id = $1`, r.ID).Scan(&name, &phone, &idCard); err != nil {
		t.Fatal(err)
	}
	if name.String != viewer.MaskName(r.Name) || name.String == r.Name {
		t.Errorf("name %q, want %q", name.String, viewer.MaskName(r.Name))
	}
	if r.Phone == "" || phone.String != viewer.MaskPhone(r.Phone) {
		t.Errorf("phone %q, want %q", phone.String, viewer.MaskPhone(r.Phone))
	}
	if r.IDCardNumber == "" || idCard.String != viewer.MaskIDCard(r.IDCardNumber) {
		t.Errorf("ID card %q, want %q", idCard.String, viewer.MaskIDCard(r.IDCardNumber))
	}
	// Every personal field of the API is masked in its view.
	for key := range ent.PersonalFields {
		typ, col, _ := strings.Cut(key, ".")
		found := false
		for _, v := range analyticsdb.Views() {
			if strings.Contains(v.SQL, `FROM public."`) && strings.Contains(v.Comment, typ+" records") {
				found = true
				if !strings.Contains(v.SQL, `AS "`+col+`"`) {
					t.Errorf("%s: not masked in analytics.%s", key, v.Name)
				}
			}
		}
		if !found {
			t.Errorf("%s: no view of %s", key, typ)
		}
	}

	// Nothing else: no base tables, no writes, no new objects.
	for _, stmt := range []string{
		`SELECT name FROM public.residents LIMIT 1`,
		`SELECT count(*) FROM public.users`,
		`SELECT count(*) FROM residents`,
		`UPDATE analytics.residents SET gender = NULL`,
		`INSERT INTO analytics.towns (id) VALUES (1)`,
		`DELETE FROM analytics.tickets`,
		`DELETE FROM public.tickets`,
		`CREATE TABLE analytics.mine (x int)`,
		`CREATE TABLE public.mine (x int)`,
		`CREATE VIEW analytics.v AS SELECT 1`,
		`DROP VIEW analytics.towns`,
	} {
		if _, err := as.Exec(stmt); err == nil {
			t.Errorf("the analyst role may: %s", stmt)
		}
	}
	// Even after turning read-only transactions off, privileges refuse writes.
	if _, err := as.Exec(`SET default_transaction_read_only = off; UPDATE analytics.towns SET name = 'x'`); err == nil {
		t.Error("the analyst role wrote through a view")
	}
	if n := db.Client.Town.Query().CountX(ctx); n == 0 {
		t.Fatal("no towns")
	}
}

// TestSQLMasksMatch: each SQL mask gives what its Go twin gives.
func TestSQLMasksMatch(t *testing.T) {
	db := pgOnly(t)
	samples := []string{"", "张", "张三", "欧阳娜娜", "13812345678", "1381234", "138123", "500154198001011234", "50015419800101123X",
		"重庆市开州区汉丰街道", "开州区", "abcdefg"}
	for _, kind := range []string{"NAME", "PHONE", "ID_CARD", "ADDRESS", "OTHER"} {
		for _, s := range samples {
			var got string
			if err := db.SQL.QueryRow(`SELECT `+viewer.SQLMask(kind, "$1::text"), s).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if want := viewer.Mask(kind, s); got != want {
				t.Errorf("%s(%q): SQL %q, Go %q", kind, s, got, want)
			}
		}
	}
}

// TestSnapshotViews: the views of the snapshot metrics by village and month
// end hold, for every month from the one of the fact's first record to the
// current one, what the API's stats computes for that month in a monthly
// series — the metric taken at the month's end (now for the current month),
// the instant bound as a parameter — summed over the villages.
func TestSnapshotViews(t *testing.T) {
	db := pgOnly(t)
	ctx := viewer.SystemContext(context.Background())
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 3, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if err := analyticsdb.Install(context.Background(), db.SQL, analyticsdb.Options{Role: fmt.Sprintf("ybh_analyst_snap_%d", os.Getpid())}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.SQL.Exec(fmt.Sprintf("DROP OWNED BY ybh_analyst_snap_%d; DROP ROLE IF EXISTS ybh_analyst_snap_%d", os.Getpid(), os.Getpid()))
	})
	now := time.Now()
	checked := map[string]bool{}
	for _, v := range analyticsdb.Views() {
		if !strings.HasSuffix(v.Name, "_by_village_month_end") {
			continue
		}
		// Its months: from the one of the fact's first record to the
		// current one; a month at whose end no village has a row has none.
		var held []string
		rows, err := db.SQL.Query(`SELECT DISTINCT month FROM analytics.` + v.Name + ` ORDER BY month`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var m string
			rows.Scan(&m)
			held = append(held, m)
		}
		rows.Close()
		var fact *metrics.Fact
		for _, m := range metrics.Catalogue {
			if m.Fact.Snapshot && strings.Contains(v.SQL, `m."`+strings.ToLower(m.Name)+`"`) {
				fact = m.Fact
			}
		}
		var since time.Time
		if err := db.SQL.QueryRow(`SELECT ` + fact.Since).Scan(&since); err != nil {
			t.Fatalf("%s: the first record: %v", v.Name, err)
		}
		first, _ := period.Parse(period.Label(period.Month, since))
		months := period.LabelsIn(period.Month, first.Start, now)
		if len(held) == 0 || !slices.Contains(months, held[0]) || !slices.Contains(months, held[len(held)-1]) {
			t.Errorf("analytics.%s holds the months %v, not within %s…%s", v.Name, held, months[0], months[len(months)-1])
		}
		for _, m := range metrics.Catalogue {
			col := strings.ToLower(m.Name)
			if !m.Fact.Snapshot || !strings.Contains(v.SQL, `m."`+col+`"`) {
				continue
			}
			checked[m.Name] = true
			for _, month := range months {
				p, _ := period.Parse(month)
				at := p.End
				if at.After(now) {
					at = now
				}
				st, err := metrics.Build(dialect.Postgres, metrics.Query{Metrics: []*metrics.Metric{m}, At: at, Raw: true})
				if err != nil || len(st) != 1 {
					t.Fatalf("%s: %v", m.Name, err)
				}
				var want, got sql.NullFloat64
				if err := db.SQL.QueryRow(st[0].SQL, st[0].Args...).Scan(&want); err != nil {
					t.Fatal(err)
				}
				if err := db.SQL.QueryRow(`SELECT sum(`+col+`) FROM analytics.`+v.Name+` WHERE month = $1`, month).Scan(&got); err != nil {
					t.Fatal(err)
				}
				// A month with no row sums to NULL: 0.
				if got.Float64 != want.Float64 {
					t.Errorf("analytics.%s, %s: %s sums to %v, stats takes %v at %s", v.Name, month, col, got.Float64, want.Float64, at)
				}
			}
		}
	}
	for _, name := range []string{"TICKETS_OVERDUE", "ROLES_STAFFED", "POINTS_BALANCE"} {
		if !checked[name] {
			t.Errorf("no view by month end holds %s", name)
		}
	}
}
