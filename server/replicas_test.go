package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
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
	dsn := databaseURL(t, a)
	listen(t, dsn, a.accounts)
	b := replica(t, dsn, server.Config{RatePerSecond: 1000, RateBurst: 1000})

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

// databaseURL is the URL of a's database, for other replicas to open.
func databaseURL(t *testing.T, a *api) string {
	t.Helper()
	var name string
	if err := a.db.SQL.QueryRowContext(ctx(), `SELECT current_database()`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(os.Getenv(testdb.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// listen makes accounts apply the evictions broadcast on dsn until the test
// ends, as `serve` does, and waits until it listens.
func listen(t *testing.T, dsn string, accounts *account.Service) {
	t.Helper()
	runCtx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
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

// replica is another server on the database at dsn, with its own pool,
// account service (and viewer cache) and handler configured by cfg,
// listening for evictions.
func replica(t *testing.T, dsn string, cfg server.Config) *api {
	t.Helper()
	db, err := store.Open(ctx(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	r := &api{t: t, db: db, accounts: account.New(db.Client, account.Options{})}
	cfg.Accounts = r.accounts
	r.h = server.New(cfg, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	listen(t, dsn, r.accounts)
	return r
}

// TestThreeReplicasAgree: three servers on one PostgreSQL database, each
// with its own pool, viewer cache and handler, act as one. A token revoked
// through the first is refused by the other two within a second; an
// account spending through all three in turn is refused (RATE_LIMITED)
// once it has spent about one budget in all, not three; and its requests
// through all three are refused once they reach one burst, not three.
func TestThreeReplicasAgree(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "replicas share evictions and budgets through PostgreSQL")
	const (
		budget = 600 // points a minute
		burst  = 100 // requests
	)
	cfg := server.Config{RatePerSecond: 0.001, RateBurst: burst, CostPerMinute: budget}
	first := newAPI(t)
	if _, err := fixture.Build(ctx(), first.db.Client, fixture.Shape{Villages: 1}); err != nil {
		t.Fatal(err)
	}
	dsn := databaseURL(t, first)
	cfg.Accounts = first.accounts
	first.h = server.New(cfg, first.db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	listen(t, dsn, first.accounts)
	replicas := []*api{first, replica(t, dsn, cfg), replica(t, dsn, cfg)}

	t.Run("revoked token", func(t *testing.T) {
		first.token = first.loginAs("analyst", viewer.Analyst, "500154", nil)
		var created struct {
			CreateApiToken struct {
				Token    string
				ApiToken struct{ ID string }
			}
		}
		first.query(`mutation { createApiToken(input: {name: "导出", expiresInDays: 30}) { token apiToken { id } } }`, nil, &created)
		session := first.token
		for i, r := range replicas {
			r.token = created.CreateApiToken.Token
			if res := r.do(`{ villages { totalCount } }`, nil); res.Status != http.StatusOK {
				t.Fatalf("replica %d, personal token before revoking: %d %+v", i+1, res.Status, res.Errors)
			}
		}
		first.token = session
		first.query(`mutation($id: ID!) { revokeApiToken(input: {id: $id}) { apiToken { revokedAt } } }`, map[string]any{"id": created.CreateApiToken.ApiToken.ID}, &struct{}{})
		for i, r := range replicas[1:] {
			refusedWithin(t, r, fmt.Sprintf("revoked token on replica %d", i+2))
		}
	})

	t.Run("cost budget", func(t *testing.T) {
		token := first.loginAs("spender", viewer.Analyst, "500154", nil)
		start := time.Now()
		spent, cost := 0.0, 0.0
		for i := 0; ; i++ {
			if i > 10*budget {
				t.Fatal("never refused")
			}
			res := post(t, replicas[i%3].h, token, `{ villages(first: 5) { edges { node { name } } } }`, nil)
			if res.Status == http.StatusTooManyRequests {
				if res.code() != "RATE_LIMITED" || res.report() == nil || float64(res.report().Remaining) >= cost {
					t.Fatalf("replica %d refused with %+v", i%3+1, res)
				}
				break
			}
			if res.code() != "" || res.Extensions.Cost == nil {
				t.Fatalf("replica %d: %d %+v", i%3+1, res.Status, res)
			}
			cost = float64(res.Extensions.Cost.Requested)
			spent += cost
		}
		// The budget refills budget/60 points a second while the test runs.
		refill := budget / 60 * time.Since(start).Seconds()
		if spent < budget-cost || spent > budget+refill {
			t.Fatalf("spent %.0f points through three replicas before the refusal; the budget is %d (plus %.0f refilled meanwhile)", spent, budget, refill)
		}
	})

	t.Run("request rate", func(t *testing.T) {
		token := first.loginAs("flooder", viewer.Analyst, "500154", nil)
		allowed := 0
		for i := 0; ; i++ {
			if i > 10*burst {
				t.Fatal("never refused")
			}
			req := httptest.NewRequest(http.MethodGet, "/graphiql/examples.json", nil)
			req.Header.Set("Authorization", "Bearer "+token)
			res := replicas[i%3].serve(req)
			if res.Status == http.StatusTooManyRequests {
				break
			}
			if res.Status != http.StatusOK {
				t.Fatalf("replica %d: %d %+v", i%3+1, res.Status, res.Errors)
			}
			allowed++
		}
		// The rate, one request in 1,000 s, adds none while the test runs.
		if allowed != burst {
			t.Fatalf("%d requests allowed through three replicas before the refusal; the burst is %d", allowed, burst)
		}
	})
}
