package server_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
)

// docFields is the ticket selection of the documents tests.
const docFields = `ticket { id status acceptedAt dueAt documentsReceived documentsCompleteAt missingDocumentsNote waitingForDocuments missingDocuments overdue }`

// docTicket is a ticket's documents as the API shows them.
type docTicket struct {
	ID                   string
	Status               string
	AcceptedAt           *time.Time
	DueAt                *time.Time
	DocumentsReceived    []string
	DocumentsCompleteAt  *time.Time
	MissingDocumentsNote string
	WaitingForDocuments  bool
	MissingDocuments     []string
	Overdue              bool
}

// docTicketOf reads the ticket of a successful step.
func docTicketOf(t *testing.T, o outcome) docTicket {
	t.Helper()
	if o.refused() != "" {
		t.Fatalf("step refused: %s %+v", o.refused(), o.userErrors)
	}
	var tv docTicket
	o.get(t, "ticket", &tv)
	return tv
}

// allowanceDocuments is the 低保 application's documents as the district
// sets them in the test.
var allowanceDocuments = []string{"户口簿", "身份证", "收入证明", "家庭财产申报表", "申请书"}

// TestTicketDocuments replays the 低保 application with 2 of its 5
// documents: the district edits the service's document list; an unknown
// document is refused; acceptance is refused without a 补正 note and
// accepted with one; the ticket waits for documents without a clock (never
// overdue, cannot be completed); supplying the rest starts the clock from
// completeness. On both databases.
func TestTicketDocuments(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client

	// The district edits the list through the service type's update path.
	var edited struct {
		UpdateServiceType struct {
			ServiceType struct{ RequiredDocuments []string }
			UserErrors  []userError
		}
	}
	w.a.token = w.tokens["admin"]
	w.a.query(`mutation($id: ID!, $docs: [String!]) { updateServiceType(input: {id: $id, set: {requiredDocuments: $docs}}) {
		serviceType { requiredDocuments } userErrors { field message code } } }`,
		map[string]any{"id": ent.EncodeGlobalID(w.allowance.ID), "docs": allowanceDocuments}, &edited)
	if got := edited.UpdateServiceType.ServiceType.RequiredDocuments; !slices.Equal(got, allowanceDocuments) {
		t.Fatalf("district's list = %v (%+v), want %v", got, edited.UpdateServiceType.UserErrors, allowanceDocuments)
	}

	submit := func(docs []string) outcome {
		return w.do(t, "agent", "submitTicket", map[string]any{
			"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID),
			"mode": "END_TO_END", "documentsReceived": docs,
		}, docFields)
	}
	expectRefused(t, "an unknown document at submission", submit([]string{"户口簿", "结婚证"}), "BAD_USER_INPUT", "input.documentsReceived")

	tk := docTicketOf(t, submit([]string{"户口簿", "身份证"}))
	if !tk.WaitingForDocuments || !slices.Equal(tk.MissingDocuments, []string{"收入证明", "家庭财产申报表", "申请书"}) || tk.DocumentsCompleteAt != nil {
		t.Fatalf("submitted with 2 of 5: %+v; want waiting for the other 3", tk)
	}

	// Acceptance with documents missing needs the 补正 note.
	expectRefused(t, "accepting with documents missing, no note", w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, docFields),
		"BAD_USER_INPUT", "input.missingDocumentsNote")
	expectRefused(t, "a blank note", w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "missingDocumentsNote": "  "}, docFields),
		"BAD_USER_INPUT", "input.missingDocumentsNote")
	const note = "已一次性告知补正：收入证明、家庭财产申报表、申请书，三日内交村便民服务室"
	tk = docTicketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID, "missingDocumentsNote": note}, docFields))
	if tk.Status != "ACCEPTED" || tk.AcceptedAt == nil || tk.DueAt != nil || !tk.WaitingForDocuments || tk.MissingDocumentsNote != note {
		t.Fatalf("accepted with the note: %+v; want ACCEPTED, waiting, no due time", tk)
	}

	// Not overdue while waiting, however long ago it was accepted.
	id := mustDecode(t, tk.ID)
	longAgo := time.Now().UTC().Add(-60 * 24 * time.Hour).Truncate(time.Second)
	c.Ticket.UpdateOneID(id).SetSubmittedAt(longAgo).SetAcceptedAt(longAgo).ExecX(ctx())
	listed := func(where string) []string {
		var out struct {
			Tickets struct{ Edges []struct{ Node docTicket } }
		}
		w.a.token = w.tokens["admin"]
		w.a.query(`{ tickets(where: `+where+`) { edges { node { id overdue waitingForDocuments } } } }`, nil, &out)
		var ids []string
		for _, e := range out.Tickets.Edges {
			ids = append(ids, e.Node.ID)
		}
		return ids
	}
	if got := listed(`{overdue: true}`); slices.Contains(got, tk.ID) {
		t.Fatalf("a ticket waiting for documents is listed overdue: %v", got)
	}
	if got := listed(`{waitingForDocuments: true}`); !slices.Equal(got, []string{tk.ID}) {
		t.Fatalf("waitingForDocuments: true lists %v, want [%s]", got, tk.ID)
	}
	// The export agrees: one row waiting, not overdue.
	if n, od := w.a.exportCount("tickets", `{"waitingForDocuments":true}`), w.a.exportOverdue(map[string]any{"waitingForDocuments": true}); n != 1 || !slices.Equal(od, []string{"否"}) {
		t.Fatalf("export of the waiting tickets: %d rows, 已超时 %v; want 1, [否]", n, od)
	}
	expectRefused(t, "completing while waiting for documents", w.do(t, "agent", "completeTicket", map[string]any{"id": tk.ID}, "ticket { id } ratingCode"),
		"BAD_USER_INPUT", "input.id")

	// Documents handed in later: an unknown one refused; part, then the rest.
	supply := func(docs ...string) outcome {
		return w.do(t, "agent", "supplyDocuments", map[string]any{"id": tk.ID, "documents": docs}, docFields)
	}
	expectRefused(t, "an unknown document supplied", supply("收入证明", "结婚证"), "BAD_USER_INPUT", "input.documents")
	expectRefused(t, "no documents supplied", supply(), "BAD_USER_INPUT", "")
	expectRefused(t, "supplied by the courtyard's publicist", w.do(t, "publicist", "supplyDocuments", map[string]any{"id": tk.ID, "documents": []string{"收入证明"}}, docFields),
		"FORBIDDEN", "input.id")
	tk = docTicketOf(t, supply("收入证明"))
	if !tk.WaitingForDocuments || tk.DueAt != nil || !slices.Equal(tk.MissingDocuments, []string{"家庭财产申报表", "申请书"}) {
		t.Fatalf("after 收入证明: %+v; want still waiting for 2", tk)
	}
	before := time.Now().UTC().Add(-time.Second)
	tk = docTicketOf(t, supply("申请书", "家庭财产申报表"))
	if tk.WaitingForDocuments || len(tk.MissingDocuments) != 0 || tk.DocumentsCompleteAt == nil || tk.DocumentsCompleteAt.Before(before) ||
		len(tk.DocumentsReceived) != 5 || tk.Overdue {
		t.Fatalf("after the rest: %+v; want complete now, not overdue", tk)
	}
	// The clock starts at completeness, not at the acceptance 60 days ago.
	if tk.DueAt == nil || !tk.DueAt.Equal(tk.DocumentsCompleteAt.AddDate(0, 0, 30)) {
		t.Fatalf("due %v, want 30 days after documents complete %v", tk.DueAt, tk.DocumentsCompleteAt)
	}
	if got := listed(`{waitingForDocuments: true}`); len(got) != 0 {
		t.Fatalf("waitingForDocuments: true lists %v after the rest was supplied", got)
	}
	expectRefused(t, "supplying to a complete ticket", supply("申请书"), "CONFLICT", "input.id")

	// Complete at submission: accepted without a note, due from acceptance.
	full := docTicketOf(t, submit(allowanceDocuments))
	if full.WaitingForDocuments || full.DocumentsCompleteAt == nil {
		t.Fatalf("submitted complete: %+v", full)
	}
	full = docTicketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": full.ID}, docFields))
	if full.DueAt == nil || !full.DueAt.Equal(full.AcceptedAt.AddDate(0, 0, 30)) || full.MissingDocumentsNote != "" {
		t.Fatalf("accepted complete: %+v; want due 30 days after acceptance", full)
	}
	if !strings.Contains(strings.Join(full.DocumentsReceived, ","), "申请书") {
		t.Fatalf("documents %v", full.DocumentsReceived)
	}
}
