package server_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"testing"
	"time"

	"yuanbahui/internal/account"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// TestRevokedTokenRefusedByOtherReplica: two servers (two store.DB and
// handlers, each listening for evictions) on one PostgreSQL database; a
// token cached by both and revoked through one is refused by the other
// within a second, and so is a session of an account disabled through one.
func TestRevokedTokenRefusedByOtherReplica(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "replicas share evictions through LISTEN/NOTIFY")
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1}); err != nil {
		t.Fatal(err)
	}
	var name string
	if err := a.db.SQL.QueryRowContext(ctx(), `SELECT current_database()`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(os.Getenv(testdb.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	dsn := u.String()
	runCtx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	listen := func(accounts *account.Service) {
		ready := make(chan struct{})
		go func() {
			if err := accounts.Listen(runCtx, dsn, slog.New(slog.NewTextHandler(io.Discard, nil)), ready); err != nil {
				t.Error(err)
			}
		}()
		select {
		case <-ready:
		case <-time.After(10 * time.Second):
			t.Fatal("listener not ready")
		}
	}
	listen(a.accounts)
	db2, err := store.Open(ctx(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db2.Close() })
	b := &api{t: t, db: db2, accounts: account.New(db2.Client, account.Options{})}
	b.h = server.New(server.Config{Accounts: b.accounts, RatePerSecond: 1000, RateBurst: 1000}, db2, slog.New(slog.NewTextHandler(io.Discard, nil)))
	listen(b.accounts)

	a.token = a.loginAs("analyst", viewer.Analyst, "500154", nil)
	var created struct {
		CreateApiToken struct {
			Token    string
			ApiToken struct{ ID string }
		}
	}
	a.query(`mutation { createApiToken(input: {name: "导出", expiresInDays: 30}) { token apiToken { id } } }`, nil, &created)
	session := a.token
	// Both replicas cache the personal token.
	for _, r := range []*api{a, b} {
		r.token = created.CreateApiToken.Token
		if res := r.do(`{ villages { totalCount } }`, nil); res.Status != http.StatusOK {
			t.Fatalf("personal token before revoking: %d %+v", res.Status, res.Errors)
		}
	}
	a.token = session
	a.query(`mutation($id: ID!) { revokeApiToken(input: {id: $id}) { apiToken { revokedAt } } }`, map[string]any{"id": created.CreateApiToken.ApiToken.ID}, &struct{}{})
	refusedWithin(t, b, "revoked token")

	// A session cached by the other replica, of an account disabled here (in
	// one test process the replicas also share areasVersion, so this half
	// holds without the broadcast too; the token above does not).
	b.token = session
	if res := b.do(`{ villages { totalCount } }`, nil); res.Status != http.StatusOK {
		t.Fatalf("session before disabling: %d %+v", res.Status, res.Errors)
	}
	if err := a.accounts.Disable(ctx(), "analyst"); err != nil {
		t.Fatal(err)
	}
	refusedWithin(t, b, "disabled account's session")
}

// refusedWithin polls r with its token for up to a second until it is refused.
func refusedWithin(t *testing.T, r *api, what string) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for {
		res := r.do(`{ villages { totalCount } }`, nil)
		if res.Status == http.StatusUnauthorized {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s still accepted by the other replica after 1 s: %d", what, res.Status)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
