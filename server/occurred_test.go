package server_test

import (
	"math"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/internal/viewer"
)

// shanghai is the district's time zone (periods are its calendar's).
var shanghai = time.FixedZone("Asia/Shanghai", 8*3600)

// TestDitchClearedAfterTheStorm replays the article's scene recorded after
// the fact: after a summer storm 三星村's head and residents cleared a
// blocked ditch in about two hours; the head typed the steps in three days
// later, each with the time it happened. The issue's step times are the
// occurred ones, so the time to execution reads about two hours (not the
// seconds between typing); each step keeps when it was recorded beside.
func TestDitchClearedAfterTheStorm(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing
	head := w.as("head", viewer.CourtyardOfficer, "500154", s.head)
	storm := time.Now().UTC().Add(-72 * time.Hour).Truncate(time.Minute)
	at := func(d time.Duration) string { return storm.Add(d).Format(time.RFC3339) }

	id := head.stepOK("raiseIssue", map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "PUBLIC_FACILITY",
		"raisedByID": gid(s.residents[3].ID), "title": "暴雨后排水沟堵塞", "occurredAt": at(0)}, "COLLECTED")
	head.stepOK("confirmIssue", map[string]any{"issueID": id, "scope": "院坝排水沟", "occurredAt": at(10 * time.Minute)}, "CONFIRMED")
	// Not before the step before it.
	head.stepRefused("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "x", "occurredAt": at(5 * time.Minute)}, "BAD_USER_INPUT", "occurredAt")
	// Not in the future.
	head.stepRefused("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "x",
		"occurredAt": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)}, "BAD_USER_INPUT", "occurredAt")
	head.stepOK("recordVisit", map[string]any{"issueID": id, "householdsVisited": 8, "notes": "逐户告知", "occurredAt": at(20 * time.Minute)}, "VISITED")
	head.stepOK("decideIssue", map[string]any{"issueID": id, "residentsPresent": 8, "householdsRepresented": 8,
		"votesFor": 8, "votesAgainst": 0, "votesAbstain": 0, "outcome": "APPROVED", "decision": "全体出工清理排水沟",
		"occurredAt": at(30 * time.Minute)}, "DECIDED")
	head.stepOK("executeIssue", map[string]any{"issueID": id, "outcome": "清理淤泥，排水恢复", "executedBy": "院坝长带领8户群众",
		"occurredAt": at(2*time.Hour + 5*time.Minute)}, "EXECUTED")
	head.stepOK("evaluateIssue", map[string]any{"issueID": id, "satisfied": true, "notes": "群众满意"}, "EVALUATED") // now

	is := w.db.Client.Issue.GetX(ctx(), mustDecode(t, id))
	if !is.CollectedAt.Equal(storm) || is.ExecutedAt.Sub(is.CollectedAt) != 2*time.Hour+5*time.Minute {
		t.Fatalf("issue times: collected %v executed %v; want the storm's %v and 2h05 later", is.CollectedAt, is.ExecutedAt, storm)
	}
	// Each step keeps when it happened and when it was recorded.
	for _, st := range w.db.Client.IssueStep.Query().Where(issuestep.IssueID(is.ID)).AllX(ctx()) {
		lag := st.RecordedAt.Sub(st.At)
		if st.Step == issuestep.StepEVALUATED {
			if lag < 0 || lag > time.Minute {
				t.Errorf("evaluated now: at %v recorded %v", st.At, st.RecordedAt)
			}
		} else if lag < 69*time.Hour {
			t.Errorf("%s: at %v recorded %v; want recorded ~3 days later", st.Step, st.At, st.RecordedAt)
		}
	}
	// Through the API: the history shows both.
	var q struct {
		Node struct {
			Steps []struct {
				Step           string
				At, RecordedAt time.Time
			}
		}
	}
	w.query(`query($id: ID!) { node(id: $id) { ... on Issue { steps { step at recordedAt } } } }`, map[string]any{"id": id}, &q)
	if len(q.Node.Steps) != 6 || !q.Node.Steps[0].At.Equal(storm) || q.Node.Steps[0].RecordedAt.Sub(storm) < 71*time.Hour {
		t.Fatalf("history through the API = %+v", q.Node.Steps)
	}
	// The metric measures the work, not the typing: about 2 hours in days.
	var st struct {
		Stats struct{ Rows []struct{ Values []*float64 } }
	}
	w.query(`query($p: String) { stats(metrics: [ISSUE_DAYS_TO_EXECUTE], where: {period: $p}) { rows { values } } }`,
		map[string]any{"p": storm.In(shanghai).Format("2006-01")}, &st)
	if len(st.Stats.Rows) != 1 || st.Stats.Rows[0].Values[0] == nil || math.Abs(*st.Stats.Rows[0].Values[0]-125.0/60/24) > 0.001 {
		t.Fatalf("ISSUE_DAYS_TO_EXECUTE = %+v; want %.4f days (2h05)", st.Stats.Rows, 125.0/60/24)
	}
}

// TestBackdateLimitIsTheDistricts: a step is dated at most backdate_days
// back (30 by default); the district administrator changes the limit.
func TestBackdateLimitIsTheDistricts(t *testing.T) {
	w := newDeliberationWorld(t)
	s := w.sanxing
	head := w.as("head", viewer.CourtyardOfficer, "500154", s.head)
	daysAgo := func(d int) string { return time.Now().UTC().AddDate(0, 0, -d).Format(time.RFC3339) }
	raise := func(occurred string) map[string]any {
		return map[string]any{"courtyardID": gid(s.courtyard.ID), "category": "LIVING_ENVIRONMENT",
			"raisedByID": gid(s.residents[3].ID), "title": "院坝垃圾", "occurredAt": occurred}
	}
	head.stepRefused("raiseIssue", raise(daysAgo(31)), "BAD_USER_INPUT", "occurredAt")
	head.stepOK("raiseIssue", raise(daysAgo(29)), "COLLECTED")

	d := w.db.Client.District.Query().OnlyX(ctx())
	if d.BackdateDays != 30 {
		t.Fatalf("default backdate_days = %d, want 30", d.BackdateDays)
	}
	setLimit := func(days int) []userError {
		var out struct {
			UpdateDistrict struct {
				District   struct{ BackdateDays int }
				UserErrors []userError
			}
		}
		w.query(`mutation($in: DistrictPatch!) { updateDistrict(input: $in) { district { backdateDays } userErrors { field message code } } }`,
			map[string]any{"in": map[string]any{"id": gid(d.ID), "set": map[string]any{"backdateDays": days}}}, &out)
		if len(out.UpdateDistrict.UserErrors) == 0 && out.UpdateDistrict.District.BackdateDays != days {
			t.Fatalf("updateDistrict backdateDays %d = %+v", days, out.UpdateDistrict)
		}
		return out.UpdateDistrict.UserErrors
	}
	if ue := setLimit(400); len(ue) == 0 {
		t.Fatalf("backdateDays 400 accepted; the range is 0–366")
	}
	setLimit(60)
	head.stepOK("raiseIssue", raise(daysAgo(45)), "COLLECTED")
	setLimit(0)
	head.stepRefused("raiseIssue", raise(daysAgo(2)), "BAD_USER_INPUT", "occurredAt")
	head.stepOK("raiseIssue", raise(time.Now().UTC().Add(-30*time.Second).Format(time.RFC3339)), "COLLECTED")
}

// TestTicketBackdated: a 低保 application with all its documents, recorded
// after the fact; its due
// date counts from the acceptance as it happened, and its days to complete
// are the days of the work.
func TestTicketBackdated(t *testing.T) {
	w := newServiceWorld(t)
	day := func(d int) time.Time { return time.Now().UTC().Truncate(time.Second).AddDate(0, 0, -d) }
	tk := ticketOf(t, w.do(t, "agent", "submitTicket", map[string]any{
		"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID),
		"mode": "END_TO_END", "occurredAt": day(10), "documentsReceived": w.allowance.RequiredDocuments,
	}, ticketFields))
	if !tk.SubmittedAt.Equal(day(10)) {
		t.Fatalf("submittedAt %v, want %v", tk.SubmittedAt, day(10))
	}
	expectRefused(t, "accepted before it was submitted", w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "occurredAt": day(11)}, ticketFields),
		"BAD_USER_INPUT", "input.occurredAt")
	tk = ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "occurredAt": day(9)}, ticketFields))
	if !tk.AcceptedAt.Equal(day(9)) || !tk.DueAt.Equal(day(9).AddDate(0, 0, 30)) {
		t.Fatalf("accepted %v due %v; want due 30 days after %v", tk.AcceptedAt, tk.DueAt, day(9))
	}
	expectRefused(t, "completed in the future", w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID, "occurredAt": day(-1)}, ticketFields),
		"BAD_USER_INPUT", "input.occurredAt")
	tk = ticketOf(t, w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID, "occurredAt": day(1)}, ticketFields))
	if tk.DaysToComplete == nil || *tk.DaysToComplete != 9 || tk.OnTime == nil || !*tk.OnTime {
		t.Fatalf("completed ticket = %+v; want 9 days, on time", tk)
	}
}

// TestPointsAndRedemptionsBackdated: a points entry and a redemption keep
// the day they happened (awardedAt, redeemedAt) beside createdAt.
func TestPointsAndRedemptionsBackdated(t *testing.T) {
	w := newIncentivesWorld(t)
	fiveDays := time.Now().UTC().Truncate(time.Second).AddDate(0, 0, -5)
	expectRefused(t, "an entry beyond the district's 30 days", w.award(t, "cadre", "awardPoints", "张", "ATTEND_GATHERING",
		map[string]any{"occurredAt": time.Now().UTC().AddDate(0, 0, -31)}), "BAD_USER_INPUT", "input.occurredAt")
	e := entry(t, w.award(t, "cadre", "awardPoints", "张", "ATTEND_GATHERING", map[string]any{"occurredAt": fiveDays}))
	pe := w.db().PointEntry.Query().Where(pointentry.ID(mustDecode(t, e.ID))).OnlyX(ctx())
	if !pe.AwardedAt.Equal(fiveDays) || pe.CreatedAt.Sub(pe.AwardedAt) < 119*time.Hour {
		t.Fatalf("entry awarded %v created %v; want awarded 5 days before it was recorded", pe.AwardedAt, pe.CreatedAt)
	}
	item := w.item(t, "肥皂", 1, 10)
	o := w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["张"].ID),
		"items": []map[string]any{{"itemID": item, "quantity": 1}}, "occurredAt": time.Now().UTC().Add(time.Hour)}, "household { id }")
	expectRefused(t, "a redemption in the future", o, "BAD_USER_INPUT", "input.occurredAt")
	mustSucceed(t, "redeemPoints", w.do(t, "cadre", "redeemPoints", map[string]any{"householdID": gid(w.households["张"].ID),
		"items": []map[string]any{{"itemID": item, "quantity": 1}}, "occurredAt": fiveDays.Add(time.Hour)}, "household { id }"))
	r := w.db().PointRedemption.Query().Where(pointredemption.HouseholdID(w.households["张"].ID)).OnlyX(ctx())
	if !r.RedeemedAt.Equal(fiveDays.Add(time.Hour)) {
		t.Fatalf("redeemedAt %v, want %v", r.RedeemedAt, fiveDays.Add(time.Hour))
	}
}

// db is the world's database client.
func (w *incentivesWorld) db() *ent.Client { return w.a.db.Client }
