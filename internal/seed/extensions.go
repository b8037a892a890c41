package seed

import (
	"math/rand/v2"
	"strings"
	"time"

	"yuanbahui/ent/issue"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/workflow"
)

// The sample's extension points: each is called where its feature's data
// belongs in the plan (after the records it refines are planned, before they
// are written), with its own random stream (s.rng(<name>)) so that adding it
// leaves every other stage's data as it was. Each plans nothing so far; the
// invariants each must keep are the rule checks of internal/workflow
// (workflow.Check reports 0 violations on every seed).

// planEmergencies is where emergencies (急事急办: a burst pipe, a landslide
// on the road, a fire) are planned once the issues are planned: urgent
// issues that skip ahead in the loop, or the emergency feature's own
// records, in the rainy months mostly (categoryWeights). Called from
// planIssues, after the failed meetings.
func (s *seeder) planEmergencies() {
	r := s.rng("emergencies")
	actions := map[issue.Category][]string{
		issue.CategoryPUBLIC_FACILITY: {
			"院坝长带领群众连夜抢修，临时恢复通行", "院坝长组织党员冒雨排险，设置警示标志",
			"院坝长联系水管员关闭阀门抢修，当日恢复供水", "院坝长带领群众清理塌方土石，半天打通道路",
		},
		issue.CategoryLIVING_ENVIRONMENT: {
			"院坝长组织群众连夜清运，消除污水外溢", "院坝长带领党员清理堵塞管沟，当晚恢复排水",
			"院坝长组织群众处理死畜并消毒，防止疫病",
		},
	}
	eligible := func(p *issuePlan) bool {
		c := issueItems[p.item].Category
		return workflow.DefaultExemptions.AllowsEmergency(c) && p.stage >= stageVisited && len(p.failed) == 0 &&
			!p.closed && !p.escalate && p.escalated.IsZero() && p.emergency.IsZero()
	}
	// 三星村's ditch blocked by a summer storm, cleared two hours after it.
	var ditch []*issuePlan
	for _, p := range s.issues {
		if m := p.times[stageCollected].Month(); eligible(p) && issueItems[p.item].Code == "IRRIGATION" &&
			s.villages[s.courtyards[p.courtyard].village].name == "三星村" && p.stage >= stageDecided && m >= time.June && m <= time.August {
			ditch = append(ditch, p)
		}
	}
	if len(ditch) > 0 {
		p := pick(r, ditch)
		p.title = "暴雨后沟渠淤塞清理"
		p.description = "夜里暴雨，院坝排水沟被冲下的泥石堵塞，雨水漫进农户院坝和房屋。"
		s.makeEmergency(p, p.times[stageCollected].Add(2*time.Hour), "院坝长带领11名群众冒雨清淤，约两小时疏通", true)
	}
	for _, p := range s.issues {
		if !eligible(p) || !chance(r, 0.05) {
			continue
		}
		acts := actions[issueItems[p.item].Category]
		s.makeEmergency(p, later(r, p.times[stageCollected], time.Hour, 6*time.Hour), pick(r, acts), chance(r, 0.9))
	}
}

// makeEmergency turns issue p into one handled at once at at (先处置后报备,
// workflow.RecordEmergencyInput): it skips confirmation and the visit, and
// the meeting that decides it next ratifies the action or not.
func (s *seeder) makeEmergency(p *issuePlan, at time.Time, action string, ratified bool) {
	p.emergency, p.emergencyAction, p.ratified = at, action, ratified
	p.times[stageConfirmed], p.times[stageVisited] = time.Time{}, time.Time{}
}

// planCustomsOutcomes is where the outcomes of customs cases (移风易俗: a
// banquet called off, a funeral kept simple, the money saved) are planned for
// the CUSTOMS issues executed or evaluated by AsOf (p.stage >= stageExecuted,
// p.outcome already drawn). Called from planIssues, last.
func (s *seeder) planCustomsOutcomes() {
	r := s.rng("customs outcomes")
	outcomes := []issue.CustomOutcome{issue.CustomOutcomeSTOPPED, issue.CustomOutcomeREDUCED, issue.CustomOutcomePERSUADED, issue.CustomOutcomeHELD}
	for _, p := range s.issues {
		if p.stage < stageDecided {
			continue
		}
		cat := issueItems[p.item].Category
		switch {
		case cat == issue.CategoryCUSTOMS && p.fundFen == 0 && chance(r, 0.8):
			// 劝导: the meeting persuades the family, no show of hands.
			p.votes, p.vFor, p.vAgainst, p.vAbstain, p.vPresent = false, 0, 0, 0, 0
			p.decision, _, _ = strings.Cut(p.decision, "（到场")
			p.decision += "（院坝会劝导）"
			p.method = session.MethodPERSUASION
		case !p.votes && cat == issue.CategoryDISPUTE:
			p.method = session.MethodMEDIATION
		case p.votes:
			p.method = session.MethodVOTE
		}
		if cat == issue.CategoryCUSTOMS && p.stage >= stageExecuted {
			p.customOutcome = outcomes[weighted(r, []int{60, 20, 10, 10})]
			if p.customOutcome == issue.CustomOutcomeHELD {
				p.outcome += "（当事人仍按原计划操办，已劝导从简）"
			}
		}
	}
}

// planWaitingDocuments is where tickets waiting for the applicant's documents
// are planned: of the tickets accepted and still open at AsOf, or completed
// late (settleTicket), those held up by a missing document, with when it was
// asked for and when it came. Called from planTickets once every ticket is
// settled and accepted.
func (s *seeder) planWaitingDocuments() {
	r := s.rng("ticket documents")
	for _, t := range s.tickets {
		t.received, t.complete, t.missingNote = serviceTypes[t.service].Documents, t.submitted, ""
	}
	for _, t := range s.tickets {
		if !chance(r, 0.08) || s.overdue(t) {
			continue
		}
		docs := serviceTypes[t.service].Documents
		missing := 1 + r.IntN(min(3, len(docs)-1))
		s.holdDocuments(r, t, docs[:len(docs)-missing], chance(r, 0.3))
	}
	// A 低保 application waiting with two of its five documents.
	var dibao []*ticketPlan
	for _, t := range s.tickets {
		if serviceTypes[t.service].Code == "MINIMUM_LIVING_ALLOWANCE" && t.status == ticket.StatusCOMPLETED {
			dibao = append(dibao, t)
		}
	}
	if len(dibao) > 0 {
		t := pick(r, dibao)
		s.forceTicket(r, t, ticket.StatusACCEPTED, false)
		s.acceptTicket(r, t)
		t.received, t.complete = serviceTypes[t.service].Documents, t.submitted
		s.holdDocuments(r, t, serviceTypes[t.service].Documents[:2], true)
		sortStable(s.tickets, func(t *ticketPlan) int64 { return t.submitted.Unix() })
	}
}

// holdDocuments makes ticket t submitted with only the documents received:
// accepted with a 补正 note naming the others, which come one to seven days
// after acceptance (the time limit running from then, workflow.ClockStart),
// or are still awaited at AsOf when wait is set and the ticket is merely
// ACCEPTED (no due time). A ticket closed too soon after acceptance for the
// documents to come keeps them all.
func (s *seeder) holdDocuments(r *rand.Rand, t *ticketPlan, received []string, wait bool) {
	svc := serviceTypes[t.service]
	missing := workflow.MissingDocuments(svc.Documents, received)
	if t.accepted.IsZero() {
		if t.status == ticket.StatusSUBMITTED || t.status == ticket.StatusWITHDRAWN {
			t.received, t.complete = received, time.Time{}
		}
		return
	}
	note := "已一次性告知补正：" + strings.Join(missing, "、") + "，三日内交村便民服务室"
	if wait && t.status == ticket.StatusACCEPTED {
		t.received, t.complete, t.due, t.missingNote = received, time.Time{}, time.Time{}, note
		return
	}
	complete := later(r, t.accepted, day, 7*day)
	limit := earliest(s.asOf, t.completed)
	if t.completed.IsZero() {
		limit = s.asOf
	}
	if !complete.Before(limit) {
		return
	}
	t.received, t.complete, t.missingNote = received, complete, note
	t.due = workflow.DueAt(*workflow.ClockStart(&t.accepted, &complete), svc.LimitDays)
}

// planLateEntries is where records entered days after the fact are planned:
// points entries (and other records with an event time and a recording time)
// whose creation follows the event by a few days, as happens when a cadre
// enters a week's paper forms at once. Called from writePoints after
// planPoints, before the entries are written.
func (s *seeder) planLateEntries() {}

// planLateSteps has about 15% of the issues entered late: each of their
// steps typed in one to five days after it happened (the steps' recorded_at;
// well within the district's backdate_days), as when an officer writes up a
// week's paper notes at once. The others' steps are recorded when taken.
func (s *seeder) planLateSteps() {
	r := s.rng("late steps")
	for _, p := range s.issues {
		if chance(r, 0.15) {
			p.lateBy = later(r, time.Time{}, day, 5*day).Sub(time.Time{})
		}
	}
}
