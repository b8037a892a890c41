// Package testdb gives each test a fresh, migrated database: in-memory SQLite by
// default, or PostgreSQL when TEST_DATABASE_URL names a server (a database on it
// is used as the admin connection; every test gets its own database cloned from
// a migrated template).
package testdb

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
	n := counter.Add(1)
	base := os.Getenv(EnvURL)
	var dbURL string
	if base == "" {
		dbURL = fmt.Sprintf("sqlite:file:test_%d_%d?mode=memory&cache=shared", os.Getpid(), n)
	} else {
		var err error
		if dbURL, err = clonePostgres(ctx, base, n); err != nil {
			return nil, nil, err
		}
	}
	db, err := store.Open(ctx, dbURL, opts...)
	if err != nil {
		return nil, nil, err
	}
	if db.Dialect.Embedded() {
		if err := db.Migrate(ctx); err != nil {
			db.Close()
			return nil, nil, err
		}
	}
	return db, func() {
		db.Close()
		if base != "" {
			dropPostgres(base, dbURL)
		}
	}, nil
}

var (
	templateOnce sync.Once
	templateName string
	templateErr  error
)

// clonePostgres creates database number n from a template that was migrated
// once per test process.
func clonePostgres(ctx context.Context, base string, n int64) (string, error) {
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	prefix := fmt.Sprintf("ybh_test_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6)
	templateOnce.Do(func() {
		templateName = prefix + "_tmpl"
		if _, templateErr = admin.ExecContext(ctx, "CREATE DATABASE "+templateName); templateErr != nil {
			return
		}
		var db *store.DB
		if db, templateErr = store.Open(ctx, withDatabase(base, templateName)); templateErr != nil {
			return
		}
		templateErr = db.Migrate(ctx)
		db.Close()
	})
	if templateErr != nil {
		return "", fmt.Errorf("preparing template database: %w", templateErr)
	}
	name := fmt.Sprintf("%s_%d", strings.TrimSuffix(templateName, "_tmpl"), n)
	if _, err := admin.ExecContext(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, templateName)); err != nil {
		return "", err
	}
	return withDatabase(base, name), nil
}

func dropPostgres(base, dbURL string) {
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return
	}
	defer admin.Close()
	u, _ := url.Parse(dbURL)
	_, _ = admin.Exec("DROP DATABASE IF EXISTS " + strings.TrimPrefix(u.Path, "/") + " WITH (FORCE)")
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

// DropTemplate removes the per-process template database; call it from TestMain.
func DropTemplate() {
	if base := os.Getenv(EnvURL); base != "" && templateName != "" {
		dropPostgres(base, withDatabase(base, templateName))
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
