package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
)

// village is one of the article's villages with one courtyard built for a
// scene: households, residents (one per household) and the four officers.
type village struct {
	v         *ent.Village
	courtyard *ent.Courtyard
	residents []*ent.Resident
	// informant is the courtyard's active informant (residents[0]); head is residents[1].
	informant, head *ent.Resident
}

// deliberationWorld holds the article's villages: 杨关村 of 三汇口乡 (水桶湾院坝,
// 12 households), 三星村 of 临江镇 and 满月村 of 满月镇 (8 households each).
type deliberationWorld struct {
	*api
	yangguan, sanxing, manyue village
}

func newDeliberationWorld(t *testing.T) *deliberationWorld {
	w := &deliberationWorld{api: newAPI(t)}
	w.do(`{ me { username } }`, nil) // logs the administrator in, creating the district
	c := w.db.Client
	d := c.District.Query().OnlyX(ctx())
	build := func(town, townName, name, courtyard string, households int) village {
		tn := c.Town.Create().SetCode("500154" + town).SetName(townName).SetDistrict(d).SaveX(ctx())
		v := village{v: c.Village.Create().SetCode(tn.Code + "201").SetName(name).SetTown(tn).SaveX(ctx())}
		v.courtyard = c.Courtyard.Create().SetCode(v.v.Code + "001").SetName(courtyard).SetVillageID(v.v.ID).SaveX(ctx())
		for i := range households {
			h := c.Household.Create().SetNumber(fmt.Sprintf("%03d", i+1)).SetHeadName(fmt.Sprintf("%s户主%d", name, i+1)).
				SetCourtyardID(v.courtyard.ID).SaveX(ctx())
			v.residents = append(v.residents, c.Resident.Create().SetName(fmt.Sprintf("%s居民%d", name, i+1)).SetHousehold(h).SaveX(ctx()))
		}
		for i, role := range []roleassignment.Role{roleassignment.RoleINFORMANT, roleassignment.RoleHEAD, roleassignment.RoleAGENT, roleassignment.RolePUBLICIST} {
			sel := roleassignment.SelectionAPPOINTED
			if role == roleassignment.RoleHEAD {
				sel = roleassignment.SelectionELECTED
			}
			c.RoleAssignment.Create().SetRole(role).SetSelection(sel).SetStartedAt(fixture.Start).
				SetCourtyardID(v.courtyard.ID).SetResidentID(v.residents[i].ID).ExecX(ctx())
		}
		v.informant, v.head = v.residents[0], v.residents[1]
		return v
	}
	w.yangguan = build("203", "三汇口乡", "杨关村", "水桶湾院坝", 12)
	w.sanxing = build("104", "临江镇", "三星村", "三星村院坝", 8)
	w.manyue = build("127", "满月镇", "满月村", "满月村院坝", 8)
	return w
}

// as returns a client of the same handler logged in as a new account.
func (w *deliberationWorld) as(username string, role viewer.Role, area string, resident *ent.Resident) *api {
	var rid *int
	if resident != nil {
		rid = &resident.ID
	}
	return &api{t: w.t, db: w.db, h: w.h, counter: w.counter, accounts: w.accounts, token: w.loginAs(username, role, area, rid)}
}

// stepResult is a deliberation mutation's payload.
type stepResult struct {
	Issue *struct {
		ID, Stage   string
		Satisfied   *bool
		Receipts    []string
		VotesFor    *int
		EscalatedAt *string
	}
	Idea *struct {
		ID      string
		Adopted bool
		Issue   *struct{ ID string }
	}
	UserErrors []userError
}

// deliberationStep runs one deliberation mutation (input type name derived from it).
func (a *api) deliberationStep(mutation string, in map[string]any) stepResult {
	a.t.Helper()
	record := "issue { id stage satisfied receipts votesFor escalatedAt }"
	if strings.HasSuffix(mutation, "Idea") {
		record = "idea { id adopted issue { id } }"
	}
	input := strings.ToUpper(mutation[:1]) + mutation[1:] + "Input"
	q := fmt.Sprintf(`mutation($in: %s!) { %s(input: $in) { %s userErrors { field message code } } }`, input, mutation, record)
	var out map[string]stepResult
	a.query(q, map[string]any{"in": in}, &out)
	return out[mutation]
}

// stepOK runs a step that must succeed and returns the issue's id.
func (a *api) stepOK(mutation string, in map[string]any, wantStage string) string {
	a.t.Helper()
	r := a.deliberationStep(mutation, in)
	if len(r.UserErrors) > 0 || r.Issue == nil || r.Issue.Stage != wantStage {
		a.t.Fatalf("%s(%v) = %+v, %+v; want stage %s", mutation, in, r.Issue, r.UserErrors, wantStage)
	}
	return r.Issue.ID
}

// stepRefused runs a step that must be refused with code on field.
func (a *api) stepRefused(mutation string, in map[string]any, code, field string) {
	a.t.Helper()
	r := a.deliberationStep(mutation, in)
	if len(r.UserErrors) != 1 || r.UserErrors[0].Code != code || (field != "" && strings.Join(r.UserErrors[0].Field, ".") != "input."+field) {
		a.t.Fatalf("%s(%v) = %+v; want %s on input.%s", mutation, in, r.UserErrors, code, field)
	}
}

// TestWaterPipeRepairAtShuitongwan replays the article's scene: in 杨关村
// 水桶湾院坝 a broken water pipe is raised, confirmed, visited, voted by show
// of hands to spend 1,800 yuan of collective funds, repaired and evaluated —
// all six steps by the courtyard's own officers, each stored with its time and actor.
func TestWaterPipeRepairAtShuitongwan(t *testing.T) {
	w := newDeliberationWorld(t)
	y := w.yangguan
	informant := w.as("informant", viewer.CourtyardOfficer, "500154", y.informant)
	head := w.as("head", viewer.CourtyardOfficer, "500154", y.head)
	item := w.db.Client.IssueItem.Create().SetCode("WATER_SUPPLY").SetName("饮水管网维修").SetCategory("PUBLIC_FACILITY").SaveX(ctx())

	raise := map[string]any{"courtyardID": gid(y.courtyard.ID), "category": "PUBLIC_FACILITY", "itemID": gid(item.ID),
		"title": "水桶湾饮水管破裂", "description": "院坝饮水主管破裂，12户吃水困难", "idempotencyKey": "raise-1"}
	id := informant.stepOK("raiseIssue", raise, "COLLECTED")
	// The phone retries: the same key returns the same issue, nothing new.
	if again := informant.stepOK("raiseIssue", raise, "COLLECTED"); again != id {
		t.Fatalf("repeated key returned %s, want %s", again, id)
	}
	// The same key with another input is refused.
	informant.stepRefused("raiseIssue", map[string]any{"courtyardID": gid(y.courtyard.ID), "category": "PUBLIC_FACILITY",
		"title": "重复提交", "idempotencyKey": "raise-1"}, "CONFLICT", "idempotencyKey")
	if n := w.db.Client.Issue.Query().CountX(ctx()); n != 1 {
		t.Fatalf("%d issues after a repeated key, want 1", n)
	}
	// Skipping a step is refused.
	head.stepRefused("recordVisit", map[string]any{"issueID": id, "householdsVisited": 12, "notes": "x"}, "CONFLICT", "issueID")
	head.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "水桶湾院坝12户饮水"}, "CONFIRMED")
	// Repeating one too.
	head.stepRefused("confirmIssue", map[string]any{"issueID": id, "scope": "again"}, "CONFLICT", "issueID")
	head.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 12, "notes": "逐户走访，群众同意使用集体资金维修"}, "VISITED")
	// Votes that do not add up are refused.
	vote := map[string]any{"issueID": id, "residentsPresent": 15, "householdsRepresented": 10,
		"votesFor": 14, "votesAgainst": 0, "votesAbstain": 0, "outcome": "APPROVED",
		"decision": "举手表决：使用村集体资金1800元更换破损管道", "collectiveFundFen": 180000, "fundPurpose": "更换饮水主管"}
	head.stepRefused("decideIssue", vote, "BAD_USER_INPUT", "votesFor")
	vote["votesAbstain"] = 1
	head.stepOK("decideIssue", vote, "DECIDED")
	// Spending collective funds needs receipts.
	exec := map[string]any{"issueID": id, "outcome": "更换主管40米，恢复供水", "executedBy": "院坝长和4名群众义务投工", "costFen": 178500}
	head.stepRefused("executeIssue", exec, "BAD_USER_INPUT", "receipts")
	exec["receipts"] = []string{"PE管40米 1,200元", "接头阀门 585元"}
	r := head.deliberationStep("executeIssue", exec)
	if r.Issue == nil || r.Issue.Stage != "EXECUTED" || strings.Join(r.Issue.Receipts, "|") != "1. PE管40米 1,200元|2. 接头阀门 585元" {
		t.Fatalf("executeIssue = %+v %+v", r.Issue, r.UserErrors)
	}
	head.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "群众满意"}, "EVALUATED")
	head.stepRefused("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "again"}, "CONFLICT", "issueID")

	// The meeting keeps its turnout against the courtyard that day.
	m := w.db.Client.Session.Query().Where(session.KindEQ(session.KindDELIBERATION)).OnlyX(ctx())
	if m.Attendance != 15 || *m.HouseholdsRepresented != 10 || *m.HouseholdsTotal != 12 || *m.VotesFor != 14 || *m.Outcome != session.OutcomeAPPROVED {
		t.Fatalf("meeting = %+v", m)
	}
	// Every step is in the history, in order, with its actor.
	steps := w.db.Client.IssueStep.Query().Order(ent.Asc(issuestep.FieldAt), ent.Asc(issuestep.FieldID)).AllX(ctx())
	var names []string
	for _, s := range steps {
		names = append(names, string(s.Step))
		if s.ActorID == nil {
			t.Errorf("step %s has no actor", s.Step)
		}
	}
	if got := strings.Join(names, " "); got != "RAISED CONFIRMED VISITED DECIDED EXECUTED EVALUATED" {
		t.Fatalf("history = %s", got)
	}
	// The history is queryable through the API.
	var q struct {
		Node struct {
			Steps []struct {
				Step  string
				Actor struct{ Username string }
			}
			Sessions struct{ TotalCount int }
		}
	}
	w.query(`query($id: ID!) { node(id: $id) { ... on Issue { steps { step actor { username } } sessions { totalCount } } } }`, map[string]any{"id": id}, &q)
	if len(q.Node.Steps) != 6 || q.Node.Steps[0].Actor.Username != "informant" || q.Node.Sessions.TotalCount != 1 {
		t.Fatalf("issue history through the API = %+v", q.Node)
	}
}

// TestWhoMayTakeEachStep: wrong actor, wrong area, analysts, the village's own approval.
func TestWhoMayTakeEachStep(t *testing.T) {
	w := newDeliberationWorld(t)
	y, s := w.yangguan, w.sanxing
	agent := w.as("agent", viewer.CourtyardOfficer, "500154", y.residents[2])
	otherHead := w.as("sanxing-head", viewer.CourtyardOfficer, "500154", s.head)
	analyst := w.as("analyst", viewer.Analyst, "500154", nil)
	cadre := w.as("cadre", viewer.VillageCadre, y.v.Code, nil)
	otherCadre := w.as("other-cadre", viewer.VillageCadre, s.v.Code, nil)

	raise := map[string]any{"courtyardID": gid(y.courtyard.ID), "category": "LIVING_ENVIRONMENT", "title": "院坝垃圾堆放"}
	// Not raised by a named resident: only the informant collects it.
	agent.stepRefused("raiseIssue", raise, "FORBIDDEN", "raisedByID")
	raise["raisedByID"] = gid(y.residents[5].ID)
	// Another courtyard's officer cannot see this courtyard.
	otherHead.stepRefused("raiseIssue", raise, "NOT_FOUND", "")
	if r := analyst.do(`mutation($in: RaiseIssueInput!) { raiseIssue(input: $in) { userErrors { code } } }`, map[string]any{"in": raise}); len(r.Errors) > 0 ||
		!strings.Contains(string(r.Data), `"FORBIDDEN"`) {
		t.Fatalf("analyst raising an issue: %s %+v", r.Data, r.Errors)
	}
	id := agent.stepOK("raiseIssue", raise, "COLLECTED")
	otherCadre.stepRefused("confirmIssue", map[string]any{"issueID": id, "scope": "x"}, "NOT_FOUND", "")
	analyst.stepRefused("confirmIssue", map[string]any{"issueID": id, "scope": "x"}, "FORBIDDEN", "")
	agent.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "院坝公共区域"}, "CONFIRMED")
	agent.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 6, "notes": "走访6户"}, "VISITED")
	agent.stepRefused("approveEscalation", map[string]any{"issueID": id, "notes": "x"}, "FORBIDDEN", "")
	cadre.stepRefused("approveEscalation", map[string]any{"issueID": id, "notes": "x"}, "CONFLICT", "issueID") // not escalated
	agent.stepOK("escalateIssue", map[string]any{"issueID": id, "reason": "需村上协调清运车辆"}, "VISITED")
	agent.stepRefused("escalateIssue", map[string]any{"issueID": id, "reason": "again"}, "CONFLICT", "issueID")
	// Awaiting the village: no decision yet.
	decide := map[string]any{"issueID": id, "residentsPresent": 8, "householdsRepresented": 6, "votesFor": 8, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "统一清运"}
	agent.stepRefused("decideIssue", decide, "CONFLICT", "issueID")
	otherCadre.stepRefused("approveEscalation", map[string]any{"issueID": id, "notes": "x"}, "NOT_FOUND", "")
	cadre.stepOK("approveEscalation", map[string]any{"issueID": id, "notes": "同意，村上派车"}, "VISITED")
	agent.stepOK("decideIssue", decide, "DECIDED")
	// A generic update cannot move the stage behind the workflow's back.
	err := w.db.Client.Issue.UpdateOneID(w.db.Client.Issue.Query().OnlyX(ctx()).ID).SetStage(issue.StageEVALUATED).Exec(viewer.NewContext(ctx(), &viewer.Viewer{UserID: 1, Role: viewer.DistrictAdmin, TownIDs: []int{y.v.TownID}}))
	if err == nil || !strings.Contains(err.Error(), "workflow") {
		t.Fatalf("generic stage update: %v", err)
	}
}

// TestMeetingMustPassTheRule: quorum, majority, the outcome agreeing with
// the vote; a village override of the district default; rejected and
// deferred issues go back to VISITED or are closed; an unsatisfied verdict
// reopens execution.
func TestMeetingMustPassTheRule(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing // 8 households
	visited := func(title string) string {
		id := w.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "PUBLIC_FACILITY", "title": title, "raisedByID": gid(s.residents[3].ID)}, "COLLECTED")
		w.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "三星村院坝"}, "CONFIRMED")
		return w.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "走访"}, "VISITED")
	}
	meeting := func(id string, present, households, vFor, vAgainst, vAbstain int, outcome string) map[string]any {
		return map[string]any{"issueID": id, "residentsPresent": present, "householdsRepresented": households,
			"votesFor": vFor, "votesAgainst": vAgainst, "votesAbstain": vAbstain, "outcome": outcome, "decision": "表决"}
	}
	id := visited("修缮院坝路灯")
	w.stepRefused("decideIssue", meeting(id, 6, 3, 6, 0, 0, "APPROVED"), "BAD_USER_INPUT", "householdsRepresented") // 3 of 8 households: no quorum
	w.stepRefused("decideIssue", meeting(id, 6, 4, 3, 3, 0, "APPROVED"), "BAD_USER_INPUT", "votesFor")              // 3 of 6 is not a majority
	w.stepRefused("decideIssue", meeting(id, 6, 4, 5, 1, 0, "REJECTED"), "BAD_USER_INPUT", "outcome")               // it carried
	w.stepRefused("decideIssue", meeting(id, 6, 9, 5, 1, 0, "APPROVED"), "BAD_USER_INPUT", "householdsRepresented") // more than the courtyard has
	// Deferred: back to VISITED, a second meeting approves.
	w.stepOK("decideIssue", meeting(id, 6, 3, 2, 2, 2, "DEFERRED"), "VISITED")
	w.stepOK("decideIssue", meeting(id, 7, 5, 6, 1, 0, "APPROVED"), "DECIDED")
	w.stepOK("executeIssue", map[string]any{"issueID": id, "outcome": "换灯泡", "executedBy": "院坝长"}, "EXECUTED")
	// Not satisfied: execution reopens, then done again and evaluated.
	w.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": false, "notes": "还有两盏不亮"}, "DECIDED")
	w.stepOK("executeIssue", map[string]any{"issueID": id, "outcome": "全部修好", "executedBy": "院坝长"}, "EXECUTED")
	w.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "满意"}, "EVALUATED")

	// Rejected and closed.
	id2 := visited("修建院坝围墙")
	rejected := meeting(id2, 6, 4, 1, 5, 0, "REJECTED")
	rejected["close"] = true
	w.stepOK("decideIssue", rejected, "CLOSED")
	w.stepRefused("executeIssue", map[string]any{"issueID": id2, "outcome": "x", "executedBy": "x"}, "CONFLICT", "issueID")
	// Dismissed at confirmation.
	id3 := w.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "PUBLIC_FACILITY", "title": "重复反映", "raisedByID": gid(s.residents[3].ID)}, "COLLECTED")
	w.stepOK("dismissIssue", map[string]any{"issueID": id3, "reason": "与已受理事项重复"}, "CLOSED")

	// The village overrides the district default: two thirds and full turnout.
	d := w.db.Client.District.Query().OnlyX(ctx())
	w.db.Client.DeliberationRule.Create().SetDistrictID(d.ID).SetVillageID(s.v.ID).SetMajorityNumerator(2).SetMajorityDenominator(3).
		SetQuorumNumerator(3).SetQuorumDenominator(4).SetFundThresholdFen(100_000).SetEscalateCategories([]string{"CUSTOMS"}).ExecX(ctx())
	id4 := visited("整治排水沟")
	// 1,500 yuan is above this village's threshold of 1,000.
	funded := meeting(id4, 9, 6, 7, 2, 0, "APPROVED")
	funded["collectiveFundFen"], funded["fundPurpose"] = 150000, "水泥"
	w.stepRefused("decideIssue", funded, "BAD_USER_INPUT", "collectiveFundFen")
	w.stepRefused("decideIssue", meeting(id4, 6, 5, 5, 1, 0, "APPROVED"), "BAD_USER_INPUT", "householdsRepresented") // 5 of 8 < 3/4
	w.stepRefused("decideIssue", meeting(id4, 9, 6, 6, 3, 0, "APPROVED"), "BAD_USER_INPUT", "votesFor")              // 6 of 9 is not more than 2/3
	w.stepOK("decideIssue", meeting(id4, 9, 6, 7, 2, 0, "APPROVED"), "DECIDED")
	// The village decides every customs issue itself, whatever it costs.
	id5 := w.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "CUSTOMS", "title": "高价彩礼", "raisedByID": gid(s.residents[3].ID)}, "COLLECTED")
	w.stepOK("confirmIssue", map[string]any{"issueID": id5, "scope": "一户"}, "CONFIRMED")
	w.stepOK("recordVisit", map[string]any{"issueID": id5, "householdsVisited": 1, "notes": "走访"}, "VISITED")
	w.stepRefused("decideIssue", meeting(id5, 9, 6, 9, 0, 0, "APPROVED"), "BAD_USER_INPUT", "collectiveFundFen")
}

// TestDitchInSanxingClearedInTwoHours replays the scene at 三星村: the ditch
// is raised, taken up and cleared by volunteer labour the same morning.
func TestDitchInSanxingClearedInTwoHours(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing
	head := w.as("head", viewer.CourtyardOfficer, "500154", s.head)
	id := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "LIVING_ENVIRONMENT", "title": "院坝边水沟堵塞",
		"raisedByID": gid(s.residents[4].ID)}, "COLLECTED")
	head.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "院坝边排水沟"}, "CONFIRMED")
	head.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "沿沟8户都受影响"}, "VISITED")
	head.stepOK("decideIssue", map[string]any{"issueID": id, "residentsPresent": 11, "householdsRepresented": 7, "votesFor": 11, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "当即组织投工投劳清淤"}, "DECIDED")
	head.stepOK("executeIssue", map[string]any{"issueID": id, "outcome": "水沟清理完毕，用时约两小时", "executedBy": "11名群众义务投工"}, "EXECUTED")
	head.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "群众满意"}, "EVALUATED")
	is := w.db.Client.Issue.Query().OnlyX(ctx())
	if took := is.EvaluatedAt.Sub(is.CollectedAt); took > time.Hour {
		t.Fatalf("the loop took %v through the API", took)
	}
}

// TestRailingAtManyueAfterEscalation replays the scene at 满月村: the railing
// costs more than the courtyard may spend alone, so the decision is refused
// until the issue is escalated and the village approves it.
func TestRailingAtManyueAfterEscalation(t *testing.T) {
	w := newDeliberationWorld(t)
	m := w.manyue
	head := w.as("head", viewer.CourtyardOfficer, "500154", m.head)
	cadre := w.as("cadre", viewer.VillageCadre, m.v.Code, nil)
	id := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(m.courtyard.ID), "category": "PUBLIC_FACILITY", "title": "临崖路段加装护栏",
		"raisedByID": gid(m.residents[5].ID)}, "COLLECTED")
	head.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "院坝外临崖路段"}, "CONFIRMED")
	head.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "老人小孩通行危险"}, "VISITED")
	decide := map[string]any{"issueID": id, "residentsPresent": 10, "householdsRepresented": 6, "votesFor": 10, "votesAgainst": 0, "votesAbstain": 0,
		"outcome": "APPROVED", "decision": "修建护栏60米", "collectiveFundFen": 860000, "fundPurpose": "护栏材料"}
	head.stepRefused("decideIssue", decide, "BAD_USER_INPUT", "collectiveFundFen")
	head.stepOK("escalateIssue", map[string]any{"issueID": id, "reason": "费用8600元，超出院坝议定范围"}, "VISITED")
	cadre.stepOK("approveEscalation", map[string]any{"issueID": id, "notes": "村两委同意使用集体资金"}, "VISITED")
	head.stepOK("decideIssue", decide, "DECIDED")
	head.stepOK("executeIssue", map[string]any{"issueID": id, "outcome": "护栏建成", "executedBy": "村施工队", "costFen": 850000, "receipts": []string{"钢管护栏 8,500元"}}, "EXECUTED")
	cadre.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "满意"}, "EVALUATED")
}

// TestNeedlessBanquetStoppedAndDisputeMediated: a customs issue records what
// was stopped; a dispute records its parties and the mediation; a golden idea
// is adopted as the issue it became.
func TestNeedlessBanquetStoppedAndDisputeMediated(t *testing.T) {
	w := newDeliberationWorld(t)
	y := w.yangguan
	through := func(category, title string, extra map[string]any, decide map[string]any) string {
		in := map[string]any{"courtyardID": gid(y.courtyard.ID), "category": category, "title": title, "raisedByID": gid(y.residents[6].ID)}
		for k, v := range extra {
			in[k] = v
		}
		id := w.stepOK("raiseIssue", in, "COLLECTED")
		w.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": title}, "CONFIRMED")
		w.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 3, "notes": "走访"}, "VISITED")
		decide["issueID"] = id
		w.stepOK("decideIssue", decide, "DECIDED")
		return id
	}
	banquet := through("CUSTOMS", "劝阻操办无事酒", nil, map[string]any{"residentsPresent": 9, "householdsRepresented": 7,
		"votesFor": 9, "votesAgainst": 0, "votesAbstain": 0, "outcome": "APPROVED", "decision": "按院坝公约劝阻"})
	w.stepRefused("executeIssue", map[string]any{"issueID": banquet, "outcome": "已劝阻", "executedBy": "院坝长"}, "BAD_USER_INPUT", "customChange")
	w.stepOK("executeIssue", map[string]any{"issueID": banquet, "outcome": "已劝阻", "executedBy": "院坝长", "customChange": "取消搬家无事酒，节约约2万元", "customOutcome": "STOPPED"}, "EXECUTED")

	parties := []string{gid(y.residents[7].ID), gid(y.residents[8].ID)}
	mediated := map[string]any{"residentsPresent": 4, "householdsRepresented": 6, "outcome": "APPROVED", "decision": "调解"}
	id := w.stepOK("raiseIssue", map[string]any{"courtyardID": gid(y.courtyard.ID), "category": "DISPUTE", "title": "宅基地边界纠纷",
		"raisedByID": gid(y.residents[7].ID), "partyIDs": parties}, "COLLECTED")
	w.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "两户"}, "CONFIRMED")
	w.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 2, "notes": "分别走访"}, "VISITED")
	mediated["issueID"] = id
	w.stepRefused("decideIssue", mediated, "BAD_USER_INPUT", "householdsRepresented") // 6 households, 4 present
	mediated["residentsPresent"] = 7
	w.stepRefused("decideIssue", mediated, "BAD_USER_INPUT", "mediationResult")
	mediated["mediationResult"] = "双方同意以老界石为准，签订调解协议"
	w.stepOK("decideIssue", mediated, "DECIDED")
	is := w.db.Client.Issue.Query().Where(issue.CategoryEQ(issue.CategoryDISPUTE)).OnlyX(ctx())
	if n := is.QueryParties().CountX(ctx()); n != 2 || is.MediationResult == "" {
		t.Fatalf("dispute parties %d, mediation %q", n, is.MediationResult)
	}

	// A golden idea, adopted by the village as the banquet issue.
	cadre := w.as("cadre", viewer.VillageCadre, y.v.Code, nil)
	idea := w.deliberationStep("submitIdea", map[string]any{"courtyardID": gid(y.courtyard.ID), "proposerID": gid(y.residents[9].ID), "content": "把劝阻无事酒写进院坝公约"})
	if idea.Idea == nil {
		t.Fatalf("submitIdea = %+v", idea.UserErrors)
	}
	head := w.as("head", viewer.CourtyardOfficer, "500154", y.head)
	if r := head.deliberationStep("adoptIdea", map[string]any{"ideaID": idea.Idea.ID, "issueID": banquet}); len(r.UserErrors) != 1 || r.UserErrors[0].Code != "FORBIDDEN" {
		t.Fatalf("a courtyard officer adopting: %+v", r.UserErrors)
	}
	r := cadre.deliberationStep("adoptIdea", map[string]any{"ideaID": idea.Idea.ID, "issueID": banquet})
	if r.Idea == nil || !r.Idea.Adopted || r.Idea.Issue.ID != banquet {
		t.Fatalf("adoptIdea = %+v %+v", r.Idea, r.UserErrors)
	}
	if r := cadre.deliberationStep("adoptIdea", map[string]any{"ideaID": idea.Idea.ID, "issueID": banquet}); len(r.UserErrors) != 1 || r.UserErrors[0].Code != "CONFLICT" {
		t.Fatalf("adopting twice: %+v", r.UserErrors)
	}
}

// TestVillageSetsItsOwnRule: the district administrators set the default
// passing rule, a village's cadres its override (which then governs its
// meetings); nobody sets another area's rule or a minority "majority".
func TestVillageSetsItsOwnRule(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing
	const set = `mutation($in: SetDeliberationRuleInput!) { setDeliberationRule(input: $in) {
		deliberationRule { id majorityNumerator majorityDenominator fundThresholdFen escalateCategories village { id } }
		userErrors { field message code } } }`
	type payload struct {
		SetDeliberationRule struct {
			DeliberationRule *struct {
				ID                                     string
				MajorityNumerator, MajorityDenominator int
				FundThresholdFen                       int
				EscalateCategories                     []string
				Village                                *struct{ ID string }
			}
			UserErrors []userError
		}
	}
	run := func(a *api, in map[string]any) payload {
		t.Helper()
		var out payload
		a.query(set, map[string]any{"in": in}, &out)
		return out
	}
	refused := func(a *api, in map[string]any, code, field string) {
		t.Helper()
		ue := run(a, in).SetDeliberationRule.UserErrors
		if len(ue) != 1 || ue[0].Code != code || strings.Join(ue[0].Field, ".") != field {
			t.Fatalf("setDeliberationRule(%v) = %+v; want %s on %s", in, ue, code, field)
		}
	}
	rule := func(extra map[string]any) map[string]any {
		in := map[string]any{"majorityNumerator": 2, "majorityDenominator": 3, "quorumNumerator": 3, "quorumDenominator": 4,
			"fundThresholdFen": 100000, "escalateCategories": []string{"CUSTOMS"}}
		for k, v := range extra {
			in[k] = v
		}
		return in
	}

	// The district's default, set twice: one rule, updated in place.
	first := run(w.api, rule(map[string]any{"majorityNumerator": 1, "majorityDenominator": 2, "quorumNumerator": 1, "quorumDenominator": 2, "fundThresholdFen": 300000}))
	again := run(w.api, rule(map[string]any{"majorityNumerator": 1, "majorityDenominator": 2, "quorumNumerator": 1, "quorumDenominator": 2, "fundThresholdFen": 500000}))
	if r := again.SetDeliberationRule.DeliberationRule; r == nil || first.SetDeliberationRule.DeliberationRule == nil ||
		r.ID != first.SetDeliberationRule.DeliberationRule.ID || r.FundThresholdFen != 500000 || r.Village != nil {
		t.Fatalf("district default: first %+v, again %+v", first, again)
	}

	cadre := w.as("sanxing-cadre", viewer.VillageCadre, s.v.Code, nil)
	refused(cadre, rule(nil), "FORBIDDEN", "input.villageID")                                                                           // a village does not set the district's default
	refused(cadre, rule(map[string]any{"villageID": gid(s.v.ID), "majorityNumerator": 1}), "BAD_USER_INPUT", "input.majorityNumerator") // 1/3 is no majority
	refused(w.as("manyue-cadre", viewer.VillageCadre, w.manyue.v.Code, nil), rule(map[string]any{"villageID": gid(s.v.ID)}), "NOT_FOUND", "input")
	key := rule(map[string]any{"villageID": gid(s.v.ID), "idempotencyKey": "rule-sanxing-1"})
	own := run(cadre, key).SetDeliberationRule
	if own.DeliberationRule == nil || own.DeliberationRule.Village == nil || own.DeliberationRule.Village.ID != gid(s.v.ID) ||
		own.DeliberationRule.MajorityNumerator != 2 || len(own.UserErrors) > 0 {
		t.Fatalf("village override: %+v", own)
	}
	if rep := run(cadre, key).SetDeliberationRule; rep.DeliberationRule == nil || rep.DeliberationRule.ID != own.DeliberationRule.ID {
		t.Fatalf("repeated key: %+v, want the first rule %s", rep, own.DeliberationRule.ID)
	}

	// The override governs the village's meetings: 6 of 9 is not more than 2/3.
	id := w.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "PUBLIC_FACILITY", "title": "修缮晒坝", "raisedByID": gid(s.residents[3].ID)}, "COLLECTED")
	w.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "三星村院坝"}, "CONFIRMED")
	w.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "走访"}, "VISITED")
	meeting := map[string]any{"issueID": id, "residentsPresent": 9, "householdsRepresented": 6, "votesFor": 6, "votesAgainst": 3, "votesAbstain": 0, "outcome": "APPROVED", "decision": "表决"}
	w.stepRefused("decideIssue", meeting, "BAD_USER_INPUT", "votesFor")
	meeting["votesFor"], meeting["votesAgainst"] = 7, 2
	w.stepOK("decideIssue", meeting, "DECIDED")
}
