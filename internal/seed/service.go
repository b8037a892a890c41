package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/workflow"
)

// --- proxy-service tickets ---

type ticketPlan struct {
	courtyard int
	service   int
	applicant int
	agent     int // resident index
	mode      ticket.Mode
	status    ticket.Status
	submitted time.Time
	accepted  time.Time // zero while SUBMITTED, or withdrawn before acceptance
	due       time.Time // accepted + the service's time limit; zero when not accepted
	completed time.Time // zero while open
	// received are the documents handed in (all of the service's list but
	// for the tickets planWaitingDocuments holds up); complete is when they
	// were complete (zero while awaited); missingNote is the 补正 note
	// given at acceptance when some were missing.
	received    []string
	complete    time.Time
	missingNote string
}

// ticketNotes are the agent's notes by status.
var ticketNotes = map[ticket.Status][]string{
	ticket.StatusSUBMITTED:   {""},
	ticket.StatusACCEPTED:    {"已受理，待补充材料", "已受理，材料齐全"},
	ticket.StatusIN_PROGRESS: {"材料已报送镇便民服务中心，等待审批", "已提交区级部门审核"},
	ticket.StatusCOMPLETED:   {"已办结，结果已送达群众手中", "代办员全程跑办，已办结", "现场办结"},
	ticket.StatusREJECTED:    {"不符合申请条件，已向群众解释政策"},
	ticket.StatusWITHDRAWN:   {"群众自行办理，撤回申请"},
}

// planTickets plans the tickets of every courtyard: submitted through the
// history (with the ticket season; medical insurance peaks in autumn), due
// after the service's time limit, and settled according to how long they have
// been open by AsOf.
func (s *seeder) planTickets() {
	r, acc := s.rng("tickets"), s.rng("ticket acceptance")
	for ci, c := range s.courtyards {
		for range poisson(r, s.sc.Tickets*c.activity) {
			sub := seasonal(r, &ticketSeason, s.from, s.asOf)
			w := make([]int, len(serviceTypes))
			for i, d := range serviceTypes {
				w[i] = d.Weight
				if slices.Contains(d.Peak, int(sub.Month())) {
					w[i] *= 3
				}
			}
			svc := weighted(r, w)
			d := serviceTypes[svc]
			t := &ticketPlan{
				courtyard: ci, service: svc, submitted: sub,
				applicant: s.pickApplicant(r, c, d.MinAge),
				mode:      ticketModes[weighted(r, d.Modes[:])],
			}
			s.settleTicket(r, t)
			s.acceptTicket(acc, t)
			s.tickets = append(s.tickets, t)
		}
	}
	// Make sure the sample shows every status, and overdue tickets.
	for _, st := range []ticket.Status{ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS,
		ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN} {
		if !slices.ContainsFunc(s.tickets, func(t *ticketPlan) bool { return t.status == st }) {
			t := pick(r, s.tickets)
			s.forceTicket(r, t, st, false)
			s.acceptTicket(acc, t)
		}
	}
	if !slices.ContainsFunc(s.tickets, s.overdue) {
		t := pick(r, s.tickets)
		s.forceTicket(r, t, ticket.StatusIN_PROGRESS, true)
		s.acceptTicket(acc, t)
	}
	sortStable(s.tickets, func(t *ticketPlan) int64 { return t.submitted.Unix() })
	s.planWaitingDocuments()
}

// acceptTicket times the acceptance of a settled ticket, as acceptTicket
// does: within half a day of submission (none for a ticket still SUBMITTED,
// or withdrawn before it), by the courtyard's agent then, due the service's
// time limit later (workflow.DueAt).
func (s *seeder) acceptTicket(r *rand.Rand, t *ticketPlan) {
	at := later(r, t.submitted, 20*time.Minute, 12*time.Hour)
	t.accepted, t.due, t.agent = time.Time{}, time.Time{}, -1
	if t.status == ticket.StatusSUBMITTED || at.After(s.asOf) || (!t.completed.IsZero() && !at.Before(t.completed)) {
		if t.status == ticket.StatusACCEPTED || t.status == ticket.StatusIN_PROGRESS || t.status == ticket.StatusCOMPLETED {
			panic(fmt.Sprintf("seed: %s ticket submitted %v cannot be accepted at %v", t.status, t.submitted, at))
		}
		return
	}
	t.accepted = at
	t.due = workflow.DueAt(at, serviceTypes[t.service].LimitDays)
	t.agent = s.activeAt(t.courtyard, roleAgent, at).resident
}

// overdue reports whether a ticket is still open past its due time.
func (s *seeder) overdue(t *ticketPlan) bool {
	return t.completed.IsZero() && !t.due.IsZero() && t.due.Before(s.asOf)
}

// limit returns the time limit of a ticket's service.
func (t *ticketPlan) limit() time.Duration {
	return time.Duration(serviceTypes[t.service].LimitDays) * day
}

// settleTicket sets the due time, status and completion of a ticket.
func (s *seeder) settleTicket(r *rand.Rand, t *ticketPlan) {
	lim := t.limit()
	t.due = t.submitted.AddDate(0, 0, serviceTypes[t.service].LimitDays)
	closeAt := func(st ticket.Status, lo, hi time.Duration) {
		at := later(r, t.submitted, lo, hi)
		if at.After(s.asOf) {
			s.openTicket(t)
			return
		}
		t.status, t.completed = st, at
	}
	switch u := r.Float64(); {
	case u < 0.04:
		closeAt(ticket.StatusWITHDRAWN, time.Hour, lim/2)
	case u < 0.10:
		closeAt(ticket.StatusREJECTED, day, lim)
	case u < 0.13 && t.due.Before(s.asOf):
		// Stuck: waiting on another office past the time limit.
		t.status = pick(r, []ticket.Status{ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS, ticket.StatusIN_PROGRESS})
	case chance(r, 0.06):
		closeAt(ticket.StatusCOMPLETED, lim+lim/20, lim+lim/2) // completed late
	default:
		closeAt(ticket.StatusCOMPLETED, lim/5, lim-lim/20)
	}
}

// openTicket sets the status of a ticket still open at AsOf from its age.
func (s *seeder) openTicket(t *ticketPlan) {
	t.completed = time.Time{}
	switch age := s.asOf.Sub(t.submitted); {
	case age < 12*time.Hour:
		t.status = ticket.StatusSUBMITTED
	case age < t.limit()/4:
		t.status = ticket.StatusACCEPTED
	default:
		t.status = ticket.StatusIN_PROGRESS
	}
}

// forceTicket re-times ticket t so that it has status st at AsOf (overdue:
// still open past its due time).
func (s *seeder) forceTicket(r *rand.Rand, t *ticketPlan, st ticket.Status, overdue bool) {
	lim := t.limit()
	var sub time.Time
	switch {
	case overdue:
		sub = s.asOf.Add(-lim - time.Duration(2+r.IntN(14))*day)
	case st == ticket.StatusSUBMITTED:
		sub = s.asOf.Add(-time.Duration(1+r.IntN(10)) * time.Hour)
	case st == ticket.StatusACCEPTED:
		sub = s.asOf.Add(-12*time.Hour - time.Duration(r.Int64N(int64(lim/4-12*time.Hour)/int64(time.Second)))*time.Second)
	case st == ticket.StatusIN_PROGRESS:
		sub = s.asOf.Add(-lim / 2)
	default:
		sub = s.asOf.Add(-2 * lim)
	}
	t.submitted = sub
	t.due = sub.AddDate(0, 0, serviceTypes[t.service].LimitDays)
	t.status, t.completed = st, time.Time{}
	if st == ticket.StatusCOMPLETED || st == ticket.StatusREJECTED || st == ticket.StatusWITHDRAWN {
		t.completed = sub.Add(lim / 2)
	}
}

// pickApplicant picks an adult of courtyard c, at least minAge old when
// possible (the oldest adult otherwise).
func (s *seeder) pickApplicant(r *rand.Rand, c *courtyardPlan, minAge int) int {
	if minAge == 0 {
		return pick(r, c.adults)
	}
	year := s.asOf.Year()
	var cands []int
	oldest := c.adults[0]
	for _, ri := range c.adults {
		by := s.residents[ri].birthYear
		if year-by >= minAge {
			cands = append(cands, ri)
		}
		if by < s.residents[oldest].birthYear {
			oldest = ri
		}
	}
	if len(cands) == 0 {
		return oldest
	}
	return pick(r, cands)
}

// writeTickets plans and writes the tickets.
func (s *seeder) writeTickets(ctx context.Context) error {
	s.planTickets()
	r := s.rng("ticket notes")
	notes := make([]string, len(s.tickets))
	for i, t := range s.tickets {
		notes[i] = pick(r, ticketNotes[t.status])
	}
	return insert(ctx, s, kTicket, len(s.tickets),
		func(c *ent.Client, i int) *ent.TicketCreate {
			t := s.tickets[i]
			tid, vid := s.area(t.courtyard)
			b := c.Ticket.Create().SetMode(t.mode).SetStatus(t.status).SetSubmittedAt(t.submitted).
				SetCourtyardID(s.id(kCourtyard, t.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetApplicantID(s.id(kResident, t.applicant)).SetServiceTypeID(s.id(kServiceType, t.service)).
				SetCreatedAt(t.submitted).SetUpdatedAt(t.submitted)
			if !t.accepted.IsZero() {
				b.SetAcceptedAt(t.accepted).SetAgentID(s.id(kResident, t.agent)).SetUpdatedAt(t.accepted)
			}
			if !t.due.IsZero() {
				b.SetDueAt(t.due)
			}
			if !t.completed.IsZero() {
				b.SetCompletedAt(t.completed).SetUpdatedAt(t.completed)
			} else if !t.accepted.IsZero() && t.complete.After(t.accepted) {
				b.SetUpdatedAt(t.complete)
			}
			if notes[i] != "" {
				b.SetNote(notes[i])
			}
			b.SetDocumentsReceived(t.received)
			if !t.complete.IsZero() {
				b.SetDocumentsCompleteAt(t.complete)
			}
			if t.missingNote != "" {
				b.SetMissingDocumentsNote(t.missingNote)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.TicketCreate) error {
			return c.Ticket.CreateBulk(bs...).Exec(ctx)
		})
}
