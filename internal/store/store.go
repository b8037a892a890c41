// Package store opens the database behind Yuanbahui — embedded SQLite by default,
// PostgreSQL for real deployments — and brings its schema up to date.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // PostgreSQL driver "postgres"
	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"

	"yuanbahui/ent"
	_ "yuanbahui/ent/runtime" // hooks, defaults and validators of ent/schema
	"yuanbahui/internal/account"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/bound"
	sqldialect "yuanbahui/internal/dialect"
	"yuanbahui/internal/live"
)

// DefaultURL is the database used when none is configured: an embedded SQLite
// file under ./data.
const DefaultURL = "sqlite:data/yuanbahui.db"

// DB is an open database with its ent client.
type DB struct {
	// Client is the ent client over the database.
	Client *ent.Client
	// SQL is the underlying connection pool (for health checks and raw SQL);
	// with WithPools, the read pool.
	SQL *sql.DB
	// Dialect is the database's SQL dialect, PostgreSQL's or SQLite's.
	Dialect sqldialect.Dialect
	// Analytics is the ent client of the analysts' reads — analytics,
	// exports — over the read replica (WithReadReplica) while it is fresh
	// enough, else the primary; without a replica it is Client. Whatever
	// writes through it goes to the primary.
	Analytics *ent.Client
	// AnalyticsSQL runs the analytics' raw SQL where Analytics reads: the
	// replica or the primary's read pool (SQL).
	AnalyticsSQL Querier
	// Replica is the read replica (WithReadReplica), else nil.
	Replica *Replica
	// Live fans the committed changes the boards follow out to this
	// process's subscriptions (internal/live): on SQLite published here after
	// each commit; on PostgreSQL sent by pg_notify at commit and received by
	// Listen.
	Live *live.Bus
	// write is the write pool (WithPools), else nil.
	write *sql.DB
	// url is the database's URL, for Listen.
	url string
}

// SQLPools are the database's connection pools by name, for their
// statistics (sql.DB.Stats): "read" and "write" when opened WithPools,
// else the one pool, "main"; and "replica" with a read replica.
func (d *DB) SQLPools() map[string]*sql.DB {
	pools := map[string]*sql.DB{"main": d.SQL}
	if d.write != nil {
		pools = map[string]*sql.DB{"read": d.SQL, "write": d.write}
	}
	if d.Replica != nil {
		pools["replica"] = d.Replica.SQL
	}
	return pools
}

// Option adjusts how a database is opened.
type Option func(*options)

type options struct {
	wrap    func(dialect.Driver) dialect.Driver
	pools   *Pools
	replica *ReplicaOptions
}

// WithDriver wraps the ent driver, e.g. to count or log statements in tests.
func WithDriver(wrap func(dialect.Driver) dialect.Driver) Option {
	return func(o *options) { o.wrap = wrap }
}

// Open connects to the database named by rawURL: `sqlite:PATH` (a file, created
// with its directory if missing), `sqlite:file:NAME?mode=memory&cache=shared`
// (in memory), or `postgres://…` / `postgresql://…`.
func Open(ctx context.Context, rawURL string, opts ...Option) (*DB, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if rawURL == "" {
		rawURL = DefaultURL
	}
	var (
		db, write *sql.DB
		name      sqldialect.Dialect
		err       error
	)
	switch {
	case strings.HasPrefix(rawURL, "sqlite:"):
		name = sqldialect.SQLite
		db, err = openSQLite(strings.TrimPrefix(rawURL, "sqlite:"))
	case (strings.HasPrefix(rawURL, "postgres://") || strings.HasPrefix(rawURL, "postgresql://")) && o.pools != nil:
		name = sqldialect.Postgres
		db, write, err = openPools(rawURL, *o.pools)
	case strings.HasPrefix(rawURL, "postgres://"), strings.HasPrefix(rawURL, "postgresql://"):
		name = sqldialect.Postgres
		db, err = sql.Open("postgres", rawURL)
		if err == nil {
			db.SetMaxOpenConns(20)
			db.SetMaxIdleConns(10)
			db.SetConnMaxIdleTime(5 * time.Minute)
		}
	default:
		return nil, fmt.Errorf("unsupported database URL %q: use sqlite:PATH or postgres://…", Redact(rawURL))
	}
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", Redact(rawURL), err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for _, pool := range []*sql.DB{db, write} {
		if pool == nil {
			continue
		}
		if err := pool.PingContext(pingCtx); err != nil {
			db.Close()
			if write != nil {
				write.Close()
			}
			return nil, fmt.Errorf("connecting to %s: %w", Redact(rawURL), err)
		}
	}
	var drv dialect.Driver = entsql.OpenDB(string(name), db)
	if write != nil {
		drv = newSplitDriver(db, write, *o.pools)
	}
	if o.wrap != nil {
		drv = o.wrap(drv)
	}
	d := &DB{SQL: db, Dialect: name, write: write, AnalyticsSQL: db, Live: live.NewBus(), url: rawURL}
	if o.replica != nil {
		if name != sqldialect.Postgres {
			db.Close()
			return nil, errors.New("a read replica needs PostgreSQL: --db postgres://…")
		}
		if d.Replica, err = openReplica(ctx, *o.replica, db); err != nil {
			db.Close()
			if write != nil {
				write.Close()
			}
			return nil, err
		}
		d.AnalyticsSQL = readRouter{replica: d.Replica, primary: db}
	}
	d.Client = ent.NewClient(ent.Driver(drv))
	d.Analytics = d.Client
	if d.Replica != nil {
		d.Analytics = ent.NewClient(ent.Driver(&replicaDriver{Driver: drv, replica: d.Replica, read: entsql.OpenDB(dialect.Postgres, d.Replica.SQL)}))
	}
	for _, client := range []*ent.Client{d.Client, d.Analytics} {
		// Trim first: every hook after it, and ent's validators, see text
		// without the padding a client sent.
		client.Use(bound.Trim, audit.Hook(), account.Hook())
		notifyVia := db
		if write != nil {
			notifyVia = write
		}
		if name == sqldialect.Postgres {
			client.Use(live.Hook(d.Live, notifyVia))
			client.Use(account.BroadcastHook(func(ctx context.Context, key string) {
				// Best effort: a replica that misses it still drops the
				// entry within account.ViewerCacheTTL.
				_, _ = notifyVia.ExecContext(context.WithoutCancel(ctx), `SELECT pg_notify($1, $2)`, account.EvictChannel, key)
			}))
		} else {
			client.Use(live.Hook(d.Live, nil))
		}
		if d.Analytics == d.Client {
			break
		}
	}
	return d, nil
}

// openSQLite opens a SQLite database with foreign keys on, a busy timeout and,
// for files, write-ahead logging.
func openSQLite(path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty path")
	}
	dsn := path
	pragmas := "_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_time_format=sqlite"
	if strings.HasPrefix(path, "file:") && strings.Contains(path, "mode=memory") {
		dsn += sep(dsn) + pragmas
	} else {
		file := strings.TrimPrefix(path, "file:")
		if i := strings.IndexByte(file, '?'); i >= 0 {
			file = file[:i]
		}
		if dir := filepath.Dir(file); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
		if !strings.HasPrefix(dsn, "file:") {
			dsn = "file:" + dsn
		}
		dsn += sep(dsn) + pragmas + "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// SQLite allows one writer; a single connection avoids SQLITE_BUSY between
	// our own connections and keeps in-memory databases shared.
	db.SetMaxOpenConns(1)
	return db, nil
}

func sep(dsn string) string {
	if strings.Contains(dsn, "?") {
		return "&"
	}
	return "?"
}

// Redact hides the password of a database URL for logs and errors.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Listen, on PostgreSQL, receives until ctx ends the live events every
// process on the database sends (publishing them on Live) and the
// notifications of the other handlers, such as the account service's
// evictions, on one connection: the process's one listener (live.Listen).
// On SQLite, where events are published in the process, it waits for ctx.
// ready, if not nil, is closed once it listens.
func (d *DB) Listen(ctx context.Context, log *slog.Logger, ready chan<- struct{}, also ...live.Handler) error {
	if d.Dialect != sqldialect.Postgres {
		if ready != nil {
			close(ready)
		}
		<-ctx.Done()
		return nil
	}
	return live.Listen(ctx, d.url, log, ready, append(also, d.Live.Handler(log))...)
}

// Ping checks that the database answers.
func (d *DB) Ping(ctx context.Context) error { return d.SQL.PingContext(ctx) }

// Close closes the client and the pools, the replica's too.
func (d *DB) Close() error {
	err := d.Client.Close()
	if d.Replica != nil {
		err = errors.Join(err, d.Replica.close())
	}
	return err
}
