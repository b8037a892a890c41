package server_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/internal/account"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// outageDriver fails, while down, every statement sent while a GraphQL
// operation runs — after the request was authenticated — as a server gone
// away would: the connection reset; while areasDown, every statement reading
// districts, wherever it is sent (authentication included).
type outageDriver struct {
	dialect.Driver
	down, areasDown *atomic.Bool
}

// fail is the error of a statement while the database is down.
func (d *outageDriver) fail(ctx context.Context, query string) error {
	if d.down.Load() && graphql.HasOperationContext(ctx) || d.areasDown.Load() && strings.Contains(query, "districts") {
		return fmt.Errorf("read: %w", &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET})
	}
	return nil
}

// Exec implements dialect.Driver.
func (d *outageDriver) Exec(ctx context.Context, query string, args, v any) error {
	if err := d.fail(ctx, query); err != nil {
		return err
	}
	return d.Driver.Exec(ctx, query, args, v)
}

// Query implements dialect.Driver.
func (d *outageDriver) Query(ctx context.Context, query string, args, v any) error {
	if err := d.fail(ctx, query); err != nil {
		return err
	}
	return d.Driver.Query(ctx, query, args, v)
}

// Tx implements dialect.Driver.
func (d *outageDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	if err := d.fail(ctx, ""); err != nil {
		return nil, err
	}
	return d.Driver.Tx(ctx)
}

// TestSecurityUnavailable: a database that is down, closed or out of
// connections is answered UNAVAILABLE with HTTP 503 and Retry-After — during
// a query, a mutation, authentication, a login, or a request that ran out of
// time — never BAD_USER_INPUT or a bare 500, and the data is untouched.
func TestSecurityUnavailable(t *testing.T) {
	var down, areasDown atomic.Bool
	a := &api{t: t}
	a.db = testdb.Open(t, store.WithDriver(func(d dialect.Driver) dialect.Driver {
		return &outageDriver{Driver: d, down: &down, areasDown: &areasDown}
	}))
	a.accounts = account.New(a.db.Client, account.Options{Now: a.clock})
	log := slog.New(slog.DiscardHandler)
	a.h = server.New(server.Config{Accounts: a.accounts, RatePerSecond: 1000, RateBurst: 1000}, a.db, log)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1})
	if err != nil {
		t.Fatal(err)
	}
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)

	post := func(h http.Handler, token, query string, vars map[string]any, timeout time.Duration) *httptest.ResponseRecorder {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if timeout > 0 {
			c, cancel := context.WithTimeout(req.Context(), timeout)
			defer cancel()
			req = req.WithContext(c)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	expectUnavailable := func(t *testing.T, rec *httptest.ResponseRecorder) {
		t.Helper()
		got := decodeAnswer(t, rec)
		if got.code != "UNAVAILABLE" || got.status != http.StatusServiceUnavailable || got.header.Get("Retry-After") == "" {
			t.Fatalf("status %d, code %q, Retry-After %q; want 503 UNAVAILABLE with Retry-After: %.300s", got.status, got.code, got.header.Get("Retry-After"), got.body)
		}
		for _, m := range got.messages {
			for _, leak := range append(leaks, "connection reset", "tcp", "closed") {
				if bytes.Contains([]byte(m), []byte(leak)) {
					t.Errorf("message %q shows %q", m, leak)
				}
			}
		}
	}
	const rename = `mutation($in: VillagePatch!) { updateVillage(input: $in) { village { name } userErrors { code } } }`
	renameVars := map[string]any{"in": map[string]any{"id": gid(p.Villages[0].ID), "set": map[string]any{"name": "新名字"}}}

	t.Run("the database down during a query", func(t *testing.T) {
		down.Store(true)
		defer down.Store(false)
		expectUnavailable(t, post(a.h, a.token, `{ villages { totalCount } overview(period: "2024") { period } }`, nil, 0))
	})
	t.Run("the database down during a mutation", func(t *testing.T) {
		down.Store(true)
		defer down.Store(false)
		expectUnavailable(t, post(a.h, a.token, rename, renameVars, 0))
		if v := a.db.Client.Village.GetX(ctx(), p.Villages[0].ID); v.Name != p.Villages[0].Name {
			t.Fatalf("the village was renamed to %q", v.Name)
		}
	})
	t.Run("the database up again", func(t *testing.T) {
		got := decodeAnswer(t, post(a.h, a.token, `{ villages { totalCount } }`, nil, 0))
		if got.status != http.StatusOK || got.code != "" || got.header.Get("Retry-After") != "" {
			t.Fatalf("after the outage: status %d, code %q: %s", got.status, got.code, got.body)
		}
	})
	t.Run("every connection busy", func(t *testing.T) {
		// Hold every connection of the pool; requests wait for one until
		// their time is up.
		held := make([]*sql.Conn, 0, a.db.SQL.Stats().MaxOpenConnections)
		for range cap(held) {
			conn, err := a.db.SQL.Conn(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, conn)
		}
		defer func() {
			for _, c := range held {
				c.Close()
			}
		}()
		expectUnavailable(t, post(a.h, a.token, `{ villages { totalCount } }`, nil, 200*time.Millisecond))
		expectUnavailable(t, post(a.h, "", `mutation { login(input: {username: "admin", password: "x"}) { token } }`, nil, 200*time.Millisecond))
		// The server's own request timeout, whichever of it and the wait for
		// a connection ends first.
		short := server.New(server.Config{Accounts: a.accounts, RatePerSecond: 1000, RateBurst: 1000, RequestTimeout: 100 * time.Millisecond}, a.db, log)
		expectUnavailable(t, post(short, a.token, `{ villages { totalCount } }`, nil, 0))
	})
	t.Run("the database failing while a new session's area is looked up", func(t *testing.T) {
		// A session not yet cached (or evicted when the eviction listener
		// reconnected after a restart): the token is read, then its
		// account's area fails to load — the database's failure, not
		// BAD_USER_INPUT (which a client would not retry), and not kept.
		token := a.loginAs("admin2", viewer.DistrictAdmin, "500154", nil)
		areasDown.Store(true)
		expectUnavailable(t, post(a.h, token, `{ villages { totalCount } }`, nil, 0))
		areasDown.Store(false)
		got := decodeAnswer(t, post(a.h, token, `{ villages { totalCount } }`, nil, 0))
		if got.status != http.StatusOK || got.code != "" {
			t.Fatalf("after the failure: status %d, code %q: %s", got.status, got.code, got.body)
		}
	})
	t.Run("the pool closed", func(t *testing.T) {
		a.db.SQL.Close()
		expectUnavailable(t, post(a.h, a.token, `{ villages { totalCount } }`, nil, 0))
		expectUnavailable(t, post(a.h, "", `mutation { login(input: {username: "admin", password: "x"}) { token } }`, nil, 0))
	})
}
