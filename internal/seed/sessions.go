package seed

import (
	"context"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/session"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/period"
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
	households  []int // lectures: households present (indices), who rate it
	// failed is the meeting's record when it did not approve the issue's
	// decision (nil: the meeting that approved it, or a lecture).
	failed *failedMeeting
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
		for k := range p.failed {
			m := &p.failed[k]
			s.sessions = append(s.sessions, &sessionPlan{
				courtyard: p.courtyard, themePlan: -1, issue: ii,
				speaker: s.activeAt(p.courtyard, roleHead, m.at).resident,
				theme:   bound.Cut("议事会："+p.title, bound.Line), held: m.at, attendance: m.present, failed: m,
			})
		}
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
			theme:   bound.Cut("议事会："+p.title, bound.Line), held: held, attendance: att,
		})
	}
	// Themes per village and quarter, in plan order.
	quarters := s.quarters()
	themesOf := make([][][]int, len(s.villages))
	for vi := range themesOf {
		themesOf[vi] = make([][]int, len(quarters))
	}
	for ti, th := range s.themes {
		qi := slices.IndexFunc(quarters, func(q period.Period) bool { return q.Label == th.quarter.Label })
		themesOf[th.village][qi] = append(themesOf[th.village][qi], ti)
	}
	for ci, c := range s.courtyards {
		for range poisson(r, s.sc.Lectures*c.activity) {
			held := seasonal(r, &lectureSeason, s.from, s.asOf)
			qi := slices.IndexFunc(quarters, func(q period.Period) bool { return !held.Before(q.Start) && held.Before(q.End) })
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
			// The publicist speaks, or an outside speaker (always while
			// the post is vacant).
			if pub := s.holderAt(ci, rolePublicist, held); chance(r, 0.7) && pub != nil {
				sp.speaker = pub.resident
			} else {
				sp.speakerName = outsideSpeakers[th.topic]
			}
			s.sessions = append(s.sessions, sp)
		}
	}
	sortStable(s.sessions, func(p *sessionPlan) int64 { return p.held.Unix() })
	s.planHouseholdsPresent()
}

// lectureNotes are what a share of the lectures note about how they went.
var lectureNotes = []string{
	"孩子们齐读文明承诺书", "返乡务工人员踊跃提问", "现场发放政策明白卡", "老党员分享亲身经历",
}

// meetingMethod is how a meeting without a vote decides an issue of
// category c: customs by persuasion, disputes by mediation (none for
// others).
func meetingMethod(c issue.Category) session.Method {
	switch c {
	case issue.CategoryCUSTOMS:
		return session.MethodPERSUASION
	case issue.CategoryDISPUTE:
		return session.MethodMEDIATION
	}
	return ""
}

// planHouseholdsPresent takes down, for every lecture, the households
// present: about one for every two and a half listeners, among the
// households living in the courtyard when it was held (its own random
// stream, so the rest of the plan does not change).
func (s *seeder) planHouseholdsPresent() {
	r := s.rng("lecture households")
	movedIn := make(map[int]time.Time, len(s.moves))
	for _, m := range s.moves {
		movedIn[m.household] = m.at
	}
	for _, p := range s.sessions {
		if !p.lecture {
			continue
		}
		var there []int
		for _, h := range s.courtyards[p.courtyard].households {
			if at, ok := movedIn[h]; !ok || at.Before(p.held) {
				there = append(there, h)
			}
		}
		k := min(len(there), max(1, p.attendance*2/5))
		r.Shuffle(len(there), func(i, j int) { there[i], there[j] = there[j], there[i] })
		// Someone who can rate it came: the first household with an adult.
		if i := slices.IndexFunc(there, s.hasAdult); i >= k {
			there[k-1], there[i] = there[i], there[k-1]
		}
		p.households = slices.Clone(there[:k])
		slices.Sort(p.households)
	}
}

// hasAdult tells whether household h has an adult (18+ at AsOf).
func (s *seeder) hasAdult(h int) bool {
	hp := s.households[h]
	for ri := hp.first; ri < hp.first+hp.count; ri++ {
		if s.asOf.Year()-s.residents[ri].birthYear >= 18 {
			return true
		}
	}
	return false
}

// attendees are the adults of a lecture's households present (the
// courtyard's adults when none of them is an adult).
func (s *seeder) attendees(p *sessionPlan) []int {
	var out []int
	for _, ri := range s.courtyards[p.courtyard].adults {
		if _, ok := slices.BinarySearch(p.households, s.residents[ri].household); ok {
			out = append(out, ri)
		}
	}
	if len(out) == 0 {
		return s.courtyards[p.courtyard].adults
	}
	return out
}

// writeSessions plans and writes lectures and deliberation meetings.
func (s *seeder) writeSessions(ctx context.Context) error {
	s.planSessions()
	r := s.rng("lecture notes")
	notes := make([]string, len(s.sessions))
	for i, p := range s.sessions {
		if p.lecture && chance(r, 0.2) {
			notes[i] = pick(r, lectureNotes)
		}
	}
	return insert(ctx, s, kSession, len(s.sessions),
		func(c *ent.Client, i int) *ent.SessionCreate {
			p := s.sessions[i]
			tid, vid := s.area(p.courtyard)
			b := c.Session.Create().SetTheme(p.theme).SetHeldAt(p.held).
				SetAttendance(p.attendance).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.held).SetUpdatedAt(p.held)
			if p.lecture {
				present := make([]int, len(p.households))
				for i, h := range p.households {
					present[i] = s.id(kHousehold, h)
				}
				b.SetKind(session.KindLECTURE).SetTopicID(s.topicIDs[p.topic]).
					SetQuarterThemeID(s.id(kQuarterTheme, p.themePlan)).SetHouseholdsPresent(present)
			} else if m := p.failed; m != nil {
				b.SetKind(session.KindDELIBERATION).SetIssueID(s.id(kIssue, p.issue)).SetOutcome(m.outcome).
					SetHouseholdsRepresented(m.households).SetHouseholdsTotal(m.total)
				if m.votes {
					b.SetVotesFor(m.vFor).SetVotesAgainst(m.vAgainst).SetVotesAbstain(m.vAbstain).SetMethod(session.MethodVOTE)
				} else if m := meetingMethod(issueItems[s.issues[p.issue].item].Category); m != "" {
					b.SetMethod(m)
				}
			} else {
				ip := s.issues[p.issue]
				b.SetKind(session.KindDELIBERATION).SetIssueID(s.id(kIssue, p.issue)).SetOutcome(session.OutcomeAPPROVED).
					SetHouseholdsRepresented(ip.hhRepresented).SetHouseholdsTotal(ip.hhTotal)
				if ip.votes {
					b.SetVotesFor(ip.vFor).SetVotesAgainst(ip.vAgainst).SetVotesAbstain(ip.vAbstain)
				}
				if ip.method != "" {
					b.SetMethod(ip.method)
				}
			}
			if notes[i] != "" {
				b.SetNote(notes[i])
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
