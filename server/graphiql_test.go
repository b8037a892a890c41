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
// each must answer without errors, and with data.
func TestGraphiQLExamples(t *testing.T) {
	examples, err := server.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) < 8 {
		t.Fatalf("%d examples", len(examples))
	}
	a := newAPI(t)
	if _, err := seed.Run(ctx(), a.db, seed.Options{Scale: "town", Seed: 7, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
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

	// The page carries them as its default tabs.
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "defaultTabs") || !strings.Contains(rec.Body.String(), examples[1].Name) {
		t.Errorf("/graphiql: %d, examples not preloaded", rec.Code)
	}
}
