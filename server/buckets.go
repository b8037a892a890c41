package server

import (
	"context"
	"database/sql"
	"log/slog"
	"math"
	"sync"
	"time"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/store"
	"yuanbahui/internal/telemetry"
)

// bucketStore keeps token buckets by key: the cost budgets (costBudget) and
// the request rates (rateLimiter) of accounts and anonymous client
// addresses. A bucket holds at most size points and fills at perSecond; a
// bucket never seen is full.
type bucketStore interface {
	// take refills key's bucket up to now and takes n points from it if it
	// holds that many; a refusal takes nothing. n 0 reads the bucket.
	take(ctx context.Context, key string, size, perSecond, n float64) taken
}

// taken is what a take left.
type taken struct {
	ok     bool      // the points were taken
	left   float64   // what the bucket holds after
	fullAt time.Time // when it is full again if nothing more is taken
}

// newBucketStore returns the buckets of the server over db: on PostgreSQL
// shared by every replica (sqlBuckets), on SQLite, which one process owns,
// in memory.
func newBucketStore(db *store.DB, log *slog.Logger) bucketStore {
	if db.Dialect == dialect.Postgres {
		return &sqlBuckets{db: db.SQL, fallback: newMemBuckets(), log: log}
	}
	return newMemBuckets()
}

// memBuckets keeps the buckets in this process's memory.
type memBuckets struct {
	mu      sync.Mutex
	buckets map[string]*memBucket
	sweep   time.Time
}

// memBucket is what was left of a bucket at a time.
type memBucket struct {
	points float64
	at     time.Time
	fullAt time.Time
}

func newMemBuckets() *memBuckets {
	return &memBuckets{buckets: map[string]*memBucket{}, sweep: time.Now()}
}

func (m *memBuckets) take(_ context.Context, key string, size, perSecond, n float64) taken {
	now := time.Now()
	m.mu.Lock()
	defer m.mu.Unlock()
	if now.Sub(m.sweep) > time.Minute {
		// A bucket that has filled up again is the same as none.
		for k, b := range m.buckets {
			if !now.Before(b.fullAt) {
				delete(m.buckets, k)
			}
		}
		m.sweep = now
	}
	b, ok := m.buckets[key]
	if !ok {
		b = &memBucket{points: size, at: now}
		m.buckets[key] = b
	}
	fill := min(size, b.points+max(0, now.Sub(b.at).Seconds())*perSecond)
	t := taken{ok: n <= fill, left: fill}
	if t.ok {
		t.left -= n
	}
	b.points, b.at = t.left, now
	b.fullAt = now.Add(secondsOf((size - t.left) / perSecond))
	t.fullAt = b.fullAt
	return t
}

// secondsOf is s seconds as a duration.
func secondsOf(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// sqlBuckets keeps the buckets in PostgreSQL's budget_buckets
// (ent/schema.BudgetBucket), so that all replicas on the database share
// them: an account's budget and request rate are the account's, however
// many servers its requests reach. Each take is one statement that refills
// and spends in the database, on its clock, under the row's lock, so that
// concurrent takes through any replicas never spend more than the bucket
// holds. It runs on the read pool (db.SQL): a one-row upsert that holds
// its lock for microseconds, not one of the record writes the write pool
// rations.
//
// When the statement fails (the database down or slow past takeTimeout),
// the request is judged by this process's own bucket (fallback) and
// yuanbahui_budget_fallbacks_total counts it: the limits then hold per
// replica for the while, rather than vanish (fail open) or refuse every
// request (fail closed) through a passing failure; a database that is
// really down fails the request's own queries anyway (UNAVAILABLE).
type sqlBuckets struct {
	db       *sql.DB
	fallback *memBuckets
	log      *slog.Logger
}

// takeTimeout bounds a take's statement.
const takeTimeout = 2 * time.Second

// takeSQL refills and spends a bucket in one statement: $1 the key, $2 what
// a full bucket holds, $3 what it fills per second, $4 the points to take.
// A new key starts full; a refused take stores the refilled bucket (the same
// as not touching it) and spent 0.
const takeSQL = `WITH p AS (SELECT $1::text AS id, $2::float8 AS size, $3::float8 AS rate, $4::float8 AS n, clock_timestamp() AS now)
INSERT INTO budget_buckets AS b (id, points, spent, at, full_at)
SELECT p.id, p.size - s.spent, s.spent, p.now, p.now + make_interval(secs => s.spent / p.rate)
FROM p, LATERAL (SELECT CASE WHEN p.n <= p.size THEN p.n ELSE 0 END AS spent) s
ON CONFLICT (id) DO UPDATE SET (points, spent, at, full_at) = (
	SELECT f.fill - s.spent, s.spent, f.at, f.at + make_interval(secs => (p.size - f.fill + s.spent) / p.rate)
	FROM p,
		LATERAL (SELECT least(p.size, b.points + greatest(0, extract(epoch FROM excluded.at - b.at))::float8 * p.rate) AS fill,
			greatest(b.at, excluded.at) AS at) f,
		LATERAL (SELECT CASE WHEN p.n <= f.fill THEN p.n ELSE 0 END AS spent) s)
RETURNING points, spent, full_at`

func (s *sqlBuckets) take(ctx context.Context, key string, size, perSecond, n float64) taken {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), takeTimeout)
	defer cancel()
	var t taken
	var spent float64
	err := s.db.QueryRowContext(ctx, takeSQL, key, size, perSecond, n).Scan(&t.left, &spent, &t.fullAt)
	if err != nil {
		telemetry.BudgetFallbacks.Inc()
		s.log.WarnContext(ctx, "shared budget unavailable: judged by this process's own", "key", key, "error", err)
		return s.fallback.take(ctx, key, size, perSecond, n)
	}
	t.ok = spent >= n
	return t
}

// SweepBuckets deletes the shared budget buckets that are full again (the
// same as none), and returns how many it deleted; `serve` runs it hourly on
// one replica at a time (jobs.SweepBudgets). On SQLite the buckets are in
// memory and sweep themselves: it does nothing.
func SweepBuckets(ctx context.Context, db *store.DB) (int64, error) {
	if db.Dialect != dialect.Postgres {
		return 0, nil
	}
	res, err := db.SQL.ExecContext(ctx, `DELETE FROM budget_buckets WHERE full_at <= clock_timestamp()`)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// infinite tells whether a rate lets everything through.
func infinite(perSecond float64) bool { return math.IsInf(perSecond, 1) }
