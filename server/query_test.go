package server_test

import (
	"fmt"
	"slices"
	"testing"

	"yuanbahui/ent"
	"yuanbahui/internal/fixture"
)

// The query of the foundation issue's definition of done.
const villagesQuery = `{ villages(first: 5) { totalCount edges { node { id name courtyards(first: 3) { totalCount
	edges { node { id name roleAssignments { totalCount } } } } } } } }`

type conn[T any] struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage     bool   `json:"hasNextPage"`
		HasPreviousPage bool   `json:"hasPreviousPage"`
		StartCursor     string `json:"startCursor"`
		EndCursor       string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string `json:"cursor"`
		Node   T      `json:"node"`
	} `json:"edges"`
}

type villageNode struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Code       string `json:"code"`
	Courtyards conn[struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		RoleAssignments conn[struct {
			Role     string `json:"role"`
			Resident struct {
				Name string `json:"name"`
			} `json:"resident"`
		}] `json:"roleAssignments"`
	}] `json:"courtyards"`
}

func TestNestedConnections(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 7, CourtyardsPerVillage: 4}); err != nil {
		t.Fatal(err)
	}
	var data struct{ Villages conn[villageNode] }
	a.query(villagesQuery, nil, &data)
	if data.Villages.TotalCount != 7 || len(data.Villages.Edges) != 5 {
		t.Fatalf("villages: totalCount %d, %d edges; want 7 and 5", data.Villages.TotalCount, len(data.Villages.Edges))
	}
	for _, e := range data.Villages.Edges {
		cs := e.Node.Courtyards
		if cs.TotalCount != 4 || len(cs.Edges) != 3 {
			t.Fatalf("village %s: courtyards totalCount %d, %d edges; want 4 and 3", e.Node.Name, cs.TotalCount, len(cs.Edges))
		}
		for _, c := range cs.Edges {
			if c.Node.RoleAssignments.TotalCount != 4 {
				t.Fatalf("courtyard %s: %d role assignments, want 4", c.Node.Name, c.Node.RoleAssignments.TotalCount)
			}
		}
	}

	// One level deeper: the resident behind each role.
	a.query(`{ villages(first: 1, orderBy: [{field: CODE}]) { edges { node { courtyards(first: 1, orderBy: [{field: CODE}]) { edges { node {
		roleAssignments(orderBy: [{field: ROLE}]) { edges { node { role resident { name } } } } } } } } } } }`, nil, &data)
	ras := data.Villages.Edges[0].Node.Courtyards.Edges[0].Node.RoleAssignments.Edges
	var roles []string
	for _, r := range ras {
		if r.Node.Resident.Name == "" {
			t.Fatalf("role %s has no resident", r.Node.Role)
		}
		roles = append(roles, r.Node.Role)
	}
	if want := []string{"AGENT", "HEAD", "INFORMANT", "PUBLICIST"}; !slices.Equal(roles, want) {
		t.Fatalf("roles ordered by ROLE = %v, want %v", roles, want)
	}
}

// TestNoNPlusOne pins the number of SQL statements of a nested query: it must
// not grow with the page size, outer (villages) or inner (courtyards per village).
func TestNoNPlusOne(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 50, CourtyardsPerVillage: 3}); err != nil {
		t.Fatal(err)
	}
	count := func(villages, courtyards int) int64 {
		q := fmt.Sprintf(`{ villages(first: %d) { totalCount edges { node { id name courtyards(first: %d) { totalCount
			edges { node { id name roleAssignments { totalCount edges { node { role resident { name household { number } } } } } } } } } } } }`, villages, courtyards)
		var data struct{ Villages conn[villageNode] }
		a.counter.Reset()
		a.query(q, nil, &data)
		if len(data.Villages.Edges) != villages || len(data.Villages.Edges[0].Node.Courtyards.Edges) != courtyards {
			t.Fatalf("first %d, %d: got %d villages, %d courtyards in the first", villages, courtyards,
				len(data.Villages.Edges), len(data.Villages.Edges[0].Node.Courtyards.Edges))
		}
		return a.counter.Count()
	}
	count(5, 3) // warm-up: the session's first use reads and caches it
	five, fifty, oneEach := count(5, 3), count(50, 3), count(5, 1)
	if five != fifty || five != oneEach {
		t.Fatalf("SQL statements: %d for 5 villages, %d for 50, %d for 5 with one courtyard each: the query is 1+N", five, fifty, oneEach)
	}
	// Villages, their count, courtyards, courtyard counts, role assignments,
	// role-assignment counts, residents, households: a fixed handful, and
	// nothing for the (cached) session.
	if five > 8 {
		t.Fatalf("nested query issued %d statements, want at most 8", five)
	}
	t.Logf("nested query: %d SQL statements for every page size", five)
}

func TestFilterAndOrder(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 12, CourtyardsPerVillage: 2})
	if err != nil {
		t.Fatal(err)
	}
	var data struct{ Villages conn[villageNode] }
	// Villages whose name contains "1" (村01, 村10, 村11, 村12), newest code first.
	a.query(`{ villages(first: 10, where: {nameContains: "1", hasTownWith: {code: "500154104"}}, orderBy: [{field: CODE, direction: DESC}]) {
		totalCount edges { node { name code } } } }`, nil, &data)
	var names []string
	for _, e := range data.Villages.Edges {
		names = append(names, e.Node.Name)
	}
	if want := []string{"村12", "村11", "村10", "村01"}; data.Villages.TotalCount != 4 || !slices.Equal(names, want) {
		t.Fatalf("filtered villages = %v (total %d), want %v", names, data.Villages.TotalCount, want)
	}
	// A filter on a town that does not exist matches nothing.
	a.query(`{ villages(where: {hasTownWith: {code: "500154999"}}) { totalCount edges { node { name } } } }`, nil, &data)
	if data.Villages.TotalCount != 0 || len(data.Villages.Edges) != 0 {
		t.Fatalf("villages of an unknown town: %d", data.Villages.TotalCount)
	}
	// Multi-field ordering: role, then code descending.
	var ras struct {
		RoleAssignments conn[struct {
			Role      string                `json:"role"`
			Courtyard struct{ Code string } `json:"courtyard"`
		}] `json:"roleAssignments"`
	}
	a.query(`{ roleAssignments(first: 30, where: {role: HEAD}, orderBy: [{field: ROLE}, {field: STARTED_AT, direction: DESC}]) {
		totalCount edges { node { role courtyard { code } } } } }`, nil, &ras)
	if ras.RoleAssignments.TotalCount != 24 || len(ras.RoleAssignments.Edges) != 24 {
		t.Fatalf("heads: total %d, %d edges; want 24", ras.RoleAssignments.TotalCount, len(ras.RoleAssignments.Edges))
	}
	for _, e := range ras.RoleAssignments.Edges {
		if e.Node.Role != "HEAD" {
			t.Fatalf("filter role: HEAD returned %s", e.Node.Role)
		}
	}
	// Records carry their town and village: filter on them directly and read them back.
	var byArea struct {
		InTown    struct{ TotalCount int }
		InVillage struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Village struct{ Name string }
					Town    struct{ Code string }
				}
			}
		}
	}
	a.query(`query($t: ID!, $v: ID!) { inTown: roleAssignments(where: {townID: $t}) { totalCount }
		inVillage: roleAssignments(first: 1, where: {villageID: $v}) { totalCount edges { node { village { name } town { code } } } } }`,
		map[string]any{"t": ent.EncodeGlobalID(p.Town.ID), "v": ent.EncodeGlobalID(p.Villages[2].ID)}, &byArea)
	if byArea.InTown.TotalCount != 12*2*4 || byArea.InVillage.TotalCount != 2*4 ||
		byArea.InVillage.Edges[0].Node.Village.Name != "村03" || byArea.InVillage.Edges[0].Node.Town.Code != "500154104" {
		t.Fatalf("by area: %+v", byArea)
	}
}

func TestPagination(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 7, CourtyardsPerVillage: 1}); err != nil {
		t.Fatal(err)
	}
	const q = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
		villages(first: $first, after: $after, last: $last, before: $before, orderBy: [{field: CODE}]) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }`
	page := func(vars map[string]any) (names []string, c conn[villageNode]) {
		var data struct{ Villages conn[villageNode] }
		a.query(q, vars, &data)
		for _, e := range data.Villages.Edges {
			names = append(names, e.Node.Name)
		}
		return names, data.Villages
	}
	n1, c1 := page(map[string]any{"first": 3})
	if !slices.Equal(n1, []string{"村01", "村02", "村03"}) || !c1.PageInfo.HasNextPage || c1.TotalCount != 7 {
		t.Fatalf("page 1 = %v next=%v total=%d", n1, c1.PageInfo.HasNextPage, c1.TotalCount)
	}
	n2, c2 := page(map[string]any{"first": 3, "after": c1.PageInfo.EndCursor})
	if !slices.Equal(n2, []string{"村04", "村05", "村06"}) || !c2.PageInfo.HasNextPage {
		t.Fatalf("page 2 = %v next=%v", n2, c2.PageInfo.HasNextPage)
	}
	n3, c3 := page(map[string]any{"first": 3, "after": c2.PageInfo.EndCursor})
	if !slices.Equal(n3, []string{"村07"}) || c3.PageInfo.HasNextPage {
		t.Fatalf("page 3 = %v next=%v", n3, c3.PageInfo.HasNextPage)
	}
	nl, cl := page(map[string]any{"last": 2})
	if !slices.Equal(nl, []string{"村06", "村07"}) || !cl.PageInfo.HasPreviousPage || cl.PageInfo.HasNextPage {
		t.Fatalf("last 2 = %v prev=%v next=%v", nl, cl.PageInfo.HasPreviousPage, cl.PageInfo.HasNextPage)
	}
	nb, _ := page(map[string]any{"last": 2, "before": cl.PageInfo.StartCursor})
	if !slices.Equal(nb, []string{"村04", "村05"}) {
		t.Fatalf("last 2 before 村06 = %v", nb)
	}
	// Without first/last a connection returns the default page size.
	var courtyards struct{ Courtyards conn[struct{ ID string }] }
	b := newAPI(t)
	if _, err := fixture.Build(ctx(), b.db.Client, fixture.Shape{Villages: 3, CourtyardsPerVillage: 10}); err != nil {
		t.Fatal(err)
	}
	b.query(`{ courtyards { totalCount pageInfo { hasNextPage } edges { node { id } } } }`, nil, &courtyards)
	if courtyards.Courtyards.TotalCount != 30 || len(courtyards.Courtyards.Edges) != 20 || !courtyards.Courtyards.PageInfo.HasNextPage {
		t.Fatalf("default page: total %d, %d edges", courtyards.Courtyards.TotalCount, len(courtyards.Courtyards.Edges))
	}
}

// TestScoresNoNPlusOne: a list of officers' scores with each score's role
// assignment and the assignment's edges takes as many SQL statements for 3
// scores as for 30 (the role assignments are read with the list, not one
// by one), and the same answer as reading each assignment on its own.
func TestScoresNoNPlusOne(t *testing.T) {
	w := newWorld(t)
	type score struct {
		Score          float64
		RoleAssignment struct {
			ID        string
			Role      string
			Resident  struct{ Name string }
			Courtyard struct {
				Name    string
				Village struct{ Name string }
			}
		}
	}
	count := func(first int) (int64, []score) {
		var data struct{ OfficerScores []score }
		w.a.counter.Reset()
		w.as("admin").query(`query($n: Int) { officerScores(period: "2026H1", first: $n) { score
			roleAssignment { id role resident { name } courtyard { name village { name } } } } }`, map[string]any{"n": first}, &data)
		if len(data.OfficerScores) != first {
			t.Fatalf("first %d: %d scores", first, len(data.OfficerScores))
		}
		return w.a.counter.Count(), data.OfficerScores
	}
	count(3) // warm-up: the session's first use reads and caches it
	three, _ := count(3)
	thirty, scores := count(30)
	if three != thirty {
		t.Fatalf("SQL statements: %d for 3 scores, %d for 30: the list is 1+N", three, thirty)
	}
	for _, s := range scores[:5] {
		var one struct {
			Node struct {
				Role      string
				Resident  struct{ Name string }
				Courtyard struct {
					Name    string
					Village struct{ Name string }
				}
			}
		}
		w.as("admin").query(`query($id: ID!) { node(id: $id) { ... on RoleAssignment { role resident { name } courtyard { name village { name } } } } }`,
			map[string]any{"id": s.RoleAssignment.ID}, &one)
		if one.Node.Role != s.RoleAssignment.Role || one.Node.Resident != s.RoleAssignment.Resident || one.Node.Courtyard != s.RoleAssignment.Courtyard {
			t.Fatalf("score's assignment %+v, read alone %+v", s.RoleAssignment, one.Node)
		}
	}
	t.Logf("officers' scores with their assignments: %d SQL statements for 3 or 30", three)
}
