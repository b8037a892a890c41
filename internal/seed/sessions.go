package seed

import (
	"context"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/session"
)

type sessionPlan struct {
	courtyard   int
	lecture     bool
	topic       int // lecture topic index; lectures only
	theme       string
	themePlan   int // index into seeder.themes, -1 for deliberations
	issue       int // index into seeder.issues, -1 for lectures
	speaker     int // resident index, -1 when speakerName is set
	speakerName string
	held        time.Time
	attendance  int
}

// planSessions plans the deliberation meetings of decided issues (held when
// the issue was decided, chaired by the head) and the lectures: in every
// courtyard, as many as its activity calls for, held in the lecture season
// (most in the weeks before the Spring Festival), each on one of the
// village's themes for that quarter, given by the courtyard's publicist or an
// outside speaker.
func (s *seeder) planSessions() {
	r := s.rng("sessions")
	for ii, p := range s.issues {
		if p.stage < stageDecided || !(p.votes || chance(r, 0.4)) {
			continue
		}
		held := p.times[stageDecided]
		att := p.vPresent
		if !p.votes {
			att = max(min(6+r.IntN(20), len(s.courtyards[p.courtyard].adults)), p.hhRepresented)
		}
		s.sessions = append(s.sessions, &sessionPlan{
			courtyard: p.courtyard, themePlan: -1, issue: ii,
			speaker: s.activeAt(p.courtyard, roleHead, held).resident,
			theme:   truncate("议事会："+p.title, 200), held: held, attendance: att,
		})
	}
	// Themes per village and quarter, in plan order.
	quarters := s.quarters()
	themesOf := make([][][]int, len(s.villages))
	for vi := range themesOf {
		themesOf[vi] = make([][]int, len(quarters))
	}
	for ti, th := range s.themes {
		qi := slices.IndexFunc(quarters, func(q period) bool { return q.Label == th.quarter.Label })
		themesOf[th.village][qi] = append(themesOf[th.village][qi], ti)
	}
	for ci, c := range s.courtyards {
		for range poisson(r, s.sc.Lectures*c.activity) {
			held := seasonal(r, &lectureSeason, s.from, s.asOf)
			qi := slices.IndexFunc(quarters, func(q period) bool { return !held.Before(q.From) && held.Before(q.To) })
			ti := pick(r, themesOf[c.village][qi])
			th := s.themes[ti]
			// Residents at home come: a tenth to a third of them, more when
			// migrant workers are back for the festival.
			share := 10 + r.IntN(21)
			if d := daysFromFestival(held); d >= -28 && d <= 6 {
				share += 10 + r.IntN(11)
			}
			sp := &sessionPlan{
				courtyard: ci, lecture: true, topic: th.topic, theme: th.title,
				themePlan: ti, issue: -1, held: held, speaker: -1,
				attendance: max(5, c.residents*share/100),
			}
			if chance(r, 0.7) {
				sp.speaker = s.activeAt(ci, rolePublicist, held).resident
			} else {
				sp.speakerName = outsideSpeakers[th.topic]
			}
			s.sessions = append(s.sessions, sp)
		}
	}
	sortStable(s.sessions, func(p *sessionPlan) int64 { return p.held.Unix() })
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n])
}

// writeSessions plans and writes lectures and deliberation meetings.
func (s *seeder) writeSessions(ctx context.Context) error {
	s.planSessions()
	return insert(ctx, s, kSession, len(s.sessions),
		func(c *ent.Client, i int) *ent.SessionCreate {
			p := s.sessions[i]
			tid, vid := s.area(p.courtyard)
			b := c.Session.Create().SetTheme(p.theme).SetHeldAt(p.held).
				SetAttendance(p.attendance).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.held).SetUpdatedAt(p.held)
			if p.lecture {
				b.SetKind(session.KindLECTURE).SetTopic(lectureTopics[p.topic]).
					SetQuarterThemeID(s.id(kQuarterTheme, p.themePlan))
			} else {
				ip := s.issues[p.issue]
				b.SetKind(session.KindDELIBERATION).SetIssueID(s.id(kIssue, p.issue)).SetOutcome(session.OutcomeAPPROVED).
					SetHouseholdsRepresented(ip.hhRepresented).SetHouseholdsTotal(ip.hhTotal)
				if ip.votes {
					b.SetVotesFor(ip.vFor).SetVotesAgainst(ip.vAgainst).SetVotesAbstain(ip.vAbstain)
				}
			}
			if p.speaker >= 0 {
				b.SetSpeakerID(s.id(kResident, p.speaker))
			} else {
				b.SetSpeakerName(p.speakerName)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.SessionCreate) error {
			return c.Session.CreateBulk(bs...).Exec(ctx)
		})
}
