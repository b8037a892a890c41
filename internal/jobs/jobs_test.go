package jobs_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"yuanbahui/internal/jobs"
	"yuanbahui/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// TestExclusiveRunsOneAtATime: on PostgreSQL, of two concurrent runs of a job
// (two replicas, two sessions), exactly one does the work and the other is
// skipped; once it ends the next run runs. On SQLite every run runs.
func TestExclusiveRunsOneAtATime(t *testing.T) {
	db := testdb.Open(t)
	run := jobs.Exclusive(db.SQL, db.Dialect)
	ctx := context.Background()
	if testdb.Dialect() != "postgres" {
		for range 2 {
			if ran, err := run(ctx, jobs.SweepIdempotencyKeys, func(context.Context) error { return nil }); err != nil || !ran {
				t.Fatalf("SQLite: ran %v, %v; want every run to run", ran, err)
			}
		}
		return
	}
	var worked atomic.Int32
	entered, release := make(chan struct{}, 2), make(chan struct{})
	work := func(context.Context) error {
		worked.Add(1)
		entered <- struct{}{}
		<-release
		return nil
	}
	type result struct {
		ran bool
		err error
	}
	results := make(chan result, 2)
	for range 2 {
		go func() {
			ran, err := run(ctx, jobs.SweepIdempotencyKeys, work)
			results <- result{ran, err}
		}()
	}
	<-entered
	select {
	case r := <-results:
		if r.err != nil || r.ran {
			t.Fatalf("second run: ran %v, %v; want it skipped while the first holds the lock", r.ran, r.err)
		}
	case <-time.After(10 * time.Second):
		close(release)
		t.Fatal("second run neither skipped nor finished")
	}
	close(release)
	if r := <-results; r.err != nil || !r.ran {
		t.Fatalf("first run: ran %v, %v", r.ran, r.err)
	}
	if n := worked.Load(); n != 1 {
		t.Fatalf("the work was done %d times, want 1", n)
	}
	// Another job's lock is another key; and the lock was released.
	for _, key := range []jobs.Key{jobs.SweepLoginAttempts, jobs.SweepIdempotencyKeys} {
		if ran, err := run(ctx, key, func(context.Context) error { return nil }); err != nil || !ran {
			t.Fatalf("run of %#x after: ran %v, %v; want it to run", int64(key), ran, err)
		}
	}
}
