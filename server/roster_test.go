package server_test

import (
	"encoding/json"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// step runs a workflow mutation (field is its name) that must not fail as a
// whole, and returns its payload's record (null when refused) and userErrors.
func (a *api) step(field, query string, vars map[string]any) (json.RawMessage, []userError) {
	a.t.Helper()
	var out map[string]map[string]json.RawMessage
	a.query(query, vars, &out)
	var ue []userError
	if err := json.Unmarshal(out[field]["userErrors"], &ue); err != nil {
		a.t.Fatalf("%s: userErrors: %v", field, err)
	}
	for k, v := range out[field] {
		if k != "userErrors" {
			return v, ue
		}
	}
	return nil, ue
}

// refused runs a workflow mutation that must be refused with one userError
// of code on input field.
func (a *api) refused(field, query string, vars map[string]any, code string, at ...string) {
	a.t.Helper()
	rec, ue := a.step(field, query, vars)
	if len(ue) != 1 || ue[0].Code != code || string(rec) != "null" {
		a.t.Fatalf("%s: record %s, userErrors %+v; want one %s", field, rec, ue, code)
	}
	if len(at) > 0 && (len(ue[0].Field) < 2 || ue[0].Field[1] != at[0]) {
		a.t.Fatalf("%s: refused on %v, want input.%s", field, ue[0].Field, at[0])
	}
}

// as switches the API's account to a new one of role in area.
func (a *api) as(username string, role viewer.Role, area string, residentID *int) {
	a.t.Helper()
	a.token = a.loginAs(username, role, area, residentID)
}

// rosterPlaces builds two villages of two courtyards, eight residents each;
// residents 0–3 of a courtyard are its head, publicist, agent and informant.
func rosterPlaces(t *testing.T, a *api) *fixture.Places {
	t.Helper()
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2, CourtyardsPerVillage: 2, ResidentsPerCourtyard: 8})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// active returns courtyard c's active assignment of role.
func active(a *api, c int, role roleassignment.Role) *ent.RoleAssignment {
	a.t.Helper()
	return a.db.Client.RoleAssignment.Query().Where(roleassignment.CourtyardID(c), roleassignment.RoleEQ(role),
		roleassignment.EndedAtIsNil()).OnlyX(ctx())
}

// rate stores n ratings of score by residents of courtyard c for assignment
// ra in the current half-year.
func rate(a *api, p *fixture.Places, c int, ra *ent.RoleAssignment, n, score int) {
	a.t.Helper()
	for k := range n {
		a.db.Client.Rating.Create().SetTarget(rating.TargetOFFICER).SetDimension(rating.DimensionPROXY_SERVICE).
			SetScore(score).SetPeriod(period.Label(period.HalfYear, time.Now())).SetRatedAt(time.Now()).
			SetCourtyardID(p.Courtyards[c].ID).SetRoleAssignmentID(ra.ID).SetRaterID(p.Residents[c*8+4+k%4].ID).SaveX(ctx())
	}
}

func gid(id int) string { return ent.EncodeGlobalID(id) }

const replaceOfficer = `mutation($a: ID!, $s: ID!, $r: RoleAssignmentEndReason!, $k: String) {
	replaceOfficer(input: {assignmentID: $a, successorID: $s, reason: $r, idempotencyKey: $k}) {
		roleAssignment { id role startedAt resident { id } predecessor { id endedAt endReason ratings { totalCount } }
			ratings { totalCount } }
		userErrors { field message code } } }`

// TestFailingOfficerReplaced replays the article's scene: residents rate an
// agent failing, the scoring rule flags them, the village replaces them with
// the reason RATED_FAILING, and the history stays — the successor links to
// the predecessor, whose ratings stay on the old assignment. Replacing an
// officer the rule does not flag, by the wrong account, outside the area or
// twice is refused; a repeated idempotency key changes nothing.
func TestFailingOfficerReplaced(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0 := p.Courtyards[0].ID
	agent := active(a, c0, roleassignment.RoleAGENT)
	publicist := active(a, c0, roleassignment.RolePUBLICIST)
	rate(a, p, 0, agent, 3, 1)     // counts and fails
	rate(a, p, 0, publicist, 2, 1) // too few ratings to count
	period := period.Label(period.HalfYear, time.Now())

	var scores struct {
		OfficerScores []struct {
			RoleAssignment struct{ ID string }
			Ratings        int
			Score          float64
			Counts         bool
			Failing        bool
		}
		FailingOfficers []struct{ RoleAssignment struct{ ID string } }
	}
	a.query(`query($p: String!, $c: ID!) {
		officerScores(period: $p, where: {hasCourtyardWith: {id: $c}}) { roleAssignment { id } ratings score counts failing }
		failingOfficers(period: $p) { roleAssignment { id } } }`, map[string]any{"p": period, "c": gid(c0)}, &scores)
	if s := scores.OfficerScores; len(s) != 2 || s[0].RoleAssignment.ID != gid(publicist.ID) || s[0].Counts || s[0].Failing ||
		s[1].RoleAssignment.ID != gid(agent.ID) || !s[1].Counts || !s[1].Failing || s[1].Score != 1 || s[1].Ratings != 3 {
		t.Fatalf("officer scores: %+v", s)
	}
	if f := scores.FailingOfficers; len(f) != 1 || f[0].RoleAssignment.ID != gid(agent.ID) {
		t.Fatalf("failing officers: %+v", f)
	}

	successor := p.Residents[6].ID
	// The publicist's two low ratings do not count: not flagged, not replaceable as failing.
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(publicist.ID), "s": gid(successor), "r": "RATED_FAILING"}, "BAD_USER_INPUT", "reason")
	// A head is elected, not replaced; MERGED belongs to merges.
	head := active(a, c0, roleassignment.RoleHEAD)
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(head.ID), "s": gid(successor), "r": "RESIGNED"}, "BAD_USER_INPUT", "assignmentID")
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(agent.ID), "s": gid(successor), "r": "MERGED"}, "BAD_USER_INPUT", "reason")
	// The agent themself as successor.
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(agent.ID), "s": gid(agent.ResidentID), "r": "RATED_FAILING"}, "BAD_USER_INPUT", "successorID")

	// Wrong actor: the courtyard's head (a courtyard officer) may not change the roster.
	admin := a.token
	a.as("head0", viewer.CourtyardOfficer, "500154", &head.ResidentID)
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(agent.ID), "s": gid(successor), "r": "RATED_FAILING"}, "FORBIDDEN")
	// Wrong area: the cadre of the other village does not find the assignment.
	a.as("cadre2", viewer.VillageCadre, p.Villages[1].Code, nil)
	a.refused("replaceOfficer", replaceOfficer, map[string]any{"a": gid(agent.ID), "s": gid(successor), "r": "RATED_FAILING"}, "NOT_FOUND")
	var none struct{ FailingOfficers []struct{ Period string } }
	a.query(`query($p: String!) { failingOfficers(period: $p) { period } }`, map[string]any{"p": period}, &none)
	if len(none.FailingOfficers) != 0 {
		t.Fatalf("the other village's cadre sees failing officers of village 1: %+v", none)
	}

	// The village's own cadre replaces the agent, with an idempotency key.
	a.as("cadre1", viewer.VillageCadre, p.Villages[0].Code, nil)
	vars := map[string]any{"a": gid(agent.ID), "s": gid(successor), "r": "RATED_FAILING", "k": "replace-agent-1"}
	rec, ue := a.step("replaceOfficer", replaceOfficer, vars)
	var got struct {
		ID, Role    string
		StartedAt   time.Time
		Resident    struct{ ID string }
		Ratings     struct{ TotalCount int }
		Predecessor struct {
			ID, EndReason string
			EndedAt       time.Time
			Ratings       struct{ TotalCount int }
		}
	}
	if err := json.Unmarshal(rec, &got); err != nil || len(ue) != 0 {
		t.Fatalf("replacing the failing agent: %s %+v %v", rec, ue, err)
	}
	if got.Role != "AGENT" || got.Resident.ID != gid(successor) || got.Predecessor.ID != gid(agent.ID) ||
		got.Predecessor.EndReason != "RATED_FAILING" || !got.Predecessor.EndedAt.Equal(got.StartedAt) ||
		got.Predecessor.Ratings.TotalCount != 3 || got.Ratings.TotalCount != 0 {
		t.Fatalf("successor: %+v", got)
	}
	// A phone retrying: the same key returns the same successor and changes nothing.
	again, ue := a.step("replaceOfficer", replaceOfficer, vars)
	var same struct{ ID string }
	_ = json.Unmarshal(again, &same)
	if len(ue) != 0 || same.ID != got.ID {
		t.Fatalf("repeated key: %s %+v, want %s", again, ue, got.ID)
	}
	if n := a.db.Client.RoleAssignment.Query().Where(roleassignment.CourtyardID(c0), roleassignment.RoleEQ(roleassignment.RoleAGENT)).CountX(ctx()); n != 2 {
		t.Fatalf("%d agent assignments after a repeated key, want 2", n)
	}
	// The ended assignment cannot be ended again.
	vars["k"] = nil
	a.refused("replaceOfficer", replaceOfficer, vars, "CONFLICT", "assignmentID")
	// Nor can a generic update touch the end or the predecessor.
	a.token = admin
	if code, _ := a.errorCode(`mutation($id: ID!) { updateRoleAssignment(input: {id: $id, set: {endReason: OTHER}}) { userErrors { code } } }`,
		map[string]any{"id": got.ID}); code != "BAD_USER_INPUT" {
		t.Fatalf("generic update of endReason: %s", code)
	}
	checkRules(t, a)
}

// checkRules runs every workflow rule check over the test's database.
func checkRules(t *testing.T, a *api) {
	t.Helper()
	vs, err := workflow.Check(ctx(), a.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Error(v)
	}
}

const electHead = `mutation($c: ID!, $r: ID!, $for: Int!, $against: Int!, $abstain: Int!, $present: Int!, $k: String) {
	electHead(input: {courtyardID: $c, residentID: $r, votesFor: $for, votesAgainst: $against, votesAbstain: $abstain,
		votersPresent: $present, idempotencyKey: $k}) {
		roleAssignment { id selection votesFor votersPresent predecessor { endReason } } userErrors { field message code } } }`

// TestElectHead: the votes add up to those present and more than half vote
// for; the head lives in the courtyard's village; the previous head's term
// ends and the new head succeeds them; only the village and up record it.
func TestElectHead(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0 := p.Courtyards[0].ID
	vote := func(r, yes, no, abstain, present int) map[string]any {
		return map[string]any{"c": gid(c0), "r": gid(p.Residents[r].ID), "for": yes, "against": no, "abstain": abstain, "present": present}
	}
	a.refused("electHead", electHead, vote(5, 10, 3, 1, 15), "BAD_USER_INPUT", "votesFor")       // 14 votes, 15 present
	a.refused("electHead", electHead, vote(5, 7, 6, 1, 14), "BAD_USER_INPUT", "votesFor")        // 7 of 14 is not more than half
	a.refused("electHead", electHead, vote(0, 10, 3, 1, 14), "CONFLICT", "residentID")           // already the head
	a.refused("electHead", electHead, vote(2*8+5, 10, 3, 1, 14), "BAD_USER_INPUT", "residentID") // lives in the other village
	a.as("officer", viewer.CourtyardOfficer, "500154", &p.Residents[1].ID)
	a.refused("electHead", electHead, vote(5, 10, 3, 1, 14), "FORBIDDEN")
	a.as("cadre2", viewer.VillageCadre, p.Villages[1].Code, nil) // wrong area
	a.refused("electHead", electHead, vote(5, 10, 3, 1, 14), "NOT_FOUND")
	a.as("cadre1", viewer.VillageCadre, p.Villages[0].Code, nil)
	rec, ue := a.step("electHead", electHead, vote(5, 10, 3, 1, 14))
	var got struct {
		Selection               string
		VotesFor, VotersPresent int
		Predecessor             struct{ EndReason string }
	}
	if err := json.Unmarshal(rec, &got); err != nil || len(ue) != 0 || got.Selection != "ELECTED" || got.VotesFor != 10 ||
		got.VotersPresent != 14 || got.Predecessor.EndReason != "TERM_ENDED" {
		t.Fatalf("election: %s %+v", rec, ue)
	}
	if h := active(a, c0, roleassignment.RoleHEAD); h.ResidentID != p.Residents[5].ID {
		t.Fatalf("active head is resident %d", h.ResidentID)
	}
	checkRules(t, a)
}

const evaluateCourtyard = `mutation($c: ID!, $p: String!, $present: Int!, $k: String) {
	evaluateCourtyard(input: {courtyardID: $c, period: $p, residentsPresent: $present, idempotencyKey: $k,
		scores: [{dimension: DELIBERATION, score: 5}, {dimension: PROXY_SERVICE, score: 4}, {dimension: PUBLICITY, score: 4}]}) {
		courtyard { id ratings(where: {target: COURTYARD}) { totalCount edges { node { score residentsPresent rater { id } } } } }
		userErrors { field message code } } }`

// TestCourtyardSelfEvaluation: the courtyard's head records its
// self-evaluation with residents present, as ratings of target COURTYARD;
// another officer may not, the same half-year is evaluated once, and more
// residents present than live there is refused.
func TestCourtyardSelfEvaluation(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0 := p.Courtyards[0].ID
	period := period.Label(period.HalfYear, time.Now())
	vars := map[string]any{"c": gid(c0), "p": period, "present": 6}
	a.as("agent", viewer.CourtyardOfficer, "500154", &p.Residents[2].ID)
	a.refused("evaluateCourtyard", evaluateCourtyard, vars, "FORBIDDEN", "courtyardID")
	a.as("head", viewer.CourtyardOfficer, "500154", &p.Residents[0].ID)
	a.refused("evaluateCourtyard", evaluateCourtyard, map[string]any{"c": gid(c0), "p": period, "present": 9}, "BAD_USER_INPUT", "residentsPresent")
	a.refused("evaluateCourtyard", evaluateCourtyard, map[string]any{"c": gid(c0), "p": "2999H1", "present": 6}, "BAD_USER_INPUT", "period")
	rec, ue := a.step("evaluateCourtyard", evaluateCourtyard, vars)
	var got struct {
		Ratings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Score, ResidentsPresent int
					Rater                   struct{ ID string }
				}
			}
		}
	}
	if err := json.Unmarshal(rec, &got); err != nil || len(ue) != 0 || got.Ratings.TotalCount != 3 {
		t.Fatalf("self-evaluation: %s %+v", rec, ue)
	}
	for _, e := range got.Ratings.Edges {
		if e.Node.ResidentsPresent != 6 || e.Node.Rater.ID != gid(p.Residents[0].ID) {
			t.Fatalf("self-evaluation rating: %+v", e.Node)
		}
	}
	a.refused("evaluateCourtyard", evaluateCourtyard, vars, "CONFLICT", "scores")
}
