package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

const loginMutation = `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token expiresAt user { username role } } }`

func TestAnonymousCanLogInAndIntrospectOnly(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.accounts.AddUser(ctx(), "cadre", viewer.VillageCadre, "500154104001", testPassword, nil, false); err != nil {
		t.Fatal(err)
	}
	a.anonymous = true
	if code, _ := a.errorCode(`{ villages { totalCount } }`, nil); code != "UNAUTHENTICATED" {
		t.Fatalf("anonymous list: %s", code)
	}
	var schema struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	a.query(`{ __schema { queryType { name } } }`, nil, &schema)
	if schema.Schema.QueryType.Name != "Query" {
		t.Fatalf("introspection: %+v", schema)
	}
	var me struct{ Me *struct{ Username string } }
	a.query(`{ me { username } }`, nil, &me)
	if me.Me != nil {
		t.Fatalf("anonymous me = %+v", me.Me)
	}

	// Logging in returns a bearer token and sets an httpOnly, SameSite=Strict
	// cookie — asked as the SPA's urql asks, whose Accept lists
	// text/event-stream among the JSON types: the answer is one JSON document
	// (not a Server-Sent Events stream, which would set no cookie).
	body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"u": "cadre", "p": testPassword}})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed")
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	var login struct {
		Data struct {
			Login struct {
				Token string
				User  struct{ Username, Role string }
			}
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &login); err != nil || login.Data.Login.Token == "" || login.Data.Login.User.Role != "VILLAGE_CADRE" {
		t.Fatalf("login: %s", rec.Body.String())
	}
	cookie := rec.Result().Cookies()
	if len(cookie) != 1 || cookie[0].Name != server.SessionCookie || !cookie[0].HttpOnly || cookie[0].SameSite != http.SameSiteStrictMode || cookie[0].Value != login.Data.Login.Token {
		t.Fatalf("session cookie: %+v", cookie)
	}
	// The cookie alone authenticates the SPA; the cadre sees one village.
	req = httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ me { username } villages { totalCount } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(cookie[0])
	r := a.serve(req)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"username":"cadre"`) || !strings.Contains(string(r.Data), `"totalCount":1`) {
		t.Fatalf("with the cookie: %s %+v", r.Data, r.Errors)
	}
	// Logging out revokes the session.
	a.anonymous, a.token = false, login.Data.Login.Token
	var out struct{ Logout struct{ Ok bool } }
	a.query(`mutation { logout { ok } }`, nil, &out)
	if !out.Logout.Ok {
		t.Fatal("logout did not end a session")
	}
	r = a.do(`{ villages { totalCount } }`, nil)
	if r.Status != http.StatusUnauthorized || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("after logout: %d %+v", r.Status, r.Errors)
	}
}

// TestReadsStayReads: an authenticated read opens no transaction and, once
// its token is cached, reads nothing but its own data; disabling the account
// ends the cached session at once.
func TestReadsStayReads(t *testing.T) {
	a := newAPI(t)
	a.do(`{ villages { totalCount } }`, nil) // logs in, caches the session, records its use
	a.counter.Reset()
	r := a.do(`{ villages { totalCount } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("read: %+v", r.Errors)
	}
	if n, txs := a.counter.Count(), a.counter.Txs(); n != 1 || txs != 0 {
		t.Fatalf("a cached session's read of one count: %d statements, %d transactions; want 1 and 0", n, txs)
	}
	if err := a.accounts.Disable(context.Background(), "admin"); err != nil {
		t.Fatal(err)
	}
	if r := a.do(`{ villages { totalCount } }`, nil); r.Status != http.StatusUnauthorized || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("disabled account's cached session: %d %+v", r.Status, r.Errors)
	}
}

func TestPersonalTokensExpireAndRevoke(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2}); err != nil {
		t.Fatal(err)
	}
	a.token = a.loginAs("analyst", viewer.Analyst, "500154", nil)
	var created struct {
		CreateApiToken struct {
			Token    string
			ApiToken struct{ ID, Name, ExpiresAt string }
		}
	}
	a.query(`mutation { createApiToken(input: {name: "季度导出", expiresInDays: 30}) { token apiToken { id name expiresAt } } }`, nil, &created)
	personal := created.CreateApiToken.Token
	if !strings.HasPrefix(personal, "ybh_") || created.CreateApiToken.ApiToken.Name != "季度导出" {
		t.Fatalf("createApiToken: %+v", created)
	}
	session := a.token
	a.token = personal
	var list struct{ ApiTokens []struct{ Name string } }
	a.query(`{ apiTokens { name } villages { totalCount } }`, nil, &list)
	if len(list.ApiTokens) != 1 {
		t.Fatalf("apiTokens: %+v", list)
	}
	// Analysts are read-only, whatever token they use.
	if code, _ := a.errorCode(`mutation { updateDistrict(input: {id: "RGlzdHJpY3Q6MQ", set: {name: "x"}}) { userErrors { code } } }`, nil); code != "FORBIDDEN" {
		t.Fatalf("analyst write: %s", code)
	}
	a.token = session
	var revoked struct {
		RevokeApiToken struct{ ApiToken struct{ RevokedAt *string } }
	}
	a.query(`mutation($id: ID!) { revokeApiToken(input: {id: $id}) { apiToken { revokedAt } } }`, map[string]any{"id": created.CreateApiToken.ApiToken.ID}, &revoked)
	if revoked.RevokeApiToken.ApiToken.RevokedAt == nil {
		t.Fatal("token not revoked")
	}
	a.token = personal
	if r := a.do(`{ villages { totalCount } }`, nil); r.Status != http.StatusUnauthorized || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("revoked token: %d %+v", r.Status, r.Errors)
	}
	// Creating and revoking the token are in the audit trail, as the analyst's.
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	var audit struct{ AuditEvents struct{ TotalCount int } }
	a.query(`{ auditEvents(where: {entityType: "AuthToken", username: "analyst"}) { totalCount } }`, nil, &audit)
	if audit.AuditEvents.TotalCount != 2 {
		t.Fatalf("audit events of the analyst's token: %d, want 2 (create, revoke)", audit.AuditEvents.TotalCount)
	}
	// Sessions expire.
	a.token = session
	a.skew.Store(int64(13 * time.Hour))
	if r := a.do(`{ villages { totalCount } }`, nil); r.Status != http.StatusUnauthorized {
		t.Fatalf("expired session: %d", r.Status)
	}
	a.token = "ybh_not-a-token"
	if r := a.do(`{ villages { totalCount } }`, nil); r.Status != http.StatusUnauthorized {
		t.Fatalf("garbage token: %d", r.Status)
	}
}

func TestRateLimitAndInternalErrors(t *testing.T) {
	a := newAPI(t)
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	h := server.New(server.Config{Accounts: a.accounts, RatePerSecond: 0.001, RateBurst: 2}, a.db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	// Another account: on PostgreSQL the buckets are shared by every server
	// on the database, so the admin's would stay spent for a's handler too.
	limited := a.loginAs("limited", viewer.DistrictAdmin, "500154", nil)
	var last *httptest.ResponseRecorder
	for range 3 {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ villages { totalCount } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+limited)
		last = httptest.NewRecorder()
		h.ServeHTTP(last, req)
	}
	if last.Code != http.StatusTooManyRequests || !strings.Contains(last.Body.String(), "RATE_LIMITED") {
		t.Fatalf("third request with a burst of 2: %d %s", last.Code, last.Body)
	}
	// A failure inside is INTERNAL, without the cause.
	r := a.do(`{ villages { totalCount } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("warm-up: %+v", r.Errors)
	}
	if _, err := a.db.SQL.Exec("DROP TABLE villages_does_not_exist_yet"); err == nil {
		t.Fatal("unexpected")
	}
	a.db.SQL.Exec(`ALTER TABLE villages RENAME TO villages_gone`)
	code, e := a.errorCode(`{ villages { totalCount } }`, nil)
	if code != "INTERNAL" || e.Message != "internal error" {
		t.Fatalf("broken table: %s %+v", code, e)
	}
}
