package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/server"
)

func TestMain(m *testing.M) {
	code := m.Run()
	testdb.DropTemplate()
	os.Exit(code)
}

// api is the real HTTP handler over a fresh database.
type api struct {
	t       *testing.T
	db      *store.DB
	h       http.Handler
	counter *testdb.Counter
}

func newAPI(t *testing.T) *api {
	t.Helper()
	a := &api{t: t}
	a.db = testdb.Open(t, store.WithDriver(testdb.CountStatements(&a.counter)))
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a.h = server.New(server.Config{AllowedOrigins: []string{"https://dash.example.org"}}, a.db, log)
	return a
}

// gqlError is one entry of a GraphQL response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// result is a decoded GraphQL response with its HTTP status.
type result struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// do POSTs an operation to /query.
func (a *api) do(query string, vars map[string]any) result {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return a.serve(req)
}

func (a *api) serve(req *http.Request) result {
	a.t.Helper()
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	var r result
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		a.t.Fatalf("%s %s: status %d, body is not JSON: %v\n%s", req.Method, req.URL, rec.Code, err, rec.Body.String())
	}
	r.Status = rec.Code
	return r
}

// query runs an operation that must succeed and decodes its data into out.
func (a *api) query(query string, vars map[string]any, out any) {
	a.t.Helper()
	r := a.do(query, vars)
	if len(r.Errors) > 0 {
		a.t.Fatalf("unexpected errors: %+v\nquery: %s", r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		a.t.Fatalf("decoding data: %v\n%s", err, r.Data)
	}
}

// errorCode runs an operation that must fail and returns its first error's code.
func (a *api) errorCode(query string, vars map[string]any) (string, gqlError) {
	a.t.Helper()
	r := a.do(query, vars)
	if len(r.Errors) == 0 {
		a.t.Fatalf("expected an error, got data %s\nquery: %s", r.Data, query)
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code, r.Errors[0]
}

func ctx() context.Context { return context.Background() }
