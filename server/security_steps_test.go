package server_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/household"
	"yuanbahui/ent/householdmove"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
)

// racers is how many clients send each step at once.
const racers = 20

// atOnce runs client(i) for i < n in n goroutines released together, and
// waits for them all.
func atOnce(n int, client func(i int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			client(i)
		})
	}
	close(start)
	wg.Wait()
}

// race sends input to workflow mutation field racers times at once as the
// district administrator (input(i) is client i's input) and returns each
// answer's code ("" for a success).
func (w *serviceWorld) race(t *testing.T, field, sel string, input func(i int) map[string]any) []string {
	t.Helper()
	codes := make([]string, racers)
	atOnce(racers, func(i int) { codes[i] = call(t, w.a.h, w.tokens["admin"], field, input(i), sel).refused() })
	return codes
}

// ok runs a workflow mutation as the administrator that must succeed and
// returns the global id of the record selected by sel ("issue { id }" …).
func (w *serviceWorld) ok(t *testing.T, field, record string, input map[string]any) string {
	t.Helper()
	o := call(t, w.a.h, w.tokens["admin"], field, input, record+" { id }")
	if o.refused() != "" {
		t.Fatalf("%s(%v): %s %+v", field, input, o.refused(), o.userErrors)
	}
	var rec struct{ ID string }
	o.get(t, record, &rec)
	return rec.ID
}

// issueAt raises an issue in the first courtyard and takes it through steps
// (confirm, visit, escalate, approve, decide, execute) as the administrator.
func (w *serviceWorld) issueAt(t *testing.T, steps ...string) string {
	t.Helper()
	id := w.ok(t, "raiseIssue", "issue", map[string]any{"courtyardID": gid(w.p.Courtyards[0].ID), "category": "PUBLIC_FACILITY", "title": "水管破裂"})
	for _, s := range steps {
		w.ok(t, s, "issue", issueStepInput(id, s, 0))
	}
	return id
}

// issueStepInput is the input of deliberation step s on issue id (client i's).
func issueStepInput(id, s string, i int) map[string]any {
	in := map[string]any{"issueID": id}
	switch s {
	case "confirmIssue":
		in["scope"] = fmt.Sprintf("院坝饮水 %d", i)
	case "dismissIssue":
		in["reason"] = fmt.Sprintf("重复 %d", i)
	case "recordVisit":
		in["householdsVisited"], in["notes"] = 1+i%2, "走访"
	case "escalateIssue":
		in["reason"] = "上报"
	case "approveEscalation":
		in["notes"] = "同意"
	case "decideIssue":
		in["residentsPresent"], in["householdsRepresented"] = 5, 2
		in["votesFor"], in["votesAgainst"], in["votesAbstain"] = 4, 1, 0
		in["outcome"], in["decision"] = "APPROVED", fmt.Sprintf("更换主管 %d", i)
	case "executeIssue":
		in["outcome"], in["executedBy"] = "已更换", fmt.Sprintf("施工队 %d", i)
	case "evaluateIssue":
		in["satisfied"], in["notes"] = i%2 == 0, "评价"
	}
	return in
}

// TestSecurityConcurrentStepsSerialise sends every workflow step that
// changes a shared record 20 times at once through the real handler: exactly
// one wins, the others are refused with CONFLICT, and the step's effect (its
// history row, session, successor, move, award …) exists once. On SQLite one
// writer serialises transactions anyway; on PostgreSQL (TEST_DATABASE_URL)
// the steps race for real and only the version checks, conditional updates,
// row locks and unique indexes keep them apart.
func TestSecurityConcurrentStepsSerialise(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	p := w.p
	resident := func(courtyard, k int) int { return p.Residents[courtyard*perCourtyard+k].ID }
	newHousehold := func(courtyard int, number string) *ent.Household {
		return c.Household.Create().SetNumber(number).SetHeadName("户" + number).SetCourtyardID(p.Courtyards[courtyard].ID).SaveX(ctx())
	}
	activeOf := func(courtyardID int, role roleassignment.Role) *ent.RoleAssignment {
		return c.RoleAssignment.Query().Where(roleassignment.CourtyardID(courtyardID), roleassignment.RoleEQ(role), roleassignment.EndedAtIsNil()).OnlyX(ctx())
	}
	item := c.SupermarketItem.Create().SetName("洗衣粉").SetPointsCost(5).SetStock(100).SetVillageID(p.Villages[0].ID).SaveX(ctx())
	// pointsFor gives a new household of the first courtyard n points (the village's own confirmed entry).
	// confirmedPoints awards n points for a free reason (the administrator
	// proposes, the village cadre confirms: four eyes) and returns the entry.
	confirmedPoints := func(t *testing.T, h *ent.Household, n int) string {
		id := w.ok(t, "awardPoints", "pointEntry", map[string]any{"householdID": gid(h.ID), "points": n, "reason": "义务劳动"})
		if o := call(t, w.a.h, w.tokens["cadre"], "confirmPointEntry", map[string]any{"id": id}, "pointEntry { id }"); o.refused() != "" {
			t.Fatalf("confirming %s: %s %+v", id, o.refused(), o.userErrors)
		}
		return id
	}
	pointsFor := func(t *testing.T, number string, n int) *ent.Household {
		h := newHousehold(0, number)
		confirmedPoints(t, h, n)
		return h
	}
	balance := func(h *ent.Household) int { return c.Household.GetX(ctx(), h.ID).PointBalance }
	stepsOf := func(t *testing.T, id string, s issuestep.Step) int {
		return c.IssueStep.Query().Where(issuestep.IssueID(mustDecode(t, id)), issuestep.StepEQ(s)).CountX(ctx())
	}

	type row struct {
		name, field, sel string
		// prepare makes a fresh record and returns client i's input and
		// the check of the effect after the race.
		prepare func(t *testing.T) (input func(i int) map[string]any, check func(t *testing.T))
		// wins is how many clients succeed (1 unless the step is a
		// serialised overwrite); losers is the code of the others.
		wins   int
		losers string
	}
	issueRow := func(s string, logged issuestep.Step, before ...string) row {
		return row{name: s, field: s, sel: "issue { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			id := w.issueAt(t, before...)
			return func(i int) map[string]any { return issueStepInput(id, s, i) }, func(t *testing.T) {
				is := c.Issue.GetX(ctx(), mustDecode(t, id))
				if n := stepsOf(t, id, logged); n != 1 || is.Version != len(before)+1 {
					t.Errorf("%d %s steps, version %d; want 1 and %d", n, logged, is.Version, len(before)+1)
				}
				if n := c.Session.Query().Where(session.IssueID(is.ID)).CountX(ctx()); s == "decideIssue" && n != 1 {
					t.Errorf("%d sessions for one issue, want 1", n)
				}
			}
		}}
	}
	visited := []string{"confirmIssue", "recordVisit"}
	rows := []row{
		issueRow("confirmIssue", issuestep.StepCONFIRMED),
		issueRow("dismissIssue", issuestep.StepDISMISSED),
		issueRow("recordVisit", issuestep.StepVISITED, "confirmIssue"),
		issueRow("escalateIssue", issuestep.StepESCALATED, visited...),
		issueRow("approveEscalation", issuestep.StepESCALATION_APPROVED, append(visited, "escalateIssue")...),
		issueRow("decideIssue", issuestep.StepDECIDED, visited...),
		issueRow("executeIssue", issuestep.StepEXECUTED, append(visited, "decideIssue")...),
		issueRow("evaluateIssue", issuestep.StepEVALUATED, append(visited, "decideIssue", "executeIssue")...),
		{name: "adoptIdea", field: "adoptIdea", sel: "idea { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			issueID := w.issueAt(t)
			ideaID := w.ok(t, "submitIdea", "idea", map[string]any{"courtyardID": gid(p.Courtyards[0].ID), "proposerID": gid(resident(0, 5)), "content": "修水管"})
			return func(int) map[string]any { return map[string]any{"ideaID": ideaID, "issueID": issueID} }, func(t *testing.T) {
				if n := c.Idea.Query().Where(idea.Adopted(true), idea.IssueID(mustDecode(t, issueID))).CountX(ctx()); n != 1 {
					t.Errorf("%d adopted ideas, want 1", n)
				}
			}
		}},
		{name: "acceptTicket", field: "acceptTicket", sel: "ticket { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			tk := w.submit(t)
			return func(int) map[string]any { return map[string]any{"id": tk.ID} }, func(t *testing.T) {
				if got := c.Ticket.GetX(ctx(), mustDecode(t, tk.ID)); got.Version != 1 || got.Status != "ACCEPTED" {
					t.Errorf("ticket %s version %d; want ACCEPTED at version 1", got.Status, got.Version)
				}
			}
		}},
		{name: "completeTicket", field: "completeTicket", sel: "ticket { id } ratingCode", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			tk := w.submit(t)
			w.ok(t, "acceptTicket", "ticket", map[string]any{"id": tk.ID})
			return func(i int) map[string]any { return map[string]any{"id": tk.ID, "note": fmt.Sprintf("办结 %d", i)} }, func(t *testing.T) {
				if n := c.RatingCode.Query().Where(ratingcode.TicketID(mustDecode(t, tk.ID))).CountX(ctx()); n != 1 {
					t.Errorf("%d rating codes for one ticket, want 1", n)
				}
			}
		}},
		{name: "rateWithCode", field: "rateWithCode", sel: "rating { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			tk := w.submit(t)
			w.ok(t, "acceptTicket", "ticket", map[string]any{"id": tk.ID})
			o := call(t, w.a.h, w.tokens["admin"], "completeTicket", map[string]any{"id": tk.ID}, "ratingCode")
			var code string
			o.get(t, "ratingCode", &code)
			return func(i int) map[string]any { return map[string]any{"code": code, "score": 1 + i%5} }, func(t *testing.T) {
				if n := c.Rating.Query().Where(rating.TicketID(mustDecode(t, tk.ID))).CountX(ctx()); n != 1 {
					t.Errorf("%d ratings with one code, want 1", n)
				}
			}
		}},
		{name: "rejectTicket", field: "rejectTicket", sel: "ticket { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			tk := w.submit(t)
			return func(i int) map[string]any {
					return map[string]any{"id": tk.ID, "reason": fmt.Sprintf("材料不全 %d", i)}
				}, func(t *testing.T) {
					if got := c.Ticket.GetX(ctx(), mustDecode(t, tk.ID)); got.Version != 1 || got.Status != "REJECTED" {
						t.Errorf("ticket %s version %d; want REJECTED at version 1", got.Status, got.Version)
					}
				}
		}},
		{name: "replaceOfficer", field: "replaceOfficer", sel: "roleAssignment { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			pred := activeOf(p.Courtyards[1].ID, roleassignment.RolePUBLICIST)
			return func(int) map[string]any {
					return map[string]any{"assignmentID": gid(pred.ID), "successorID": gid(resident(1, 4)), "reason": "RESIGNED"}
				}, func(t *testing.T) {
					if n := c.RoleAssignment.Query().Where(roleassignment.PredecessorID(pred.ID)).CountX(ctx()); n != 1 {
						t.Errorf("%d successors, want 1", n)
					}
				}
		}},
		{name: "electHead", field: "electHead", sel: "roleAssignment { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			prev := activeOf(p.Courtyards[1].ID, roleassignment.RoleHEAD)
			return func(int) map[string]any {
					return map[string]any{"courtyardID": gid(p.Courtyards[1].ID), "residentID": gid(resident(1, 5)),
						"votesFor": 3, "votesAgainst": 1, "votesAbstain": 0, "votersPresent": 4}
				}, func(t *testing.T) {
					if n := c.RoleAssignment.Query().Where(roleassignment.PredecessorID(prev.ID)).CountX(ctx()); n != 1 {
						t.Errorf("%d elected successors, want 1", n)
					}
				}
		}},
		{name: "moveHousehold", field: "moveHousehold", sel: "household { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := newHousehold(0, "101")
			return func(int) map[string]any {
					return map[string]any{"householdID": gid(h.ID), "courtyardID": gid(p.Courtyards[1].ID)}
				}, func(t *testing.T) {
					if n := c.HouseholdMove.Query().Where(householdmove.HouseholdID(h.ID)).CountX(ctx()); n != 1 {
						t.Errorf("%d moves, want 1", n)
					}
				}
		}},
		{name: "splitCourtyard", field: "splitCourtyard", sel: "courtyard { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := newHousehold(2, "201")
			newHousehold(2, "202")
			code := p.Villages[1].Code + "901"
			return func(int) map[string]any {
					return map[string]any{"courtyardID": gid(p.Courtyards[2].ID), "code": code, "name": "新院坝", "householdIDs": []string{gid(h.ID)}}
				}, func(t *testing.T) {
					cys := c.Courtyard.Query().Where(courtyard.Code(code)).CountX(ctx())
					if n := c.HouseholdMove.Query().Where(householdmove.HouseholdID(h.ID)).CountX(ctx()); n != 1 || cys != 1 {
						t.Errorf("%d moves, %d new courtyards; want 1 and 1", n, cys)
					}
				}
		}},
		{name: "mergeCourtyards", field: "mergeCourtyards", sel: "courtyard { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			into, from := p.Courtyards[2].ID, p.Courtyards[3].ID
			hs := c.Household.Query().Where(household.CourtyardID(from)).CountX(ctx())
			return func(int) map[string]any { return map[string]any{"intoID": gid(into), "fromID": gid(from)} }, func(t *testing.T) {
				moves := c.HouseholdMove.Query().Where(householdmove.FromCourtyardID(from)).CountX(ctx())
				active := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(into), roleassignment.EndedAtIsNil()).CountX(ctx())
				if moves != hs || active != 4 {
					t.Errorf("%d moves of %d households, %d active officers; want %d and 4", moves, hs, active, hs)
				}
			}
		}},
		{name: "confirmPointEntry", field: "confirmPointEntry", sel: "pointEntry { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := newHousehold(0, "301")
			o := call(t, w.a.h, w.tokens["agent"], "awardPoints", map[string]any{"householdID": gid(h.ID), "points": 7, "reason": "帮扶邻里"}, "pointEntry { id status }")
			var e struct{ ID, Status string }
			o.get(t, "pointEntry", &e)
			if e.Status != "PROPOSED" {
				t.Fatalf("the agent's free-reason entry is %s, want PROPOSED", e.Status)
			}
			return func(int) map[string]any { return map[string]any{"id": e.ID} }, func(t *testing.T) {
				if b := balance(h); b != 7 {
					t.Errorf("balance %d after one confirmation of 7 points", b)
				}
			}
		}},
		{name: "reversePointEntry", field: "reversePointEntry", sel: "pointEntry { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := newHousehold(0, "302")
			id := confirmedPoints(t, h, 9)
			return func(i int) map[string]any { return map[string]any{"id": id, "reason": fmt.Sprintf("记错 %d", i)} }, func(t *testing.T) {
				n := c.PointEntry.Query().Where(pointentry.ReversesID(mustDecode(t, id))).CountX(ctx())
				if b := balance(h); n != 1 || b != 0 {
					t.Errorf("%d reversals, balance %d; want 1 and 0", n, b)
				}
			}
		}},
		{name: "redeemPoints", field: "redeemPoints", sel: "household { id }", losers: "BAD_USER_INPUT", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := pointsFor(t, "303", item.PointsCost)
			return func(int) map[string]any {
					return map[string]any{"householdID": gid(h.ID), "items": []map[string]any{{"itemID": gid(item.ID), "quantity": 1}}}
				}, func(t *testing.T) {
					n := c.PointRedemption.Query().Where(pointredemption.HouseholdID(h.ID)).CountX(ctx())
					if b := balance(h); n != 1 || b != 0 {
						t.Errorf("%d redemptions, balance %d; want 1 and 0", n, b)
					}
				}
		}},
		{name: "cancelRedemption", field: "cancelRedemption", sel: "pointRedemption { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			h := pointsFor(t, "304", item.PointsCost)
			stock := c.SupermarketItem.GetX(ctx(), item.ID).Stock
			o := call(t, w.a.h, w.tokens["admin"], "redeemPoints", map[string]any{"householdID": gid(h.ID),
				"items": []map[string]any{{"itemID": gid(item.ID), "quantity": 1}}}, "redemptions { id }")
			var rs []struct{ ID string }
			o.get(t, "redemptions", &rs)
			return func(int) map[string]any { return map[string]any{"id": rs[0].ID} }, func(t *testing.T) {
				if b, s := balance(h), c.SupermarketItem.GetX(ctx(), item.ID).Stock; b != item.PointsCost || s != stock {
					t.Errorf("balance %d, stock %d after one cancellation; want %d and %d", b, s, item.PointsCost, stock)
				}
			}
		}},
		{name: "confirmAwards", field: "confirmAwards", sel: "awards { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			agent := activeOf(p.Courtyards[2].ID, roleassignment.RoleAGENT)
			return func(i int) map[string]any {
					return map[string]any{"period": "2024H1", "category": "AGENT",
						"winners": []map[string]any{{"roleAssignmentID": gid(agent.ID), "citation": fmt.Sprintf("事迹 %d", i)}}}
				}, func(t *testing.T) {
					if n := c.Award.Query().Where(award.Period("2024H1")).CountX(ctx()); n != 1 {
						t.Errorf("%d awards, want 1", n)
					}
				}
		}},
		{name: "evaluateCourtyard", field: "evaluateCourtyard", sel: "courtyard { id }", prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			cy := p.Courtyards[1].ID
			period := period.Label(period.HalfYear, time.Now())
			return func(i int) map[string]any {
					return map[string]any{"courtyardID": gid(cy), "period": period, "residentsPresent": 3,
						"scores": []map[string]any{{"dimension": "DELIBERATION", "score": 3 + i%3}}}
				}, func(t *testing.T) {
					if n := c.Rating.Query().Where(rating.CourtyardID(cy), rating.TargetEQ(rating.TargetCOURTYARD), rating.Period(period)).CountX(ctx()); n != 1 {
						t.Errorf("%d self-evaluations of one dimension, want 1", n)
					}
				}
		}},
		{name: "setQuarterThemes", field: "setQuarterThemes", sel: "village { id }", wins: racers, prepare: func(t *testing.T) (func(int) map[string]any, func(*testing.T)) {
			v := p.Villages[1].ID
			return func(i int) map[string]any {
					return map[string]any{"villageId": gid(v), "quarter": "2026Q3", "themes": []map[string]any{
						{"topicId": topicOf(t, c, v, "POLICY"), "title": fmt.Sprintf("医保 %d", i)}, {"topicId": topicOf(t, c, v, []string{"LAW", "HEALTH"}[i%2]), "title": fmt.Sprintf("讲座 %d", i)}}}
				}, func(t *testing.T) {
					themes := c.QuarterTheme.Query().Where(quartertheme.VillageID(v), quartertheme.Quarter("2026Q3")).
						Order(quartertheme.ByTopicField(lecturetopic.FieldCode)).AllX(ctx()) // LAW or HEALTH before POLICY
					if len(themes) != 2 || strings.TrimPrefix(themes[1].Title, "医保") != strings.TrimPrefix(themes[0].Title, "讲座") {
						t.Errorf("themes after the race: %v; want the two of one request", themes)
					}
				}
		}},
	}
	began := time.Now()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			input, check := r.prepare(t)
			codes := w.race(t, r.field, r.sel, input)
			wins, losers := max(r.wins, 1), r.losers
			if losers == "" {
				losers = "CONFLICT"
			}
			won := 0
			for i, code := range codes {
				switch code {
				case "":
					won++
				case losers:
				default:
					t.Errorf("client %d: %s, want success or %s", i, code, losers)
				}
			}
			if won != wins {
				t.Errorf("%d of %d clients succeeded, want %d (codes %v)", won, racers, wins, codes)
			}
			check(t)
		})
	}
	t.Logf("%d steps × %d clients in %v", len(rows), racers, time.Since(began).Round(time.Millisecond))
	// The ledger, the roster and the rest still hold their invariants.
	if v, err := workflow.Check(ctx(), c); err != nil || len(v) > 0 {
		t.Errorf("invariants after the races: %v %v", v, err)
	}
}

// TestSecurityIdempotencyBoundToRequest: a key binds its request. A replay
// answers the whole first response — the ticket's rating code, the
// lecture's codes, the redemptions — and changes nothing; the same key with
// another input is refused with CONFLICT and changes nothing; clients sending
// one key at once get one effect.
func TestSecurityIdempotencyBoundToRequest(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	admin := func(t *testing.T, field string, input map[string]any, sel string) outcome {
		t.Helper()
		return call(t, w.a.h, w.tokens["admin"], field, input, sel)
	}
	conflict := func(t *testing.T, what string, o outcome) {
		t.Helper()
		if len(o.userErrors) != 1 || o.userErrors[0].Code != "CONFLICT" || strings.Join(o.userErrors[0].Field, ".") != "input.idempotencyKey" {
			t.Fatalf("%s: %+v %s; want CONFLICT on input.idempotencyKey", what, o.userErrors, o.errorCode)
		}
	}
	type completed struct {
		Ticket     struct{ ID, Note string }
		RatingCode *string
	}
	complete := func(t *testing.T, id, key, note string) (completed, outcome) {
		t.Helper()
		o := admin(t, "completeTicket", map[string]any{"id": id, "note": note, "idempotencyKey": key}, "ticket { id note } ratingCode")
		var out completed
		if o.refused() == "" {
			o.get(t, "ticket", &out.Ticket)
			o.get(t, "ratingCode", &out.RatingCode)
		}
		return out, o
	}
	accepted := func(t *testing.T) string {
		tk := w.submit(t)
		w.ok(t, "acceptTicket", "ticket", map[string]any{"id": tk.ID})
		return tk.ID
	}

	t.Run("completeTicket", func(t *testing.T) {
		id := accepted(t)
		first, o := complete(t, id, "done-1", "已办结")
		if o.refused() != "" || first.RatingCode == nil {
			t.Fatalf("completing: %+v %+v", first, o.userErrors)
		}
		again, o := complete(t, id, "done-1", "已办结")
		if o.refused() != "" || again.Ticket.ID != id || again.RatingCode == nil || *again.RatingCode != *first.RatingCode {
			t.Fatalf("replay = %+v %+v; want ticket %s with code %s", again, o.userErrors, id, *first.RatingCode)
		}
		_, o = complete(t, id, "done-1", "另一备注")
		conflict(t, "the key with another note", o)
		if tk := c.Ticket.GetX(ctx(), mustDecode(t, id)); tk.Note != "已办结" || tk.Version != 2 ||
			c.RatingCode.Query().Where(ratingcode.TicketID(tk.ID)).CountX(ctx()) != 1 {
			t.Fatalf("after replays: note %q, version %d; want the first call's only", tk.Note, tk.Version)
		}
	})

	t.Run("recordLecture", func(t *testing.T) {
		now := time.Now()
		quarter := period.Label(period.Quarter, now)
		w.ok(t, "setQuarterThemes", "village", map[string]any{"villageId": gid(w.p.Villages[0].ID), "quarter": quarter,
			"themes": []map[string]any{{"topicId": topicOf(t, c, w.p.Villages[0].ID, "POLICY"), "title": "医保政策"}, {"topicId": topicOf(t, c, w.p.Villages[0].ID, "LAW"), "title": "民法典"}}})
		theme := c.QuarterTheme.Query().Where(quartertheme.VillageID(w.p.Villages[0].ID), quartertheme.Quarter(quarter)).FirstX(ctx())
		in := map[string]any{"courtyardId": gid(w.p.Courtyards[0].ID), "themeId": gid(theme.ID), "speakerName": "宣讲团",
			"heldAt": now.Add(-time.Hour).UTC().Format(time.RFC3339), "attendance": 10, "ratingCodes": 3, "idempotencyKey": "lecture-1"}
		lecture := func() (string, []string, outcome) {
			o := admin(t, "recordLecture", in, "session { id } ratingCodes")
			var s struct{ ID string }
			var codes []string
			if o.refused() == "" {
				o.get(t, "session", &s)
				o.get(t, "ratingCodes", &codes)
			}
			return s.ID, codes, o
		}
		id, codes, o := lecture()
		if o.refused() != "" || len(codes) != 3 {
			t.Fatalf("recording: %v %+v", codes, o.userErrors)
		}
		againID, again, o := lecture()
		if o.refused() != "" || againID != id || strings.Join(again, ",") != strings.Join(codes, ",") {
			t.Fatalf("replay = %s %v %+v; want %s %v", againID, again, o.userErrors, id, codes)
		}
		in["attendance"] = 11
		_, _, o = lecture()
		conflict(t, "the key with another attendance", o)
		if n, k := c.Session.Query().Where(session.KindEQ(session.KindLECTURE)).CountX(ctx()),
			c.RatingCode.Query().Where(ratingcode.SessionID(mustDecode(t, id))).CountX(ctx()); n != 1 || k != 3 {
			t.Fatalf("%d lectures, %d codes; want 1 and 3", n, k)
		}
	})

	t.Run("redeemPoints", func(t *testing.T) {
		it := c.SupermarketItem.Create().SetName("大米").SetPointsCost(10).SetStock(5).SetVillageID(w.p.Villages[0].ID).SaveX(ctx())
		h := c.Household.Create().SetNumber("501").SetHeadName("周").SetCourtyardID(w.p.Courtyards[0].ID).SaveX(ctx())
		entry := w.ok(t, "awardPoints", "pointEntry", map[string]any{"householdID": gid(h.ID), "points": 30, "reason": "让地修路"})
		// A free reason: the village confirms the administrator's entry (four eyes).
		if o := call(t, w.a.h, w.tokens["cadre"], "confirmPointEntry", map[string]any{"id": entry}, "pointEntry { id }"); o.refused() != "" {
			t.Fatalf("confirming: %s %+v", o.refused(), o.userErrors)
		}
		redeem := func(quantity int) ([]string, outcome) {
			o := admin(t, "redeemPoints", map[string]any{"householdID": gid(h.ID), "idempotencyKey": "shop-1",
				"items": []map[string]any{{"itemID": gid(it.ID), "quantity": quantity}}}, "redemptions { id quantity }")
			var rs []struct{ ID string }
			if o.refused() == "" {
				o.get(t, "redemptions", &rs)
			}
			ids := make([]string, len(rs))
			for i, r := range rs {
				ids[i] = r.ID
			}
			return ids, o
		}
		first, o := redeem(1)
		if o.refused() != "" || len(first) != 1 {
			t.Fatalf("redeeming: %v %+v", first, o.userErrors)
		}
		again, o := redeem(1)
		if o.refused() != "" || strings.Join(again, ",") != strings.Join(first, ",") {
			t.Fatalf("replay redemptions = %v %+v; want %v", again, o.userErrors, first)
		}
		_, o = redeem(2)
		conflict(t, "the key with another quantity", o)
		if b, s, n := c.Household.GetX(ctx(), h.ID).PointBalance, c.SupermarketItem.GetX(ctx(), it.ID).Stock,
			c.PointRedemption.Query().Where(pointredemption.HouseholdID(h.ID)).CountX(ctx()); b != 20 || s != 4 || n != 1 {
			t.Fatalf("balance %d, stock %d, %d redemptions; want 20, 4, 1", b, s, n)
		}
	})

	t.Run("concurrent", func(t *testing.T) {
		// 20 clients send one key at once, half with one note, half with
		// another: the first claim wins; its input's clients all get its
		// code, the others CONFLICT; one code is issued.
		id := accepted(t)
		type answer struct {
			code string
			res  completed
		}
		answers := make([]answer, racers)
		atOnce(racers, func(i int) {
			res, o := complete(t, id, "same-key", []string{"甲", "乙"}[i%2])
			answers[i] = answer{o.refused(), res}
		})
		won := map[string]int{}
		for i, a := range answers {
			switch {
			case a.code == "" && a.res.RatingCode != nil:
				won[a.res.Ticket.Note+" "+*a.res.RatingCode]++
			case a.code != "CONFLICT":
				t.Errorf("client %d: %q %+v", i, a.code, a.res)
			}
		}
		codes := c.RatingCode.Query().Where(ratingcode.TicketID(mustDecode(t, id))).CountX(ctx())
		if len(won) != 1 || codes != 1 {
			t.Fatalf("successes by note and code: %v, %d codes issued; want one answer for %d clients and 1 code", won, codes, racers/2)
		}
		for _, n := range won {
			if n != racers/2 {
				t.Fatalf("%d clients got the winner's answer, want %d", n, racers/2)
			}
		}
	})
}
