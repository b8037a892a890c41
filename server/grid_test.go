package server_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/householdmove"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
)

// addHouseholds gives courtyard c of p n more households (numbers 002…).
func addHouseholds(a *api, p *fixture.Places, c, n int) []*ent.Household {
	a.t.Helper()
	cy := p.Courtyards[c]
	var out []*ent.Household
	for k := range n {
		out = append(out, a.db.Client.Household.Create().SetNumber(fmt.Sprintf("%03d", 2+k)).
			SetHeadName("户主").SetCourtyardID(cy.ID).SetTownID(cy.TownID).SetVillageID(cy.VillageID).SaveX(ctx()))
	}
	return out
}

const moveHousehold = `mutation($h: ID!, $c: ID!, $k: String) {
	moveHousehold(input: {householdID: $h, courtyardID: $c, reason: "网格调整", idempotencyKey: $k}) {
		household { id number courtyard { id } moves { totalCount } } userErrors { field message code } } }`

// TestMoveHousehold: a household moves to another courtyard of its village
// with a move recorded and a free number there; the ratings given in the old
// courtyard stay attributed to it; a move to another village, or through the
// generic update, is refused.
func TestMoveHousehold(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0, c1 := p.Courtyards[0].ID, p.Courtyards[1].ID
	h := a.db.Client.Household.Query().Where(household.CourtyardID(c0)).OnlyX(ctx())
	agent := active(a, c0, roleassignment.RoleAGENT)
	rate(a, p, 0, agent, 1, 5)

	a.refused("moveHousehold", moveHousehold, map[string]any{"h": gid(h.ID), "c": gid(p.Courtyards[2].ID)}, "BAD_USER_INPUT", "courtyardID")
	// Into its own courtyard: the household's state refuses it (as a repeated move).
	a.refused("moveHousehold", moveHousehold, map[string]any{"h": gid(h.ID), "c": gid(c0)}, "CONFLICT", "courtyardID")
	if code, _ := a.errorCode(`mutation($h: ID!, $c: ID!) { updateHousehold(input: {id: $h, set: {courtyardID: $c}}) { userErrors { code } } }`,
		map[string]any{"h": gid(h.ID), "c": gid(c1)}); code != "BAD_USER_INPUT" {
		t.Fatalf("generic update of a household's courtyard: %s", code)
	}
	a.as("officer", viewer.CourtyardOfficer, "500154", &p.Residents[0].ID)
	a.refused("moveHousehold", moveHousehold, map[string]any{"h": gid(h.ID), "c": gid(c1)}, "FORBIDDEN")

	a.as("cadre2", viewer.VillageCadre, p.Villages[1].Code, nil) // wrong area
	a.refused("moveHousehold", moveHousehold, map[string]any{"h": gid(h.ID), "c": gid(c1)}, "NOT_FOUND")
	a.refused("mergeCourtyards", mergeCourtyards, map[string]any{"into": gid(c0), "from": gid(c1)}, "NOT_FOUND")
	a.as("cadre1", viewer.VillageCadre, p.Villages[0].Code, nil)
	rec, ue := a.step("moveHousehold", moveHousehold, map[string]any{"h": gid(h.ID), "c": gid(c1)})
	var got struct {
		Number    string
		Courtyard struct{ ID string }
		Moves     struct{ TotalCount int }
	}
	if err := json.Unmarshal(rec, &got); err != nil || len(ue) != 0 {
		t.Fatalf("move: %s %+v", rec, ue)
	}
	// Courtyard 1's household is 001 already: the newcomer is 002.
	if got.Courtyard.ID != gid(c1) || got.Number != "002" || got.Moves.TotalCount != 1 {
		t.Fatalf("moved household: %+v", got)
	}
	m := a.db.Client.HouseholdMove.Query().Where(householdmove.HouseholdID(h.ID)).OnlyX(ctx())
	if *m.FromCourtyardID != c0 || m.CourtyardID != c1 || m.Reason != "网格调整" {
		t.Fatalf("move record: %+v", m)
	}
	if n := a.db.Client.Rating.Query().Where(rating.CourtyardID(c0)).CountX(ctx()); n != 1 {
		t.Fatalf("%d ratings left in the old courtyard, want 1 (history stays)", n)
	}
	checkRules(t, a)
}

const splitCourtyard = `mutation($c: ID!, $hs: [ID!]!, $officers: [OfficerInput!], $code: String! = "500154104001009") {
	splitCourtyard(input: {courtyardID: $c, code: $code, name: "新院坝", householdIDs: $hs, officers: $officers}) {
		courtyard { id households { totalCount } roleAssignments { totalCount } } userErrors { field message code } } }`

const mergeCourtyards = `mutation($into: ID!, $from: ID!, $keep: [ID!], $k: String) {
	mergeCourtyards(input: {intoID: $into, fromID: $from, keep: $keep, idempotencyKey: $k}) {
		courtyard { id households { totalCount } } userErrors { field message code } } }`

const assignRole = `mutation($c: ID!, $role: RoleAssignmentRole!, $r: ID!) {
	assignRole(input: {courtyardID: $c, role: $role, residentID: $r}) { roleAssignment { id role } userErrors { field message code } } }`

// TestSplitAndMerge: a courtyard is split with some of its households and an
// appointed agent, a publicist is appointed to the vacancy, then the new
// courtyard is merged back keeping its agent: every household returns, the
// merged courtyard keeps one active holder per role, and the others end
// with reason MERGED.
func TestSplitAndMerge(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0 := p.Courtyards[0].ID
	extra := addHouseholds(a, p, 0, 2)
	all := a.db.Client.Household.Query().Where(household.CourtyardID(c0)).IDsX(ctx())
	ids := func(hs ...int) []string {
		out := make([]string, len(hs))
		for i, h := range hs {
			out[i] = gid(h)
		}
		return out
	}
	newAgent := p.Residents[1*8+6].ID // lives in courtyard 1 of the same village (and town)
	a.refused("splitCourtyard", splitCourtyard, map[string]any{"c": gid(c0), "hs": ids(all...)}, "BAD_USER_INPUT", "householdIDs")
	a.refused("splitCourtyard", splitCourtyard, map[string]any{"c": gid(c0), "hs": ids(a.db.Client.Household.Query().Where(household.CourtyardID(p.Courtyards[1].ID)).FirstIDX(ctx()))}, "BAD_USER_INPUT", "householdIDs")
	a.refused("splitCourtyard", splitCourtyard, map[string]any{"c": gid(c0), "hs": ids(extra[0].ID),
		"officers": []map[string]any{{"role": "HEAD", "residentID": gid(newAgent)}}}, "BAD_USER_INPUT", "officers")

	a.refused("splitCourtyard", splitCourtyard, map[string]any{"c": gid(c0), "hs": ids(extra[0].ID), "code": "500154104002009"}, "BAD_USER_INPUT", "code")
	rec, ue := a.step("splitCourtyard", splitCourtyard, map[string]any{"c": gid(c0), "hs": ids(extra[0].ID, extra[1].ID),
		"officers": []map[string]any{{"role": "AGENT", "residentID": gid(newAgent)}}})
	var split struct {
		ID              string
		Households      struct{ TotalCount int }
		RoleAssignments struct{ TotalCount int }
	}
	if err := json.Unmarshal(rec, &split); err != nil || len(ue) != 0 || split.Households.TotalCount != 2 || split.RoleAssignments.TotalCount != 1 {
		t.Fatalf("split: %s %+v", rec, ue)
	}
	newID, err := ent.DecodeGlobalID(split.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The vacant publicist post is filled by appointment; the agent's is not vacant.
	if rec, ue := a.step("assignRole", assignRole, map[string]any{"c": split.ID, "role": "PUBLICIST", "r": gid(p.Residents[7].ID)}); len(ue) != 0 {
		t.Fatalf("appointing a publicist: %s %+v", rec, ue)
	}
	a.refused("assignRole", assignRole, map[string]any{"c": split.ID, "role": "AGENT", "r": gid(p.Residents[7].ID)}, "CONFLICT", "role")
	a.refused("assignRole", assignRole, map[string]any{"c": split.ID, "role": "HEAD", "r": gid(p.Residents[7].ID)}, "BAD_USER_INPUT", "role")

	keptAgent := active(a, newID, roleassignment.RoleAGENT)
	oldAgent := active(a, c0, roleassignment.RoleAGENT)
	oldPublicist := active(a, c0, roleassignment.RolePUBLICIST)
	a.refused("mergeCourtyards", mergeCourtyards, map[string]any{"into": gid(c0), "from": gid(c0)}, "BAD_USER_INPUT", "fromID")
	a.refused("mergeCourtyards", mergeCourtyards, map[string]any{"into": gid(c0), "from": gid(p.Courtyards[2].ID)}, "BAD_USER_INPUT", "fromID")
	a.refused("mergeCourtyards", mergeCourtyards, map[string]any{"into": gid(c0), "from": split.ID, "keep": ids(keptAgent.ID, oldAgent.ID)}, "BAD_USER_INPUT", "keep")
	vars := map[string]any{"into": gid(c0), "from": split.ID, "keep": ids(keptAgent.ID), "k": "merge-1"}
	rec, ue = a.step("mergeCourtyards", mergeCourtyards, vars)
	var merged struct{ Households struct{ TotalCount int } }
	if err := json.Unmarshal(rec, &merged); err != nil || len(ue) != 0 || merged.Households.TotalCount != 3 {
		t.Fatalf("merge: %s %+v", rec, ue)
	}
	if _, ue := a.step("mergeCourtyards", mergeCourtyards, vars); len(ue) != 0 {
		t.Fatalf("repeated merge key: %+v", ue)
	}
	// One active holder per role; the kept agent continues as the successor of
	// its own assignment; the others ended MERGED.
	for _, role := range fixture.Roles {
		active(a, c0, role)
	}
	agent := active(a, c0, roleassignment.RoleAGENT)
	if agent.ResidentID != newAgent || agent.PredecessorID == nil || *agent.PredecessorID != keptAgent.ID {
		t.Fatalf("merged courtyard's agent: %+v", agent)
	}
	if pub := active(a, c0, roleassignment.RolePUBLICIST); pub.ID != oldPublicist.ID {
		t.Fatalf("the remaining courtyard's publicist should stay by default: %+v", pub)
	}
	for _, id := range []int{oldAgent.ID, keptAgent.ID} {
		if ra := a.db.Client.RoleAssignment.GetX(ctx(), id); ra.EndReason == nil || *ra.EndReason != roleassignment.EndReasonMERGED {
			t.Fatalf("assignment %d: end reason %v, want MERGED", id, ra.EndReason)
		}
	}
	if n := a.db.Client.RoleAssignment.Query().Where(roleassignment.CourtyardID(newID), roleassignment.EndedAtIsNil()).CountX(ctx()); n != 0 {
		t.Fatalf("the merged-away courtyard keeps %d active assignments", n)
	}
	if n := a.db.Client.HouseholdMove.Query().CountX(ctx()); n != 4 {
		t.Fatalf("%d household moves recorded, want 4 (2 split, 2 merged back)", n)
	}
	checkRules(t, a)
}
