package workflow

import (
	"context"
	"fmt"
	"slices"

	gen "yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/ticket"
)

// The proxy-service rules every stored ticket and ticket rating obeys
// (Check runs them over the seeded district).
func init() {
	register("ticket due = accepted + time limit", checkTicketDue)
	register("ticket documents complete while open", checkTicketDocuments)
	register("ticket status consistent", checkTicketStatus)
	register("ticket mode allowed by its service", checkTicketMode)
	register("ticket ratings from the applicant, for the agent", checkTicketRatings)
}

// ticketRecord names a ticket in a violation.
func ticketRecord(id int) string { return fmt.Sprintf("Ticket %d", id) }

// servicesByID reads the service catalogue.
func servicesByID(ctx context.Context, c *gen.Client) (map[int]*gen.ServiceType, error) {
	sts, err := c.ServiceType.Query().All(ctx)
	out := map[int]*gen.ServiceType{}
	for _, st := range sts {
		out[st.ID] = st
	}
	return out, err
}

// eachTicket runs f over every ticket with the service catalogue.
func eachTicket(ctx context.Context, c *gen.Client, f func(t *gen.Ticket, svc *gen.ServiceType) *Violation) ([]Violation, error) {
	svcs, err := servicesByID(ctx, c)
	if err != nil {
		return nil, err
	}
	ts, err := c.Ticket.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, t := range ts {
		if v := f(t, svcs[t.ServiceTypeID]); v != nil {
			out = append(out, *v)
		}
	}
	return out, nil
}

func checkTicketDue(ctx context.Context, c *gen.Client) ([]Violation, error) {
	return eachTicket(ctx, c, func(t *gen.Ticket, svc *gen.ServiceType) *Violation {
		switch {
		case t.AcceptedAt == nil && t.DueAt != nil:
			return &Violation{"ticket due = accepted + time limit", ticketRecord(t.ID), "due without being accepted"}
		case t.AcceptedAt != nil && t.DueAt == nil && WaitingForDocuments(t) && t.MissingDocumentsNote != "":
			// Accepted with a 补正 note: the clock waits for the documents.
		case t.AcceptedAt != nil && (t.DueAt == nil || !t.DueAt.Equal(DueAt(*ClockStart(t.AcceptedAt, t.DocumentsCompleteAt), svc.TimeLimitDays))):
			return &Violation{"ticket due = accepted + time limit", ticketRecord(t.ID),
				fmt.Sprintf("accepted %v, due %v, limit %d days", t.AcceptedAt, t.DueAt, svc.TimeLimitDays)}
		}
		return nil
	})
}

func checkTicketStatus(ctx context.Context, c *gen.Client) ([]Violation, error) {
	return eachTicket(ctx, c, func(t *gen.Ticket, _ *gen.ServiceType) *Violation {
		open := slices.Contains(openStatuses, t.Status)
		accepted := t.Status == ticket.StatusACCEPTED || t.Status == ticket.StatusIN_PROGRESS || t.Status == ticket.StatusCOMPLETED
		var bad string
		switch {
		case t.Status == ticket.StatusSUBMITTED && t.AcceptedAt != nil:
			bad = "accepted, yet still SUBMITTED"
		case accepted && t.AcceptedAt == nil:
			bad = "never accepted"
		case open == (t.CompletedAt != nil):
			bad = "closed exactly when COMPLETED, REJECTED or WITHDRAWN"
		case t.AcceptedAt != nil && t.AcceptedAt.Before(t.SubmittedAt):
			bad = "accepted before submitted"
		case t.CompletedAt != nil && t.CompletedAt.Before(t.SubmittedAt):
			bad = "closed before submitted"
		case t.CompletedAt != nil && t.AcceptedAt != nil && t.CompletedAt.Before(*t.AcceptedAt):
			bad = "closed before accepted"
		case t.AcceptedAt == nil && t.AgentID != nil:
			bad = "an agent without acceptance"
		default:
			return nil
		}
		return &Violation{"ticket status consistent", ticketRecord(t.ID), fmt.Sprintf("%s: %s", t.Status, bad)}
	})
}

func checkTicketMode(ctx context.Context, c *gen.Client) ([]Violation, error) {
	return eachTicket(ctx, c, func(t *gen.Ticket, svc *gen.ServiceType) *Violation {
		if slices.Contains(svc.Modes, string(t.Mode)) {
			return nil
		}
		return &Violation{"ticket mode allowed by its service", ticketRecord(t.ID), fmt.Sprintf("%s handled %s; allowed %v", svc.Code, t.Mode, svc.Modes)}
	})
}

// checkTicketRatings: a rating following a ticket is a PROXY_SERVICE rating
// of a completed ticket, by its applicant, of the agent who handled it.
func checkTicketRatings(ctx context.Context, c *gen.Client) ([]Violation, error) {
	rs, err := c.Rating.Query().Where(rating.TicketIDNotNil()).WithTicket().
		WithRoleAssignment().All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, r := range rs {
		t, a := r.Edges.Ticket, r.Edges.RoleAssignment
		var bad string
		switch {
		case r.Dimension != rating.DimensionPROXY_SERVICE || r.Target != rating.TargetOFFICER:
			bad = fmt.Sprintf("a %s rating of %s", r.Dimension, r.Target)
		case t.Status != ticket.StatusCOMPLETED || r.RatedAt.Before(*t.CompletedAt):
			bad = "rates a ticket not completed"
		case r.RaterID == nil || *r.RaterID != t.ApplicantID:
			bad = "not rated by the applicant"
		case a != nil && (t.AgentID == nil || a.ResidentID != *t.AgentID):
			bad = "rates someone other than the ticket's agent"
		default:
			continue
		}
		out = append(out, Violation{"ticket ratings from the applicant, for the agent", fmt.Sprintf("Rating %d", r.ID), bad})
	}
	return out, nil
}

// checkTicketDocuments: a ticket's documents are complete, if at all, between
// its submission and its closing. (Which documents it holds is checked
// against the service's list when recorded; the district may edit the list
// later, so a stored ticket is not checked against today's list.)
func checkTicketDocuments(ctx context.Context, c *gen.Client) ([]Violation, error) {
	return eachTicket(ctx, c, func(t *gen.Ticket, _ *gen.ServiceType) *Violation {
		d := t.DocumentsCompleteAt
		if d == nil || (!d.Before(t.SubmittedAt) && (t.CompletedAt == nil || !d.After(*t.CompletedAt))) {
			return nil
		}
		return &Violation{"ticket documents complete while open", ticketRecord(t.ID), fmt.Sprintf("documents complete %v, submitted %v, closed %v", d, t.SubmittedAt, t.CompletedAt)}
	})
}
