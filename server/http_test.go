package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"yuanbahui/internal/fixture"
	"yuanbahui/server"
)

func TestGetQueriesOnly(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 3}); err != nil {
		t.Fatal(err)
	}
	a.token = a.loginAs("admin", "DISTRICT_ADMIN", "500154", nil)
	get := func(q string) result {
		req := httptest.NewRequest(http.MethodGet, "/query?query="+url.QueryEscape(q), nil)
		req.Header.Set("Authorization", "Bearer "+a.token)
		return a.serve(req)
	}
	r := get(`{ villages { totalCount } }`)
	if r.Status != http.StatusOK || len(r.Errors) != 0 || !strings.Contains(string(r.Data), `"totalCount":3`) {
		t.Fatalf("GET query: status %d, data %s, errors %+v", r.Status, r.Data, r.Errors)
	}
	r = get(`mutation { createDistrict(input: {code: "500155", name: "x"}) { userErrors { code } } }`)
	if r.Status == http.StatusOK || len(r.Errors) == 0 {
		t.Fatalf("GET mutation was accepted: status %d", r.Status)
	}
	if n := a.db.Client.District.Query().CountX(ctx()); n != 1 {
		t.Fatalf("districts after a GET mutation: %d", n)
	}
}

func TestHealthAndReadiness(t *testing.T) {
	a := newAPI(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		rec := httptest.NewRecorder()
		a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"ok"`) {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
	}
	a.db.SQL.Close()
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz with the database closed: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("/healthz with the database closed: %d (the process is up)", rec.Code)
	}
}

func TestSPAHistoryFallback(t *testing.T) {
	a := newAPI(t)
	for _, path := range []string{"/", "/towns/500154104", "/some/deep/route"} {
		rec := httptest.NewRecorder()
		a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") ||
			!strings.Contains(rec.Body.String(), "院坝汇") {
			t.Fatalf("%s: %d %q", path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/assets/missing-abc123.js", nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("missing asset: %d, want 404", rec.Code)
	}
	rec = httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != server.ExplorerRoute {
		t.Fatalf("/graphiql: %d to %q", rec.Code, rec.Header().Get("Location"))
	}
}

func TestCORSAllowlist(t *testing.T) {
	a := newAPI(t)
	preflight := func(origin string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodOptions, "/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		rec := httptest.NewRecorder()
		a.h.ServeHTTP(rec, req)
		return rec
	}
	ok := preflight("https://dash.example.org")
	if ok.Header().Get("Access-Control-Allow-Origin") != "https://dash.example.org" || ok.Header().Get("Access-Control-Allow-Credentials") != "true" {
		t.Fatalf("allowlisted origin: headers %v", ok.Header())
	}
	bad := preflight("https://evil.example.com")
	if bad.Header().Get("Access-Control-Allow-Origin") != "" || bad.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Fatalf("foreign origin got CORS headers: %v", bad.Header())
	}
}

func TestRequestLimits(t *testing.T) {
	a := newAPI(t)
	big := `{"query":"{ villages { totalCount } }","variables":{"pad":"` + strings.Repeat("x", 2<<20) + `"}}`
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(big))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("2 MiB body: %d, want 413", rec.Code)
	}
	if id := rec.Header().Get("X-Request-Id"); id == "" {
		t.Fatal("no X-Request-Id on the response")
	}
}

// TestGraphQLOverHTTPStatus: a request refused before execution (unparsable,
// invalid, over a limit) is a 400 with the GraphQL-over-HTTP media type, and
// a 200 with errors for legacy application/json clients; either way its
// errors carry BAD_USER_INPUT.
func TestGraphQLOverHTTPStatus(t *testing.T) {
	a := newAPI(t)
	a.token = a.loginAs("admin", "DISTRICT_ADMIN", "500154", nil)
	send := func(accept, query string) (*httptest.ResponseRecorder, result) {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":`+strconv.Quote(query)+`}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", accept)
		req.Header.Set("Authorization", "Bearer "+a.token)
		rec := httptest.NewRecorder()
		a.h.ServeHTTP(rec, req)
		var r result
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("%s: body is not JSON: %s", query, rec.Body)
		}
		return rec, r
	}
	const gqlResponse = "application/graphql-response+json"
	for _, q := range []string{`{ villages { nope } }`, `{ villages(first: 100000) { totalCount } }`, `{ villages(`} {
		for accept, status := range map[string]int{gqlResponse: http.StatusBadRequest, "application/json": http.StatusOK} {
			rec, r := send(accept, q)
			if rec.Code != status || !strings.HasPrefix(rec.Header().Get("Content-Type"), accept) {
				t.Errorf("%s as %s: %d %q, want %d", q, accept, rec.Code, rec.Header().Get("Content-Type"), status)
			}
			if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
				t.Errorf("%s as %s: errors %+v, want BAD_USER_INPUT", q, accept, r.Errors)
			}
		}
	}
	if rec, _ := send(gqlResponse, `{ villages { totalCount } }`); rec.Code != http.StatusOK {
		t.Errorf("a valid query: %d", rec.Code)
	}
	if rec, _ := send("application/json", `{ villages { totalCount } }`); rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Errorf("plain JSON: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestTransportErrorsAreTyped: requests that no transport takes, or whose
// body cannot be read, answer BAD_USER_INPUT with a fitting status.
func TestTransportErrorsAreTyped(t *testing.T) {
	a := newAPI(t)
	for _, c := range []struct {
		method, contentType, body string
		status                    int
		mentions                  string
	}{
		{http.MethodPut, "application/json", `{"query":"{ __typename }"}`, http.StatusMethodNotAllowed, "method PUT"},
		{http.MethodDelete, "", "", http.StatusMethodNotAllowed, "method DELETE"},
		{http.MethodPost, "text/plain", `{ __typename }`, http.StatusUnsupportedMediaType, "text/plain"},
		{http.MethodPost, "application/json", `{"query": `, http.StatusBadRequest, "could not be decoded"},
	} {
		req := httptest.NewRequest(c.method, "/query", strings.NewReader(c.body))
		if c.contentType != "" {
			req.Header.Set("Content-Type", c.contentType)
		}
		a.anonymous = true
		r := a.serve(req)
		if r.Status != c.status || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, c.mentions) {
			t.Errorf("%s %s: %d %+v, want %d BAD_USER_INPUT mentioning %q", c.method, c.contentType, r.Status, r.Errors, c.status, c.mentions)
		}
	}
}
