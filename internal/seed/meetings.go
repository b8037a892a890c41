package seed

import (
	"fmt"
	"time"

	"yuanbahui/ent/issue"
	"yuanbahui/ent/session"
	"yuanbahui/internal/workflow"
)

// failedMeeting is a deliberation meeting (议事会) that did not approve a
// decision: the motion was put to a quorate meeting and not carried
// (REJECTED), or too few households came for a quorum and the meeting was
// put off (DEFERRED). Its figures obey the district's rule as
// workflow.DecideIssueInput checks them.
type failedMeeting struct {
	at                       time.Time
	outcome                  session.Outcome
	households, total        int // households represented, of the courtyard's
	present                  int // residents present
	votes                    bool
	vFor, vAgainst, vAbstain int
	decision                 string
}

// Shares of the issues that had a meeting which did not approve the
// decision: among the decided issues, an earlier meeting before the one that
// approved it; among the issues visited and awaiting their meeting, the
// latest one. A rejected issue still awaiting a meeting is sometimes closed
// (the courtyard dropped it) instead.
const (
	rejectedBeforeDecision  = 0.17
	noQuorumBeforeDecision  = 0.04
	rejectedAwaitingMeeting = 0.35
	noQuorumAwaitingMeeting = 0.08
	closedAfterRejection    = 0.4
)

// Decisions recorded by meetings that did not approve.
const (
	rejectedDecision = "表决未过半数，方案修改后再议"
	deferredDecision = "到会户数未过半，改期再议"
)

// planFailedMeetings plans, from its own random stream (the issues' data
// stays as planned), the meetings that did not carry or had no quorum:
// held after the visit (and after the village's approval when the issue was
// escalated, as decideIssue refuses before it) and, for a decided issue, at
// least two days before the meeting that approved it.
func (s *seeder) planFailedMeetings() {
	r := s.rng("failed meetings")
	visited := map[issue.Category]int{} // issues awaiting their meeting, per category
	for _, p := range s.issues {
		if p.stage == stageVisited {
			visited[issueItems[p.item].Category]++
		}
	}
	for _, p := range s.issues {
		if p.stage < stageVisited {
			continue
		}
		d := issueItems[p.item]
		from := p.times[stageVisited]
		if !p.escalated.IsZero() {
			if p.approved.IsZero() {
				continue // awaiting the village: no meeting yet
			}
			from = p.approved
		}
		from = from.Add(12 * time.Hour)
		to := s.asOf
		if p.stage >= stageDecided {
			to = p.times[stageDecided].Add(-2 * day)
		}
		if !to.After(from.Add(day)) {
			continue
		}
		rejected, deferred := rejectedBeforeDecision, noQuorumBeforeDecision
		if p.stage == stageVisited {
			rejected, deferred = rejectedAwaitingMeeting, noQuorumAwaitingMeeting
		}
		var outcome session.Outcome
		switch u := r.Float64(); {
		case u < rejected:
			outcome = session.OutcomeREJECTED
		case u < rejected+deferred:
			outcome = session.OutcomeDEFERRED
		default:
			continue
		}
		// A dispute settled by mediation takes no vote, so it cannot be
		// voted down; its meeting can still lack a quorum.
		voted := p.votes || d.Category != issue.CategoryDISPUTE
		if !voted && outcome == session.OutcomeREJECTED {
			continue
		}
		c := s.courtyards[p.courtyard]
		m := failedMeeting{at: between(r, from, to), outcome: outcome, total: max(len(c.households), 1), votes: voted}
		if outcome == session.OutcomeREJECTED {
			half := (m.total + 1) / 2
			m.households = half + r.IntN(m.total-half+1)
			m.present = max(min(12+r.IntN(34), len(c.adults)), m.households)
			m.vFor = m.present * (25 + r.IntN(26)) / 100
			m.decision = rejectedDecision
		} else {
			most := (m.total - 1) / 2 // below the quorum
			if most < 1 {
				continue
			}
			m.households = 1 + r.IntN(most)
			m.present = max(m.households, min(m.households+r.IntN(m.households+2), len(c.adults)))
			m.vFor = r.IntN(m.present + 1)
			m.decision = deferredDecision
		}
		if voted {
			m.vAbstain = min(r.IntN(3), m.present-m.vFor)
			m.vAgainst = m.present - m.vFor - m.vAbstain
		} else {
			m.vFor = 0
		}
		rule := workflow.DefaultRule
		if quorate, carried := rule.Quorate(m.households, m.total), voted && rule.Carried(m.vFor, m.present); (outcome == session.OutcomeREJECTED) != (quorate && !carried) ||
			(outcome == session.OutcomeDEFERRED && quorate) {
			panic(fmt.Sprintf("seed: a %s meeting with %d/%d households and %d of %d for", outcome, m.households, m.total, m.vFor, m.present))
		}
		p.failed = append(p.failed, m)
		cat := d.Category
		if p.stage == stageVisited && outcome == session.OutcomeREJECTED && visited[cat] > 1 && chance(r, closedAfterRejection) {
			p.closed = true
			visited[cat]--
		}
	}
}

// notes are what decideIssue writes on the issue's DECIDED step for a
// meeting that did not approve.
func (m failedMeeting) notes() string {
	word := map[session.Outcome]string{session.OutcomeREJECTED: "否决", session.OutcomeDEFERRED: "暂缓"}[m.outcome]
	n := fmt.Sprintf("%s：%s（到场%d人，%d/%d户）", word, m.decision, m.present, m.households, m.total)
	if m.votes {
		n += fmt.Sprintf("，赞成%d，反对%d，弃权%d", m.vFor, m.vAgainst, m.vAbstain)
	}
	return n
}
