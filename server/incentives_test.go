package server_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/roleassignment"
	entvillage "yuanbahui/ent/village"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// incentivesWorld is 高桥镇大坪村 beside the fixture's 临江镇: two courtyards
// (大坪院坝 with 付维恒's household and three neighbours, 水井院坝 with one),
// staffed by a head, publicist, agent and informant each; the district's
// points catalogue, published through the API; and accounts: the district
// administrator, 大坪村's cadre, 大坪院坝's agent and another village's cadre.
type incentivesWorld struct {
	a          *api
	tokens     map[string]string
	village    *ent.Village
	courtyards []*ent.Courtyard
	households map[string]*ent.Household // by head's surname: 付, 张, 李, 王, 陈 (水井院坝)
	agents     []*ent.RoleAssignment     // the agent of each courtyard
	rules      map[string]string         // rule code → global id of the version in force
}

func newIncentivesWorld(t *testing.T) *incentivesWorld {
	t.Helper()
	a := newAPI(t)
	c := a.db.Client
	p, err := fixture.Build(ctx(), c, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1, ResidentsPerCourtyard: 4})
	if err != nil {
		t.Fatal(err)
	}
	w := &incentivesWorld{a: a, tokens: map[string]string{}, households: map[string]*ent.Household{}, rules: map[string]string{}}
	town := c.Town.Create().SetCode("500154112").SetName("高桥镇").SetDistrict(p.District).SaveX(ctx())
	w.village = c.Village.Create().SetCode("500154112201").SetName("大坪村").SetTownID(town.ID).SaveX(ctx())
	for i, name := range []string{"大坪院坝", "水井院坝"} {
		w.courtyards = append(w.courtyards, c.Courtyard.Create().SetCode(fmt.Sprintf("500154112201%03d", i+1)).
			SetName(name).SetVillageID(w.village.ID).SaveX(ctx()))
	}
	heads := map[string]string{"付": "付维恒", "张": "张国明", "李": "李德才", "王": "王秀英", "陈": "陈家富"}
	var staff []*ent.Resident
	for i, s := range []string{"付", "张", "李", "王", "陈"} {
		cy := w.courtyards[0]
		if s == "陈" {
			cy = w.courtyards[1]
		}
		h := c.Household.Create().SetNumber(fmt.Sprintf("%03d", i+1)).SetHeadName(heads[s]).SetCourtyardID(cy.ID).SaveX(ctx())
		w.households[s] = h
		r := c.Resident.Create().SetName(heads[s]).SetHouseholdID(h.ID).SetPartyMember(s == "付").SaveX(ctx())
		for k := range 4 {
			staff = append(staff, c.Resident.Create().SetName(fmt.Sprintf("%s%d", s, k)).SetHouseholdID(h.ID).SaveX(ctx()))
		}
		_ = r
	}
	for ci, cy := range w.courtyards {
		for k, role := range fixture.Roles {
			sel := roleassignment.SelectionAPPOINTED
			if role == roleassignment.RoleHEAD {
				sel = roleassignment.SelectionELECTED
			}
			ra := c.RoleAssignment.Create().SetRole(role).SetSelection(sel).SetStartedAt(fixture.Start).
				SetCourtyardID(cy.ID).SetResidentID(staff[ci*16+k].ID).SaveX(ctx())
			if role == roleassignment.RoleAGENT {
				w.agents = append(w.agents, ra)
			}
		}
	}
	agent := w.agents[0].ResidentID
	w.tokens["admin"] = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	w.tokens["cadre"] = a.loginAs("cadre", viewer.VillageCadre, w.village.Code, nil)
	w.tokens["agent"] = a.loginAs("agent", viewer.CourtyardOfficer, "500154", &agent)
	w.tokens["otherCadre"] = a.loginAs("other-cadre", viewer.VillageCadre, p.Villages[0].Code, nil)
	for _, r := range []struct {
		code, name string
		points     int
	}{
		{"LAND_FOR_ROAD", "让地修路", 20}, {"VOLUNTEER_LABOUR", "参加院坝义务劳动", 5}, {"TIDY_COURTYARD", "庭院整洁", 10},
		{"ATTEND_GATHERING", "参加院坝会", 2}, {"NEEDLESS_BANQUET", "操办无事酒", -10},
	} {
		w.publish(t, "admin", map[string]any{"code": r.code, "name": r.name, "points": r.points})
	}
	return w
}

// do runs a workflow mutation as role.
func (w *incentivesWorld) do(t *testing.T, role, field string, input map[string]any, sel string) outcome {
	t.Helper()
	return call(t, w.a.h, w.tokens[role], field, input, sel)
}

// publish publishes a rule version and records it as the code's rule in force.
func (w *incentivesWorld) publish(t *testing.T, role string, input map[string]any) (id string, version int) {
	t.Helper()
	o := w.do(t, role, "publishPointRule", input, "pointRule { id version points active }")
	var r struct {
		ID      string
		Version int
	}
	mustSucceed(t, "publishPointRule", o)
	o.get(t, "pointRule", &r)
	w.rules[input["code"].(string)] = r.ID
	return r.ID, r.Version
}

// entryView is a points entry as the API shows it.
type entryView struct {
	ID       string
	Points   int
	Reason   string
	Status   string
	Reverses *struct{ ID string }
}

const entryFields = `pointEntry { id points reason status reverses { id } }`

// award records points as role; code "" is a free reason.
func (w *incentivesWorld) award(t *testing.T, role, field, household, code string, extra map[string]any) outcome {
	t.Helper()
	in := map[string]any{"householdID": gid(w.households[household].ID)}
	if code != "" {
		in["ruleID"] = w.rules[code]
	}
	for k, v := range extra {
		in[k] = v
	}
	return w.do(t, role, field, in, entryFields)
}

// entry reads the entry of a successful points step.
func entry(t *testing.T, o outcome) entryView {
	t.Helper()
	mustSucceed(t, "points step", o)
	var e entryView
	o.get(t, "pointEntry", &e)
	return e
}

func mustSucceed(t *testing.T, what string, o outcome) {
	t.Helper()
	if o.refused() != "" {
		t.Fatalf("%s refused: %s %+v", what, o.errorCode, o.userErrors)
	}
}

// balance reads a household's pointBalance through the API.
func (w *incentivesWorld) balance(t *testing.T, household string) int {
	t.Helper()
	var out struct{ Node struct{ PointBalance int } }
	w.a.token = w.tokens["admin"]
	w.a.query(`query($id: ID!) { node(id: $id) { ... on Household { pointBalance } } }`, map[string]any{"id": gid(w.households[household].ID)}, &out)
	return out.Node.PointBalance
}

// item creates a good of 大坪村's supermarket through the API.
func (w *incentivesWorld) item(t *testing.T, name string, cost, stock int) string {
	t.Helper()
	var out struct {
		CreateSupermarketItem struct {
			SupermarketItem struct{ ID string }
			UserErrors      []userError
		}
	}
	w.a.token = w.tokens["cadre"]
	w.a.query(`mutation($in: CreateSupermarketItemInput!) { createSupermarketItem(input: $in) { supermarketItem { id } userErrors { field message code } } }`,
		map[string]any{"in": map[string]any{"name": name, "pointsCost": cost, "stock": stock, "villageID": gid(w.village.ID)}}, &out)
	if len(out.CreateSupermarketItem.UserErrors) > 0 {
		t.Fatalf("creating %s: %+v", name, out.CreateSupermarketItem.UserErrors)
	}
	return out.CreateSupermarketItem.SupermarketItem.ID
}

// boardRow is a red-board row as the API shows it.
type boardRow struct {
	Rank       int
	Name       string
	Points     int
	Entries    int
	Household  struct{ ID string }
	TopReasons []struct {
		Reason  string
		Points  int
		Entries int
	}
}

func (w *incentivesWorld) redBoard(t *testing.T, role string, area int, period string) []boardRow {
	t.Helper()
	var out struct{ RedBoard []boardRow }
	w.a.token = w.tokens[role]
	w.a.query(`query($area: ID!, $period: String!) { redBoard(area: $area, period: $period, first: 10) {
		rank name points entries household { id } topReasons { reason points entries } } }`,
		map[string]any{"area": gid(area), "period": period}, &out)
	return out.RedBoard
}

// checkLedger runs the registered rule checks (the ledger's among them).
func checkLedger(t *testing.T, a *api) {
	t.Helper()
	vs, err := workflow.Check(context.Background(), a.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Error(v)
	}
}

// TestPointsScene replays the article's scene: 付维恒's household in
// 高桥镇大坪村, with 196 points this year, gives land for the group road
// (+20, recorded by the courtyard's agent on the deliberated issue), reaches
// 216, tops the village's red board (a neighbour reaching 216 later ranks
// second), and redeems a bag of rice and washing powder at the village's
// points supermarket; a redemption is cancelled the same day.
func TestPointsScene(t *testing.T) {
	w := newIncentivesWorld(t)
	year := fmt.Sprint(time.Now().In(period.Shanghai).Year())
	times := func(role, household, code string, n int) {
		for range n {
			entry(t, w.award(t, role, "awardPoints", household, code, nil))
		}
	}
	// 196 points earned so far: 20 × labour, 8 × tidy courtyard, 8 × meetings.
	times("cadre", "付", "VOLUNTEER_LABOUR", 20)
	times("cadre", "付", "TIDY_COURTYARD", 8)
	times("agent", "付", "ATTEND_GATHERING", 8)
	// A needless banquet deducted by mistake, and reversed.
	d := entry(t, w.award(t, "cadre", "deductPoints", "付", "NEEDLESS_BANQUET", map[string]any{"reason": "误记"}))
	if d.Points != -10 || d.Status != "CONFIRMED" {
		t.Fatalf("deduction = %+v", d)
	}
	rv := entry(t, w.do(t, "cadre", "reversePointEntry", map[string]any{"id": d.ID, "reason": "误记：付家未办酒"}, entryFields))
	if rv.Points != 10 || rv.Reverses == nil || rv.Reverses.ID != d.ID {
		t.Fatalf("reversal = %+v", rv)
	}
	if got := w.balance(t, "付"); got != 196 {
		t.Fatalf("balance before the land gift = %d, want 196", got)
	}

	// The group road is deliberated; 付维恒 gives land: +20 on the issue.
	o := w.do(t, "cadre", "raiseIssue", map[string]any{"courtyardID": gid(w.courtyards[0].ID), "category": "PUBLIC_FACILITY",
		"title": "修建通组公路", "description": "大坪院坝通组公路需占用部分农户土地"}, "issue { id }")
	mustSucceed(t, "raiseIssue", o)
	var is struct{ ID string }
	o.get(t, "issue", &is)
	land := entry(t, w.award(t, "agent", "awardPoints", "付", "LAND_FOR_ROAD", map[string]any{"reason": "无偿让出承包地0.3亩修建通组公路", "issueID": is.ID}))
	if land.Points != 20 || land.Status != "CONFIRMED" || land.Reason != "让地修路：无偿让出承包地0.3亩修建通组公路" {
		t.Fatalf("land gift = %+v; want +20 CONFIRMED (within the village's limit of 20)", land)
	}
	if got := w.balance(t, "付"); got != 216 {
		t.Fatalf("balance = %d, want 216", got)
	}

	// Neighbours: 李 reaches 216 later (a tie 付 wins), 张 has 40, 王's
	// free-reason entry waits for the cadre, and is rejected.
	times("cadre", "李", "LAND_FOR_ROAD", 10)
	times("cadre", "李", "TIDY_COURTYARD", 1)
	times("cadre", "李", "ATTEND_GATHERING", 3)
	times("cadre", "张", "LAND_FOR_ROAD", 2)
	prop := entry(t, w.award(t, "agent", "awardPoints", "王", "", map[string]any{"points": 30, "reason": "照看留守老人"}))
	if prop.Status != "PROPOSED" || w.balance(t, "王") != 0 {
		t.Fatalf("free reason by the agent = %+v, balance %d; want PROPOSED, 0", prop, w.balance(t, "王"))
	}
	expectRefused(t, "the agent confirming", w.do(t, "agent", "confirmPointEntry", map[string]any{"id": prop.ID}, entryFields), "FORBIDDEN", "input.id")
	if e := entry(t, w.do(t, "cadre", "rejectPointEntry", map[string]any{"id": prop.ID}, entryFields)); e.Status != "REJECTED" {
		t.Fatalf("rejected = %+v", e)
	}
	expectRefused(t, "confirming a rejected entry", w.do(t, "cadre", "confirmPointEntry", map[string]any{"id": prop.ID}, entryFields), "CONFLICT", "input.id")
	// Above the limit: the agent's 50 for 王 waits, then counts once confirmed.
	prop = entry(t, w.award(t, "agent", "awardPoints", "王", "", map[string]any{"points": 50, "reason": "捐资修路"}))
	if e := entry(t, w.do(t, "cadre", "confirmPointEntry", map[string]any{"id": prop.ID}, entryFields)); e.Status != "CONFIRMED" || w.balance(t, "王") != 50 {
		t.Fatalf("confirmed = %+v, balance %d", e, w.balance(t, "王"))
	}

	// An award of a free reason recorded by mistake, and reversed: neither
	// its points nor its reason reach the red board.
	// The cadre's free reason waits for a second account too (four eyes).
	wrong := entry(t, w.award(t, "cadre", "awardPoints", "付", "", map[string]any{"points": 30, "reason": "帮扶邻里（记错户）"}))
	if wrong.Status != "PROPOSED" {
		t.Fatalf("the cadre's free reason = %+v; want PROPOSED", wrong)
	}
	if e := entry(t, w.do(t, "admin", "confirmPointEntry", map[string]any{"id": wrong.ID}, entryFields)); e.Status != "CONFIRMED" {
		t.Fatalf("confirmed by the district = %+v", e)
	}
	mustSucceed(t, "reversal of the free reason", w.do(t, "cadre", "reversePointEntry", map[string]any{"id": wrong.ID, "reason": "记错户"}, entryFields))

	board := w.redBoard(t, "cadre", w.village.ID, year)
	if len(board) != 4 {
		t.Fatalf("red board has %d rows: %+v", len(board), board)
	}
	top := board[0]
	if top.Rank != 1 || top.Household.ID != gid(w.households["付"].ID) || top.Points != 216 || top.Name != "付家" {
		t.Fatalf("top of the red board = %+v; want 付家 with 216", top)
	}
	if len(top.TopReasons) != 3 || top.TopReasons[0].Reason != "参加院坝义务劳动" || top.TopReasons[0].Points != 100 ||
		top.TopReasons[1].Reason != "庭院整洁" || top.TopReasons[2].Reason != "让地修路" || top.TopReasons[2].Points != 20 {
		t.Fatalf("top reasons = %+v", top.TopReasons)
	}
	if board[1].Points != 216 || board[1].Household.ID != gid(w.households["李"].ID) || board[2].Points != 50 || board[3].Points != 40 {
		t.Fatalf("red board = %+v; want 李 (216, later) second, then 王 50, 张 40", board)
	}
	// The courtyard's board; 水井院坝 has nobody yet; names as the village allows.
	if b := w.redBoard(t, "agent", w.courtyards[0].ID, year); len(b) != 4 || b[0].Name != "付家" {
		t.Fatalf("courtyard red board = %+v", b)
	}
	// The town's and the district's boards: every household of the area
	// (here all of them live in 大坪村), ranked the same; a cadre asking
	// for the district's sees only the village's rows (privacy).
	townID := w.village.QueryTown().OnlyIDX(ctx())
	districtID := w.village.QueryTown().QueryDistrict().OnlyIDX(ctx())
	for _, c := range []struct {
		role string
		area int
	}{{"admin", townID}, {"admin", districtID}, {"cadre", districtID}} {
		b := w.redBoard(t, c.role, c.area, year)
		if len(b) != len(board) {
			t.Fatalf("%s's red board of %s = %+v; want the village's %d rows", c.role, gid(c.area), b, len(board))
		}
		for i := range b {
			if b[i].Household.ID != board[i].Household.ID || b[i].Points != board[i].Points || b[i].Rank != board[i].Rank {
				t.Fatalf("%s's red board of %s row %d = %+v; want %+v", c.role, gid(c.area), i, b[i], board[i])
			}
		}
	}
	var upd struct {
		UpdateVillage struct{ UserErrors []userError }
	}
	w.a.token = w.tokens["cadre"]
	w.a.query(`mutation($id: ID!) { updateVillage(input: {id: $id, set: {redBoardNames: FULL}}) { userErrors { code message } } }`,
		map[string]any{"id": gid(w.village.ID)}, &upd)
	if b := w.redBoard(t, "cadre", w.village.ID, year); b[0].Name != "付维恒" {
		t.Fatalf("full names: %+v", b[0])
	}
	w.a.query(`mutation($id: ID!) { updateVillage(input: {id: $id, set: {redBoardNames: HOUSEHOLD_NUMBER}}) { userErrors { code message } } }`,
		map[string]any{"id": gid(w.village.ID)}, &upd)
	if b := w.redBoard(t, "cadre", w.village.ID, year); b[0].Name != "大坪院坝 001号" {
		t.Fatalf("household numbers: %+v", b[0])
	}
	if b := w.redBoard(t, "cadre", w.village.ID, year+"Q1"); len(b) != 0 && time.Now().In(period.Shanghai).Month() > 3 {
		t.Fatalf("first quarter board = %+v; every entry is from today", b)
	}

	// 张 moves to 水井院坝: the balance moves along, the points stay with
	// the courtyard where they were earned.
	mustSucceed(t, "moveHousehold", w.do(t, "cadre", "moveHousehold", map[string]any{"householdID": gid(w.households["张"].ID),
		"courtyardID": gid(w.courtyards[1].ID), "reason": "网格调整"}, "household { id }"))
	if got := w.balance(t, "张"); got != 40 {
		t.Fatalf("张's balance after moving = %d, want 40", got)
	}
	if b := w.redBoard(t, "cadre", w.courtyards[0].ID, year); len(b) != 4 || b[3].Points != 40 {
		t.Fatalf("大坪院坝's board after 张 moved = %+v; want 张's 40 points still there", b)
	}
	if b := w.redBoard(t, "cadre", w.courtyards[1].ID, year); len(b) != 0 {
		t.Fatalf("水井院坝's board = %+v; want none of 张's points", b)
	}

	// The points supermarket: a bag of rice (20) and two bags of washing powder (5 each).
	rice, powder := w.item(t, "大米10斤", 20, 5), w.item(t, "洗衣粉", 5, 3)
	o = w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["付"].ID), "items": []map[string]any{
		{"itemID": rice, "quantity": 1}, {"itemID": powder, "quantity": 2}}}, "household { pointBalance } redemptions { id points quantity item { name stock } }")
	mustSucceed(t, "redeemPoints", o)
	var hh struct{ PointBalance int }
	var reds []struct {
		ID       string
		Points   int
		Quantity int
		Item     struct {
			Name  string
			Stock int
		}
	}
	o.get(t, "household", &hh)
	o.get(t, "redemptions", &reds)
	if hh.PointBalance != 186 || len(reds) != 2 || reds[0].Points+reds[1].Points != 30 {
		t.Fatalf("after redeeming: balance %d, redemptions %+v; want 186 and 30 points spent", hh.PointBalance, reds)
	}
	var powderLine string
	for _, r := range reds {
		if r.Item.Name == "洗衣粉" {
			powderLine = r.ID
			if r.Item.Stock != 1 || r.Quantity != 2 {
				t.Fatalf("washing powder line %+v", r)
			}
		}
	}
	o = w.do(t, "cadre", "cancelRedemption", map[string]any{"id": powderLine}, "pointRedemption { cancelledAt item { stock } }")
	mustSucceed(t, "cancelRedemption", o)
	var cancelled struct {
		CancelledAt *time.Time
		Item        struct{ Stock int }
	}
	o.get(t, "pointRedemption", &cancelled)
	if cancelled.CancelledAt == nil || cancelled.Item.Stock != 3 || w.balance(t, "付") != 196 {
		t.Fatalf("cancelled %+v, balance %d; want stock 3 and 196 points", cancelled, w.balance(t, "付"))
	}
	expectRefused(t, "cancelling twice", w.do(t, "cadre", "cancelRedemption", map[string]any{"id": powderLine}, "pointRedemption { id }"), "CONFLICT", "input.id")
	// Yesterday's redemption stays (written below the workflow, as the
	// system: 20 points earned two days ago, spent yesterday).
	c := w.a.db.Client
	chen := w.households["陈"]
	c.PointEntry.Create().SetPoints(20).SetReason("让地修路").SetAwardedAt(time.Now().Add(-40 * time.Hour)).
		SetRuleID(mustDecode(t, w.rules["LAND_FOR_ROAD"])).SetCourtyardID(chen.CourtyardID).SetHouseholdID(chen.ID).ExecX(ctx())
	old := c.PointRedemption.Create().SetHouseholdID(chen.ID).SetCourtyardID(chen.CourtyardID).
		SetItemID(mustDecode(t, rice)).SetPoints(20).SetRedeemedAt(time.Now().Add(-30 * time.Hour)).SaveX(ctx())
	expectRefused(t, "cancelling yesterday's", w.do(t, "cadre", "cancelRedemption", map[string]any{"id": gid(old.ID)}, "pointRedemption { id }"), "CONFLICT", "input.id")
	checkLedger(t, w.a)
}

// TestPointRulesAndRefusals: rules are versioned (an entry under a
// superseded version is refused; the new version's points apply), villages
// override the catalogue; every refusal of the points workflows.
func TestPointRulesAndRefusals(t *testing.T) {
	w := newIncentivesWorld(t)
	v1 := w.rules["ATTEND_GATHERING"]
	v2, version := w.publish(t, "admin", map[string]any{"code": "ATTEND_GATHERING", "name": "参加院坝会", "points": 3})
	if version != 2 {
		t.Fatalf("new version %d, want 2", version)
	}
	expectRefused(t, "a superseded version", w.do(t, "cadre", "awardPoints", map[string]any{"householdID": gid(w.households["张"].ID), "ruleID": v1}, entryFields), "CONFLICT", "input.ruleID")
	if e := entry(t, w.award(t, "cadre", "awardPoints", "张", "ATTEND_GATHERING", nil)); e.Points != 3 {
		t.Fatalf("entry under version 2 = %+v", e)
	}
	var vs struct {
		PointRules struct {
			Edges []struct {
				Node struct {
					Version    int
					Points     int
					Supersedes *struct{ Version int }
				}
			}
		}
	}
	w.a.token = w.tokens["admin"]
	w.a.query(`{ pointRules(where: {code: "ATTEND_GATHERING"}, orderBy: [{field: VERSION}]) { edges { node { version points supersedes { version } } } } }`, nil, &vs)
	if e := vs.PointRules.Edges; len(e) != 2 || e[0].Node.Points != 2 || e[1].Node.Supersedes == nil || e[1].Node.Supersedes.Version != 1 {
		t.Fatalf("versions = %+v", e)
	}
	// A village's own rule overrides the catalogue's in that village.
	expectRefused(t, "the cadre publishing a catalogue-wide rule", w.do(t, "cadre", "publishPointRule",
		map[string]any{"code": "X", "name": "x", "points": 1}, "pointRule { id }"), "FORBIDDEN", "input.villageID")
	w.publish(t, "cadre", map[string]any{"code": "TIDY_COURTYARD", "name": "庭院整洁（大坪村）", "points": 15, "villageID": gid(w.village.ID)})
	catalogue := map[string]any{"householdID": gid(w.households["张"].ID), "ruleID": v2}
	catalogue["ruleID"] = firstRule(t, w, "TIDY_COURTYARD", false)
	expectRefused(t, "the catalogue's rule the village overrides", w.do(t, "cadre", "awardPoints", catalogue, entryFields), "BAD_USER_INPUT", "input.ruleID")
	if e := entry(t, w.award(t, "cadre", "awardPoints", "张", "TIDY_COURTYARD", nil)); e.Points != 15 {
		t.Fatalf("village rule entry = %+v", e)
	}
	expectRefused(t, "another village's cadre publishing for 大坪村", w.do(t, "otherCadre", "publishPointRule",
		map[string]any{"code": "Y", "name": "y", "points": 1, "villageID": gid(w.village.ID)}, "pointRule { id }"), "NOT_FOUND", "")

	// Refusals.
	expectRefused(t, "an unknown rule", w.do(t, "cadre", "awardPoints", map[string]any{"householdID": gid(w.households["张"].ID), "ruleID": gid(w.households["李"].ID)}, entryFields), "BAD_USER_INPUT", "input.ruleID")
	expectRefused(t, "a deducting rule awarded", w.award(t, "cadre", "awardPoints", "张", "NEEDLESS_BANQUET", nil), "BAD_USER_INPUT", "input.ruleID")
	expectRefused(t, "a free reason without points", w.award(t, "cadre", "awardPoints", "张", "", map[string]any{"reason": "好人好事"}), "BAD_USER_INPUT", "input.points")
	expectRefused(t, "negative stock", w.do(t, "cadre", "restockItem", map[string]any{"itemID": w.item(t, "酱油", 8, 0), "quantity": -5}, "supermarketItem { stock }"), "BAD_USER_INPUT", "input.quantity")
	soap := w.item(t, "肥皂", 4, 10)
	// Stock is the workflows' (restockItem, redemptions): not in the generic update.
	w.a.token = w.tokens["cadre"]
	if code, _ := w.a.errorCode(`mutation($id: ID!) { updateSupermarketItem(input: {id: $id, set: {stock: 999}}) { userErrors { code field } } }`, map[string]any{"id": soap}); code != "BAD_USER_INPUT" {
		t.Fatalf("stock set by a generic update: %s", code)
	}
	expectRefused(t, "a redemption over the balance", w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["陈"].ID),
		"items": []map[string]any{{"itemID": soap, "quantity": 1}}}, "household { id }"), "BAD_USER_INPUT", "input.items")
	expectRefused(t, "a redemption over the stock", w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["张"].ID),
		"items": []map[string]any{{"itemID": soap, "quantity": 1}, {"itemID": w.item(t, "火柴", 1, 2), "quantity": 3}}}, "household { id }"), "BAD_USER_INPUT", "input.items.quantity")
	mustSucceed(t, "taking soap off the shelf", w.do(t, "cadre", "setItemActive", map[string]any{"itemID": soap, "active": false}, "supermarketItem { active }"))
	expectRefused(t, "a good not on offer", w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["张"].ID),
		"items": []map[string]any{{"itemID": soap, "quantity": 1}}}, "household { id }"), "CONFLICT", "input.items.itemID")
	expectRefused(t, "restocking by the agent", w.do(t, "agent", "restockItem", map[string]any{"itemID": soap, "quantity": 5}, "supermarketItem { stock }"), "FORBIDDEN", "input.itemID")
	if got := w.balance(t, "张"); got != 3+15 {
		t.Fatalf("张's balance after refusals = %d, want 18", got)
	}
	// Awards outside their period.
	expectRefused(t, "awards for a half-year not ended", w.do(t, "admin", "confirmAwards", map[string]any{"period": "2099H1", "category": "AGENT",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "跑腿代办"}}}, "awards { id }"), "BAD_USER_INPUT", "input.period")
	expectRefused(t, "an officer who did not serve in the half-year", w.do(t, "admin", "confirmAwards", map[string]any{"period": "2023H1", "category": "AGENT",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "跑腿代办"}}}, "awards { id }"), "BAD_USER_INPUT", "input.winners.0.roleAssignmentID")
	expectRefused(t, "an agent as a head", w.do(t, "admin", "confirmAwards", map[string]any{"period": "2024H1", "category": "HEAD",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "x"}}}, "awards { id }"), "BAD_USER_INPUT", "input.winners.0.roleAssignmentID")
	expectRefused(t, "awards by a cadre", w.do(t, "cadre", "confirmAwards", map[string]any{"period": "2024H1", "category": "AGENT",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "x"}}}, "awards { id }"), "FORBIDDEN", "input")
	o := w.do(t, "admin", "confirmAwards", map[string]any{"period": "2024H1", "category": "AGENT",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "全年代办42件，群众满意"}}}, "awards { id period winner { id } courtyard { id } }")
	mustSucceed(t, "confirmAwards", o)
	expectRefused(t, "a second award to the same agent", w.do(t, "admin", "confirmAwards", map[string]any{"period": "2024H1", "category": "AGENT",
		"winners": []map[string]any{{"roleAssignmentID": gid(w.agents[0].ID), "citation": "again"}}}, "awards { id }"), "CONFLICT", "input.winners.0.roleAssignmentID")
	var awards []struct{ ID string }
	o.get(t, "awards", &awards)
	expectRefused(t, "a grant following another courtyard's award", w.do(t, "admin", "grantFunds", map[string]any{"courtyardID": gid(w.courtyards[1].ID),
		"amountFen": 1_000_000, "purpose": "BEAUTIFUL_COURTYARD", "period": "2024H1", "awardID": awards[0].ID}, "grant { id }"), "BAD_USER_INPUT", "input.awardID")
	expectRefused(t, "a grant of nothing", w.do(t, "admin", "grantFunds", map[string]any{"courtyardID": gid(w.courtyards[0].ID),
		"amountFen": 0, "purpose": "BEAUTIFUL_COURTYARD", "period": "2024H1", "basis": "考核"}, "grant { id }"), "BAD_USER_INPUT", "input.amountFen")
	mustSucceed(t, "grantFunds", w.do(t, "admin", "grantFunds", map[string]any{"courtyardID": gid(w.courtyards[0].ID), "amountFen": 5_000_000,
		"purpose": "BEAUTIFUL_COURTYARD", "period": "2024H1", "awardID": awards[0].ID, "description": "院坝硬化"}, "grant { id amountFen award { id } }"))
	checkLedger(t, w.a)
}

// firstRule returns the catalogue-wide (village false) version in force of code.
func firstRule(t *testing.T, w *incentivesWorld, code string, village bool) string {
	t.Helper()
	var out struct {
		PointRules struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	w.a.token = w.tokens["admin"]
	w.a.query(`query($code: String!, $v: Boolean!) { pointRules(where: {code: $code, villageIDIsNil: $v, hasSupersededBy: false}) { edges { node { id } } } }`,
		map[string]any{"code": code, "v": !village}, &out)
	if len(out.PointRules.Edges) != 1 {
		t.Fatalf("rules %s: %+v", code, out)
	}
	return out.PointRules.Edges[0].Node.ID
}

// TestLedgerAppendOnly: below the API, on every path (even as the system),
// points entries are never updated or deleted, redemptions never deleted,
// rules never edited; a reversal is unique per entry.
func TestLedgerAppendOnly(t *testing.T) {
	w := newIncentivesWorld(t)
	c := w.a.db.Client
	e := entry(t, w.award(t, "cadre", "awardPoints", "付", "LAND_FOR_ROAD", nil))
	id := mustDecode(t, e.ID)
	governed := workflow.Governed(ctx())
	for what, err := range map[string]error{
		"update":            c.PointEntry.UpdateOneID(id).SetStatus(pointentry.StatusREJECTED).Exec(ctx()),
		"governed update":   c.PointEntry.UpdateOneID(id).SetStatus(pointentry.StatusREJECTED).Exec(governed),
		"bulk update":       c.PointEntry.Update().Where(pointentry.ID(id)).SetDecidedAt(time.Now()).Exec(governed),
		"delete":            c.PointEntry.DeleteOneID(id).Exec(ctx()),
		"bulk delete":       func() error { _, err := c.PointEntry.Delete().Exec(governed); return err }(),
		"rule update":       c.PointRule.UpdateOneID(mustDecode(t, w.rules["LAND_FOR_ROAD"])).Exec(ctx()),
		"rule delete":       c.PointRule.DeleteOneID(mustDecode(t, w.rules["LAND_FOR_ROAD"])).Exec(ctx()),
		"redemption delete": func() error { _, err := c.PointRedemption.Delete().Exec(ctx()); return err }(),
		"balance update":    c.Household.UpdateOneID(w.households["付"].ID).AddPointBalance(100).Exec(viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.DistrictAdmin, TownIDs: []int{w.village.TownID}})),
	} {
		if err == nil {
			t.Errorf("%s of the ledger was allowed", what)
		}
	}
	if n := c.PointEntry.Query().CountX(ctx()); n != 1 {
		t.Fatalf("%d entries, want 1", n)
	}
	mustSucceed(t, "reversal", w.do(t, "cadre", "reversePointEntry", map[string]any{"id": e.ID, "reason": "记错户"}, entryFields))
	expectRefused(t, "a second reversal", w.do(t, "cadre", "reversePointEntry", map[string]any{"id": e.ID, "reason": "again"}, entryFields), "CONFLICT", "input.id")
	// Below the workflow the unique index holds.
	if err := c.PointEntry.Create().SetPoints(-20).SetReason("x").SetAwardedAt(time.Now()).SetCourtyardID(w.courtyards[0].ID).
		SetHouseholdID(w.households["付"].ID).SetReversesID(id).Exec(ctx()); err == nil {
		t.Fatal("a second reversal was stored")
	}
	if got := w.balance(t, "付"); got != 0 {
		t.Fatalf("balance after the reversal = %d, want 0", got)
	}
	checkLedger(t, w.a)
}

// TestConcurrentRedemptions: 100 redemptions at once through the HTTP
// handler against the last 10 units of a good, then 100 against a
// household's last 30 points: exactly 10, then exactly 3, succeed; stock and
// balance end at zero, never below.
func TestConcurrentRedemptions(t *testing.T) {
	w := newIncentivesWorld(t)
	c := w.a.db.Client
	sys := ctx()
	rice := w.item(t, "大米10斤", 20, 10)
	oil := w.item(t, "菜籽油", 10, 1000)
	// 100 households of 大坪院坝 with 20 points each (awarded by the workflow, as the system).
	var hhs []int
	for i := range 100 {
		h := c.Household.Create().SetNumber(fmt.Sprintf("%03d", 100+i)).SetHeadName(fmt.Sprintf("户%d", i)).SetCourtyardID(w.courtyards[0].ID).SaveX(sys)
		hhs = append(hhs, h.ID)
		if _, err := workflow.Run(sys, c, workflow.Request{Op: "awardPoints"}, workflow.AwardPointsInput{HouseholdID: &h.ID, RuleID: new(mustDecode(t, w.rules["LAND_FOR_ROAD"]))}); err != nil {
			t.Fatal(err)
		}
	}
	race := func(n int, input func(i int) map[string]any) []string {
		codes := make([]string, n)
		atOnce(n, func(i int) {
			codes[i] = call(t, w.a.h, w.tokens["cadre"], "redeemPoints", input(i), "household { pointBalance }").refused()
		})
		return codes
	}
	count := func(codes []string) (won int) {
		for i, c := range codes {
			switch c {
			case "":
				won++
			case "BAD_USER_INPUT":
			default:
				t.Errorf("redemption %d: %q, want success or BAD_USER_INPUT", i, c)
			}
		}
		return won
	}
	codes := race(100, func(i int) map[string]any {
		return map[string]any{"householdID": gid(hhs[i]), "items": []map[string]any{{"itemID": rice, "quantity": 1}}}
	})
	if won, stock := count(codes), c.SupermarketItem.GetX(sys, mustDecode(t, rice)).Stock; won != 10 || stock != 0 {
		t.Fatalf("last 10 units: %d redemptions won, stock %d; want 10 and 0", won, stock)
	}
	// The household's last points: 30 points, 100 redemptions of 10.
	for range 2 {
		entry(t, w.award(t, "cadre", "awardPoints", "陈", "VOLUNTEER_LABOUR", nil))
	}
	entry(t, w.award(t, "cadre", "awardPoints", "陈", "LAND_FOR_ROAD", nil))
	codes = race(100, func(int) map[string]any {
		return map[string]any{"householdID": gid(w.households["陈"].ID), "items": []map[string]any{{"itemID": oil, "quantity": 1}}}
	})
	if won, left, stock := count(codes), w.balance(t, "陈"), c.SupermarketItem.GetX(sys, mustDecode(t, oil)).Stock; won != 3 || left != 0 || stock != 997 {
		t.Fatalf("last 30 points: %d redemptions won, balance %d, stock %d; want 3, 0, 997", won, left, stock)
	}
	if n := c.PointRedemption.Query().CountX(sys); n != 13 {
		t.Fatalf("%d redemptions stored, want 13", n)
	}
	checkLedger(t, w.a)
}

// candidateView is an award candidate as the API shows it.
type candidateView struct {
	Rank           int
	Score          float64
	Courtyard      struct{ ID string }
	RoleAssignment *struct{ ID string }
	Parts          []struct {
		Name         string
		Value, Score float64
	}
}

// awardRound runs a half-year's "五个最美" round through the API as the
// district administrator: for each category the first 100 candidates
// (ranked from the data, each score the sum of its parts) are confirmed as
// winners. It returns the winners confirmed per category.
func awardRound(t *testing.T, a *api, token, period string) map[string]int {
	t.Helper()
	won := map[string]int{}
	for _, cat := range []string{"COURTYARD", "HEAD", "AGENT", "PUBLICIST", "INFORMANT"} {
		var out struct{ AwardCandidates []candidateView }
		a.token = token
		a.query(`query($p: String!, $c: AwardCategory!) { awardCandidates(period: $p, category: $c, first: 100) {
			rank score courtyard { id } roleAssignment { id } parts { name value score } } }`,
			map[string]any{"p": period, "c": cat}, &out)
		cands := out.AwardCandidates
		if len(cands) == 0 || len(cands) > 100 {
			t.Fatalf("%s %s: %d candidates", period, cat, len(cands))
		}
		var winners []map[string]any
		for i, cd := range cands {
			sum := 0.0
			for _, p := range cd.Parts {
				sum += p.Score
			}
			if cd.Rank != i+1 || len(cd.Parts) < 3 || sum < cd.Score-0.01 || sum > cd.Score+0.01 || (i > 0 && cd.Score > cands[i-1].Score) {
				t.Fatalf("%s candidate %d = %+v: ranked by score, the sum of its parts", cat, i, cd)
			}
			w := map[string]any{"citation": fmt.Sprintf("%s %s 第%d名，得分%.2f", period, cat, cd.Rank, cd.Score)}
			if cat == "COURTYARD" {
				w["courtyardID"] = cd.Courtyard.ID
			} else {
				w["roleAssignmentID"] = cd.RoleAssignment.ID
			}
			winners = append(winners, w)
		}
		o := call(t, a.h, token, "confirmAwards", map[string]any{"period": period, "category": cat, "winners": winners}, "awards { id }")
		mustSucceed(t, "confirmAwards "+cat, o)
		var awards []struct{ ID string }
		o.get(t, "awards", &awards)
		won[cat] = len(awards)
	}
	return won
}

// TestAwardRoundOnSeededTown: on a seeded town (临江镇, as of 2026-06-30),
// the 2026H1 round picks up to 100 winners per category from the candidates
// computed from the data; a 101st is refused; a grant follows an award, and
// the grant totals add up; the town's red board ranks households; the
// ledger's rules hold over the town.
func TestAwardRoundOnSeededTown(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds a town")
	}
	a := newSeededAPI(t, seed.Options{Scale: "town", Seed: 7, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	admin := a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	won := awardRound(t, a, admin, "2026H1")
	if won["COURTYARD"] != 100 {
		t.Fatalf("winners %v; want 100 courtyards of the town's 160", won)
	}
	for cat, n := range won {
		if n < 1 || n > 100 {
			t.Errorf("%s: %d winners", cat, n)
		}
	}
	c := a.db.Client
	cy := c.Courtyard.Query().Where(courtyard.Not(courtyard.HasAwardsWith(award.Period("2026H1"), award.CategoryEQ(award.CategoryCOURTYARD)))).FirstX(ctx())
	expectRefused(t, "a 101st courtyard", call(t, a.h, admin, "confirmAwards", map[string]any{"period": "2026H1", "category": "COURTYARD",
		"winners": []map[string]any{{"courtyardID": gid(cy.ID), "citation": "x"}}}, "awards { id }"), "BAD_USER_INPUT", "input.winners")
	t.Logf("2026H1 winners: %v", won)

	// Two rounds at once for one category and half-year, 60 courtyards each:
	// one is recorded, the other counts its winners and is refused; the
	// category never holds more than 100.
	had := c.Award.Query().Where(award.Period("2025H2"), award.CategoryEQ(award.CategoryCOURTYARD)).CountX(ctx())
	cys := c.Courtyard.Query().Where(courtyard.Not(courtyard.HasAwardsWith(award.Period("2025H2")))).Order(ent.Asc(courtyard.FieldID)).Limit(120).AllX(ctx())
	var rounds [2]outcome
	var wg sync.WaitGroup
	for k := range rounds {
		var winners []map[string]any
		for _, cy := range cys[k*60 : (k+1)*60] {
			winners = append(winners, map[string]any{"courtyardID": gid(cy.ID), "citation": "院坝整洁"})
		}
		wg.Go(func() {
			rounds[k] = call(t, a.h, admin, "confirmAwards", map[string]any{"period": "2025H2", "category": "COURTYARD", "winners": winners}, "awards { id }")
		})
	}
	wg.Wait()
	n := c.Award.Query().Where(award.Period("2025H2"), award.CategoryEQ(award.CategoryCOURTYARD)).CountX(ctx())
	if n != had+60 || (rounds[0].refused() == "") == (rounds[1].refused() == "") {
		t.Fatalf("two concurrent rounds of 60 after %d: %d awards recorded, refusals %q and %q; want %d and one refused", had, n, rounds[0].refused(), rounds[1].refused(), had+60)
	}

	// A grant following one of the awards; totals by purpose, village and year.
	aw := c.Award.Query().Where(award.Period("2026H1"), award.CategoryEQ(award.CategoryCOURTYARD)).FirstX(ctx())
	mustSucceed(t, "grantFunds", call(t, a.h, admin, "grantFunds", map[string]any{"courtyardID": gid(aw.CourtyardID), "amountFen": 5_000_000,
		"purpose": "COURTYARD_ECONOMY", "period": "2026H1", "awardID": gid(aw.ID), "description": "院坝经济：晾晒场"}, "grant { id }"))
	var seeded int64
	for _, g := range c.Grant.Query().Where(grant.PeriodIn("2025H1", "2025H2")).AllX(ctx()) {
		seeded += g.AmountFen
	}
	var totals struct {
		Y2025, Y2026 struct {
			AmountFen int64
			Grants    int
		}
		ByPurpose []struct {
			Purpose   string
			AmountFen int64
		}
		ByYear []struct {
			Year      int
			AmountFen int64
		}
		ByVillage []struct {
			Village   struct{ Name string }
			AmountFen int64
		}
	}
	a.token = admin
	a.query(`{ y2025: grantYearTotal(year: 2025) { amountFen grants } y2026: grantYearTotal(year: 2026) { amountFen grants }
		byPurpose: grantTotals(by: PURPOSE, year: 2025) { purpose amountFen }
		byYear: grantTotals(by: YEAR) { year amountFen }
		byVillage: grantTotals(by: VILLAGE, year: 2025, first: 500) { village { name } amountFen } }`, nil, &totals)
	sum := func(xs ...int64) (s int64) {
		for _, x := range xs {
			s += x
		}
		return s
	}
	var purposes, villages []int64
	for _, p := range totals.ByPurpose {
		purposes = append(purposes, p.AmountFen)
	}
	for _, v := range totals.ByVillage {
		villages = append(villages, v.AmountFen)
	}
	if seeded == 0 || totals.Y2025.AmountFen != seeded || sum(purposes...) != seeded || sum(villages...) != seeded ||
		totals.Y2026.AmountFen != 5_000_000 || totals.Y2026.Grants != 1 || len(totals.ByYear) != 2 || totals.ByYear[1].AmountFen != 5_000_000 {
		t.Fatalf("grant totals %+v; seeded 2025: %d fen", totals, seeded)
	}

	// The red board of the seeded town's first village for 2025.
	vl := c.Village.Query().Order(ent.Asc(entvillage.FieldCode)).FirstX(ctx())
	var board struct{ RedBoard []boardRow }
	a.query(`query($v: ID!) { redBoard(area: $v, period: "2025", first: 10) { rank name points entries household { id } topReasons { reason points entries } } }`,
		map[string]any{"v": gid(vl.ID)}, &board)
	if len(board.RedBoard) == 0 || board.RedBoard[0].Points <= 0 || len(board.RedBoard[0].TopReasons) == 0 {
		t.Fatalf("red board of %s: %+v", vl.Name, board.RedBoard)
	}
	for i := 1; i < len(board.RedBoard); i++ {
		if board.RedBoard[i].Points > board.RedBoard[i-1].Points {
			t.Fatalf("red board out of order: %+v", board.RedBoard)
		}
	}
	checkLedger(t, a)
}
