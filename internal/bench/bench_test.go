// Package bench holds the service's benchmarks on a realistic database:
// seeding the demo district, and the API's typical reads on it. `make bench`
// runs them on SQLite (a file, as `make run` uses) and on PostgreSQL; each
// reports p50 and p95 over its repeated runs.
//
//	go test ./internal/bench -run '^$' -bench . -benchtime 3x
//	TEST_DATABASE_URL=postgres://… go test ./internal/bench -run '^$' -bench . -benchtime 3x
//
// YBH_BENCH_SCALE picks the seed scale (default district). YBH_BENCH_DB names an
// already seeded database (`yuanbahui seed` into it first) for the read
// benchmarks, which then skip seeding: quicker when iterating on the read path.
package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"yuanbahui/ent"
	"yuanbahui/ent/user"
	"yuanbahui/internal/account"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// asOf anchors every benchmark's data.
var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func scale() string {
	if s := os.Getenv("YBH_BENCH_SCALE"); s != "" {
		return s
	}
	return "district"
}

// freshDB returns an empty migrated database of the kind under test: a SQLite
// file (like `make run`) or a new PostgreSQL database.
func freshDB(b *testing.B) *store.DB {
	b.Helper()
	if testdb.Dialect() == dialect.Postgres {
		return testdb.Open(b)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	return db
}

// percentiles reports p50 and p95 of samples as benchmark metrics.
func percentiles(b *testing.B, samples []time.Duration, unit string) {
	b.Helper()
	if len(samples) == 0 {
		return
	}
	slices.Sort(samples)
	at := func(p float64) time.Duration { return samples[min(len(samples)-1, int(p*float64(len(samples))))] }
	div := map[string]float64{"s": float64(time.Second), "ms": float64(time.Millisecond)}[unit]
	b.ReportMetric(float64(at(0.50))/div, "p50-"+unit)
	b.ReportMetric(float64(at(0.95))/div, "p95-"+unit)
}

// BenchmarkSeed seeds the demo district into a fresh database per iteration.
func BenchmarkSeed(b *testing.B) {
	var samples []time.Duration
	rows := 0
	for b.Loop() {
		b.StopTimer()
		db := freshDB(b)
		b.StartTimer()
		start := time.Now()
		sum, err := seed.Run(context.Background(), db, seed.Options{Scale: scale(), Seed: 1, AsOf: asOf})
		if err != nil {
			b.Fatal(err)
		}
		samples = append(samples, time.Since(start))
		rows = 0
		for _, n := range sum {
			rows += n
		}
	}
	percentiles(b, samples, "s")
	b.ReportMetric(float64(rows), "rows")
	if kb, ok := peakRSSKB(); ok {
		b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
	}
}

// peakRSSKB reads the process's peak resident set size (Linux).
func peakRSSKB() (int, bool) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return n, err == nil
		}
	}
	return 0, false
}

// seeded is the district the read benchmarks share, seeded once per process.
var seeded struct {
	db    *store.DB
	h     http.Handler
	token string
	// records is the same API computing statistics from the records (the
	// rollups' baseline).
	records http.Handler
}

func setup(b *testing.B) (*store.DB, http.Handler) {
	b.Helper()
	if seeded.db == nil {
		db, cleanup, err := testdbOrFile()
		if err != nil {
			b.Fatal(err)
		}
		cleanups = append(cleanups, cleanup)
		if os.Getenv("YBH_BENCH_DB") == "" {
			if _, err := seed.Run(context.Background(), db, seed.Options{Scale: scale(), Seed: 1, AsOf: asOf}); err != nil {
				b.Fatal(err)
			}
		}
		accounts := account.New(db.Client, account.Options{})
		if n, _ := db.Client.User.Query().Where(user.Username("bench")).Count(viewer.SystemContext(context.Background())); n == 0 {
			if _, err := accounts.AddUser(context.Background(), "bench", viewer.DistrictAdmin, "500154", "bench-password", nil, false); err != nil {
				b.Fatal(err)
			}
		}
		token, _, err := accounts.Login(context.Background(), "bench", "bench-password", "")
		if err != nil {
			b.Fatal(err)
		}
		seeded.db, seeded.token = db, token
		seeded.h = server.New(server.Config{Accounts: accounts, NoLimits: true}, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
		seeded.records = server.New(server.Config{Accounts: accounts, NoLimits: true, StatsFromRecords: true}, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	return seeded.db, seeded.h
}

var cleanups []func()

func TestMain(m *testing.M) {
	// The benchmarks run the handler as serve runs it, with its garbage
	// collector setting (server.DefaultGCPercent); the hand-written SQL of
	// the nested-list comparisons shares the process and the setting. GOGC
	// in the environment (e.g. GOGC=100, Go's default) measures another.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(server.DefaultGCPercent)
	}
	testdb.AnnounceSkip(os.Stderr)
	code := m.Run()
	for _, c := range cleanups {
		c()
	}
	testdb.DropTemplate()
	os.Exit(code)
}

// testdbOrFile opens the shared database of the read benchmarks.
func testdbOrFile() (*store.DB, func(), error) {
	ctx := context.Background()
	if u := os.Getenv("YBH_BENCH_DB"); u != "" {
		db, err := store.Open(ctx, u)
		return db, func() { db.Close() }, err
	}
	if testdb.Dialect() == dialect.Postgres {
		return testdb.New(ctx)
	}
	dir, err := os.MkdirTemp("", "ybh-bench-")
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, "bench.db"))
	if err == nil {
		err = db.Migrate(ctx)
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }, err
}

// post sends one GraphQL request and fails on any error.
func post(b *testing.B, h http.Handler, query string, vars map[string]any) []byte {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+seeded.token)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
		b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	return rec.Body.Bytes()
}

// samplesPerIteration is how many requests each benchmark iteration times.
const samplesPerIteration = 100

func runQueries(b *testing.B, h http.Handler, next func(i int) (string, map[string]any)) {
	runSamples(b, h, samplesPerIteration, next)
}

// runSamples times n requests per benchmark iteration and reports p50/p95.
func runSamples(b *testing.B, h http.Handler, n int, next func(i int) (string, map[string]any)) {
	var samples []time.Duration
	i := 0
	for b.Loop() {
		for range n {
			q, vars := next(i)
			i++
			start := time.Now()
			post(b, h, q, vars)
			samples = append(samples, time.Since(start))
		}
	}
	percentiles(b, samples, "ms")
}

// BenchmarkNestedQuery: 20 villages → 10 courtyards each → their active
// officers → the resident behind each.
func BenchmarkNestedQuery(b *testing.B) {
	_, h := setup(b)
	const q = `query($after: Cursor) { villages(first: 20, after: $after, orderBy: [{field: CODE}]) { pageInfo { endCursor } edges { node { name
		courtyards(first: 10) { totalCount edges { node { name roleAssignments(where: {endedAtIsNil: true}) { edges { node { role resident { name } } } } } } } } } } }`
	var cursors []any
	var after any
	for range 10 {
		cursors = append(cursors, after)
		var out struct {
			Data struct {
				Villages struct{ PageInfo struct{ EndCursor string } }
			}
		}
		_ = json.Unmarshal(post(b, h, q, map[string]any{"after": after}), &out)
		if out.Data.Villages.PageInfo.EndCursor == "" {
			break
		}
		after = out.Data.Villages.PageInfo.EndCursor
	}
	runQueries(b, h, func(i int) (string, map[string]any) {
		return q, map[string]any{"after": cursors[i%len(cursors)]}
	})
}

// BenchmarkHeadlessCourtyardsQuery: "courtyards without an active head", one
// alias per town (40 on the district) in one request: a negated has…With
// filter, NOT EXISTS over role_assignments per courtyard.
func BenchmarkHeadlessCourtyardsQuery(b *testing.B) {
	db, h := setup(b)
	towns := db.Client.Town.Query().Order(ent.Asc("code")).AllX(viewer.SystemContext(context.Background()))
	var q strings.Builder
	q.WriteString("{")
	for i, t := range towns {
		fmt.Fprintf(&q, ` t%d: courtyards(first: 100, where: {not: {hasRoleAssignmentsWith: [{role: HEAD, endedAtIsNil: true}]}, townID: %q}) { totalCount edges { node { name } } }`,
			i, ent.EncodeGlobalID(t.ID))
	}
	q.WriteString(" }")
	runSamples(b, h, 10, func(int) (string, map[string]any) { return q.String(), nil })
	b.ReportMetric(float64(len(towns)), "towns")
}

// BenchmarkTicketsPage: one town's open tickets, ordered by due date.
func BenchmarkTicketsPage(b *testing.B) {
	db, h := setup(b)
	towns := db.Client.Town.Query().Order(ent.Asc("code")).AllX(viewer.SystemContext(context.Background()))
	const q = `query($town: ID!) { tickets(first: 50, where: {statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS], townID: $town},
		orderBy: [{field: DUE_AT}]) { totalCount edges { node { id status dueAt applicant { name } serviceType { name } courtyard { name } } } } }`
	runQueries(b, h, func(i int) (string, map[string]any) {
		return q, map[string]any{"town": ent.EncodeGlobalID(towns[i%len(towns)].ID)}
	})
}

// BenchmarkNodeLookup: node(id:) over random records of several types.
func BenchmarkNodeLookup(b *testing.B) {
	db, h := setup(b)
	ctx := context.Background()
	var ids []string
	for _, table := range []string{"courtyards", "households", "residents", "tickets", "issues", "sessions", "role_assignments"} {
		rows, err := db.SQL.QueryContext(ctx, fmt.Sprintf(`SELECT id FROM %s ORDER BY id LIMIT 2000`, table))
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			var id int
			_ = rows.Scan(&id)
			ids = append(ids, ent.EncodeGlobalID(id))
		}
		rows.Close()
	}
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	const q = `query($id: ID!) { node(id: $id) { __typename id ... on Courtyard { name } ... on Ticket { status } ... on Resident { name } } }`
	runQueries(b, h, func(i int) (string, map[string]any) {
		return q, map[string]any{"id": ids[i%len(ids)]}
	})
}
