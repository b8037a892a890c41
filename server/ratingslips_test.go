package server_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/internal/period"
)

// slipView is a rating slip as ratingSlips shows it.
type slipView struct {
	Code      string
	Dimension string
	ExpiresAt time.Time
	Courtyard struct{ ID string }
	Ticket    *struct {
		ID          string
		ServiceType struct{ Name string }
	}
	Session *struct{ ID string }
}

// slips runs ratingSlips as role with the given arguments.
func (w *serviceWorld) slips(t *testing.T, role string, args map[string]any) []slipView {
	t.Helper()
	w.a.token = w.tokens[role]
	var out struct{ RatingSlips []slipView }
	w.a.query(`query($courtyard: ID, $ticket: ID, $session: ID) {
		ratingSlips(courtyard: $courtyard, ticket: $ticket, session: $session) {
			code dimension expiresAt courtyard { id } ticket { id serviceType { name } } session { id } } }`, args, &out)
	return out.RatingSlips
}

// codesOf lists the slips' codes.
func codesOf(ss []slipView) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Code
	}
	return out
}

// TestRatingSlips: the codes of a completed ticket and of a lecture stay
// listed for the officers of the courtyard (not for another village's) until
// they are used or expire; narrowed to the ticket or the lecture; a used code
// is gone from the list and from the database.
func TestRatingSlips(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	tk := w.submit(t)
	ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields))
	done := w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID}, ticketFields+" ratingCode")
	var ticketCode string
	done.get(t, "ratingCode", &ticketCode)

	held := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	topics := topicIDs(t, c, w.p.District.ID)
	set := w.do(t, "cadre", "setQuarterThemes", map[string]any{"villageId": ent.EncodeGlobalID(w.p.Villages[0].ID), "quarter": period.Label(period.Quarter, held),
		"themes": []map[string]any{{"topicId": topics["POLICY"], "title": "医保参保政策"}, {"topicId": topics["LAW"], "title": "民法典进院坝"}}}, "themes { id topic { code } }")
	var themes []struct {
		ID    string
		Topic struct{ Code string }
	}
	set.get(t, "themes", &themes)
	lecture := w.do(t, "publicist", "recordLecture", map[string]any{
		"courtyardId": ent.EncodeGlobalID(w.p.Courtyards[0].ID), "themeId": themes[0].ID, "speakerId": ent.EncodeGlobalID(w.p.Residents[1].ID),
		"heldAt": held.Format(time.RFC3339), "attendance": 10, "ratingCodes": 3,
	}, "session { id } ratingCodes")
	if lecture.refused() != "" {
		t.Fatalf("recording the lecture: %s %+v (themes: %+v)", lecture.errorCode, lecture.userErrors, set.userErrors)
	}
	var sv struct{ ID string }
	var lectureCodes []string
	lecture.get(t, "session", &sv)
	lecture.get(t, "ratingCodes", &lectureCodes)

	all := w.slips(t, "agent", nil)
	want := append([]string{ticketCode}, lectureCodes...)
	if got := codesOf(all); !slices.Equal(got, want) {
		t.Fatalf("agent's slips = %v, want the ticket's then the lecture's codes %v", got, want)
	}
	first := all[0]
	if first.Dimension != "PROXY_SERVICE" || first.Ticket == nil || first.Ticket.ID != tk.ID || first.Ticket.ServiceType.Name != "低保申请" ||
		first.Courtyard.ID != ent.EncodeGlobalID(w.p.Courtyards[0].ID) || first.Session != nil ||
		first.ExpiresAt.Before(time.Now().Add(29*24*time.Hour)) {
		t.Fatalf("the ticket's slip = %+v", first)
	}
	if s := all[1]; s.Dimension != "PUBLICITY" || s.Session == nil || s.Session.ID != sv.ID || s.Ticket != nil {
		t.Fatalf("a lecture's slip = %+v", s)
	}
	if got := codesOf(w.slips(t, "agent", map[string]any{"ticket": tk.ID})); !slices.Equal(got, []string{ticketCode}) {
		t.Fatalf("slips of the ticket = %v, want %s", got, ticketCode)
	}
	if got := codesOf(w.slips(t, "cadre", map[string]any{"session": sv.ID})); !slices.Equal(got, lectureCodes) {
		t.Fatalf("the village cadre's slips of the lecture = %v, want %v", got, lectureCodes)
	}
	if got := w.slips(t, "otherAgent", nil); len(got) != 0 {
		t.Fatalf("an officer of another village sees %d slips: %v", len(got), codesOf(got))
	}
	if got := w.slips(t, "agent", map[string]any{"courtyard": ent.EncodeGlobalID(w.p.Courtyards[2].ID)}); len(got) != 0 {
		t.Fatalf("slips of another courtyard: %v", codesOf(got))
	}

	// The applicant rates: the code is no longer listed, nor kept in plain text.
	if o := call(t, w.a.h, "", "rateWithCode", map[string]any{"code": ticketCode, "score": 5}, "rating { score }"); o.refused() != "" {
		t.Fatalf("rating with the ticket's code: %+v", o.userErrors)
	}
	if got := codesOf(w.slips(t, "agent", nil)); !slices.Equal(got, lectureCodes) {
		t.Fatalf("after rating, slips = %v, want only the lecture's %v", got, lectureCodes)
	}
	if n := c.RatingCode.Query().Where(ratingcode.UsedAtNotNil(), ratingcode.CodeNotNil()).CountX(ctx()); n != 0 {
		t.Fatalf("%d used codes still kept in plain text", n)
	}
	// A lecture code past its 30 days drops out.
	c.RatingCode.Update().Where(ratingcode.SessionID(mustDecode(t, sv.ID)), ratingcode.TicketIDIsNil()).
		SetExpiresAt(time.Now().UTC().Add(-time.Minute)).ExecX(ctx())
	if got := w.slips(t, "agent", nil); len(got) != 0 {
		t.Fatalf("expired codes still listed: %v", codesOf(got))
	}
	// Anonymous callers are refused, as on every read.
	w.a.token, w.a.anonymous = "", true
	r := w.a.do(`{ ratingSlips { code } }`, nil)
	if len(r.Errors) == 0 {
		data, _ := json.Marshal(r.Data)
		t.Fatalf("anonymous ratingSlips answered %s", data)
	}
}
