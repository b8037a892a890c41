// Package testdb gives each test a fresh, migrated database: in-memory SQLite by
// default, or PostgreSQL when TEST_DATABASE_URL names a server (a database on it
// is used as the admin connection). Every test gets its own database, copied
// from a template migrated once per test process; Prepared does the same for
// a seeded state, built once per process and copied per test.
package testdb

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"modernc.org/sqlite"

	"yuanbahui/internal/dialect"

	"yuanbahui/internal/store"
)

// EnvURL names the environment variable that selects PostgreSQL.
const EnvURL = "TEST_DATABASE_URL"

var counter atomic.Int64

// Dialect returns the dialect the tests run on.
func Dialect() dialect.Dialect {
	if os.Getenv(EnvURL) != "" {
		return dialect.Postgres
	}
	return dialect.SQLite
}

// Open returns a fresh migrated database, closed (and dropped) when the test ends.
func Open(t testing.TB, opts ...store.Option) *store.DB {
	t.Helper()
	db, cleanup, err := New(context.Background(), opts...)
	if err != nil {
		t.Fatalf("testdb: %v", err)
	}
	t.Cleanup(cleanup)
	return db
}

// New returns a fresh migrated database and the function that closes (and, on
// PostgreSQL, drops) it; for callers without a testing.TB, such as TestMain.
func New(ctx context.Context, opts ...store.Option) (*store.DB, func(), error) {
	return clone(ctx, migrated, opts)
}

// Prepared returns a fresh database holding the state build writes into a
// migrated database, closed (and dropped) when the test ends. build runs once
// per test process for each name (e.g. "village, seed 7"): its result is kept
// as a template that every later call copies (SQLite: the backup API into a new
// in-memory database; PostgreSQL: CREATE DATABASE … TEMPLATE), so tests that
// need the same seeded data get their own copy without seeding again. name must
// say everything build depends on.
func Prepared(t testing.TB, name string, build func(context.Context, *store.DB) error, opts ...store.Option) *store.DB {
	t.Helper()
	tp := templateFor(name, build)
	db, cleanup, err := clone(context.Background(), tp, opts)
	if err != nil {
		t.Fatalf("testdb: %s: %v", name, err)
	}
	t.Cleanup(cleanup)
	return db
}

// template is a database built once per test process and copied for each
// test: the migrated schema, or that plus the state a Prepared build wrote.
type template struct {
	name  string // what Prepared was given; "" for the migrated schema
	build func(context.Context, *store.DB) error
	once  sync.Once
	url   string  // the template's database URL (sqlite:… or postgres://…)
	keep  *sql.DB // SQLite: holds the in-memory template open
	err   error
}

var (
	migrated    = &template{}
	templatesMu sync.Mutex
	templates   = map[string]*template{}
)

// templateFor returns the template of name, registering it on first use.
func templateFor(name string, build func(context.Context, *store.DB) error) *template {
	templatesMu.Lock()
	defer templatesMu.Unlock()
	tp := templates[name]
	if tp == nil {
		tp = &template{name: name, build: build}
		templates[name] = tp
	}
	return tp
}

// ready builds the template on first use: the migrated schema is migrated
// into an empty database; a Prepared state is built on a copy of it.
func (tp *template) ready(ctx context.Context) error {
	tp.once.Do(func() {
		if tp.build == nil {
			tp.err = tp.migrate(ctx)
		} else {
			tp.err = tp.prepare(ctx)
		}
		if tp.err != nil {
			tp.err = fmt.Errorf("preparing template database %q: %w", tp.name, tp.err)
		}
	})
	return tp.err
}

func (tp *template) migrate(ctx context.Context) error {
	base := os.Getenv(EnvURL)
	if base == "" {
		tp.url = sqliteURL("_tmpl")
	} else {
		var err error
		if tp.url, err = createPostgres(ctx, base, "", "_tmpl"); err != nil {
			return err
		}
	}
	db, err := store.Open(ctx, tp.url)
	if err != nil {
		return err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return err
	}
	return tp.settle(db)
}

func (tp *template) prepare(ctx context.Context) error {
	db, u, err := cloneURL(ctx, migrated, "_tmpl", nil)
	if err != nil {
		return err
	}
	tp.url = u
	if err := tp.build(ctx, db); err != nil {
		db.Close()
		return err
	}
	return tp.settle(db)
}

// settle leaves the template ready to be copied: a PostgreSQL template must
// have no connections, so its pool is closed; an in-memory SQLite database
// lives as long as a connection to it, so one is kept open.
func (tp *template) settle(db *store.DB) error {
	if db.Dialect.Embedded() {
		tp.keep = db.SQL
		return nil
	}
	return db.Close()
}

// clone returns a new database copied from tp, and the function that closes
// (and, on PostgreSQL, drops) it.
func clone(ctx context.Context, tp *template, opts []store.Option) (*store.DB, func(), error) {
	if err := migrated.ready(ctx); err != nil {
		return nil, nil, err
	}
	if err := tp.ready(ctx); err != nil {
		return nil, nil, err
	}
	db, u, err := cloneURL(ctx, tp, "", opts)
	if err != nil {
		return nil, nil, err
	}
	return db, func() {
		db.Close()
		if base := os.Getenv(EnvURL); base != "" {
			dropPostgres(base, u)
		}
	}, nil
}

// cloneURL opens a new database copied from the (ready) template tp and
// returns it with its URL; suffix, when set, marks it as a template itself.
func cloneURL(ctx context.Context, tp *template, suffix string, opts []store.Option) (*store.DB, string, error) {
	base := os.Getenv(EnvURL)
	if base != "" {
		u, err := createPostgres(ctx, base, tp.url, suffix)
		if err != nil {
			return nil, "", err
		}
		db, err := store.Open(ctx, u, opts...)
		if err != nil {
			dropPostgres(base, u)
			return nil, "", err
		}
		return db, u, nil
	}
	u := sqliteURL(suffix)
	db, err := store.Open(ctx, u, opts...)
	if err != nil {
		return nil, "", err
	}
	if err := restoreSQLite(ctx, db.SQL, strings.TrimPrefix(tp.url, "sqlite:")); err != nil {
		db.Close()
		return nil, "", err
	}
	return db, u, nil
}

// sqliteURL names a new in-memory SQLite database of this process.
func sqliteURL(suffix string) string {
	return fmt.Sprintf("sqlite:file:test_%d_%d%s?mode=memory&cache=shared", os.Getpid(), counter.Add(1), suffix)
}

// restoreSQLite copies the SQLite database at src (a DSN of the same process)
// over the database of pool, page by page with SQLite's backup API.
func restoreSQLite(ctx context.Context, pool *sql.DB, src string) error {
	conn, err := pool.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("testdb: %T cannot restore a backup", dc)
		}
		b, err := r.NewRestore(src)
		if err != nil {
			return err
		}
		if _, err := b.Step(-1); err != nil {
			b.Finish()
			return err
		}
		return b.Finish()
	})
}

// createPostgres creates a new database on the server at base, a copy of the
// database at tmplURL (empty: a new empty database); its name starts with this
// process's prefix, so parallel test processes never collide.
func createPostgres(ctx context.Context, base, tmplURL, suffix string) (string, error) {
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	name := fmt.Sprintf("%s_%d%s", pgPrefix(), counter.Add(1), suffix)
	stmt := "CREATE DATABASE " + name
	if tmplURL != "" {
		stmt += " TEMPLATE " + dbName(tmplURL)
	}
	if _, err := admin.ExecContext(ctx, stmt); err != nil {
		return "", err
	}
	return withDatabase(base, name), nil
}

var (
	prefixOnce sync.Once
	prefix     string
)

// pgPrefix is the prefix of the names of this process's PostgreSQL databases.
func pgPrefix() string {
	prefixOnce.Do(func() { prefix = fmt.Sprintf("ybh_test_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6) })
	return prefix
}

func dbName(dbURL string) string {
	u, _ := url.Parse(dbURL)
	return strings.TrimPrefix(u.Path, "/")
}

func dropPostgres(base, dbURL string) {
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return
	}
	defer admin.Close()
	_, _ = admin.Exec("DROP DATABASE IF EXISTS " + dbName(dbURL) + " WITH (FORCE)")
}

// Main runs a package's tests and then drops the template database: use it as
// `func TestMain(m *testing.M) { testdb.Main(m) }`. Without TEST_DATABASE_URL
// it first says on stderr, once per package, that the PostgreSQL half is
// skipped (the tests still pass on SQLite).
func Main(m *testing.M) {
	flag.Parse()
	AnnounceSkip(noticeOut())
	code := m.Run()
	DropTemplate()
	os.Exit(code)
}

// SkipNotice is the line AnnounceSkip writes when TEST_DATABASE_URL is unset.
const SkipNotice = "testdb: PostgreSQL tests skipped, these tests ran on SQLite only: set " + EnvURL +
	"='postgres://…' to run them on PostgreSQL too (make test does)"

// AnnounceSkip writes SkipNotice to w when TEST_DATABASE_URL is unset, and
// nothing otherwise; Main calls it, a TestMain of its own should too.
func AnnounceSkip(w io.Writer) {
	if os.Getenv(EnvURL) == "" {
		fmt.Fprintln(w, SkipNotice)
	}
}

// noticeOut is where the skip notice goes. `go test ./...` shows nothing a
// passing package prints, so unless the output is already visible (-v, or
// stderr a terminal) the notice goes to the terminal go test runs in too.
func noticeOut() io.Writer {
	if testing.Verbose() {
		return os.Stderr
	}
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		return os.Stderr
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return os.Stderr
	}
	// The descriptor lives as long as the test process; it is written once.
	return io.MultiWriter(os.Stderr, tty)
}

// SkipUnlessPostgres skips a PostgreSQL-only test on SQLite, saying why and
// naming TEST_DATABASE_URL.
func SkipUnlessPostgres(t testing.TB, why string) {
	t.Helper()
	if Dialect() != dialect.Postgres {
		t.Skipf("PostgreSQL only (%s): set %s to run it (make test does)", why, EnvURL)
	}
}

// DropTemplate removes the per-process template databases; call it from TestMain.
func DropTemplate() {
	base := os.Getenv(EnvURL)
	if base == "" {
		return
	}
	templatesMu.Lock()
	defer templatesMu.Unlock()
	for _, tp := range append([]*template{migrated}, slices.Collect(maps.Values(templates))...) {
		if strings.HasPrefix(tp.url, "postgres") {
			dropPostgres(base, tp.url)
		}
	}
}

func withDatabase(base, name string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	u.Path = "/" + name
	return u.String()
}
