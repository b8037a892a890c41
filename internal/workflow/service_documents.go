package workflow

import (
	"context"
	"slices"
	"strings"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/viewer"
)

// Documents of a proxy-service ticket (办理要件). Each service type lists
// the documents an application needs (ServiceType.required_documents, data
// the district edits). A submission records the documents received, each
// one of that list; a ticket may be accepted with documents missing only
// with a 补正 note saying what the applicant was asked for; supplyDocuments
// records documents handed in later. The time limit runs from completeness:
// the ticket's due time is the limit counted from the later of acceptance
// and documents complete, and stays null (no clock, never overdue) while
// documents are awaited — the one due time every figure, filter and export
// reads (Overdue, OnTime, metrics.TicketOverdue, TICKETS_ON_TIME).

// MissingDocuments is the required documents not among received, in the
// order of required.
func MissingDocuments(required, received []string) []string {
	out := []string{}
	for _, d := range required {
		if !slices.Contains(received, d) {
			out = append(out, d)
		}
	}
	return out
}

// checkDocuments refuses documents that are not among the service's
// required documents (reported on field).
func checkDocuments(svc *gen.ServiceType, field string, docs []string) error {
	for _, d := range docs {
		if !slices.Contains(svc.RequiredDocuments, d) {
			return Refuse(ErrInvalid, field, "%q is not a document of %s; its documents are %v", d, svc.Name, svc.RequiredDocuments)
		}
	}
	return nil
}

// withDocuments is received with docs added, each once, in the order given.
func withDocuments(received, docs []string) []string {
	out := slices.Clone(received)
	if out == nil {
		out = []string{}
	}
	for _, d := range docs {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// ClockStart is when the time limit of a ticket whose documents are
// complete starts running: the later of its acceptance and its documents
// complete; nil before acceptance. A nil documentsComplete counts as
// complete at acceptance (tickets accepted before documents were tracked).
func ClockStart(accepted, documentsComplete *time.Time) *time.Time {
	if accepted == nil {
		return nil
	}
	if documentsComplete != nil && documentsComplete.After(*accepted) {
		return documentsComplete
	}
	return accepted
}

// WaitingForDocuments tells whether ticket t is open and awaiting documents:
// its documents are not recorded complete and its clock has not started (a
// ticket accepted before documents were tracked has a due time, so it is not
// waiting). WaitingForDocumentsIs says the same in SQL.
func WaitingForDocuments(t *gen.Ticket) bool {
	return slices.Contains(openStatuses, t.Status) && t.DocumentsCompleteAt == nil && t.DueAt == nil
}

// WaitingForDocumentsIs filters tickets by WaitingForDocuments, in SQL.
func WaitingForDocumentsIs(waiting bool) predicate.Ticket {
	p := ticket.And(ticket.StatusIn(openStatuses...), ticket.DocumentsCompleteAtIsNil(), ticket.DueAtIsNil())
	if waiting {
		return p
	}
	return ticket.Not(p)
}

// TicketMissingDocuments is the documents ticket t still awaits: its
// service's required documents not received, while it is waiting for
// documents; none otherwise.
func TicketMissingDocuments(ctx context.Context, c *gen.Client, t *gen.Ticket) ([]string, error) {
	if !WaitingForDocuments(t) {
		return []string{}, nil
	}
	svc, err := c.ServiceType.Get(viewer.SystemContext(ctx), t.ServiceTypeID)
	if err != nil {
		return nil, err
	}
	return MissingDocuments(svc.RequiredDocuments, t.DocumentsReceived), nil
}

// submittedDocuments checks the documents of a submission against the
// service's list and says when they were complete: now, or nil if some are
// missing.
func submittedDocuments(svc *gen.ServiceType, docs []string, now time.Time) ([]string, *time.Time, error) {
	if err := checkDocuments(svc, "documentsReceived", docs); err != nil {
		return nil, nil, err
	}
	docs = withDocuments(nil, docs)
	if len(MissingDocuments(svc.RequiredDocuments, docs)) > 0 {
		return docs, nil, nil
	}
	return docs, &now, nil
}

// acceptDocuments is acceptance's part about documents, for ticket t of
// service svc accepted at now: with documents missing it needs the 补正
// note (ErrRule without one), stores it and leaves the clock unstarted;
// otherwise it records the documents complete (if not yet) and fixes the due
// time from the later of acceptance and completeness.
func acceptDocuments(t *gen.Ticket, svc *gen.ServiceType, now time.Time, note *string) (func(*gen.TicketUpdateOne), error) {
	missing := MissingDocuments(svc.RequiredDocuments, t.DocumentsReceived)
	text := strings.TrimSpace(orEmpty(note))
	if len(missing) > 0 {
		if text == "" {
			return nil, Refuse(ErrRule, "missingDocumentsNote", "documents %v are missing: accept only with a 补正 note saying what the applicant is asked to supply", missing)
		}
		return func(u *gen.TicketUpdateOne) { u.SetMissingDocumentsNote(text) }, nil
	}
	complete := now
	if t.DocumentsCompleteAt != nil {
		complete = *t.DocumentsCompleteAt
	}
	return func(u *gen.TicketUpdateOne) {
		u.SetDocumentsCompleteAt(complete).SetDueAt(DueAt(*ClockStart(&now, &complete), svc.TimeLimitDays))
		if text != "" {
			u.SetMissingDocumentsNote(text)
		}
	}, nil
}

// documentsReady refuses to complete a ticket still waiting for documents:
// the service starts only when they are complete.
func documentsReady(ctx context.Context, c *gen.Client, t *gen.Ticket) error {
	missing, err := TicketMissingDocuments(ctx, c, t)
	if err != nil || !WaitingForDocuments(t) {
		return err
	}
	return Refuse(ErrRule, "id", "the ticket still waits for documents %v: record them with supplyDocuments first", missing)
}

// SupplyDocumentsInput is supplyDocuments (补交材料): documents of an open
// ticket handed in after submission. When they complete the service's list
// the documents are complete now and, if the ticket is accepted, its time
// limit starts: due the limit after now.
type SupplyDocumentsInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// Documents are the documents handed in, each one of the service's.
	Documents []string `json:"documents"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the documents.
func (in SupplyDocumentsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SupplyDocumentsInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return nil, err
	}
	if _, err := handles(ctx, c, t, "supply documents to"); err != nil {
		return nil, err
	}
	if !WaitingForDocuments(t) {
		if !slices.Contains(openStatuses, t.Status) {
			return nil, Refuse(ErrState, "id", "a %s ticket takes no more documents", t.Status)
		}
		return nil, Refuse(ErrState, "id", "the ticket's documents are already complete")
	}
	if len(in.Documents) == 0 {
		return nil, Refuse(ErrInvalid, "documents", "name the documents handed in")
	}
	svc, err := c.ServiceType.Get(viewer.SystemContext(ctx), t.ServiceTypeID)
	if err != nil {
		return nil, err
	}
	if err := checkDocuments(svc, "documents", in.Documents); err != nil {
		return nil, err
	}
	docs := withDocuments(t.DocumentsReceived, in.Documents)
	now := Now(ctx)
	return moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetDocumentsReceived(docs)
		if len(MissingDocuments(svc.RequiredDocuments, docs)) > 0 {
			return
		}
		u.SetDocumentsCompleteAt(now)
		if start := ClockStart(t.AcceptedAt, &now); start != nil {
			u.SetDueAt(DueAt(*start, svc.TimeLimitDays))
		}
	})
}
