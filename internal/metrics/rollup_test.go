package metrics_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/seed/seedtest"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var asOf = time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)

func seeded(t *testing.T) *store.DB {
	t.Helper()
	return seedtest.Open(t, seed.Options{Scale: "village", Seed: 7, AsOf: asOf})
}

// run executes st and returns its rows as text, values rounded to 4
// decimals (as the analytics service does), sorted.
func run(t *testing.T, db *store.DB, st metrics.Statement, lead int) []string {
	t.Helper()
	rs, err := db.SQL.QueryContext(context.Background(), st.SQL, st.Args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, st.SQL)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	var out []string
	for rs.Next() {
		vals := make([]sql.NullString, len(cols))
		dest := make([]any, len(cols))
		for i := range vals {
			dest[i] = &vals[i]
		}
		if err := rs.Scan(dest...); err != nil {
			t.Fatal(err)
		}
		var row []string
		for i, v := range vals {
			switch {
			case !v.Valid:
				row = append(row, "null")
			case i < lead:
				row = append(row, v.String)
			default:
				f, err := strconv.ParseFloat(v.String, 64)
				if err != nil {
					t.Fatalf("value %q: %v", v.String, err)
				}
				row = append(row, strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64))
			}
		}
		out = append(out, strings.Join(row, " "))
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// ids lists the first id of each of the two tables' rows, for scopes.
func firstID(t *testing.T, db *store.DB, q string) int {
	t.Helper()
	var id int
	if err := db.SQL.QueryRowContext(context.Background(), q).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// sameAsRecords checks that the statements the rollups answer give what
// the records give: each rollable metric (of those of) by no key, town,
// village and both, unbucketed and by month, quarter, half-year and year,
// over a year, a month and without bounds, in the whole database, a town, a
// village and no area; and the posts staffed and vacant at month starts and
// in the middle of a month.
func sameAsRecords(t *testing.T, db *store.DB, stage string, of func(*metrics.Metric) bool) {
	t.Helper()
	sh := period.Shanghai
	town := firstID(t, db, "SELECT MIN(id) FROM towns")
	village := firstID(t, db, "SELECT MAX(id) FROM villages")
	scopes := [][]metrics.Scope{nil, {{Towns: []int{town}}}, {{Villages: []int{village}}}, {{Towns: []int{}}}}
	keys := [][]metrics.Key{nil, {metrics.Town}, {metrics.Village}, {metrics.Town, metrics.Village}}
	windows := [][2]time.Time{
		{time.Date(2023, 7, 1, 0, 0, 0, 0, sh), time.Date(2024, 7, 1, 0, 0, 0, 0, sh)},
		{time.Date(2024, 4, 1, 0, 0, 0, 0, sh), time.Date(2024, 5, 1, 0, 0, 0, 0, sh)},
		{},
	}
	compare := func(q metrics.Query, name string) {
		t.Helper()
		fast, err := metrics.Build(db.Dialect, q)
		if err != nil {
			t.Fatal(err)
		}
		raw := q
		raw.Raw = true
		slow, err := metrics.Build(db.Dialect, raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(fast) != 1 || !strings.Contains(fast[0].SQL, "metric_rollups") {
			t.Fatalf("%s: %s is not read from the rollups", stage, name)
		}
		lead := len(q.Keys)
		if q.Bucket != "" {
			lead++
		}
		got, want := run(t, db, fast[0], lead), run(t, db, slow[0], lead)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %s:\nrollups %v\nrecords %v", stage, name, got, want)
		}
	}
	// Each metric by every scope and keys; buckets and windows taken in
	// turn, so that every metric meets every bucket and the whole stays
	// quick under the race detector.
	buckets := []period.Bucket{"", period.Month, period.Quarter, period.HalfYear, period.Year}
	checked := 0
	for _, m := range metrics.Catalogue {
		if !m.Rollable() || !of(m) {
			continue
		}
		for _, sc := range scopes {
			for _, ks := range keys {
				b, w := buckets[checked%len(buckets)], windows[(checked/len(buckets))%len(windows)]
				q := metrics.Query{Metrics: []*metrics.Metric{m}, Keys: ks, Bucket: b, Scopes: sc, From: w[0], To: w[1]}
				compare(q, fmt.Sprintf("%s keys %v bucket %q scope %v window %v", m.Name, ks, b, sc, w))
				checked++
			}
		}
	}
	// The totals of all of them at once (one statement across facts) are
	// each one's total from the records.
	var rollable []*metrics.Metric
	for _, m := range metrics.Catalogue {
		if m.Rollable() && of(m) {
			rollable = append(rollable, m)
		}
	}
	for _, sc := range scopes {
		for _, w := range windows {
			q := metrics.Query{Metrics: rollable, Scopes: sc, From: w[0], To: w[1]}
			if !q.Totals() {
				t.Fatalf("%v in %v: not totals from the rollups", w, sc)
			}
			fast, err := metrics.Build(db.Dialect, q)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, m := range rollable {
				slow, err := metrics.Build(db.Dialect, metrics.Query{Metrics: []*metrics.Metric{m}, Scopes: sc, From: w[0], To: w[1], Raw: true})
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, run(t, db, slow[0], 0)...)
			}
			if got := strings.Fields(run(t, db, fast[0], 0)[0]); !slices.Equal(got, want) {
				t.Errorf("%s: totals in %v over %v:\nrollups %v\nrecords %v", stage, sc, w, got, want)
			}
			checked++
		}
	}
	posts := []*metrics.Metric{must(metrics.ByName("ROLES_STAFFED")), must(metrics.ByName("ROLES_VACANT"))}
	for _, at := range []time.Time{
		time.Date(2024, 4, 1, 0, 0, 0, 0, sh), time.Date(2024, 7, 1, 0, 0, 0, 0, sh),
		time.Date(2024, 5, 17, 13, 0, 0, 0, sh), time.Date(2023, 1, 1, 0, 0, 0, 0, sh), asOf.Add(36 * time.Hour),
	} {
		for _, sc := range scopes {
			for _, ks := range keys {
				compare(metrics.Query{Metrics: posts, Keys: ks, Scopes: sc, At: at}, fmt.Sprintf("posts at %v keys %v scope %v", at, ks, sc))
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d statements checked", checked)
	}
	t.Logf("%s: %d statements read from the rollups give the records' answers", stage, checked)
}

func every(*metrics.Metric) bool { return true }

func must(m *metrics.Metric, ok bool) *metrics.Metric {
	if !ok {
		panic("no such metric")
	}
	return m
}

// rollupRows dumps the rollup tables.
func rollupRows(t *testing.T, db *store.DB) []string {
	t.Helper()
	var out []string
	for q, keys := range map[string]int{
		"SELECT metric, month, town_id, village_id, num, den, n FROM metric_rollups WHERE num <> 0 OR den <> 0 OR n <> 0":                                4,
		"SELECT role_assignment_id, dimension, period, town_id, village_id, courtyard_id, role, n, total FROM officer_scores WHERE n <> 0 OR total <> 0": 7,
	} {
		out = append(out, run(t, db, metrics.Statement{SQL: q}, keys)...)
	}
	slices.Sort(out)
	return out
}

// TestRollupsAnswerAsTheRecords: the statements read from the rollups give
// the records' answers on the seeded village, and still do after writes of
// every kind made straight in SQL (the triggers follow any writer); a
// rebuild from the records leaves the rollups as the triggers kept them.
func TestRollupsAnswerAsTheRecords(t *testing.T) {
	db := seeded(t)
	ctx := context.Background()
	sameAsRecords(t, db, "seeded", every)
	if t.Failed() {
		return
	}
	at := time.Date(2024, 5, 20, 9, 30, 0, 0, period.Shanghai).UTC()
	for _, w := range []struct {
		sql  string
		args []any
	}{
		{"UPDATE tickets SET status = 'COMPLETED', completed_at = ? WHERE id IN (SELECT id FROM tickets WHERE completed_at IS NULL ORDER BY id LIMIT 5)", []any{at}},
		{"UPDATE tickets SET due_at = submitted_at WHERE id IN (SELECT id FROM tickets WHERE completed_at IS NOT NULL ORDER BY id LIMIT 7)", nil},
		{"DELETE FROM ratings WHERE id IN (SELECT id FROM ratings ORDER BY id LIMIT 40)", nil},
		{"UPDATE ratings SET score = 1 WHERE id IN (SELECT id FROM ratings WHERE target = 'OFFICER' ORDER BY id DESC LIMIT 60)", nil},
		{"UPDATE issues SET evaluated_at = NULL WHERE id IN (SELECT id FROM issues WHERE evaluated_at IS NOT NULL ORDER BY id LIMIT 6)", nil},
		{"UPDATE issues SET collective_fund_fen = collective_fund_fen + 12345 WHERE id IN (SELECT id FROM issues WHERE decided_at IS NOT NULL ORDER BY id LIMIT 4)", nil},
		{"UPDATE sessions SET attendance = attendance + 3 WHERE id IN (SELECT id FROM sessions WHERE kind = 'LECTURE' ORDER BY id LIMIT 9)", nil},
		{"DELETE FROM point_redemptions WHERE id IN (SELECT id FROM point_redemptions ORDER BY id LIMIT 5)", nil},
		{"UPDATE role_assignments SET ended_at = ?, end_reason = 'RESIGNED' WHERE id IN (SELECT id FROM role_assignments WHERE ended_at IS NULL ORDER BY id LIMIT 3)", []any{at}},
	} {
		if _, err := db.SQL.ExecContext(ctx, rebind(db, w.sql), w.args...); err != nil {
			t.Fatalf("%s: %v", w.sql, err)
		}
	}
	sameAsRecords(t, db, "after writes", every)

	// A rejected entry stays on the ledger but counts nothing: rejecting
	// entries takes their points off POINTS_ISSUED.
	issued := metrics.Query{Metrics: []*metrics.Metric{must(metrics.ByName("POINTS_ISSUED"))}}
	total := func() float64 {
		st, err := metrics.Build(db.Dialect, issued)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := strconv.ParseFloat(run(t, db, st[0], 0)[0], 64)
		return v
	}
	before := total()
	var rejected float64
	if err := db.SQL.QueryRowContext(ctx, "SELECT COALESCE(SUM(points), 0) FROM point_entries WHERE id IN (SELECT id FROM point_entries WHERE status = 'CONFIRMED' AND points > 0 ORDER BY id LIMIT 4)").Scan(&rejected); err != nil || rejected == 0 {
		t.Fatalf("points of 4 entries: %v, %v", rejected, err)
	}
	if _, err := db.SQL.ExecContext(ctx, "UPDATE point_entries SET status = 'REJECTED' WHERE id IN (SELECT id FROM point_entries WHERE status = 'CONFIRMED' AND points > 0 ORDER BY id LIMIT 4)"); err != nil {
		t.Fatal(err)
	}
	if after := total(); after != before-rejected {
		t.Errorf("points issued %g after rejecting %g of %g", after, rejected, before)
	}
	sameAsRecords(t, db, "after rejections", func(m *metrics.Metric) bool { return m.Fact.Table == "point_entries" })
	kept := rollupRows(t, db)
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := metrics.Rebuild(ctx, tx, db.Dialect); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if rebuilt := rollupRows(t, db); !slices.Equal(kept, rebuilt) {
		var diff []string
		for _, r := range kept {
			if !slices.Contains(rebuilt, r) {
				diff = append(diff, "kept "+r)
			}
		}
		for _, r := range rebuilt {
			if !slices.Contains(kept, r) {
				diff = append(diff, "rebuilt "+r)
			}
		}
		t.Errorf("rebuilding changed the rollups (%d rows kept by the triggers, %d rebuilt): %v", len(kept), len(rebuilt), diff[:min(len(diff), 10)])
	}
}

// TestRollupsUnderConcurrentWriters: officers completing tickets of one
// village at the same time, each in a transaction of their own, all land in
// the rollup row they share.
func TestRollupsUnderConcurrentWriters(t *testing.T) {
	db := seeded(t)
	ctx := context.Background()
	rs, err := db.SQL.QueryContext(ctx, `SELECT id FROM tickets WHERE completed_at IS NULL AND village_id =
		(SELECT village_id FROM tickets WHERE completed_at IS NULL GROUP BY village_id ORDER BY COUNT(*) DESC, village_id LIMIT 1) ORDER BY id LIMIT 8`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int
	for rs.Next() {
		var id int
		if err := rs.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rs.Close()
	if len(ids) < 4 {
		t.Fatalf("only %d open tickets in one village", len(ids))
	}
	done := must(metrics.ByName("TICKETS_COMPLETED"))
	month := metrics.Query{Metrics: []*metrics.Metric{done}, From: time.Date(2024, 6, 1, 0, 0, 0, 0, period.Shanghai), To: time.Date(2024, 7, 1, 0, 0, 0, 0, period.Shanghai)}
	count := func() string {
		st, err := metrics.Build(db.Dialect, month)
		if err != nil {
			t.Fatal(err)
		}
		return run(t, db, st[0], 0)[0]
	}
	before, _ := strconv.Atoi(count())
	at := time.Date(2024, 6, 20, 10, 0, 0, 0, period.Shanghai).UTC()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Go(func() {
			tx, err := db.SQL.BeginTx(ctx, nil)
			if err != nil {
				errs <- err
				return
			}
			if _, err := tx.ExecContext(ctx, rebind(db, "UPDATE tickets SET status = 'COMPLETED', completed_at = ? WHERE id = ?"), at, id); err != nil {
				tx.Rollback()
				errs <- err
				return
			}
			time.Sleep(20 * time.Millisecond) // the others write meanwhile
			errs <- tx.Commit()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := count(); got != strconv.Itoa(before+len(ids)) {
		t.Fatalf("tickets completed in June: %s after %d completions, was %d", got, len(ids), before)
	}
	sameAsRecords(t, db, "after concurrent writers", func(m *metrics.Metric) bool { return m.Fact.Table == "tickets" })
}

// rebind turns ? placeholders into PostgreSQL's $n.
func rebind(db *store.DB, q string) string {
	if db.Dialect != "postgres" {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
