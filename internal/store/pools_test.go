package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// scratchPostgres creates an empty database on the PostgreSQL test server
// (TEST_DATABASE_URL, as internal/testdb reads it; that package imports this
// one) and returns its URL, or skips the test on SQLite.
func scratchPostgres(t *testing.T) string {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		t.Skip("PostgreSQL only (SQLite has one connection and no lock_timeout): set TEST_DATABASE_URL")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("ybh_pools_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u, _ := url.Parse(base)
	u.Path = "/" + name
	return u.String()
}

// TestSecurityWritePoolTimesOut: on the write pool, a statement waiting for
// a lock (in a transaction or alone), a statement running too long and a
// writer finding no free connection all fail with ErrBusy within their
// timeout, while the read pool answers; a statement cancelled by its caller
// is not ErrBusy.
func TestSecurityWritePoolTimesOut(t *testing.T) {
	p := Pools{ReadConns: 4, WriteConns: 2, LockTimeout: 200 * time.Millisecond, StatementTimeout: 500 * time.Millisecond}
	read, write, err := openPools(scratchPostgres(t), p)
	if err != nil {
		t.Fatal(err)
	}
	d := newSplitDriver(read, write, p)
	defer d.Close()
	ctx := context.Background()
	if _, err := read.Exec("CREATE TABLE places (id int PRIMARY KEY, name text); INSERT INTO places VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}
	locker, err := read.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer locker.Close()
	if _, err := locker.ExecContext(ctx, "BEGIN; LOCK TABLE places IN SHARE MODE"); err != nil {
		t.Fatal(err)
	}
	// within checks that fn fails with ErrBusy (or not), after at most limit.
	within := func(what string, limit time.Duration, wantBusy bool, fn func() error) {
		t.Helper()
		start := time.Now()
		err := fn()
		took := time.Since(start)
		if errors.Is(err, ErrBusy) != wantBusy || err == nil {
			t.Errorf("%s: %v, ErrBusy %v", what, err, wantBusy)
		}
		if took > limit {
			t.Errorf("%s took %s, want under %s", what, took, limit)
		}
	}
	margin := 300 * time.Millisecond
	within("an UPDATE outside a transaction", p.LockTimeout+margin, true, func() error {
		return d.Exec(ctx, "UPDATE places SET name = 'b'", []any{}, nil)
	})
	within("an INSERT … RETURNING outside a transaction", p.LockTimeout+margin, true, func() error {
		var rows entsql.Rows
		return d.Query(ctx, "INSERT INTO places VALUES (2, 'c') RETURNING id", []any{}, &rows)
	})
	// inTx runs one statement in a transaction of the write pool.
	inTx := func(ctx context.Context, stmt string) error {
		tx, err := d.Tx(context.Background())
		if err != nil {
			return err
		}
		defer tx.Rollback()
		return tx.Exec(ctx, stmt, []any{}, nil)
	}
	within("an UPDATE in a transaction", p.LockTimeout+margin, true, func() error {
		return inTx(ctx, "UPDATE places SET name = 'b'")
	})
	within("a long statement in a transaction", p.StatementTimeout+margin, true, func() error {
		return inTx(ctx, "SELECT pg_sleep(5)")
	})
	within("a statement its caller cancels", 100*time.Millisecond+margin, false, func() error {
		cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		return inTx(cctx, "SELECT pg_sleep(5)")
	})
	// Every write connection taken: the next writer gives up after the lock
	// timeout, while reads go on.
	var open []dialect.Tx
	for range p.WriteConns {
		tx, err := d.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		open = append(open, tx)
	}
	within("a transaction without a free write connection", p.LockTimeout+margin, true, func() error {
		_, err := d.Tx(ctx)
		return err
	})
	var rows entsql.Rows
	if err := d.Query(ctx, "SELECT name FROM places", []any{}, &rows); err != nil {
		t.Fatalf("reading with the write pool taken and the table locked: %v", err)
	}
	rows.Close()
	for _, tx := range open {
		tx.Rollback()
	}
	if _, err := locker.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	// Released, the slots are free again and writes go through.
	for i := range 2 * p.WriteConns {
		if err := d.Exec(ctx, "UPDATE places SET name = $1", []any{fmt.Sprint(i)}, nil); err != nil {
			t.Fatalf("write %d after the lock: %v", i, err)
		}
	}
}

func TestIsWrite(t *testing.T) {
	for q, want := range map[string]bool{
		`INSERT INTO "places" ("name") VALUES ($1) RETURNING "id"`: true,
		` update "places" SET "name" = $1`:                         true,
		`DELETE FROM "idempotency_keys" WHERE "created_at" < $1`:   true,
		`SELECT "id" FROM "places"`:                                false,
		`WITH x AS (SELECT 1) SELECT * FROM x`:                     false,
	} {
		if isWrite(q) != want {
			t.Errorf("isWrite(%q) = %v", q, !want)
		}
	}
}
