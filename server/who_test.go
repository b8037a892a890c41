package server_test

import (
	"sync"
	"testing"

	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// stepView is an issue step as the API shows it.
type stepView struct {
	Step      string
	ActorName *string
	ActorRole *string
	Actor     *struct{ ID string }
}

// issueSteps reads an issue's steps as the account of token.
func issueSteps(t *testing.T, a *api, token, issueID string) []stepView {
	t.Helper()
	a.token = token
	var out struct {
		Node struct{ Steps []stepView }
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Issue { steps { step actorName actorRole actor { id } } } } }`,
		map[string]any{"id": issueID}, &out)
	return out.Node.Steps
}

// TestStepActorVisible: a step a courtyard officer recorded shows the
// officer's name and role to the village cadre (the account itself stays
// hidden: actor null) and to the town official with the name masked, as
// every personal name is for towns.
func TestStepActorVisible(t *testing.T) {
	w := newIncentivesWorld(t)
	w.tokens["town"] = w.a.loginAs("town", viewer.TownOfficial, "500154112", nil)
	informant := w.a.db.Client.RoleAssignment.Query().Where(roleassignment.CourtyardID(w.courtyards[0].ID),
		roleassignment.RoleEQ(roleassignment.RoleINFORMANT)).OnlyX(ctx()).ResidentID
	w.tokens["informant"] = w.a.loginAs("informant", viewer.CourtyardOfficer, "500154", &informant)
	o := w.do(t, "informant", "raiseIssue", map[string]any{"courtyardID": gid(w.courtyards[0].ID), "category": "PUBLIC_FACILITY",
		"title": "水管漏水", "description": "院坝东侧水管漏水"}, "issue { id }")
	mustSucceed(t, "raiseIssue by the officer", o)
	var is struct{ ID string }
	o.get(t, "issue", &is)
	officer := w.a.db.Client.Resident.GetX(ctx(), informant).Name

	steps := issueSteps(t, w.a, w.tokens["cadre"], is.ID)
	if len(steps) != 1 || steps[0].Actor != nil || steps[0].ActorName == nil || *steps[0].ActorName != officer ||
		steps[0].ActorRole == nil || *steps[0].ActorRole != "COURTYARD_OFFICER" {
		t.Fatalf("the village cadre sees %+v; want the officer %s (COURTYARD_OFFICER), the account hidden", steps, officer)
	}
	steps = issueSteps(t, w.a, w.tokens["town"], is.ID)
	if len(steps) != 1 || steps[0].ActorName == nil || *steps[0].ActorName != viewer.MaskName(officer) ||
		steps[0].ActorRole == nil || *steps[0].ActorRole != "COURTYARD_OFFICER" {
		t.Fatalf("the town official sees %+v; want %s masked as %s", steps, officer, viewer.MaskName(officer))
	}
	// The village's own step: the cadre's username (no resident, no display name).
	o = w.do(t, "cadre", "confirmIssue", map[string]any{"id": is.ID}, "issue { id }")
	if o.refused() == "" {
		steps = issueSteps(t, w.a, w.tokens["cadre"], is.ID)
		if last := steps[len(steps)-1]; last.ActorName == nil || *last.ActorName != "cadre" || *last.ActorRole != "VILLAGE_CADRE" {
			t.Fatalf("the cadre's own step = %+v", last)
		}
	}
}

// TestOfficerAccountsByVillage: a village cadre adds a courtyard officer's
// account for a courtyard of its village (the officer then works there); it
// is refused for another village's courtyard, for another role, and for a
// resident without a role in the courtyard.
func TestOfficerAccountsByVillage(t *testing.T) {
	w := newIncentivesWorld(t)
	cy := w.courtyards[0]
	agent := gid(w.agents[0].ResidentID)
	add := func(role, username, areaCode, resident string) outcome {
		in := map[string]any{"username": username, "password": testPassword, "role": "COURTYARD_OFFICER", "areaCode": areaCode}
		if resident != "" {
			in["residentId"] = resident
		}
		return w.do(t, role, "addAccount", in, "user { username role areaCode }")
	}
	o := add("cadre", "dp-agent", cy.Code, agent)
	mustSucceed(t, "the village adds its courtyard's officer", o)
	var u struct{ Username, Role, AreaCode string }
	o.get(t, "user", &u)
	if u.Username != "dp-agent" || u.Role != "COURTYARD_OFFICER" || u.AreaCode != cy.Code {
		t.Fatalf("added %+v", u)
	}
	token, _, err := w.a.accounts.Login(ctx(), "dp-agent", testPassword, "")
	if err != nil {
		t.Fatalf("the new officer logs in: %v", err)
	}
	v, err := w.a.accounts.Authenticate(ctx(), token)
	if err != nil || len(v.CourtyardIDs) != 1 || v.CourtyardIDs[0] != cy.ID {
		t.Fatalf("the new officer's scope = %+v, %v; want courtyard %d", v, err, cy.ID)
	}
	expectRefused(t, "another village's cadre", add("otherCadre", "dp-agent-2", cy.Code, agent), "FORBIDDEN", "input.areaCode")
	expectRefused(t, "the village adding a cadre", w.do(t, "cadre", "addAccount", map[string]any{"username": "cadre-2",
		"password": testPassword, "role": "VILLAGE_CADRE", "areaCode": w.village.Code}, "user { id }"), "FORBIDDEN", "input.role")
	expectRefused(t, "an officer bound to a district code", add("cadre", "dp-agent-3", "500154", agent), "BAD_USER_INPUT", "input.areaCode")
	expectRefused(t, "a resident without a role there", add("cadre", "dp-agent-4", w.courtyards[1].Code, agent), "BAD_USER_INPUT", "input.residentId")
	expectRefused(t, "an officer adding accounts", add("agent", "dp-agent-5", cy.Code, agent), "FORBIDDEN", "")
}

// TestResidentsByPlace: town officials and village cadres filter residents
// by village and by courtyard (through their household's place).
func TestResidentsByPlace(t *testing.T) {
	w := newIncentivesWorld(t)
	w.tokens["town"] = w.a.loginAs("town", viewer.TownOfficial, "500154112", nil)
	count := func(role string, where map[string]any) int {
		w.a.token = w.tokens[role]
		var out struct{ Residents struct{ TotalCount int } }
		w.a.query(`query($w: ResidentWhereInput) { residents(where: $w) { totalCount } }`, map[string]any{"w": where}, &out)
		return out.Residents.TotalCount
	}
	for _, role := range []string{"town", "cadre"} {
		byVillage := count(role, map[string]any{"hasHouseholdWith": map[string]any{"villageID": gid(w.village.ID)}})
		first := count(role, map[string]any{"hasHouseholdWith": map[string]any{"courtyardID": gid(w.courtyards[0].ID)}})
		second := count(role, map[string]any{"hasHouseholdWith": map[string]any{"courtyardID": gid(w.courtyards[1].ID)}})
		if byVillage != 25 || first != 20 || second != 5 {
			t.Errorf("%s: residents of the village %d, of 大坪院坝 %d, of 水井院坝 %d; want 25, 20, 5", role, byVillage, first, second)
		}
	}
	w.a.token = w.tokens["town"]
	r := w.a.do(`{ residents(where: {hasHouseholdWith: {headNameHasPrefix: "付"}}) { totalCount } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Fatalf("the town filtering by a household head's name: %+v, want FORBIDDEN", r.Errors)
	}
}

// TestPointsFourEyes: a free-reason entry, or one above the village's limit,
// is PROPOSED whoever records it; its proposer cannot confirm it; of two
// accounts confirming at once exactly one wins; the rule check holds.
func TestPointsFourEyes(t *testing.T) {
	w := newIncentivesWorld(t)
	w.tokens["cadre2"] = w.a.loginAs("cadre2", viewer.VillageCadre, w.village.Code, nil)
	// The village's own cadre, for a free reason: PROPOSED, and not its to confirm.
	own := entry(t, w.award(t, "cadre", "awardPoints", "付", "", map[string]any{"points": 500, "reason": "捐资修路"}))
	if own.Status != "PROPOSED" || w.balance(t, "付") != 0 {
		t.Fatalf("the cadre's 500 for a free reason = %+v; want PROPOSED, nothing counted", own)
	}
	expectRefused(t, "the proposer confirming", w.do(t, "cadre", "confirmPointEntry", map[string]any{"id": own.ID}, entryFields), "FORBIDDEN", "input.id")
	expectRefused(t, "the proposer rejecting", w.do(t, "cadre", "rejectPointEntry", map[string]any{"id": own.ID}, entryFields), "FORBIDDEN", "input.id")
	if e := entry(t, w.do(t, "cadre2", "confirmPointEntry", map[string]any{"id": own.ID}, entryFields)); e.Status != "CONFIRMED" || w.balance(t, "付") != 500 {
		t.Fatalf("confirmed by the second cadre = %+v, balance %d", e, w.balance(t, "付"))
	}
	// Above the limit under a rule (the limit lowered to 10; the rule gives 20).
	w.a.db.Client.Village.UpdateOneID(w.village.ID).SetPointsConfirmAbove(10).ExecX(ctx())
	above := entry(t, w.award(t, "cadre", "awardPoints", "张", "LAND_FOR_ROAD", nil))
	within := entry(t, w.award(t, "cadre", "awardPoints", "张", "VOLUNTEER_LABOUR", nil))
	if above.Status != "PROPOSED" || within.Status != "CONFIRMED" {
		t.Fatalf("20 points above a limit of 10 = %s, 5 within it = %s; want PROPOSED, CONFIRMED", above.Status, within.Status)
	}
	// Two accounts confirm the agent's proposal at once: exactly one wins.
	prop := entry(t, w.award(t, "agent", "awardPoints", "王", "", map[string]any{"points": 30, "reason": "照看留守老人"}))
	codes := make([]string, 2)
	var wg sync.WaitGroup
	for i, role := range []string{"cadre", "cadre2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = call(t, w.a.h, w.tokens[role], "confirmPointEntry", map[string]any{"id": prop.ID}, entryFields).refused()
		}()
	}
	wg.Wait()
	won := 0
	for i, c := range codes {
		switch c {
		case "":
			won++
		case "CONFLICT":
		default:
			t.Errorf("confirmation %d: %q, want success or CONFLICT", i, c)
		}
	}
	if won != 1 || w.balance(t, "王") != 30 {
		t.Fatalf("%d confirmations won (%v), balance %d; want exactly 1, 30", won, codes, w.balance(t, "王"))
	}
	// Who proposed and who decided are kept (the district sees the accounts).
	w.a.token = w.tokens["admin"]
	var out struct {
		Node struct {
			ProposedBy, DecidedBy *struct{ Username string }
		}
	}
	w.a.query(`query($id: ID!) { node(id: $id) { ... on PointEntry { proposedBy { username } decidedBy { username } } } }`, map[string]any{"id": own.ID}, &out)
	if out.Node.ProposedBy == nil || out.Node.ProposedBy.Username != "cadre" || out.Node.DecidedBy == nil || out.Node.DecidedBy.Username != "cadre2" {
		t.Fatalf("proposed by %+v, decided by %+v; want cadre, cadre2", out.Node.ProposedBy, out.Node.DecidedBy)
	}
	vs, err := workflow.Check(ctx(), w.a.db.Client)
	if err != nil || len(vs) > 0 {
		t.Fatalf("rule check: %v %v", vs, err)
	}
}
