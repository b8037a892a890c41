package server

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/testdb"
)

// fallbacks reads yuanbahui_budget_fallbacks_total as Prometheus would.
func fallbacks(t *testing.T) float64 {
	t.Helper()
	families, err := telemetry.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == "yuanbahui_budget_fallbacks_total" {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatal("no yuanbahui_budget_fallbacks_total")
	return 0
}

// backdate moves key's bucket d into the past, as if d had passed since it
// was last taken from.
func backdate(t *testing.T, s bucketStore, key string, d time.Duration) {
	t.Helper()
	switch s := s.(type) {
	case *memBuckets:
		s.mu.Lock()
		b := s.buckets[key]
		b.at, b.fullAt = b.at.Add(-d), b.fullAt.Add(-d)
		s.mu.Unlock()
	case *sqlBuckets:
		res, err := s.db.Exec(`UPDATE budget_buckets SET at = at - make_interval(secs => $2), full_at = full_at - make_interval(secs => $2) WHERE id = $1`, key, d.Seconds())
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			t.Fatalf("no bucket %s", key)
		}
	}
}

// TestBucketsRefillAndRefuse: the buckets of the dialect (in PostgreSQL on
// PostgreSQL, in memory on SQLite) start full, take what they hold, refuse
// more without taking anything, refill at their rate up to their size, and
// say when they are full again.
func TestBucketsRefillAndRefuse(t *testing.T) {
	db := testdb.Open(t)
	s := newBucketStore(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx := context.Background()
	const size, rate = 10, 0.001 // a point in 1,000 s: nothing refills unless backdated
	// A new key is full: more than its size is refused, and nothing taken.
	if got := s.take(ctx, "k", size, rate, size+1); got.ok || got.left != size {
		t.Fatalf("new bucket, taking %d: %+v", size+1, got)
	}
	before := time.Now()
	got := s.take(ctx, "k", size, rate, 6)
	after := time.Now()
	if !got.ok || got.left < 4 || got.left > 4.01 {
		t.Fatalf("taking 6 of 10: %+v", got)
	}
	// Full again once the 6 points have refilled, 6,000 s on.
	if got.fullAt.Before(before.Add(5999*time.Second)) || got.fullAt.After(after.Add(6001*time.Second)) {
		t.Fatalf("taking 6 of 10 at %s: full again at %s", before, got.fullAt)
	}
	// Refused: 5 is more than the 4 left, and the 4 are still there.
	if got := s.take(ctx, "k", size, rate, 5); got.ok || got.left < 4 || got.left > 4.01 {
		t.Fatalf("taking 5 of 4: %+v", got)
	}
	if got := s.take(ctx, "k", size, rate, 4); !got.ok || got.left > 0.01 {
		t.Fatalf("taking the 4 left after a refusal: %+v", got)
	}
	// Reading (taking 0) takes nothing.
	if got := s.take(ctx, "k", size, rate, 0); !got.ok || got.left > 0.01 {
		t.Fatalf("reading an empty bucket: %+v", got)
	}
	// 3,000 s later 3 points have come back; 30,000 s later it is full, not more.
	backdate(t, s, "k", 3000*time.Second)
	if got := s.take(ctx, "k", size, rate, 3); !got.ok || got.left > 0.01 {
		t.Fatalf("3,000 s later, taking 3: %+v", got)
	}
	backdate(t, s, "k", 30000*time.Second)
	if got := s.take(ctx, "k", size, rate, 0); got.left != size || got.fullAt.After(time.Now().Add(time.Second)) {
		t.Fatalf("30,000 s later: %+v", got)
	}
	// Every key is a bucket of its own.
	if got := s.take(ctx, "other", size, rate, 10); !got.ok || got.left > 0.01 {
		t.Fatalf("another key: %+v", got)
	}
}

// TestBucketsNeverOverspend: many takes at once, as from several replicas,
// take exactly what the bucket holds.
func TestBucketsNeverOverspend(t *testing.T) {
	db := testdb.Open(t)
	s := newBucketStore(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if testdb.Dialect() == "postgres" {
		// Two pools, as two replicas would have.
		other, err := sql.Open("postgres", databaseURLOf(t, db.SQL))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { other.Close() })
		s = &splitStore{a: s, b: &sqlBuckets{db: other, fallback: newMemBuckets(), log: slog.New(slog.NewTextHandler(io.Discard, nil))}}
	}
	const size, takers = 25, 60
	before := fallbacks(t)
	var (
		wg sync.WaitGroup
		mu sync.Mutex
		ok int
	)
	for range takers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s.take(context.Background(), "shared", size, 1e-9, 1).ok {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if ok != size {
		t.Fatalf("%d of %d concurrent takes of 1 from a bucket of %d succeeded", ok, takers, size)
	}
	if n := fallbacks(t) - before; n != 0 {
		t.Fatalf("%v takes fell back to the process's buckets", n)
	}
}

// splitStore sends every other take to b: two replicas' pools on one
// database.
type splitStore struct {
	a, b bucketStore
	n    atomic.Int64
}

func (s *splitStore) take(ctx context.Context, key string, size, perSecond, n float64) taken {
	if s.n.Add(1)%2 == 0 {
		return s.b.take(ctx, key, size, perSecond, n)
	}
	return s.a.take(ctx, key, size, perSecond, n)
}

// databaseURLOf is the URL of db's database on the test server.
func databaseURLOf(t *testing.T, db *sql.DB) string {
	t.Helper()
	var name string
	if err := db.QueryRow(`SELECT current_database()`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(os.Getenv(testdb.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestSharedBucketsFallBackToTheProcess: when PostgreSQL fails the take, the
// process's own bucket judges it (the limit still holds, per process) and
// the fallback is counted.
func TestSharedBucketsFallBackToTheProcess(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "the shared buckets are PostgreSQL's")
	db := testdb.Open(t)
	broken, err := sql.Open("postgres", databaseURLOf(t, db.SQL))
	if err != nil {
		t.Fatal(err)
	}
	broken.Close()
	s := &sqlBuckets{db: broken, fallback: newMemBuckets(), log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	before := fallbacks(t)
	if got := s.take(context.Background(), "k", 2, 1e-9, 2); !got.ok || got.left != 0 {
		t.Fatalf("first take on a closed pool: %+v", got)
	}
	if got := s.take(context.Background(), "k", 2, 1e-9, 1); got.ok {
		t.Fatalf("second take on a closed pool, past the process's bucket: %+v", got)
	}
	if n := fallbacks(t) - before; n != 2 {
		t.Fatalf("fallbacks counted: %v, want 2", n)
	}
}

// TestSweepBucketsDeletesFullOnes: the hourly sweep deletes the buckets that
// are full again and keeps the others.
func TestSweepBucketsDeletesFullOnes(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "the shared buckets are PostgreSQL's")
	db := testdb.Open(t)
	s := newBucketStore(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx := context.Background()
	s.take(ctx, "refilled", 10, 1, 5)
	s.take(ctx, "spent", 10, 0.001, 5)
	backdate(t, s, "refilled", 10*time.Second)
	n, err := SweepBuckets(ctx, db)
	if err != nil || n != 1 {
		t.Fatalf("swept %d, %v; want the refilled bucket", n, err)
	}
	var left []string
	rows, err := db.SQL.Query(`SELECT id FROM budget_buckets`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		left = append(left, id)
	}
	if len(left) != 1 || left[0] != "spent" {
		t.Fatalf("left after the sweep: %v", left)
	}
	if got := s.take(ctx, "spent", 10, 0.001, 6); got.ok {
		t.Fatalf("the kept bucket forgot what was spent: %+v", got)
	}
}
