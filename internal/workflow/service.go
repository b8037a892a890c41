package workflow

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"entgo.io/ent"
	entsql "entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// ticketTransitions is the ticket's state machine: the statuses each status
// may move to. A submitted ticket is accepted (or rejected, or withdrawn by
// the applicant); an accepted one is worked on (IN_PROGRESS, repeatedly, as
// it is handed from office to office) and completed or rejected, or
// withdrawn. COMPLETED, REJECTED and WITHDRAWN are final.
var ticketTransitions = map[ticket.Status][]ticket.Status{
	ticket.StatusSUBMITTED:   {ticket.StatusACCEPTED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN},
	ticket.StatusACCEPTED:    {ticket.StatusIN_PROGRESS, ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN},
	ticket.StatusIN_PROGRESS: {ticket.StatusIN_PROGRESS, ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN},
}

// TicketTransitions is the ent hook enforcing the ticket's state machine on
// every write, whoever makes it: a new ticket starts SUBMITTED, and an update
// may change the status only along ticketTransitions. Bulk status updates
// are left to the system (seeding, the CLI).
var TicketTransitions = hook.On(func(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		v, set := m.Field("status")
		if !set || rule.System(ctx) {
			return next.Mutate(ctx, m)
		}
		to := ticket.Status(fmt.Sprint(v))
		switch {
		case m.Op().Is(ent.OpCreate):
			if to != ticket.StatusSUBMITTED {
				return nil, Refuse(ErrState, "status", "a new ticket is SUBMITTED, not %s", to)
			}
		case m.Op().Is(ent.OpUpdateOne):
			old, err := m.OldField(ctx, "status")
			if err != nil {
				return nil, err
			}
			from := ticket.Status(fmt.Sprint(old))
			if !slices.Contains(ticketTransitions[from], to) {
				return nil, Refuse(ErrState, "status", "a %s ticket cannot become %s", from, to)
			}
		default:
			return nil, Refuse(ErrState, "status", "ticket statuses change one ticket at a time")
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

// Proxy-service tickets (代办服务入院坝). A resident applies (submitTicket,
// recorded by an officer or cadre for them); the courtyard's active agent —
// or the village — accepts, which fixes the due time (acceptance plus the
// service's time limit); the agent records progress (notes, which office it
// was handed to) and completes or rejects it; the applicant's side may
// withdraw it while it is open. Completing issues a rating code for the
// applicant (ratingcode.go).

// SubmitTicketInput is submitTicket: a resident's application, recorded by
// an officer or cadre for them.
type SubmitTicketInput struct {
	// ApplicantID is the resident applying; the ticket belongs to their courtyard.
	ApplicantID int `json:"applicantId"`
	// ServiceTypeID is the service applied for.
	ServiceTypeID int `json:"serviceTypeId"`
	// Mode is how the service is handled; the service must allow it.
	Mode ticket.Mode `json:"mode"`
	// DocumentsReceived lists the documents the officer received, each one
	// of the service's required documents (service_documents.go).
	DocumentsReceived []string `json:"documentsReceived,omitempty"`
	// Note is an optional remark.
	Note *string `json:"note,omitempty"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the application, SUBMITTED.
func (in SubmitTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SubmitTicketInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	app, err := c.Resident.Query().Where(resident.ID(in.ApplicantID)).WithHousehold().Only(ctx)
	if err != nil {
		return nil, err
	}
	svc, err := c.ServiceType.Get(ctx, in.ServiceTypeID)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(svc.Modes, string(in.Mode)) {
		return nil, Refuse(ErrInvalid, "mode", "%s is not handled %s; it allows %v", svc.Name, in.Mode, svc.Modes)
	}
	at, err := occurredIn(ctx, c, app.Edges.Household.TownID, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	docs, complete, err := submittedDocuments(svc, in.DocumentsReceived, at)
	if err != nil {
		return nil, err
	}
	return c.Ticket.Create().SetApplicantID(app.ID).SetCourtyardID(app.Edges.Household.CourtyardID).
		SetServiceTypeID(svc.ID).SetMode(in.Mode).SetDocumentsReceived(docs).SetNillableDocumentsCompleteAt(complete).
		SetNote(orEmpty(in.Note)).SetSubmittedAt(at).Save(ctx)
}

// orEmpty is *p, or the zero value for nil (an optional input left out).
func orEmpty[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// activeAssignment returns the assignment of role in courtyard active at t
// (nil if none).
func activeAssignment(ctx context.Context, c *gen.Client, courtyardID int, role roleassignment.Role, t time.Time) (*gen.RoleAssignment, error) {
	a, err := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(courtyardID), roleassignment.RoleEQ(role),
		roleassignment.StartedAtLTE(t), roleassignment.Or(roleassignment.EndedAtIsNil(), roleassignment.EndedAtGT(t))).
		Order(gen.Desc(roleassignment.FieldStartedAt)).First(viewer.SystemContext(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// actsForVillage tells whether the viewer acts for the village or above.
func actsForVillage(v *viewer.Viewer) bool {
	return v != nil && (v.System || slices.Contains(villageUp, v.Role))
}

// handles checks that the viewer may handle ticket t: the village (cadre or
// above) or the courtyard's active agent.
func handles(ctx context.Context, c *gen.Client, t *gen.Ticket, step string) (*gen.RoleAssignment, error) {
	agent, err := activeAssignment(ctx, c, t.CourtyardID, roleassignment.RoleAGENT, Now(ctx))
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	if actsForVillage(v) || (v != nil && v.ResidentID != 0 && agent != nil && agent.ResidentID == v.ResidentID) {
		return agent, nil
	}
	return nil, Refuse(ErrActor, "id", "only the courtyard's active agent (代办员) or the village may %s this ticket", step)
}

// loadTicket reads the ticket a step acts on (within the viewer's area).
func loadTicket(ctx context.Context, c *gen.Client, id int) (*gen.Ticket, error) {
	return c.Ticket.Get(ctx, id)
}

// moveTicket applies a step's update to t, conditional on the version read:
// if another step changed the ticket meanwhile, the update matches no row
// and the step is refused with ErrConcurrent.
func moveTicket(ctx context.Context, c *gen.Client, t *gen.Ticket, set func(*gen.TicketUpdateOne)) (*gen.Ticket, error) {
	u := c.Ticket.UpdateOneID(t.ID).Where(ticket.Version(t.Version)).AddVersion(1)
	set(u)
	out, err := u.Save(ctx)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrConcurrent, "id", "the ticket was changed by someone else first; reload it and try again")
	}
	return out, err
}

// AcceptTicketInput is acceptTicket: a submitted ticket accepted by the
// courtyard's active agent or the village. The agent becomes the courtyard's
// active agent, and the due time is fixed: acceptance plus the service's
// time limit in days. Of two accepting at once, one wins; the other is
// refused with ErrConcurrent.
type AcceptTicketInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// MissingDocumentsNote is the 补正 note, required when documents are
	// missing (service_documents.go).
	MissingDocumentsNote *string `json:"missingDocumentsNote,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run accepts the ticket.
func (in AcceptTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in AcceptTicketInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return nil, err
	}
	agent, err := handles(ctx, c, t, "accept")
	if err != nil {
		return nil, err
	}
	switch t.Status {
	case ticket.StatusSUBMITTED:
	case ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS:
		return nil, Refuse(ErrConcurrent, "id", "the ticket was already accepted")
	default:
		return nil, Refuse(ErrState, "id", "a %s ticket cannot be accepted", t.Status)
	}
	svc, err := c.ServiceType.Get(viewer.SystemContext(ctx), t.ServiceTypeID)
	if err != nil {
		return nil, err
	}
	now, err := ticketOccurred(ctx, c, t, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	docs, err := acceptDocuments(t, svc, now, in.MissingDocumentsNote)
	if err != nil {
		return nil, err
	}
	return moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetStatus(ticket.StatusACCEPTED).SetAcceptedAt(now)
		docs(u)
		if agent != nil {
			u.SetAgentID(agent.ResidentID)
		}
	})
}

// DueAt is when a ticket whose clock started at start (ClockStart: the later
// of acceptance and documents complete) is due: the service's time limit in
// days later.
func DueAt(start time.Time, limitDays int) time.Time { return start.AddDate(0, 0, limitDays) }

// ProgressTicketInput is progressTicket, which records work on an accepted
// ticket: notes and the office it was handed to; the ticket is IN_PROGRESS.
type ProgressTicketInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// Note says what was done.
	Note *string `json:"note,omitempty"`
	// HandedTo names the office the application went to.
	HandedTo *string `json:"handedTo,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the work.
func (in ProgressTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ProgressTicketInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return nil, err
	}
	if _, err := handles(ctx, c, t, "work on"); err != nil {
		return nil, err
	}
	note, handedTo := orEmpty(in.Note), orEmpty(in.HandedTo)
	if note == "" && handedTo == "" {
		return nil, Refuse(ErrInvalid, "note", "say what was done or which office the application went to")
	}
	return moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetStatus(ticket.StatusIN_PROGRESS)
		if note != "" {
			u.SetNote(note)
		}
		if handedTo != "" {
			u.SetHandedTo(handedTo)
		}
	})
}

// CompleteTicketInput is completeTicket, which completes an accepted ticket
// and issues the applicant's rating code, the result's one code (shown once,
// to print or send).
type CompleteTicketInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// Note is the closing note.
	Note *string `json:"note,omitempty"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run completes the ticket and issues the code.
func (in CompleteTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return Result[*gen.Ticket]{}, err
	}
	if _, err := handles(ctx, c, t, "complete"); err != nil {
		return Result[*gen.Ticket]{}, err
	}
	if err := documentsReady(ctx, c, t); err != nil {
		return Result[*gen.Ticket]{}, err
	}
	at, err := ticketOccurred(ctx, c, t, in.OccurredAt)
	if err != nil {
		return Result[*gen.Ticket]{}, err
	}
	t, err = moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetStatus(ticket.StatusCOMPLETED).SetCompletedAt(at)
		if note := orEmpty(in.Note); note != "" {
			u.SetNote(note)
		}
	})
	if err != nil {
		return Result[*gen.Ticket]{}, err
	}
	code, err := issueTicketCode(ctx, c, t)
	return Result[*gen.Ticket]{Record: t, Codes: []string{code}}, err
}

// RejectTicketInput is rejectTicket, which closes an open ticket as REJECTED,
// with the reason.
type RejectTicketInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// Reason says why it is rejected.
	Reason string `json:"reason"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run rejects the ticket.
func (in RejectTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RejectTicketInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return nil, err
	}
	if _, err := handles(ctx, c, t, "reject"); err != nil {
		return nil, err
	}
	if in.Reason == "" {
		return nil, Refuse(ErrInvalid, "reason", "say why the ticket is rejected")
	}
	at, err := ticketOccurred(ctx, c, t, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	return moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetStatus(ticket.StatusREJECTED).SetCompletedAt(at).SetReason(in.Reason)
	})
}

// WithdrawTicketInput is withdrawTicket, which closes an open ticket as
// WITHDRAWN at the applicant's request: recorded by an account of the
// applicant's household, the courtyard's active agent, or the village.
type WithdrawTicketInput struct {
	// ID is the ticket.
	ID int `json:"id"`
	// Reason says why, if given.
	Reason *string `json:"reason,omitempty"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run withdraws the ticket.
func (in WithdrawTicketInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Ticket], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in WithdrawTicketInput) take(ctx context.Context, c *gen.Client) (*gen.Ticket, error) {
	t, err := loadTicket(ctx, c, in.ID)
	if err != nil {
		return nil, err
	}
	if _, err := handles(ctx, c, t, "withdraw"); err != nil {
		if !errors.Is(err, ErrActor) {
			return nil, err
		}
		if ok, herr := sameHousehold(ctx, c, t.ApplicantID); herr != nil || !ok {
			return nil, errors.Join(herr, Refuse(ErrActor, "id", "only the applicant's side (their household, the courtyard's agent or the village) may withdraw this ticket"))
		}
	}
	at, err := ticketOccurred(ctx, c, t, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	return moveTicket(ctx, c, t, func(u *gen.TicketUpdateOne) {
		u.SetStatus(ticket.StatusWITHDRAWN).SetCompletedAt(at).SetReason(orEmpty(in.Reason))
	})
}

// sameHousehold tells whether the viewer's resident lives in the household
// of resident id.
func sameHousehold(ctx context.Context, c *gen.Client, id int) (bool, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.ResidentID == 0 {
		return false, nil
	}
	sys := viewer.SystemContext(ctx)
	rs, err := c.Resident.Query().Where(resident.IDIn(id, v.ResidentID)).Select(resident.FieldHouseholdID).All(sys)
	if err != nil {
		return false, err
	}
	if id == v.ResidentID {
		return len(rs) == 1, nil
	}
	return len(rs) == 2 && rs[0].HouseholdID == rs[1].HouseholdID, nil
}

// openStatuses are the statuses of a ticket still being handled.
var openStatuses = []ticket.Status{ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS}

// Overdue tells whether ticket t is overdue at now, as metrics.TicketOverdue
// says in SQL: accepted by then, due before it, and not completed, rejected
// or withdrawn by then (a submitted ticket, or one waiting for documents, has
// no due time yet, so it is not overdue).
func Overdue(t *gen.Ticket, now time.Time) bool {
	return t.AcceptedAt != nil && !t.AcceptedAt.After(now) && t.DueAt != nil && t.DueAt.Before(now) &&
		(t.CompletedAt == nil || t.CompletedAt.After(now))
}

// OnTime tells, for a completed ticket, whether it was completed at or
// before its due time; nil for tickets not completed.
func OnTime(t *gen.Ticket) *bool {
	if t.Status != ticket.StatusCOMPLETED || t.CompletedAt == nil || t.DueAt == nil {
		return nil
	}
	ok := !t.CompletedAt.After(*t.DueAt)
	return &ok
}

// DaysToComplete is, for a completed ticket, the days from submission to
// completion, to one decimal; nil for tickets not completed.
func DaysToComplete(t *gen.Ticket) *float64 {
	if t.Status != ticket.StatusCOMPLETED || t.CompletedAt == nil {
		return nil
	}
	d := math.Round(t.CompletedAt.Sub(t.SubmittedAt).Hours()/24*10) / 10
	return &d
}

// OverdueIs filters tickets by whether they were overdue at the instant at,
// in SQL (the same on SQLite and PostgreSQL), by the catalogue's definition
// (metrics.TicketOverdue, the one TICKETS_OVERDUE counts): so a list of the
// tickets overdue at an instant has as many rows as the figure at it. At now
// it agrees with Overdue.
func OverdueIs(at time.Time, overdue bool) predicate.Ticket {
	return func(s *entsql.Selector) {
		cond := metrics.TicketOverdue(s.C, func() string { return "?" })
		if !overdue {
			// Tickets never accepted or without a due time make the
			// condition NULL: they are among the not overdue.
			cond = "CASE WHEN " + cond + " THEN 1 ELSE 0 END = 0"
		}
		parts := strings.Split(cond, "?")
		s.Where(entsql.P(func(b *entsql.Builder) {
			for i, part := range parts {
				if i > 0 {
					b.Arg(at.UTC())
				}
				b.WriteString(part)
			}
		}))
	}
}
