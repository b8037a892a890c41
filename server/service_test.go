package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/ticket"
	"yuanbahui/graph"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// outcome is what a workflow mutation answered: its payload (without
// userErrors), its userErrors, or the code of a GraphQL error.
type outcome struct {
	payload    map[string]json.RawMessage
	userErrors []userError
	errorCode  string
}

// refused is the code of the first userError or GraphQL error, "" for a success.
func (o outcome) refused() string {
	if len(o.userErrors) > 0 {
		return o.userErrors[0].Code
	}
	return o.errorCode
}

// get decodes one payload field into out.
func (o outcome) get(t *testing.T, field string, out any) {
	t.Helper()
	if err := json.Unmarshal(o.payload[field], out); err != nil {
		t.Fatalf("decoding %s: %v (%s)", field, err, o.payload[field])
	}
}

// call runs workflow mutation field with input as the account of token ("":
// anonymous), selecting sel besides userErrors; the messages in English.
func call(t *testing.T, h http.Handler, token, field string, input map[string]any, sel string) outcome {
	t.Helper()
	return callIn(t, h, "en", token, field, input, sel)
}

// callIn is call with the Accept-Language header language (none when "").
func callIn(t *testing.T, h http.Handler, language, token, field string, input map[string]any, sel string) outcome {
	t.Helper()
	q := fmt.Sprintf(`mutation($input: %sInput!) { %s(input: $input) { %s userErrors { field message code } } }`,
		strings.ToUpper(field[:1])+field[1:], field, sel)
	body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"input": input}})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if language != "" {
		req.Header.Set("Accept-Language", language)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var res struct {
		Data   map[string]map[string]json.RawMessage `json:"data"`
		Errors []gqlError                            `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatalf("%s: body is not JSON: %v\n%s", field, err, rec.Body)
	}
	var o outcome
	if len(res.Errors) > 0 {
		o.errorCode, _ = res.Errors[0].Extensions["code"].(string)
		if o.errorCode == "INTERNAL" {
			t.Fatalf("%s: internal error %+v", field, res.Errors)
		}
		return o
	}
	o.payload = res.Data[field]
	if err := json.Unmarshal(o.payload["userErrors"], &o.userErrors); err != nil {
		t.Fatalf("%s: userErrors: %v", field, err)
	}
	delete(o.payload, "userErrors")
	return o
}

// serviceWorld is a village of two courtyards (fixture: residents 0–3 of each
// hold HEAD, PUBLICIST, AGENT, INFORMANT), a second village's courtyard, the
// 低保 service (30 days; END_TO_END or ASSISTED) and accounts: the district
// administrator, the first village's cadre, the first courtyard's agent and
// publicist, and the second village's agent.
type serviceWorld struct {
	a         *api
	p         *fixture.Places
	allowance *ent.ServiceType
	tokens    map[string]string
	applicant *ent.Resident // a plain resident of the first courtyard
	agent     *ent.Resident // the first courtyard's agent
}

// perCourtyard is the fixture's residents per courtyard.
const perCourtyard = 6

func newServiceWorld(t *testing.T) *serviceWorld {
	t.Helper()
	a := newAPI(t)
	c := a.db.Client
	p, err := fixture.Build(ctx(), c, fixture.Shape{Villages: 2, CourtyardsPerVillage: 2, ResidentsPerCourtyard: perCourtyard})
	if err != nil {
		t.Fatal(err)
	}
	// The applicant's family lives in a household of its own.
	cy := p.Courtyards[0]
	home := c.Household.Create().SetNumber("002").SetHeadName("王秀英").SetCourtyardID(cy.ID).SaveX(ctx())
	applicant := c.Resident.UpdateOne(p.Residents[4]).SetHouseholdID(home.ID).SaveX(ctx())
	w := &serviceWorld{a: a, p: p, tokens: map[string]string{}, applicant: applicant, agent: p.Residents[2]}
	w.allowance = c.ServiceType.Create().SetCode("MINIMUM_LIVING_ALLOWANCE").SetName("低保申请").SetTimeLimitDays(30).
		SetRequiredDocuments([]string{"身份证", "户口簿", "收入证明"}).SetProcessSteps([]string{"申请", "村评议", "镇审核", "区审批"}).
		SetModes([]string{"END_TO_END", "ASSISTED"}).SaveX(ctx())
	resident := func(courtyard, k int) *int { id := p.Residents[courtyard*perCourtyard+k].ID; return &id }
	w.tokens["admin"] = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	w.tokens["cadre"] = a.loginAs("cadre", viewer.VillageCadre, p.Villages[0].Code, nil)
	w.tokens["agent"] = a.loginAs("agent", viewer.CourtyardOfficer, "500154", resident(0, 2))
	w.tokens["publicist"] = a.loginAs("publicist", viewer.CourtyardOfficer, "500154", resident(0, 1))
	w.tokens["otherAgent"] = a.loginAs("other-agent", viewer.CourtyardOfficer, "500154", resident(2, 2))
	return w
}

// do runs a workflow mutation as role.
func (w *serviceWorld) do(t *testing.T, role, field string, input map[string]any, sel string) outcome {
	t.Helper()
	return call(t, w.a.h, w.tokens[role], field, input, sel)
}

// ticketFields is the ticket selection of the tests.
const ticketFields = `ticket { id status submittedAt acceptedAt dueAt completedAt handedTo reason overdue onTime daysToComplete agent { id } }`

// ticketView is a ticket as the API shows it.
type ticketView struct {
	ID             string
	Status         string
	SubmittedAt    time.Time
	AcceptedAt     *time.Time
	DueAt          *time.Time
	CompletedAt    *time.Time
	HandedTo       string
	Reason         string
	Overdue        bool
	OnTime         *bool
	DaysToComplete *float64
	Agent          *struct{ ID string }
}

// ticketOf reads the ticket of a successful step.
func ticketOf(t *testing.T, o outcome) ticketView {
	t.Helper()
	if o.refused() != "" {
		t.Fatalf("step refused: %s %+v", o.errorCode, o.userErrors)
	}
	var tv ticketView
	o.get(t, "ticket", &tv)
	return tv
}

// submit submits a 低保 application of w.applicant as the agent.
func (w *serviceWorld) submit(t *testing.T) ticketView {
	t.Helper()
	return ticketOf(t, w.do(t, "agent", "submitTicket", map[string]any{
		"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID),
		"mode": "END_TO_END", "documentsReceived": []string{"身份证", "户口簿", "收入证明"},
	}, ticketFields))
}

// expectRefused checks that a step was refused with code on input field.
func expectRefused(t *testing.T, what string, o outcome, code, field string) {
	t.Helper()
	if got := o.refused(); got != code {
		t.Fatalf("%s: refused with %q (%+v), want %s", what, got, o.userErrors, code)
	}
	if field != "" && (len(o.userErrors) == 0 || strings.Join(o.userErrors[0].Field, ".") != field) {
		t.Fatalf("%s: userErrors %+v, want one on %s", what, o.userErrors, field)
	}
}

// TestMinimumLivingAllowanceScene replays the article's scene: a resident's
// 低保 application, submitted through the courtyard's agent, accepted,
// handed to the town, completed within its 30-day limit, and rated by the
// resident with the code from the slip; every refusal on the way.
func TestMinimumLivingAllowanceScene(t *testing.T) {
	w := newServiceWorld(t)
	id := func(tv ticketView) map[string]any { return map[string]any{"id": tv.ID} }

	o := w.do(t, "agent", "submitTicket", map[string]any{
		"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID), "mode": "ON_SITE",
	}, ticketFields)
	expectRefused(t, "a mode the service does not allow", o, "BAD_USER_INPUT", "input.mode")

	tk := w.submit(t)
	if tk.Status != "SUBMITTED" || tk.DueAt != nil || tk.AcceptedAt != nil || tk.Overdue || tk.OnTime != nil {
		t.Fatalf("submitted ticket = %+v; want SUBMITTED with no due time yet", tk)
	}
	expectRefused(t, "progress before acceptance", w.do(t, "agent", "progressTicket", map[string]any{"id": tk.ID, "note": "x"}, ticketFields), "CONFLICT", "input.status")
	expectRefused(t, "completion before acceptance", w.do(t, "agent", "completeTicket", id(tk), ticketFields+" ratingCode"), "CONFLICT", "input.status")
	expectRefused(t, "accept by the courtyard's publicist", w.do(t, "publicist", "acceptTicket", id(tk), ticketFields), "FORBIDDEN", "input.id")
	expectRefused(t, "accept from another village", w.do(t, "otherAgent", "acceptTicket", id(tk), ticketFields), "NOT_FOUND", "")

	before := time.Now().UTC().Add(-time.Second)
	tk = ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "idempotencyKey": "accept-1"}, ticketFields))
	if tk.Status != "ACCEPTED" || tk.AcceptedAt == nil || tk.AcceptedAt.Before(before) || tk.DueAt == nil ||
		!tk.DueAt.Equal(tk.AcceptedAt.AddDate(0, 0, 30)) || tk.Agent == nil || tk.Agent.ID != ent.EncodeGlobalID(w.agent.ID) {
		t.Fatalf("accepted ticket = %+v; want due 30 days after acceptance, handled by the agent", tk)
	}
	again := ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "idempotencyKey": "accept-1"}, ticketFields))
	if again.Status != "ACCEPTED" || !again.AcceptedAt.Equal(*tk.AcceptedAt) {
		t.Fatalf("repeated key: %+v, want the first result", again)
	}
	expectRefused(t, "accepting again", w.do(t, "cadre", "acceptTicket", id(tk), ticketFields), "CONFLICT", "input.id")

	expectRefused(t, "progress without notes", w.do(t, "agent", "progressTicket", id(tk), ticketFields), "BAD_USER_INPUT", "input.note")
	tk = ticketOf(t, w.do(t, "agent", "progressTicket", map[string]any{"id": tk.ID, "note": "村评议公示无异议", "handedTo": "镇社会事务办"}, ticketFields))
	if tk.Status != "IN_PROGRESS" || tk.HandedTo != "镇社会事务办" {
		t.Fatalf("progressed ticket = %+v", tk)
	}
	tk = ticketOf(t, w.do(t, "agent", "progressTicket", map[string]any{"id": tk.ID, "handedTo": "区民政局"}, ticketFields))

	done := w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID, "note": "低保已批准，结果已送达"}, ticketFields+" ratingCode")
	tk = ticketOf(t, done)
	var code string
	done.get(t, "ratingCode", &code)
	if tk.Status != "COMPLETED" || tk.OnTime == nil || !*tk.OnTime || tk.DaysToComplete == nil || *tk.DaysToComplete != 0 || len(code) != 8 {
		t.Fatalf("completed ticket = %+v, code %q; want on time, with an 8-character code", tk, code)
	}
	for step, in := range map[string]map[string]any{
		"rejectTicket":   {"id": tk.ID, "reason": "x"},
		"withdrawTicket": {"id": tk.ID},
		"progressTicket": {"id": tk.ID, "note": "x"},
	} {
		expectRefused(t, step+" after completion", w.do(t, "agent", step, in, ticketFields), "CONFLICT", "input.status")
	}

	// The resident rates with the code, without an account.
	rate := func(code string, score int) outcome {
		return call(t, w.a.h, "", "rateWithCode", map[string]any{"code": code, "score": score, "comment": "代办员跑腿，我没出门"}, "rating { score dimension period }")
	}
	expectRefused(t, "a score of 6", rate(code, 6), "BAD_USER_INPUT", "input.score")
	o = rate(strings.ToLower(code[:4])+"-"+code[4:], 5)
	var rv struct{ Score int }
	if o.refused() != "" {
		t.Fatalf("rating with the code: %+v %s", o.userErrors, o.errorCode)
	}
	o.get(t, "rating", &rv)
	if rv.Score != 5 {
		t.Fatalf("rating = %+v", rv)
	}
	r := w.a.db.Client.Rating.Query().Where(rating.HasTicketWith(ticket.ID(mustDecode(t, tk.ID)))).WithRoleAssignment().OnlyX(ctx())
	if r.RaterID == nil || *r.RaterID != w.applicant.ID || r.Target != rating.TargetOFFICER || r.Dimension != rating.DimensionPROXY_SERVICE ||
		r.Edges.RoleAssignment == nil || r.Edges.RoleAssignment.ResidentID != w.agent.ID {
		t.Fatalf("stored rating %+v: want the applicant rating the agent's service", r)
	}
	expectRefused(t, "a second rating with the same code", rate(code, 1), "CONFLICT", "input.code")
	expectRefused(t, "an unknown code", rate("ZZZZ2222", 4), "BAD_USER_INPUT", "input.code")
	if n := w.a.db.Client.Rating.Query().CountX(ctx()); n != 1 {
		t.Fatalf("%d ratings after refusals, want 1", n)
	}

	// An expired code: 30 days after issue.
	tk2 := w.submit(t)
	ticketOf(t, w.do(t, "cadre", "acceptTicket", id(tk2), ticketFields))
	var code2 string
	w.do(t, "cadre", "completeTicket", id(tk2), ticketFields+" ratingCode").get(t, "ratingCode", &code2)
	w.a.db.Client.RatingCode.Update().Where(ratingcode.TicketID(mustDecode(t, tk2.ID))).
		SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(ctx())
	expectRefused(t, "an expired code", rate(code2, 4), "CONFLICT", "input.code")

	// Anonymous callers may only rate (and log in).
	if got := call(t, w.a.h, "", "acceptTicket", id(tk2), ticketFields).errorCode; got != "UNAUTHENTICATED" {
		t.Fatalf("anonymous acceptTicket: %q, want UNAUTHENTICATED", got)
	}
}

// mustDecode turns a global ID into the row id.
func mustDecode(t *testing.T, gid string) int {
	t.Helper()
	id, err := ent.DecodeGlobalID(gid)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestTicketRejectAndWithdraw: rejection needs a reason and the village or
// agent; withdrawal is for the applicant's side, not another officer.
func TestTicketRejectAndWithdraw(t *testing.T) {
	w := newServiceWorld(t)
	tk := w.submit(t)
	expectRefused(t, "rejection without a reason", w.do(t, "cadre", "rejectTicket", map[string]any{"id": tk.ID, "reason": ""}, ticketFields), "BAD_USER_INPUT", "input.reason")
	tk = ticketOf(t, w.do(t, "cadre", "rejectTicket", map[string]any{"id": tk.ID, "reason": "家庭收入超过低保标准"}, ticketFields))
	if tk.Status != "REJECTED" || tk.CompletedAt == nil || tk.Reason != "家庭收入超过低保标准" || tk.OnTime != nil {
		t.Fatalf("rejected ticket = %+v", tk)
	}
	expectRefused(t, "accepting a rejected ticket", w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields), "CONFLICT", "input.id")

	tk = w.submit(t)
	ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields))
	expectRefused(t, "withdrawal by the publicist", w.do(t, "publicist", "withdrawTicket", map[string]any{"id": tk.ID}, ticketFields), "FORBIDDEN", "input.id")
	tk = ticketOf(t, w.do(t, "agent", "withdrawTicket", map[string]any{"id": tk.ID, "reason": "群众自行办理"}, ticketFields))
	if tk.Status != "WITHDRAWN" || tk.CompletedAt == nil {
		t.Fatalf("withdrawn ticket = %+v", tk)
	}
	if n := w.a.db.Client.RatingCode.Query().CountX(ctx()); n != 0 {
		t.Fatalf("%d rating codes for tickets not completed", n)
	}
}

// TestConcurrentAccept: the agent and the village cadre accept one ticket at
// the same moment, several times over: exactly one acceptance wins, the
// others get CONFLICT, and the ticket is accepted once.
func TestConcurrentAccept(t *testing.T) {
	w := newServiceWorld(t)
	for round := range 3 {
		tk := w.submit(t)
		const n = 6
		codes := make([]string, n)
		atOnce(n, func(i int) {
			role := []string{"agent", "cadre"}[i%2]
			codes[i] = call(t, w.a.h, w.tokens[role], "acceptTicket", map[string]any{"id": tk.ID}, ticketFields).refused()
		})
		won := 0
		for i, c := range codes {
			switch c {
			case "":
				won++
			case "CONFLICT":
			default:
				t.Errorf("round %d, accept %d: %q, want success or CONFLICT", round, i, c)
			}
		}
		stored := w.a.db.Client.Ticket.GetX(ctx(), mustDecode(t, tk.ID))
		if won != 1 || stored.Status != ticket.StatusACCEPTED || stored.Version != 1 {
			t.Fatalf("round %d: %d acceptances won (%v), ticket %s version %d; want exactly 1", round, won, codes, stored.Status, stored.Version)
		}
	}
}

// TestOverdueAndOnTimeFilters: the derived fields and their where filters
// agree, in SQL, on both databases.
func TestOverdueAndOnTimeFilters(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	accept := func(tk ticketView) {
		ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields))
	}
	complete := func(tk ticketView) {
		ticketOf(t, w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID}, ticketFields+" ratingCode"))
	}
	open, late, onTime, fresh, submitted := w.submit(t), w.submit(t), w.submit(t), w.submit(t), w.submit(t)
	for _, tk := range []ticketView{open, late, onTime, fresh} {
		accept(tk)
	}
	past := time.Now().UTC().Add(-48 * time.Hour)
	// Back-date the due times (as the system: a test's time machine).
	c.Ticket.UpdateOneID(mustDecode(t, open.ID)).SetDueAt(past).ExecX(ctx())
	c.Ticket.UpdateOneID(mustDecode(t, late.ID)).SetDueAt(past).ExecX(ctx())
	complete(late)
	complete(onTime)

	ids := func(where string) []string {
		var out struct {
			Tickets struct {
				Edges []struct{ Node ticketView }
			}
		}
		w.a.token = w.tokens["admin"]
		w.a.query(`{ tickets(where: `+where+`, orderBy: [{field: SUBMITTED_AT}]) { edges { node { id overdue onTime } } } }`, nil, &out)
		var got []string
		for _, e := range out.Tickets.Edges {
			got = append(got, e.Node.ID)
		}
		return got
	}
	for _, tc := range []struct {
		where string
		want  []ticketView
	}{
		{`{overdue: true}`, []ticketView{open}},
		{`{overdue: false}`, []ticketView{late, onTime, fresh, submitted}},
		{`{onTime: false}`, []ticketView{late}},
		{`{onTime: true}`, []ticketView{onTime}},
		{`{onTime: true, overdue: false}`, []ticketView{onTime}},
		{`{or: [{overdue: true}, {onTime: false}]}`, []ticketView{open, late}},
	} {
		var want []string
		for _, tv := range tc.want {
			want = append(want, tv.ID)
		}
		if got := ids(tc.where); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("tickets(where: %s) = %v, want %v", tc.where, got, want)
		}
	}
	var one struct{ Node ticketView }
	w.a.query(`query($id: ID!) { node(id: $id) { ... on Ticket { id overdue onTime daysToComplete } } }`, map[string]any{"id": open.ID}, &one)
	if !one.Node.Overdue || one.Node.OnTime != nil {
		t.Fatalf("overdue ticket reads %+v", one.Node)
	}
}

// TestGenericWritesCannotMoveTickets: below the API, a write that skips the
// workflow is refused by the ticket's hooks: an illegal transition even as
// a workflow step, a governed field outside one.
func TestGenericWritesCannotMoveTickets(t *testing.T) {
	w := newServiceWorld(t)
	tk := w.submit(t)
	id := mustDecode(t, tk.ID)
	u := w.a.db.Client.User.Query().FirstX(ctx())
	officer := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.DistrictAdmin, DistrictID: w.p.District.ID, TownIDs: []int{w.p.Town.ID}})
	err := w.a.db.Client.Ticket.UpdateOneID(id).SetStatus(ticket.StatusCOMPLETED).Exec(workflow.Governed(officer))
	if !isKind(err, workflow.ErrState) {
		t.Fatalf("SUBMITTED → COMPLETED in a step: %v, want ErrState", err)
	}
	err = w.a.db.Client.Ticket.UpdateOneID(id).SetStatus(ticket.StatusACCEPTED).Exec(officer)
	if !isKind(err, workflow.ErrGoverned) {
		t.Fatalf("status set outside a step: %v, want ErrGoverned", err)
	}
	err = w.a.db.Client.Ticket.UpdateOneID(id).SetDueAt(time.Now()).Exec(officer)
	if !isKind(err, workflow.ErrGoverned) {
		t.Fatalf("due time set outside a step: %v, want ErrGoverned", err)
	}
}

// isKind tells whether err is a workflow refusal of kind.
func isKind(err, kind error) bool { return errors.Is(err, kind) }

// TestGuessingCodesIsLimited: a client address that sends too many unknown
// rating codes is refused with RATE_LIMITED, even for a good code, while
// used or expired codes do not count as guesses.
func TestGuessingCodesIsLimited(t *testing.T) {
	w := newServiceWorld(t)
	tk := w.submit(t)
	ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields))
	var code string
	w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID}, ticketFields+" ratingCode").get(t, "ratingCode", &code)
	rate := func(code string) string {
		return call(t, w.a.h, "", "rateWithCode", map[string]any{"code": code, "score": 5}, "rating { score }").refused()
	}
	for i := range graph.CodeGuesses {
		if got := rate(fmt.Sprintf("GUESS%03d", i)); got != "BAD_USER_INPUT" {
			t.Fatalf("guess %d: %q, want BAD_USER_INPUT", i, got)
		}
	}
	if got := rate(code); got != "RATE_LIMITED" {
		t.Fatalf("after %d unknown codes: %q, want RATE_LIMITED", graph.CodeGuesses, got)
	}
}
