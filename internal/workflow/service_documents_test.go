package workflow_test

import (
	"slices"
	"testing"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/workflow"
)

// TestTicketClock: the documents still missing keep the list's order; the
// clock starts at the later of acceptance and documents complete (at
// acceptance when completeness was not recorded); a ticket waits for
// documents only while open without a clock.
func TestTicketClock(t *testing.T) {
	list := []string{"户口簿", "身份证", "收入证明", "家庭财产申报表", "申请书"}
	if got := workflow.MissingDocuments(list, []string{"申请书", "户口簿"}); !slices.Equal(got, []string{"身份证", "收入证明", "家庭财产申报表"}) {
		t.Errorf("missing %v", got)
	}
	if got := workflow.MissingDocuments(list, list); got == nil || len(got) != 0 {
		t.Errorf("missing of a complete set: %#v, want empty", got)
	}
	accepted := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	later, earlier := accepted.Add(72*time.Hour), accepted.Add(-time.Hour)
	for _, tc := range []struct {
		accepted, complete, want *time.Time
	}{
		{nil, &earlier, nil},
		{&accepted, nil, &accepted},
		{&accepted, &earlier, &accepted},
		{&accepted, &later, &later},
	} {
		got := workflow.ClockStart(tc.accepted, tc.complete)
		if (got == nil) != (tc.want == nil) || got != nil && !got.Equal(*tc.want) {
			t.Errorf("ClockStart(%v, %v) = %v, want %v", tc.accepted, tc.complete, got, tc.want)
		}
	}
	due := workflow.DueAt(accepted, 30)
	for _, tc := range []struct {
		t    gen.Ticket
		want bool
	}{
		{gen.Ticket{Status: ticket.StatusSUBMITTED}, true},
		{gen.Ticket{Status: ticket.StatusSUBMITTED, DocumentsCompleteAt: &earlier}, false},
		{gen.Ticket{Status: ticket.StatusACCEPTED, AcceptedAt: &accepted}, true},
		{gen.Ticket{Status: ticket.StatusACCEPTED, AcceptedAt: &accepted, DueAt: &due}, false}, // accepted before documents were tracked
		{gen.Ticket{Status: ticket.StatusREJECTED, CompletedAt: &later}, false},
	} {
		if got := workflow.WaitingForDocuments(&tc.t); got != tc.want {
			t.Errorf("WaitingForDocuments(%s, complete %v, due %v) = %v", tc.t.Status, tc.t.DocumentsCompleteAt, tc.t.DueAt, got)
		}
	}
}
