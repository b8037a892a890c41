package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"yuanbahui/server"
)

// TestSecurityHeaders: every kind of response — the SPA and its explorer
// route, static assets, the API (answered, refused, timed out of the
// transport), exports, health checks — carries the Content-Security-Policy,
// nosniff, no framing and the referrer policy.
func TestSecurityHeaders(t *testing.T) {
	a := newAPI(t)
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	}
	post := func(body string) *http.Request {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		return req
	}
	for name, req := range map[string]*http.Request{
		"SPA":             httptest.NewRequest(http.MethodGet, "/", nil),
		"explorer":        httptest.NewRequest(http.MethodGet, server.ExplorerRoute, nil),
		"missing asset":   httptest.NewRequest(http.MethodGet, "/assets/missing-abc123.js", nil),
		"graphiql":        httptest.NewRequest(http.MethodGet, "/graphiql", nil),
		"examples":        httptest.NewRequest(http.MethodGet, "/graphiql/examples.json", nil),
		"query":           post(`{"query":"{ __typename }"}`),
		"refused query":   post(`{"query":"{ villages { totalCount } }"}`),
		"malformed query": post(`{`),
		"wrong method":    httptest.NewRequest(http.MethodDelete, "/query", nil),
		"export":          httptest.NewRequest(http.MethodGet, "/export/villages.csv", nil),
		"healthz":         httptest.NewRequest(http.MethodGet, "/healthz", nil),
	} {
		rec := httptest.NewRecorder()
		a.h.ServeHTTP(rec, req)
		h := rec.Header()
		for k, v := range want {
			if got := h.Get(k); got != v {
				t.Errorf("%s (%d): %s = %q, want %q", name, rec.Code, k, got, v)
			}
		}
		csp := h.Get("Content-Security-Policy")
		for _, directive := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, directive) {
				t.Errorf("%s (%d): Content-Security-Policy %q lacks %s", name, rec.Code, csp, directive)
			}
		}
		// Scripts only from the service: no inline or evaluated script.
		if strings.Contains(csp, "'unsafe-eval'") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
			t.Errorf("%s: Content-Security-Policy allows inline or evaluated scripts: %q", name, csp)
		}
	}
}

// TestSecurityCORS: without --cors no response carries a CORS header, for
// any Origin; an allowlisted origin gets its own origin back with
// credentials; a wildcard never comes with credentials; the Vite dev server's
// origins (serve --dev) are allowed like any listed origin.
func TestSecurityCORS(t *testing.T) {
	a := newAPI(t)
	handler := func(origins ...string) http.Handler {
		return server.New(server.Config{AllowedOrigins: origins, Accounts: a.accounts}, a.db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	type response struct{ origin, credentials, methods string }
	call := func(h http.Handler, method, origin string) response {
		var req *http.Request
		if method == http.MethodOptions {
			req = httptest.NewRequest(http.MethodOptions, "/query", nil)
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "authorization,content-type") // as browsers send it
		} else {
			req = httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ __typename }"}`))
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("Origin", origin)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		for k := range rec.Header() {
			if strings.HasPrefix(k, "Access-Control-") && rec.Header().Get("Access-Control-Allow-Origin") == "" {
				t.Errorf("%s from %s: %s without an allowed origin", method, origin, k)
			}
		}
		return response{rec.Header().Get("Access-Control-Allow-Origin"), rec.Header().Get("Access-Control-Allow-Credentials"), rec.Header().Get("Access-Control-Allow-Methods")}
	}
	none := handler()
	for _, origin := range []string{"https://evil.example.com", "http://localhost:5173", "null"} {
		for _, method := range []string{http.MethodOptions, http.MethodPost} {
			if got := call(none, method, origin); got != (response{}) {
				t.Errorf("no --cors: %s from %s got CORS headers %+v", method, origin, got)
			}
		}
	}
	listed := handler("https://dash.example.org")
	if got := call(listed, http.MethodPost, "https://dash.example.org"); got.origin != "https://dash.example.org" || got.credentials != "true" {
		t.Errorf("listed origin: %+v", got)
	}
	if got := call(listed, http.MethodOptions, "https://dash.example.org"); got.origin != "https://dash.example.org" || !strings.Contains(got.methods, "POST") {
		t.Errorf("listed origin, preflight: %+v", got)
	}
	if got := call(listed, http.MethodPost, "https://evil.example.com"); got != (response{}) {
		t.Errorf("unlisted origin: %+v", got)
	}
	wildcard := handler("*")
	for _, method := range []string{http.MethodOptions, http.MethodPost} {
		if got := call(wildcard, method, "https://evil.example.com"); got.credentials != "" {
			t.Errorf("--cors '*': %s answered %+v: a wildcard with credentials", method, got)
		}
	}
	dev := handler(server.DevOrigins...)
	for _, origin := range server.DevOrigins {
		if got := call(dev, http.MethodOptions, origin); got.origin != origin {
			t.Errorf("--dev: preflight from %s: %+v", origin, got)
		}
	}
}
