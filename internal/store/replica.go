package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// ReadApplicationName is the application_name of the connections to the read
// replica that serve reads (visible in the replica's pg_stat_activity);
// the connection that measures its lag is ReadApplicationName + "-lag".
const ReadApplicationName = "yuanbahui-read"

// DefaultMaxLag is the staleness beyond which reads leave the replica for
// the primary unless told otherwise (`serve --read-db-max-lag`).
const DefaultMaxLag = 30 * time.Second

// ReplicaOptions name a PostgreSQL streaming replica of the database, for
// the analysts' reads (WithReadReplica).
type ReplicaOptions struct {
	// URL is the replica's postgres:// URL.
	URL string
	// MaxLag is the most staleness reads on the replica may have; beyond it
	// they go to the primary. 0 means DefaultMaxLag.
	MaxLag time.Duration
	// Conns is the most connections to the replica; 0 means 10.
	Conns int
	// Now is the clock staleness is judged by; nil means time.Now.
	Now func() time.Time
}

// WithReadReplica opens, beside the database, a read-only pool on a
// streaming replica of it (PostgreSQL only): DB.Analytics and
// DB.AnalyticsSQL read from it while its staleness is within o.MaxLag, and
// from the primary otherwise. Writes never go to it.
func WithReadReplica(o ReplicaOptions) Option {
	return func(opts *options) { opts.replica = &o }
}

// Staleness is how far behind the primary the replica's data is, as last
// measured.
type Staleness struct {
	// Replica tells whether reads go to the replica (else to the primary).
	Replica bool
	// AsOf is the instant the replica's data is known complete to: every
	// change the primary committed before it is on the replica. Zero when
	// unknown.
	AsOf time.Time
	// Lag is the staleness now: now minus AsOf (0 when the replica was
	// caught up at the last measurement just now).
	Lag time.Duration
	// Err is why the last measurement failed, if it did.
	Err error
}

// Replica is the read replica of a database and its measured staleness.
type Replica struct {
	// SQL is the replica's read-only connection pool.
	SQL     *sql.DB
	monitor *sql.DB // one connection, for the lag
	primary *sql.DB // the primary's read pool, for its WAL position
	maxLag  time.Duration
	now     func() time.Time

	mu      sync.Mutex
	asOf    time.Time
	err     error
	samples []lsnSample // the primary's recent WAL positions, oldest first
}

// lsnSample is the primary's WAL position at an instant.
type lsnSample struct {
	at  time.Time
	lsn int64
}

// maxSamples bounds Replica.samples.
const maxSamples = 256

// readOnlyURL is rawURL with the session parameters of the replica's
// connections: read-only transactions, and application name app.
func readOnlyURL(rawURL, app string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("default_transaction_read_only", "on")
	q.Set("application_name", app)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// openReplica opens the replica's pools and checks that it is a copy of
// the primary (the same system identifier).
func openReplica(ctx context.Context, o ReplicaOptions, primary *sql.DB) (*Replica, error) {
	if !strings.HasPrefix(o.URL, "postgres://") && !strings.HasPrefix(o.URL, "postgresql://") {
		return nil, fmt.Errorf("read replica %q: want a postgres:// URL", Redact(o.URL))
	}
	if o.MaxLag == 0 {
		o.MaxLag = DefaultMaxLag
	}
	if o.MaxLag < 0 {
		return nil, errors.New("read replica: the most lag must be positive")
	}
	if o.Conns == 0 {
		o.Conns = 10
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	r := &Replica{primary: primary, maxLag: o.MaxLag, now: o.Now}
	for _, p := range []struct {
		pool **sql.DB
		app  string
		n    int
	}{{&r.SQL, ReadApplicationName, o.Conns}, {&r.monitor, ReadApplicationName + "-lag", 1}} {
		u, err := readOnlyURL(o.URL, p.app)
		if err != nil {
			r.close()
			return nil, fmt.Errorf("read replica %s: %w", Redact(o.URL), err)
		}
		if *p.pool, err = sql.Open("postgres", u); err != nil {
			r.close()
			return nil, fmt.Errorf("read replica %s: %w", Redact(o.URL), err)
		}
		(*p.pool).SetMaxOpenConns(p.n)
		(*p.pool).SetMaxIdleConns(max(p.n/2, 1))
		(*p.pool).SetConnMaxIdleTime(5 * time.Minute)
	}
	var mine, theirs string
	err := primary.QueryRowContext(ctx, `SELECT system_identifier::text FROM pg_control_system()`).Scan(&mine)
	if err == nil {
		err = r.monitor.QueryRowContext(ctx, `SELECT system_identifier::text FROM pg_control_system()`).Scan(&theirs)
	}
	if err != nil {
		r.close()
		return nil, fmt.Errorf("read replica %s: %w", Redact(o.URL), err)
	}
	if mine != theirs {
		r.close()
		return nil, fmt.Errorf("read replica %s is not a copy of the database (system %s, the database's %s): give the URL of a streaming replica of it", Redact(o.URL), theirs, mine)
	}
	if err := r.Refresh(ctx); err != nil {
		r.close()
		return nil, err
	}
	return r, nil
}

func (r *Replica) close() error {
	var errs []error
	for _, p := range []*sql.DB{r.SQL, r.monitor} {
		if p != nil {
			errs = append(errs, p.Close())
		}
	}
	return errors.Join(errs...)
}

// Refresh measures the replica's staleness once: the primary's WAL position
// first, then the replica's replay position. A replica that has replayed
// the primary's position was complete at the instant it was read (the
// primary may be idle: the time since the last replayed transaction says
// nothing then); one behind is complete to the latest earlier measurement
// whose position it has replayed, or to its last replayed transaction's
// commit time, whichever is later. A failed measurement sends reads to the
// primary until one succeeds.
func (r *Replica) Refresh(ctx context.Context) error {
	at := r.now()
	var primaryLSN int64
	err := r.primary.QueryRowContext(ctx, `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint`).Scan(&primaryLSN)
	var (
		recovering bool
		replayLSN  sql.NullInt64
		replayed   sql.NullTime
	)
	if err == nil {
		err = r.monitor.QueryRowContext(ctx, `SELECT pg_is_in_recovery(), pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint, pg_last_xact_replay_timestamp()`).
			Scan(&recovering, &replayLSN, &replayed)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.err = fmt.Errorf("measuring the read replica's lag: %w", err)
		return r.err
	}
	r.err = nil
	if len(r.samples) == maxSamples {
		r.samples = append(r.samples[:0], r.samples[1:]...)
	}
	r.samples = append(r.samples, lsnSample{at: at, lsn: primaryLSN})
	switch {
	case !recovering:
		// The primary itself (the same system, openReplica checked).
		r.asOf = at
	case replayLSN.Valid && replayLSN.Int64 >= primaryLSN:
		r.asOf = at
	default:
		asOf := r.asOf
		for i := len(r.samples) - 1; i >= 0; i-- {
			if s := r.samples[i]; replayLSN.Valid && s.lsn <= replayLSN.Int64 {
				asOf = later(asOf, s.at)
				break
			}
		}
		if replayed.Valid {
			asOf = later(asOf, replayed.Time)
		}
		r.asOf = asOf
	}
	return nil
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Staleness is the replica's staleness now, and whether reads go to it:
// while the last measurement succeeded and the lag is within the bound.
func (r *Replica) Staleness() Staleness {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := Staleness{AsOf: r.asOf, Err: r.err}
	if !r.asOf.IsZero() {
		s.Lag = max(r.now().Sub(r.asOf), 0)
	}
	s.Replica = r.err == nil && !r.asOf.IsZero() && s.Lag <= r.maxLag
	return s
}

// MaxLag is the most staleness reads on the replica may have.
func (r *Replica) MaxLag() time.Duration { return r.maxLag }

// Watch measures the staleness every interval (a quarter of the bound, at
// most a second) until ctx ends.
func (r *Replica) Watch(ctx context.Context) {
	every := min(r.maxLag/4, time.Second)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		mctx, cancel := context.WithTimeout(ctx, max(every, time.Second))
		_ = r.Refresh(mctx) // kept in the state: reads go to the primary
		cancel()
	}
}

// ReadSource is where one request's analytics reads go, chosen once when it
// starts (DB.PinReads) so that all of them see one state of the data.
type ReadSource struct {
	// Staleness is the replica's staleness when it was chosen; Replica
	// false: the primary.
	Staleness
	used atomic.Bool
}

// Used tells whether a read went through the analytics client or pool
// under this choice.
func (s *ReadSource) Used() bool { return s.used.Load() }

type readSourceKey struct{}

// PinReads chooses where the analytics reads under the returned context go:
// the replica if its staleness is within the bound now, else the primary.
// It returns nil (and ctx) when there is no replica, and the choice already
// made when ctx has one.
func (d *DB) PinReads(ctx context.Context) (context.Context, *ReadSource) {
	if d.Replica == nil {
		return ctx, nil
	}
	if s, ok := ctx.Value(readSourceKey{}).(*ReadSource); ok {
		return ctx, s
	}
	s := &ReadSource{Staleness: d.Replica.Staleness()}
	return context.WithValue(ctx, readSourceKey{}, s), s
}

// onReplica tells whether an analytics read under ctx goes to the replica.
func (r *Replica) onReplica(ctx context.Context) bool {
	s, ok := ctx.Value(readSourceKey{}).(*ReadSource)
	if !ok {
		return r.Staleness().Replica
	}
	s.used.Store(true)
	return s.Replica
}

// Querier runs raw SQL queries: a *sql.DB, or DB.AnalyticsSQL.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readRouter is DB.AnalyticsSQL with a replica: queries go to the replica
// while it is fresh enough, else to the primary's read pool.
type readRouter struct {
	replica *Replica
	primary *sql.DB
}

func (q readRouter) pool(ctx context.Context) *sql.DB {
	if q.replica.onReplica(ctx) {
		return q.replica.SQL
	}
	return q.primary
}

// QueryContext implements Querier.
func (q readRouter) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return q.pool(ctx).QueryContext(ctx, query, args...)
}

// QueryRowContext implements Querier.
func (q readRouter) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return q.pool(ctx).QueryRowContext(ctx, query, args...)
}

// replicaDriver is the ent driver of DB.Analytics with a replica: queries
// outside transactions go to the replica while it is fresh enough, and
// everything else — writes, transactions, queries when it lags — to the
// primary's driver.
type replicaDriver struct {
	dialect.Driver // the primary's
	replica        *Replica
	read           *entsql.Driver
}

// Query implements dialect.Driver.
func (d *replicaDriver) Query(ctx context.Context, query string, args, v any) error {
	if !isWrite(query) && d.replica.onReplica(ctx) {
		return d.read.Query(ctx, query, args, v)
	}
	return d.Driver.Query(ctx, query, args, v)
}

// Close implements dialect.Driver: the primary's driver is closed by its
// own client, the replica by DB.Close.
func (d *replicaDriver) Close() error { return nil }
