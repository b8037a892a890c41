package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/migrate"
	"yuanbahui/internal/seed"
)

// TestNodeRoundTripEveryType: for every table of the schema, a stored row's
// opaque ID resolves through node(id:) and nodes(ids:) to the same object of
// the right type.
func TestNodeRoundTripEveryType(t *testing.T) {
	a := newSeededAPI(t, seed.Options{Scale: "village", Seed: 7, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	if _, err := a.db.Client.User.Create().SetUsername("auditor").SetRole("DISTRICT_ADMIN").SetAreaCode("500154").Save(ctx()); err != nil {
		t.Fatal(err)
	}
	// The seed takes no photos: one of a sample ticket's documents, as
	// attachPhoto stores it (the area columns of the ticket's courtyard).
	if _, err := a.db.SQL.ExecContext(ctx(), `INSERT INTO photos (created_at, updated_at, sha256, content_type, size, width, height, kind, document, ticket_id, courtyard_id, town_id, village_id)
		SELECT t.created_at, t.created_at, '`+strings.Repeat("a", 64)+`', 'image/png', 3, 1, 1, 'DOCUMENT', NULL, t.id, c.id, c.town_id, c.village_id
		FROM tickets t JOIN courtyards c ON c.id = t.courtyard_id ORDER BY t.id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, table := range migrate.Tables {
		if !ent.Exposed(table.Name) {
			continue
		}
		var id int
		if err := a.db.SQL.QueryRow(fmt.Sprintf(`SELECT min(id) FROM %s`, table.Name)).Scan(&id); err != nil {
			t.Fatalf("%s: no rows to look up (%v): the sample must hold every type", table.Name, err)
		}
		gid := ent.EncodeGlobalID(id)
		var out struct {
			Node struct {
				Typename string `json:"__typename"`
				ID       string `json:"id"`
			} `json:"node"`
		}
		a.query(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": gid}, &out)
		if out.Node.ID != gid || out.Node.Typename != ent.TypeOfID(id) || out.Node.Typename == "" {
			t.Fatalf("%s row %d: node = %+v, want %s %s", table.Name, id, out.Node, ent.TypeOfID(id), gid)
		}
		ids = append(ids, gid)
	}
	var many struct {
		Nodes []struct {
			Typename string `json:"__typename"`
			ID       string `json:"id"`
		} `json:"nodes"`
	}
	a.query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, map[string]any{"ids": ids}, &many)
	if len(many.Nodes) != len(ids) {
		t.Fatalf("nodes: %d results for %d ids", len(many.Nodes), len(ids))
	}
	for i, n := range many.Nodes {
		if n.ID != ids[i] {
			t.Fatalf("nodes[%d] = %s, want %s (order must follow the input)", i, n.ID, ids[i])
		}
	}
}

// TestEveryRootConnectionAnswers: every connection of Query (read from the
// schema, so a new one is covered) answers a page with its totalCount for the
// district administrator on the seeded village, with no error: none is left
// a generated stub.
func TestEveryRootConnectionAnswers(t *testing.T) {
	a := newSeededAPI(t, seed.Options{Scale: "village", Seed: 7, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	var schema struct {
		Type struct {
			Fields []struct {
				Name string
				Type struct {
					Name   string
					OfType struct{ Name string }
				}
			}
		} `json:"__type"`
	}
	a.query(`{ __type(name: "Query") { fields { name type { name ofType { name } } } } }`, nil, &schema)
	n := 0
	for _, f := range schema.Type.Fields {
		if !strings.HasSuffix(f.Type.Name+f.Type.OfType.Name, "Connection") {
			continue
		}
		n++
		r := a.do(fmt.Sprintf(`{ %s(first: 2) { totalCount edges { node { id } } } }`, f.Name), nil)
		if len(r.Errors) > 0 {
			t.Errorf("%s: %+v", f.Name, r.Errors)
		}
	}
	if n < 20 {
		t.Fatalf("only %d root connections found in the schema", n)
	}
}
