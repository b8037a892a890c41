package server_test

import (
	"fmt"
	"testing"

	"yuanbahui/internal/fixture"
)

// The objects of a response are written by graph/generated's own writer and
// plain fields resolved by its own helper (see graph/generated/marshal.go):
// these pin what they keep of gqlgen's behaviour.

// TestObjectsAsWritten: fields in the order asked, each alias once (a
// fragment repeating an alias adds nothing), __typename, and a deferred
// fragment: its plain fields written at once (gqlgen defers only resolved
// fields), its resolved ones null in the one payload this server sends.
func TestObjectsAsWritten(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2, CourtyardsPerVillage: 1}); err != nil {
		t.Fatal(err)
	}
	var data struct {
		Villages conn[struct {
			Name string `json:"name"`
			Code string `json:"code"`
		}]
	}
	a.query(`{ villages(first: 2, orderBy: [{field: CODE}]) { edges { node { name code } } } }`, nil, &data)
	if len(data.Villages.Edges) != 2 {
		t.Fatalf("%d villages, want 2", len(data.Villages.Edges))
	}
	object := func(i int, format string) string {
		n := data.Villages.Edges[i].Node
		return fmt.Sprintf(format, n.Name, n.Code)
	}
	for _, c := range []struct{ query, node string }{
		{`n: name code ... on Village { n: name __typename }`, `{"n":%q,"code":%q,"__typename":"Village"}`},
		{`code n: code ... on Village { code }`, `{"code":%[2]q,"n":%[2]q}`},
		{`code ... @defer(label: "later") { name courtyards { totalCount } }`, `{"code":%[2]q,"name":%[1]q,"courtyards":null}`},
	} {
		r := a.do(`{ villages(first: 2, orderBy: [{field: CODE}]) { edges { node { `+c.query+` } } } }`, nil)
		want := `{"villages":{"edges":[{"node":` + object(0, c.node) + `},{"node":` + object(1, c.node) + `}]}}`
		if len(r.Errors) > 0 || string(r.Data) != want {
			t.Errorf("%s:\ngot  %s %+v\nwant %s", c.query, r.Data, r.Errors, want)
		}
	}
}
