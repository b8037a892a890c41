// Package jobs runs the periodic jobs (sweeps) on one replica at a time: on
// PostgreSQL each run holds the job's advisory lock, and a replica that finds
// it held skips the run; on SQLite, which one process owns, every run runs.
package jobs

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"yuanbahui/internal/dialect"
)

// Key names a periodic job: on PostgreSQL, the key of its advisory lock.
type Key int64

// The periodic jobs. Each key is a distinct constant, "yb" in its high bytes
// so as not to meet another application's advisory locks on the database.
const (
	// SweepIdempotencyKeys is the hourly sweep of expired workflow
	// idempotency keys (serve).
	SweepIdempotencyKeys Key = 0x7962_0000_0000_0001
	// SweepLoginAttempts is the hourly sweep of old login attempts
	// (internal/account).
	SweepLoginAttempts Key = 0x7962_0000_0000_0002
	// SweepBudgets is the hourly sweep of the shared request budgets that
	// have filled up again (serve, server.SweepBuckets).
	SweepBudgets Key = 0x7962_0000_0000_0003
)

// Runner runs one run of a periodic job on one replica at a time; ran tells
// whether this replica ran it (false: another replica was running it).
type Runner func(ctx context.Context, key Key, fn func(context.Context) error) (ran bool, err error)

// Always is the Runner of a single process: it runs every run.
func Always(ctx context.Context, _ Key, fn func(context.Context) error) (bool, error) {
	return true, fn(ctx)
}

// Exclusive returns the Runner over a database's pool: on PostgreSQL a run
// takes the job's session-level advisory lock (pg_try_advisory_lock) on a
// connection of its own, runs and releases it, and is skipped when another
// session holds the lock; on SQLite it is Always.
func Exclusive(db *sql.DB, d dialect.Dialect) Runner {
	if d != dialect.Postgres {
		return Always
	}
	return func(ctx context.Context, key Key, fn func(context.Context) error) (bool, error) {
		conn, err := db.Conn(ctx)
		if err != nil {
			return false, fmt.Errorf("job %#x: %w", int64(key), err)
		}
		defer conn.Close()
		var got bool
		if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(key)).Scan(&got); err != nil {
			return false, fmt.Errorf("job %#x: taking its lock: %w", int64(key), err)
		}
		if !got {
			return false, nil
		}
		runErr := fn(ctx)
		// Unlock even when ctx has ended: the connection goes back to the pool.
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(key)); err != nil {
			// A connection still holding the lock must not be reused.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			return true, errors.Join(runErr, fmt.Errorf("job %#x: releasing its lock: %w", int64(key), err))
		}
		return true, runErr
	}
}
