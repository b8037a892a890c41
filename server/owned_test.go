package server_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/entc/gen"

	"yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// genericInput matches the generic create and update inputs entgql derives
// from an ent type: CreateHouseholdInput, UpdateHouseholdInput, …
var genericInput = regexp.MustCompile(`^(Create|Update)([A-Za-z]+)Input$`)

// inputNames are the names entgql gives (entgql/schema.go, buildMutationInputs)
// to the input fields that set, append to or clear an ent field, or set, add,
// remove or clear an ent edge, of that name.
func inputNames(name string) []string {
	camel := gen.Funcs["camel"].(func(string) string)
	pascal := gen.Funcs["pascal"].(func(string) string)
	singular := gen.Funcs["singular"].(func(string) string)
	return []string{
		camel(name), "append" + pascal(name), "clear" + pascal(name), // a field; clear… of an edge
		camel(name) + "ID", camel(singular(name)) + "IDs", // a unique edge; an edge on create
		"add" + pascal(singular(name)) + "IDs", "remove" + pascal(singular(name)) + "IDs",
	}
}

// TestSecurityGenericInputsOmitWorkflowOwned reads the API's introspection
// and fails when any generic Create…Input or Update…Input can set, add,
// remove or clear a field or edge the workflows own, or when a workflow
// record has a generic create or update at all. What the workflows own is
// read from ent.WorkflowOwned, generated from the workflow.Owned
// annotations of ent/schema: a new workflow-owned field, edge or record type
// is covered without editing this test.
func TestSecurityGenericInputsOmitWorkflowOwned(t *testing.T) {
	a := newAPI(t)
	var intro struct {
		Schema struct {
			MutationType struct{ Fields []struct{ Name string } }
			Types        []struct {
				Name        string
				InputFields []struct{ Name string }
			}
		} `json:"__schema"`
	}
	a.query(`{ __schema { mutationType { fields { name } } types { name inputFields { name } } } }`, nil, &intro)

	checked := map[string][]string{} // input → the owned names it was checked for
	for _, typ := range intro.Schema.Types {
		m := genericInput.FindStringSubmatch(typ.Name)
		if m == nil {
			continue
		}
		o, entType := ent.WorkflowOwned[m[2]]
		if !entType {
			continue // not an ent type's generic input (e.g. CreateApiTokenInput)
		}
		if o.Record {
			t.Errorf("%s: %s is a workflow record, yet has a generic input", typ.Name, m[2])
			continue
		}
		owned := o.Update
		if m[1] == "Create" {
			owned = o.Create
		}
		fields := map[string]bool{}
		for _, f := range typ.InputFields {
			fields[f.Name] = true
		}
		for _, name := range owned {
			for _, f := range inputNames(name) {
				if fields[f] {
					t.Errorf("%s.%s changes %s.%s, which only the workflows change", typ.Name, f, m[2], name)
				}
			}
		}
		checked[typ.Name] = owned
	}
	for _, f := range intro.Schema.MutationType.Fields {
		for _, verb := range []string{"create", "update"} {
			if name, ok := strings.CutPrefix(f.Name, verb); ok && ent.WorkflowOwned[name].Record {
				t.Errorf("mutation %s: %s is a workflow record", f.Name, name)
			}
		}
	}
	// The walk saw the inputs of the reproductions, with what they
	// must not offer (else it would pass on a schema it did not read).
	for input, names := range map[string][]string{
		"UpdateHouseholdInput":       {"point_entries", "point_redemptions", "moves", "point_balance", "courtyard"},
		"CreateHouseholdInput":       {"point_entries", "point_balance"},
		"UpdateResidentInput":        {"handled_tickets", "role_assignments", "ratings_given", "awards"},
		"UpdateSupermarketItemInput": {"stock", "active", "redemptions"},
		"UpdateServiceTypeInput":     {"tickets"},
		"UpdateVillageInput":         {"quarter_themes"},
	} {
		for _, n := range names {
			if !slices.Contains(checked[input], n) {
				t.Errorf("%s was not checked for %s (checked: %v)", input, n, checked[input])
			}
		}
	}
	if !ent.WorkflowOwned["RoleAssignment"].Record {
		t.Error("role assignments (and so updateRoleAssignment's clearRatings) are not declared workflow records")
	}
}

// TestSecurityWorkflowOwnedRefusedBelowAPI replays the reproductions
// as a village cadre: clearing a household's points entries, an officer's
// ratings or an agent's tickets is refused through the API (the inputs have
// no such fields) and below it (the ent hook workflow.GuardOwned, for any
// write path outside a workflow step); nothing changes and nothing is
// audited. Inside a workflow step the same guard lets writes through.
func TestSecurityWorkflowOwnedRefusedBelowAPI(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	h := c.Household.Query().Where(household.VillageID(w.village.ID), household.HasPointEntries()).FirstX(ctx())
	agent := c.Resident.Query().Where(resident.HasHandledTicketsWith(ticket.VillageID(w.village.ID))).FirstX(ctx())
	officer := c.RoleAssignment.Query().Where(roleassignment.VillageID(w.village.ID), roleassignment.HasRatings()).FirstX(ctx())
	item := c.SupermarketItem.Query().Where(supermarketitem.VillageID(w.village.ID)).FirstX(ctx())
	counts := func() string {
		return fmt.Sprint(c.PointEntry.Query().Where(pointentry.HouseholdID(h.ID)).CountX(ctx()),
			c.Ticket.Query().Where(ticket.AgentID(agent.ID)).CountX(ctx()),
			c.Rating.Query().Where(rating.RoleAssignmentID(officer.ID)).CountX(ctx()),
			c.Household.GetX(ctx(), h.ID).PointBalance, c.SupermarketItem.GetX(ctx(), item.ID).Stock,
			c.AuditEvent.Query().Where(auditevent.UsernameEQ("cadre")).CountX(ctx()))
	}
	before := counts()

	for _, q := range []struct{ query, id string }{
		{`mutation($id: ID!) { updateHousehold(input: {id: $id, set: {clearPointEntries: true}}) { userErrors { code } } }`, gid(h.ID)},
		{`mutation($id: ID!) { updateRoleAssignment(input: {id: $id, set: {clearRatings: true}}) { userErrors { code } } }`, gid(officer.ID)},
		{`mutation($id: ID!) { updateResident(input: {id: $id, set: {clearHandledTickets: true}}) { userErrors { code } } }`, gid(agent.ID)},
	} {
		if code, _ := w.as("cadre").errorCode(q.query, map[string]any{"id": q.id}); code != "BAD_USER_INPUT" {
			t.Errorf("%s: code %s, want BAD_USER_INPUT", q.query, code)
		}
	}

	v, err := w.a.accounts.Authenticate(context.Background(), w.tokens["cadre"])
	if err != nil {
		t.Fatal(err)
	}
	cadre := viewer.NewContext(context.Background(), v)
	for what, write := range map[string]func(context.Context) error{
		"clearing a household's points entries": func(ctx context.Context) error { return c.Household.UpdateOne(h).ClearPointEntries().Exec(ctx) },
		"detaching one points entry": func(ctx context.Context) error {
			return c.Household.UpdateOne(h).RemovePointEntryIDs(h.QueryPointEntries().FirstIDX(ctx)).Exec(ctx)
		},
		"clearing an officer's ratings": func(ctx context.Context) error { return c.RoleAssignment.UpdateOne(officer).ClearRatings().Exec(ctx) },
		"clearing an agent's tickets":   func(ctx context.Context) error { return c.Resident.UpdateOne(agent).ClearHandledTickets().Exec(ctx) },
		"setting a balance":             func(ctx context.Context) error { return c.Household.UpdateOne(h).SetPointBalance(9999).Exec(ctx) },
		"adding stock":                  func(ctx context.Context) error { return c.SupermarketItem.UpdateOne(item).AddStock(100).Exec(ctx) },
		"creating a household holding entries": func(ctx context.Context) error {
			return c.Household.Create().SetNumber("999").SetHeadName("某").SetCourtyardID(h.CourtyardID).
				AddPointEntryIDs(h.QueryPointEntries().FirstIDX(ctx)).Exec(ctx)
		},
	} {
		if err := write(cadre); !errors.Is(err, workflow.ErrGoverned) {
			t.Errorf("%s below the API: err = %v, want ErrGoverned", what, err)
		}
	}
	if after := counts(); after != before {
		t.Fatalf("entries, tickets, ratings, balance, stock, audit events: %s before, %s after refused writes", before, after)
	}
	// A workflow step passes the guard.
	if err := c.Household.UpdateOne(h).SetPointBalance(h.PointBalance).Exec(workflow.Governed(cadre)); err != nil {
		t.Fatalf("a workflow step writing the balance: %v", err)
	}
}

// TestSecurityAuditRecordsBeforeAndAfter: an update through a generic
// mutation is audited with each changed field and edge and its value before
// and after: a household's number (a master field) and a resident's
// household (an edge, held by its field household_id). internal/audit's
// TestAuditEdgeChange covers an edge without a field.
func TestSecurityAuditRecordsBeforeAndAfter(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 2, ResidentsPerCourtyard: 5})
	if err != nil {
		t.Fatal(err)
	}
	h0, h1, r := p.Residents[0].HouseholdID, p.Residents[5].HouseholdID, p.Residents[9].ID // r: not staff
	var out struct {
		UpdateHousehold, UpdateResident struct{ UserErrors []userError }
	}
	a.query(`mutation($h: ID!, $r: ID!, $to: ID!) {
		updateHousehold(input: {id: $h, set: {number: "077"}}) { userErrors { code } }
		updateResident(input: {id: $r, set: {householdID: $to}}) { userErrors { code } } }`,
		map[string]any{"h": gid(h0), "r": gid(r), "to": gid(h0)}, &out)
	if ue := append(out.UpdateHousehold.UserErrors, out.UpdateResident.UserErrors...); len(ue) != 0 {
		t.Fatalf("updates refused: %+v", ue)
	}
	for id, want := range map[int]map[string]any{
		h0: {"number": map[string]any{"before": "001", "after": "077"}},
		r:  {"household_id": map[string]any{"before": gid(h1), "after": gid(h0)}},
	} {
		var audit struct {
			AuditEvents struct {
				Edges []struct {
					Node struct{ Changes map[string]any }
				}
			}
		}
		a.query(`query($id: String!) { auditEvents(where: {entityID: $id, action: UPDATE}) { edges { node { changes } } } }`,
			map[string]any{"id": gid(id)}, &audit)
		if n := len(audit.AuditEvents.Edges); n != 1 {
			t.Fatalf("%d update events of %s, want 1", n, gid(id))
		}
		got := audit.AuditEvents.Edges[0].Node.Changes
		for name, change := range want {
			if fmt.Sprint(got[name]) != fmt.Sprint(change) {
				t.Errorf("%s: %s = %v, want %v", gid(id), name, got[name], change)
			}
		}
		if up, _ := got["updated_at"].(map[string]any); up == nil || up["before"] == nil || up["after"] == nil || up["before"] == up["after"] {
			t.Errorf("%s: updated_at = %v, want its before and after", gid(id), got["updated_at"])
		}
	}
	if n := a.db.Client.Resident.Query().Where(resident.HouseholdID(h1)).CountX(ctx()); n != 4 {
		t.Fatalf("the moved resident's old household has %d residents, want 4", n)
	}
}
