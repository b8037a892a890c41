package seed

import (
	"context"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/session"
)

type sessionPlan struct {
	id          int
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
// courtyard, 1–3 per quarter, each on one of the village's themes for that
// quarter, given by the courtyard's publicist or an outside speaker.
func (s *seeder) planSessions() {
	r := s.rng("sessions")
	for ii, p := range s.issues {
		if p.stage < stageDecided || !(p.votes || chance(r, 0.6)) {
			continue
		}
		held := p.times[stageDecided]
		att := p.vPresent
		if !p.votes {
			att = min(6+r.IntN(20), len(s.courtyards[p.courtyard].adults))
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
	for qi, q := range quarters {
		from, to := latest(q.From, s.from), earliest(q.To, s.asOf)
		if to.Sub(from) < day {
			continue
		}
		for vi, v := range s.villages {
			themes := themesOf[vi][qi]
			for _, ci := range v.courtyards {
				c := s.courtyards[ci]
				residents := 0
				for _, h := range c.households {
					residents += len(s.households[h].residents)
				}
				for range s.sc.LecturesPerQuarter.draw(r) {
					ti := pick(r, themes)
					th := s.themes[ti]
					held := between(r, from, to)
					sp := &sessionPlan{
						courtyard: ci, lecture: true, topic: th.topic, theme: th.title,
						themePlan: ti, issue: -1, held: held, speaker: -1,
						attendance: max(6, residents*(30+r.IntN(46))/100),
					}
					if chance(r, 0.7) {
						sp.speaker = s.activeAt(ci, rolePublicist, held).resident
					} else {
						sp.speakerName = outsideSpeakers[th.topic]
					}
					s.sessions = append(s.sessions, sp)
				}
			}
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
	ids, err := insert(ctx, s, "Session", len(s.sessions),
		func(c *ent.Client, i int) *ent.SessionCreate {
			p := s.sessions[i]
			tid, vid := s.area(p.courtyard)
			b := c.Session.Create().SetTheme(p.theme).SetHeldAt(p.held).SetAttendance(p.attendance).
				SetCourtyardID(s.courtyards[p.courtyard].id).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.held).SetUpdatedAt(p.held)
			if p.lecture {
				b.SetKind(session.KindLECTURE).SetTopic(lectureTopics[p.topic]).
					SetQuarterThemeID(s.themes[p.themePlan].id)
			} else {
				b.SetKind(session.KindDELIBERATION).SetIssueID(s.issues[p.issue].id)
			}
			if p.speaker >= 0 {
				b.SetSpeakerID(s.residents[p.speaker].id)
			} else {
				b.SetSpeakerName(p.speakerName)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.SessionCreate) ([]*ent.Session, error) {
			return c.Session.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Session) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.sessions[i].id = id
	}
	return nil
}
