package server_test

import (
	"testing"
	"time"

	"yuanbahui/ent/issue"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/session"
	"yuanbahui/internal/viewer"
)

// metricNow reads a count metric over the last day and the next, so that
// whatever the API recorded just now is in it.
func (a *api) metricNow(metric string) float64 {
	a.t.Helper()
	var out struct {
		Stats struct {
			Rows []struct{ Values []*float64 }
		}
	}
	now := time.Now().UTC()
	a.query(`query($m: Metric!, $from: Time!, $to: Time!) { stats(metrics: [$m], where: {from: $from, to: $to}) { rows { values } } }`,
		map[string]any{"m": metric, "from": now.Add(-24 * time.Hour).Format(time.RFC3339), "to": now.Add(24 * time.Hour).Format(time.RFC3339)}, &out)
	if len(out.Stats.Rows) != 1 || len(out.Stats.Rows[0].Values) != 1 || out.Stats.Rows[0].Values[0] == nil {
		a.t.Fatalf("stats(%s) = %+v", metric, out)
	}
	return *out.Stats.Rows[0].Values[0]
}

// issueSteps reads an issue's six-step record through the API.
type recordedStep struct {
	Step     string
	Notes    string
	Ratified *bool
	Note     *string
}

func (a *api) issueSteps(id string) (emergencyAt *string, action string, steps []recordedStep) {
	a.t.Helper()
	var out struct {
		Node struct {
			EmergencyAt     *string
			EmergencyAction string
			Steps           []recordedStep
		}
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Issue { emergencyAt emergencyAction steps { step notes ratified note } } } }`,
		map[string]any{"id": id}, &out)
	return out.Node.EmergencyAt, out.Node.EmergencyAction, out.Node.Steps
}

// TestStormDitchAsEmergency replays the scene at 三星村 as it happened:
// after a summer storm the courtyard head led residents to clear the blocked
// ditch at once (先处置后报备), recorded it, and the next meeting ratified
// it. The issue counts as an emergency; other categories and other roles
// are refused the emergency path.
func TestStormDitchAsEmergency(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing
	head := w.as("head", viewer.CourtyardOfficer, "500154", s.head)
	cadre := w.as("cadre", viewer.VillageCadre, s.v.Code, nil)
	ditch := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "LIVING_ENVIRONMENT", "title": "暴雨后院坝边水沟堵塞",
		"raisedByID": gid(s.residents[4].ID)}, "COLLECTED")
	emergency := map[string]any{"issueID": ditch, "action": "院坝长带领11名群众冒雨清淤，约两小时疏通"}

	// Only the courtyard's own head or officers act first and report after.
	cadre.stepRefused("recordEmergency", emergency, "FORBIDDEN", "")
	w.stepRefused("recordEmergency", emergency, "FORBIDDEN", "")
	head.stepRefused("recordEmergency", map[string]any{"issueID": ditch, "action": " "}, "BAD_USER_INPUT", "action")
	head.stepOK("recordEmergency", emergency, "VISITED")
	head.stepRefused("recordEmergency", emergency, "CONFLICT", "issueID")

	// The next meeting must say whether it ratifies the action.
	meet := map[string]any{"issueID": ditch, "residentsPresent": 11, "householdsRepresented": 7, "votesFor": 11, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "追认暴雨后的应急清淤，今后每年汛前清一次"}
	head.stepRefused("decideIssue", meet, "BAD_USER_INPUT", "ratified")
	meet["ratified"] = true
	meet["note"] = "群众一致认可院坝长的处置"
	head.stepOK("decideIssue", meet, "DECIDED")

	at, action, steps := head.issueSteps(ditch)
	if at == nil || action != emergency["action"] || len(steps) != 3 || steps[1].Step != "EMERGENCY" || steps[2].Step != "DECIDED" ||
		steps[2].Ratified == nil || !*steps[2].Ratified || steps[2].Note == nil || *steps[2].Note != meet["note"] {
		t.Fatalf("the six-step record: emergencyAt %v, action %q, steps %+v", at, action, steps)
	}
	if n := w.metricNow("ISSUES_EMERGENCY"); n != 1 {
		t.Fatalf("ISSUES_EMERGENCY = %v, want 1", n)
	}

	// A customs issue or a dispute waits for its meeting; so does any issue
	// once the village's rule lists no emergency category.
	for _, category := range []string{"CUSTOMS", "DISPUTE"} {
		id := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": category, "title": "事项",
			"raisedByID": gid(s.residents[5].ID)}, "COLLECTED")
		head.stepRefused("recordEmergency", map[string]any{"issueID": id, "action": "先办了"}, "BAD_USER_INPUT", "issueID")
	}
	var set map[string]struct{ UserErrors []userError }
	cadre.query(`mutation($in: SetDeliberationRuleInput!) { setDeliberationRule(input: $in) { userErrors { field message code } } }`,
		map[string]any{"in": map[string]any{"villageID": gid(s.v.ID), "majorityNumerator": 1, "majorityDenominator": 2, "quorumNumerator": 1, "quorumDenominator": 2,
			"fundThresholdFen": 300000, "emergencyCategories": []string{}}}, &set)
	if ue := set["setDeliberationRule"].UserErrors; len(ue) > 0 {
		t.Fatalf("setDeliberationRule: %+v", ue)
	}
	id := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "LIVING_ENVIRONMENT", "title": "又一处水沟堵塞",
		"raisedByID": gid(s.residents[4].ID)}, "COLLECTED")
	head.stepRefused("recordEmergency", map[string]any{"issueID": id, "action": "先办了"}, "BAD_USER_INPUT", "issueID")

	// A meeting without an emergency ratifies none.
	head.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "水沟"}, "CONFIRMED")
	head.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 3, "notes": "走访"}, "VISITED")
	head.stepRefused("decideIssue", map[string]any{"issueID": id, "residentsPresent": 8, "householdsRepresented": 5, "votesFor": 8, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "清淤", "ratified": true}, "BAD_USER_INPUT", "ratified")
}

// TestBanquetStoppedByPersuasion: a needless banquet (无事酒) is stopped by
// persuasion — no vote, no quorum — and counts in CUSTOMS_STOPPED; other
// categories may not be decided by persuasion, a persuasion records no
// vote, and only customs issues have a custom outcome. Disputes are still
// mediated without a vote.
func TestBanquetStoppedByPersuasion(t *testing.T) {
	w := newDeliberationWorld(t)
	y := w.yangguan
	visited := func(category, title string, extra map[string]any) string {
		in := map[string]any{"courtyardID": gid(y.courtyard.ID), "category": category, "title": title, "raisedByID": gid(y.residents[6].ID)}
		for k, v := range extra {
			in[k] = v
		}
		id := w.stepOK("raiseIssue", in, "COLLECTED")
		w.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": title}, "CONFIRMED")
		w.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 1, "notes": "上门劝导"}, "VISITED")
		return id
	}
	banquet := visited("CUSTOMS", "劝阻操办搬家无事酒", nil)
	persuade := map[string]any{"issueID": banquet, "method": "PERSUASION", "residentsPresent": 3, "householdsRepresented": 1,
		"outcome": "APPROVED", "decision": "院坝长和两位老党员上门劝导，主家同意不办", "customOutcome": "STOPPED", "note": "主家表示节省下来的钱给孩子交学费"}
	persuade["votesFor"], persuade["votesAgainst"], persuade["votesAbstain"] = 3, 0, 0
	w.stepRefused("decideIssue", persuade, "BAD_USER_INPUT", "method")
	delete(persuade, "votesFor")
	delete(persuade, "votesAgainst")
	delete(persuade, "votesAbstain")
	w.stepOK("decideIssue", persuade, "DECIDED") // 1 of 12 households: no quorum needed
	w.stepOK("executeIssue", map[string]any{"issueID": banquet, "outcome": "未操办", "executedBy": "院坝长", "customChange": "取消搬家无事酒，节约约2万元"}, "EXECUTED")
	is := w.db.Client.Issue.Query().Where(issue.CategoryEQ(issue.CategoryCUSTOMS)).OnlyX(ctx())
	meeting := is.QuerySessions().OnlyX(ctx())
	if is.CustomOutcome == nil || *is.CustomOutcome != issue.CustomOutcomeSTOPPED || meeting.Method == nil || *meeting.Method != session.MethodPERSUASION || meeting.VotesFor != nil {
		t.Fatalf("banquet: outcome %v, meeting %+v", is.CustomOutcome, meeting)
	}
	if n := w.metricNow("CUSTOMS_STOPPED"); n != 1 {
		t.Fatalf("CUSTOMS_STOPPED = %v, want 1", n)
	}
	if n := w.metricNow("VOTES"); n != 0 {
		t.Fatalf("VOTES = %v after a persuasion, want 0", n)
	}

	// A custom held anyway does not count; a customs issue carried out says what became of it.
	held := visited("CUSTOMS", "满月酒", nil)
	w.stepOK("decideIssue", map[string]any{"issueID": held, "method": "PERSUASION", "residentsPresent": 2, "householdsRepresented": 1,
		"outcome": "APPROVED", "decision": "劝导从简"}, "DECIDED")
	w.stepRefused("executeIssue", map[string]any{"issueID": held, "outcome": "仍办了", "executedBy": "主家", "customChange": "规模未减"}, "BAD_USER_INPUT", "customOutcome")
	w.stepOK("executeIssue", map[string]any{"issueID": held, "outcome": "仍办了", "executedBy": "主家", "customChange": "规模未减", "customOutcome": "HELD"}, "EXECUTED")
	if n := w.metricNow("CUSTOMS_STOPPED"); n != 1 {
		t.Fatalf("CUSTOMS_STOPPED = %v with a custom held, want 1", n)
	}

	// Persuasion is for customs; a custom outcome too.
	road := visited("PUBLIC_FACILITY", "修补入户路", nil)
	w.stepRefused("decideIssue", map[string]any{"issueID": road, "method": "PERSUASION", "residentsPresent": 3, "householdsRepresented": 2,
		"outcome": "APPROVED", "decision": "劝导"}, "BAD_USER_INPUT", "method")
	w.stepRefused("decideIssue", map[string]any{"issueID": road, "residentsPresent": 3, "householdsRepresented": 2,
		"outcome": "APPROVED", "decision": "修路"}, "BAD_USER_INPUT", "votesFor")
	w.stepRefused("decideIssue", map[string]any{"issueID": road, "residentsPresent": 9, "householdsRepresented": 7, "votesFor": 9, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "修路", "customOutcome": "STOPPED"}, "BAD_USER_INPUT", "customOutcome")
	w.stepRefused("decideIssue", map[string]any{"issueID": road, "method": "MEDIATION", "residentsPresent": 3, "householdsRepresented": 2,
		"outcome": "APPROVED", "decision": "调解", "mediationResult": "同意"}, "BAD_USER_INPUT", "method")

	// Mediation still settles a dispute without a vote or a quorum, named or not.
	parties := []string{gid(y.residents[7].ID), gid(y.residents[8].ID)}
	for _, method := range []any{"MEDIATION", nil} {
		dispute := visited("DISPUTE", "宅基地边界纠纷", map[string]any{"partyIDs": parties})
		mediate := map[string]any{"issueID": dispute, "residentsPresent": 3, "householdsRepresented": 2, "outcome": "APPROVED", "decision": "调解"}
		if method != nil {
			mediate["method"] = method
		}
		w.stepRefused("decideIssue", mediate, "BAD_USER_INPUT", "mediationResult")
		mediate["mediationResult"] = "双方同意以老界石为准，签订调解协议"
		w.stepOK("decideIssue", mediate, "DECIDED")
	}
	for _, m := range w.db.Client.Session.Query().Where(session.HasIssueWith(issue.CategoryEQ(issue.CategoryDISPUTE))).AllX(ctx()) {
		if m.Method == nil || *m.Method != session.MethodMEDIATION {
			t.Fatalf("a mediated dispute's meeting: %+v", m)
		}
	}
	if n := w.db.Client.IssueStep.Query().Where(issuestep.StepEQ(issuestep.StepDECIDED)).CountX(ctx()); n != 4 {
		t.Fatalf("%d decide steps, want 4", n)
	}
}

// TestEveryRoleReadsTheRule: the passing rule is no secret — every role
// reads deliberationRules, the seeded district rule (whose lists are null)
// included, with the exemptions in force.
func TestEveryRoleReadsTheRule(t *testing.T) {
	w := newWorld(t)
	const q = `{ deliberationRules { totalCount edges { node { id majorityNumerator majorityDenominator quorumNumerator quorumDenominator
		fundThresholdFen escalateCategories emergencyCategories persuasionCategories mediationCategories district { id } village { id } } } } }`
	for _, role := range []string{"admin", "analyst", "town", "cadre", "officer"} {
		var out struct {
			DeliberationRules struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID                   string
						FundThresholdFen     int
						PersuasionCategories []string
					}
				}
			}
		}
		w.as(role).query(q, nil, &out)
		if r := out.DeliberationRules; r.TotalCount != 1 || len(r.Edges) != 1 || r.Edges[0].Node.FundThresholdFen != 300000 {
			t.Errorf("%s reads %+v", role, r)
		}
	}
}
