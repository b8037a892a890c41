package server_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"yuanbahui/ent"
	"yuanbahui/internal/fixture"
)

// TestBadInputIsTyped: every malformed request is answered with an error that
// carries extensions.code and tells what is wrong, without internals.
func TestBadInputIsTyped(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, query string
		vars        map[string]any
		code        string
		mentions    string
	}{
		{"unknown enum literal", `{ villages(where: {kind: HAMLET}) { totalCount } }`, nil, "BAD_USER_INPUT", "HAMLET"},
		{"unknown enum variable", `query($k: VillageKind) { villages(where: {kind: $k}) { totalCount } }`, map[string]any{"k": "HAMLET"}, "BAD_USER_INPUT", "HAMLET"},
		{"unknown order field", `{ villages(orderBy: [{field: POPULATION}]) { totalCount } }`, nil, "BAD_USER_INPUT", "POPULATION"},
		{"malformed ID", `{ node(id: "not-an-id") { id } }`, nil, "BAD_USER_INPUT", "invalid ID"},
		{"malformed ID variable", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{"Q291cnR5YXJkOg"}}, "BAD_USER_INPUT", "invalid ID"},
		{"ID of an unknown type", `{ node(id: "` + b64("Planet:1") + `") { id } }`, nil, "BAD_USER_INPUT", "invalid ID"},
		{"oversized page", `{ villages(first: 100000) { totalCount } }`, nil, "BAD_USER_INPUT", "first must be between 0 and 500"},
		{"oversized nested page", `query($n: Int) { villages(first: 1) { edges { node { courtyards(last: $n) { totalCount } } } } }`, map[string]any{"n": 501}, "BAD_USER_INPUT", "last must be between"},
		{"malformed cursor", `{ villages(first: 2, after: "not-a-cursor") { totalCount } }`, nil, "BAD_USER_INPUT", "invalid value"},
		{"malformed time", `{ tickets(where: {dueAtLT: "yesterday"}) { totalCount } }`, nil, "BAD_USER_INPUT", ""},
		{"negative page", `{ courtyards(first: -1) { totalCount } }`, nil, "BAD_USER_INPUT", "between 0 and"},
		{"unknown field", `{ villages { edges { node { population } } } }`, nil, "BAD_USER_INPUT", "population"},
		{"syntax error", `{ villages(first: 1 { totalCount } }`, nil, "BAD_USER_INPUT", ""},
		{"missing record", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ent.EncodeGlobalID(p.Villages[1].ID + 1000)}, "NOT_FOUND", "not found"},
		{"too deep", deepQuery, nil, "BAD_USER_INPUT", "nested 17 levels"},
		{"too complex", `{ villages(first: 500) { edges { node { courtyards(first: 500) { edges { node { households(first: 500) { totalCount } } } } } } } }`,
			nil, "COMPLEXITY_LIMIT_EXCEEDED", "complexity"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, e := a.errorCode(tc.query, tc.vars)
			if code != tc.code {
				t.Fatalf("code = %q, want %q (error %+v)", code, tc.code, e)
			}
			if !strings.Contains(strings.ToLower(e.Message), strings.ToLower(tc.mentions)) {
				t.Fatalf("message %q does not mention %q", e.Message, tc.mentions)
			}
			for _, leak := range []string{"sql", "SELECT", ".go:", "goroutine"} {
				if strings.Contains(e.Message, leak) {
					t.Fatalf("message leaks internals: %q", e.Message)
				}
			}
		})
	}
}

// b64 encodes like ent.EncodeGlobalID, to forge IDs of types that do not exist.
func b64(s string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// deepQuery nests 17 levels: districts → towns → villages → courtyards → households → residents.
var deepQuery = func() string {
	q := "residents { totalCount }"
	for _, f := range []string{"households", "courtyards", "villages", "towns", "districts"} {
		q = f + " { edges { node { " + q + " } } }"
	}
	return "{ " + q + " }"
}()
