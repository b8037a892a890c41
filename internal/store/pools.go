package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"yuanbahui/internal/apierr"
	"yuanbahui/internal/dberr"
)

// Pools sizes and bounds the connections to a PostgreSQL database so that a
// slow table cannot stall the server: reads and writes use separate pools,
// and writes — every transaction, and every INSERT, UPDATE or DELETE outside
// one — wait a bounded time for a connection and for locks. Writers stuck
// behind a locked table then fail fast with ErrBusy and never hold the
// connections that reads need. SQLite, with its single connection and
// busy_timeout, ignores it.
type Pools struct {
	// ReadConns is the most connections of the read pool (queries outside
	// transactions, migrations, health checks, analytics' raw SQL).
	ReadConns int
	// WriteConns is the most connections of the write pool: the most
	// concurrent writers.
	WriteConns int
	// LockTimeout is the lock_timeout of every write statement, and how long
	// a write waits for a connection of the write pool.
	LockTimeout time.Duration
	// StatementTimeout is the statement_timeout of every write statement.
	StatementTimeout time.Duration
}

// DefaultPools are the pools `serve` uses unless told otherwise.
var DefaultPools = Pools{ReadConns: 20, WriteConns: 8, LockTimeout: 2 * time.Second, StatementTimeout: 10 * time.Second}

// WithPools opens PostgreSQL with separate read and write pools bounded by p
// (see Pools). Without it, one pool of 20 connections serves everything, with
// no timeouts: what the command-line tools (migrate, seed, user) use.
func WithPools(p Pools) Option {
	return func(o *options) { o.pools = &p }
}

// Validate tells whether the pools can serve: positive sizes and timeouts.
func (p Pools) Validate() error {
	if p.ReadConns <= 0 || p.WriteConns <= 0 || p.LockTimeout <= 0 || p.StatementTimeout <= 0 {
		return errors.New("database pools: connections and timeouts must be positive")
	}
	if p.StatementTimeout < p.LockTimeout {
		return fmt.Errorf("database pools: the statement timeout %s is shorter than the lock timeout %s", p.StatementTimeout, p.LockTimeout)
	}
	return nil
}

// ErrBusy is the error of a write that ran out of time: it waited longer than
// the lock timeout for a lock or for a write connection, ran past the
// statement timeout, or lost a deadlock. Nothing was changed; the client may
// try again.
var ErrBusy = apierr.New(apierr.ErrBusy, "the records are busy with other changes; try again shortly")

// busyError is a database error classified as ErrBusy; it keeps the original
// for logs.
type busyError struct{ err error }

func (e busyError) Error() string   { return ErrBusy.Error() + ": " + e.err.Error() }
func (e busyError) Unwrap() []error { return []error{ErrBusy, e.err} }

// busy classifies err, from a statement run under ctx: lock_not_available
// (lock_timeout), query_canceled by statement_timeout (not by ctx, whose
// cancellation lib/pq reports with the same code) and deadlock_detected are
// ErrBusy (dberr.Busy tells them apart); anything else is returned as it
// is. It is the one place where PostgreSQL's timeouts become a typed error.
func busy(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if dberr.Busy(ctx, err) {
		return busyError{err}
	}
	return err
}

// openPools opens the read and write pools of a PostgreSQL URL; the write
// pool's sessions carry the timeouts as connection parameters.
func openPools(rawURL string, p Pools) (read, write *sql.DB, err error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, nil, err
	}
	q := u.Query()
	q.Set("lock_timeout", strconv.FormatInt(p.LockTimeout.Milliseconds(), 10))
	q.Set("statement_timeout", strconv.FormatInt(p.StatementTimeout.Milliseconds(), 10))
	u.RawQuery = q.Encode()
	if read, err = sql.Open("postgres", rawURL); err != nil {
		return nil, nil, err
	}
	if write, err = sql.Open("postgres", u.String()); err != nil {
		read.Close()
		return nil, nil, err
	}
	read.SetMaxOpenConns(p.ReadConns)
	read.SetMaxIdleConns(p.ReadConns / 2)
	read.SetConnMaxIdleTime(5 * time.Minute)
	write.SetMaxOpenConns(p.WriteConns)
	write.SetMaxIdleConns(p.WriteConns)
	write.SetConnMaxIdleTime(5 * time.Minute)
	return read, write, nil
}

// splitDriver is the ent driver over the two pools: queries go to the read
// pool; transactions and write statements to the write pool, each holding
// one of its slots (as many as its connections) while it runs.
type splitDriver struct {
	*entsql.Driver // the read pool
	write          *entsql.Driver
	slots          chan struct{}
	wait           time.Duration
}

func newSplitDriver(read, write *sql.DB, p Pools) *splitDriver {
	return &splitDriver{
		Driver: entsql.OpenDB(dialect.Postgres, read),
		write:  entsql.OpenDB(dialect.Postgres, write),
		slots:  make(chan struct{}, p.WriteConns),
		wait:   p.LockTimeout,
	}
}

// acquire takes a write slot, waiting at most d.wait, and returns the
// function that gives it back (once, however often it is called).
func (d *splitDriver) acquire(ctx context.Context) (func(), error) {
	select {
	case d.slots <- struct{}{}:
	default:
		timer := time.NewTimer(d.wait)
		defer timer.Stop()
		select {
		case d.slots <- struct{}{}:
		case <-timer.C:
			return nil, busyError{fmt.Errorf("no write connection free within %s", d.wait)}
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() { once.Do(func() { <-d.slots }) }, nil
}

// isWrite tells whether a statement outside a transaction changes data.
func isWrite(query string) bool {
	verb, _, _ := strings.Cut(strings.TrimSpace(query), " ")
	switch strings.ToUpper(verb) {
	case "INSERT", "UPDATE", "DELETE":
		return true
	}
	return false
}

// Exec implements dialect.Driver.
func (d *splitDriver) Exec(ctx context.Context, query string, args, v any) error {
	if !isWrite(query) {
		return d.Driver.Exec(ctx, query, args, v)
	}
	release, err := d.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	return busy(ctx, d.write.Exec(ctx, query, args, v))
}

// Query implements dialect.Driver; a write's slot is given back when its
// rows are closed.
func (d *splitDriver) Query(ctx context.Context, query string, args, v any) error {
	if !isWrite(query) {
		return d.Driver.Query(ctx, query, args, v)
	}
	release, err := d.acquire(ctx)
	if err != nil {
		return err
	}
	if err := d.write.Query(ctx, query, args, v); err != nil {
		release()
		return busy(ctx, err)
	}
	rows := v.(*entsql.Rows)
	rows.ColumnScanner = releasingRows{rows.ColumnScanner, release}
	return nil
}

// Tx implements dialect.Driver.
func (d *splitDriver) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

// BeginTx starts a transaction on the write pool (ent's Client.BeginTx).
func (d *splitDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	release, err := d.acquire(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := d.write.BeginTx(ctx, opts)
	if err != nil {
		release()
		return nil, busy(ctx, err)
	}
	return &writeTx{Tx: tx, release: release}, nil
}

// Close closes both pools.
func (d *splitDriver) Close() error { return errors.Join(d.Driver.Close(), d.write.Close()) }

// writeTx is a transaction of the write pool: its errors classified by busy,
// its slot given back when it ends.
type writeTx struct {
	dialect.Tx
	release func()
}

// Exec implements dialect.ExecQuerier.
func (t *writeTx) Exec(ctx context.Context, query string, args, v any) error {
	return busy(ctx, t.Tx.Exec(ctx, query, args, v))
}

// Query implements dialect.ExecQuerier.
func (t *writeTx) Query(ctx context.Context, query string, args, v any) error {
	return busy(ctx, t.Tx.Query(ctx, query, args, v))
}

// Commit implements dialect.Tx.
func (t *writeTx) Commit() error {
	defer t.release()
	return busy(context.Background(), t.Tx.Commit())
}

// Rollback implements dialect.Tx.
func (t *writeTx) Rollback() error {
	defer t.release()
	return t.Tx.Rollback()
}

// releasingRows gives a write slot back when the rows are closed.
type releasingRows struct {
	entsql.ColumnScanner
	release func()
}

// Close implements entsql.ColumnScanner.
func (r releasingRows) Close() error {
	defer r.release()
	return r.ColumnScanner.Close()
}
