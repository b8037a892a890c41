package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// shows tells whether data shows something: a number other than zero
// somewhere in it (a count, a row's figure).
func shows(v any) bool {
	switch v := v.(type) {
	case float64:
		return v != 0
	case map[string]any:
		for _, e := range v {
			if shows(e) {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if shows(e) {
				return true
			}
		}
	}
	return false
}

// TestGraphiQLExamples runs every example query of GraphiQL's tabs
// (server/graphiql/examples.graphql) as an analyst against a seeded town:
// each must answer without errors, and with data; the explorer gets exactly
// these from /graphiql/examples.json, and /graphiql leads to the explorer.
func TestGraphiQLExamples(t *testing.T) {
	examples, err := server.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) < 8 {
		t.Fatalf("%d examples", len(examples))
	}
	a := newSeededAPI(t, seed.Options{Scale: "town", Seed: 7, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	a.token = a.loginAs("analyst", viewer.Analyst, "500154", nil)
	for _, ex := range examples {
		t.Run(ex.Name, func(t *testing.T) {
			if !strings.HasPrefix(ex.Query, "#") {
				t.Errorf("example %s has no comment saying what it answers", ex.Name)
			}
			var vars map[string]any
			if ex.Variables != "" {
				if err := json.Unmarshal([]byte(ex.Variables), &vars); err != nil {
					t.Fatalf("variables: %v", err)
				}
			}
			a.t = t
			r := a.do(ex.Query, vars)
			if len(r.Errors) > 0 || r.Status != http.StatusOK {
				t.Fatalf("status %d, errors %+v", r.Status, r.Errors)
			}
			var data any
			_ = json.Unmarshal(r.Data, &data)
			if !shows(data) {
				t.Errorf("the seeded town gives the example nothing to show: %s", r.Data)
			}
		})
	}

	// The explorer loads them as GraphiQL's default tabs from
	// /graphiql/examples.json, the same queries in the same order.
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql/examples.json", nil))
	var set server.ExampleSet
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") || json.Unmarshal(rec.Body.Bytes(), &set) != nil {
		t.Fatalf("/graphiql/examples.json: %d %q %.200s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if set.Version == "" || len(set.Examples) != len(examples) {
		t.Fatalf("/graphiql/examples.json: version %q, %d examples, want %d", set.Version, len(set.Examples), len(examples))
	}
	for i, ex := range set.Examples {
		if ex != examples[i] || ex.Title == "" || ex.Name == "" {
			t.Errorf("served example %d: %+v, want %+v with a title", i, ex, examples[i])
		}
	}
	// /graphiql, the address the server prints, opens the SPA's explorer.
	rec = httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != server.ExplorerRoute {
		t.Errorf("/graphiql: %d to %q, want a redirect to %s", rec.Code, rec.Header().Get("Location"), server.ExplorerRoute)
	}
}
