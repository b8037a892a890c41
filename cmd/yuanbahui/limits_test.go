package main

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"yuanbahui/graph"
)

// startServe runs `serve` with args on a fresh database and a free loopback
// port, and returns its URL once it listens; the server stops when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	url, _ := launchServe(t, args...)
	return url
}

// postCost sends an anonymous query and returns its first error's code and
// the cost report (from extensions, or from the error's extensions).
func postCost(t *testing.T, url, query string) (code string, cost map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(url+"query", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
		Extensions map[string]any `json:"extensions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	ext := r.Extensions
	if len(r.Errors) > 0 {
		ext = r.Errors[0].Extensions
		code, _ = ext["code"].(string)
	}
	cost, _ = ext["cost"].(map[string]any)
	return code, cost
}

func TestServeLimitFlags(t *testing.T) {
	url := startServe(t, "--max-cost", "100", "--budget", "5000", "--rate", "50", "--burst", "60")
	if code, cost := postCost(t, url, `{ villages(first: 500) { edges { node { id } } } }`); code != "COMPLEXITY_LIMIT_EXCEEDED" || cost["requested"] != float64(graph.StatementCost+500*graph.RowCost) {
		t.Fatalf("an operation over --max-cost: %s %v", code, cost)
	}
	if code, cost := postCost(t, url, `{ __typename }`); code != "" || cost["limit"] != 5000.0 || cost["maxPerOperation"] != 100.0 {
		t.Fatalf("cost report: %s %v", code, cost)
	}

	off := startServe(t, "--limits=off")
	for range 3 {
		if code, cost := postCost(t, off, `{ villages(first: 500) { edges { node { id } } } }`); code == "COMPLEXITY_LIMIT_EXCEEDED" || cost != nil {
			t.Fatalf("--limits=off: %s %v", code, cost)
		}
	}

	ctx := context.Background()
	var out, errOut syncBuffer
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	for _, args := range [][]string{
		{"--limits=off", "--addr", "0.0.0.0:0"},
		{"--limits=off", "--addr", "192.0.2.1:8080"},
		{"--limits=sometimes"},
		{"--max-cost", "0"},
		{"--budget", "-5"},
		{"--max-cost", "2000", "--budget", "1000"},
	} {
		if err := run(ctx, append([]string{"serve", "--db", db}, args...), &out, &errOut); err == nil {
			t.Errorf("serve %v was accepted", args)
		}
	}
}

// TestSecurityServeProductionHidesIntrospection: `serve --production`
// refuses introspection to anonymous requests (issue 16 row 5); `serve`
// without it answers them (development, the explorer before signing in).
func TestSecurityServeProductionHidesIntrospection(t *testing.T) {
	const q = `{ __schema { queryType { name } } }`
	if code, _ := postCost(t, startServe(t, "--production"), q); code != "UNAUTHENTICATED" {
		t.Fatalf("anonymous introspection with --production: %q, want UNAUTHENTICATED", code)
	}
	if code, _ := postCost(t, startServe(t), q); code != "" {
		t.Fatalf("anonymous introspection without --production: %q", code)
	}
}
