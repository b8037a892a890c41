package seed

import (
	"context"
	"math/rand/v2"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
)

// --- two-way evaluation ---

type ratingPlan struct {
	courtyard  int
	officer    bool
	dimension  rating.Dimension
	score      int
	period     string
	at         time.Time
	comment    string
	assignment int // index, -1 for courtyard self-evaluations
	rater      int // resident index
	ticket     int // index, -1 if none
	session    int // index, -1 if none
	present    int // residents present at a courtyard self-evaluation
}

// ratedHalves returns the half-years evaluated in the history: those whose
// last month (when ratings are collected) lies at least a week in the history.
func (s *seeder) ratedHalves() []period.Period {
	var out []period.Period
	for _, h := range period.Overlapping(period.HalfYear, s.start, s.asOf) {
		from, to := s.ratingWindow(h)
		if to.Sub(from) >= 7*day {
			out = append(out, h)
		}
	}
	return out
}

// ratingWindow is when the ratings of half-year h are given: its last 30 days,
// within the history.
func (s *seeder) ratingWindow(h period.Period) (from, to time.Time) {
	return latest(h.End.Add(-30*day), s.from), earliest(h.End, s.asOf)
}

// officerHalves returns the half-years in which residents rate the
// officers: every half-year of the history with at least a week in it, the
// current one (up to AsOf) included. Residents rate an officer at any time
// of the half-year.
func (s *seeder) officerHalves() []period.Period {
	var out []period.Period
	for _, h := range period.Overlapping(period.HalfYear, s.start, s.asOf) {
		if earliest(h.End, s.asOf).Sub(latest(h.Start, s.from)) >= 7*day {
			out = append(out, h)
		}
	}
	return out
}

// poorlyRated picks, for half-year h, sc.PoorlyRated appointed officers
// serving throughout it (and not replaced as failing) whom residents rate
// 1–2: the scoring rule flags them failing for h, though they are not (yet)
// replaced. It returns their assignment indices.
func (s *seeder) poorlyRated(r *rand.Rand, h period.Period) map[int]bool {
	from, to := latest(h.Start, s.from), earliest(h.End, s.asOf)
	var cands []int
	for ai, a := range s.assignments {
		if a.role != roleHead && a.reason != roleassignment.EndReasonRATED_FAILING &&
			!a.start.After(from) && (a.end.IsZero() || !a.end.Before(to)) {
			cands = append(cands, ai)
		}
	}
	out := map[int]bool{}
	for len(out) < min(s.sc.PoorlyRated, len(cands)) {
		out[pick(r, cands)] = true
	}
	return out
}

// completedHalves are the rated half-years that ended by AsOf (awards and
// grants follow them).
func (s *seeder) completedHalves() []period.Period {
	var out []period.Period
	for _, h := range s.ratedHalves() {
		if !h.End.After(s.asOf) {
			out = append(out, h)
		}
	}
	return out
}

// Score weights for 1…5: mostly 4–5, a few low; residents rating the agent
// after a completed ticket are the most satisfied (over 95% give 4 or 5);
// officers later replaced as failing were rated 1–2 in the half-year before,
// and middling before that.
var (
	officerScores   = []int{1, 2, 7, 35, 55}
	courtyardScores = []int{0, 1, 8, 41, 50}
	ticketScores    = []int{3, 5, 14, 258, 720}
	slippingScores  = []int{5, 20, 40, 30, 5}
	failingScores   = []int{70, 30, 0, 0, 0}
)

// planRatings plans, for every rated half-year and courtyard, the courtyard's
// self-evaluation on the three dimensions (by its head) and residents' ratings
// of each officer serving then; agents are rated after tickets they closed,
// publicists after lectures they gave.
func (s *seeder) planRatings() {
	r := s.rng("ratings")
	dims := []rating.Dimension{rating.DimensionDELIBERATION, rating.DimensionPROXY_SERVICE, rating.DimensionPUBLICITY}
	s.byCourtyard.tickets = make([][]int, len(s.courtyards))
	for i, t := range s.tickets {
		s.byCourtyard.tickets[t.courtyard] = append(s.byCourtyard.tickets[t.courtyard], i)
	}
	s.byCourtyard.sessions = make([][]int, len(s.courtyards))
	for i, se := range s.sessions {
		s.byCourtyard.sessions[se.courtyard] = append(s.byCourtyard.sessions[se.courtyard], i)
	}
	for _, h := range s.ratedHalves() {
		wFrom, wTo := s.ratingWindow(h)
		for ci, c := range s.courtyards {
			for _, dim := range dims {
				at := between(r, wFrom, wTo)
				s.ratings = append(s.ratings, s.rate(r, &ratingPlan{
					courtyard: ci, dimension: dim, period: h.Label, at: at, assignment: -1,
					rater: s.activeAt(ci, roleHead, at).resident, ticket: -1, session: -1,
					present: min(len(c.adults), 6+r.IntN(25)),
				}, courtyardScores))
			}
		}
	}
	for _, h := range s.officerHalves() {
		hFrom, hTo := latest(h.Start, s.from), earliest(h.End, s.asOf)
		poor := s.poorlyRated(r, h)
		for ci, c := range s.courtyards {
			for role := range roleEnums {
				for _, ai := range c.roles[role] {
					a := s.assignments[ai]
					from, to := latest(hFrom, a.start), hTo
					if !a.end.IsZero() {
						to = earliest(to, a.end)
					}
					if to.Sub(from) < time.Hour {
						continue
					}
					scores := officerScores
					failing := a.reason == roleassignment.EndReasonRATED_FAILING && a.flagged == h.Label
					switch {
					case failing || poor[ai]:
						scores = failingScores
					case a.reason == roleassignment.EndReasonRATED_FAILING:
						scores = slippingScores // the half-years before
					}
					follows := s.ratingOccasions(ci, a, h)
					// Residents rate an officer a few times a half-year;
					// about half the officers get enough ratings for the
					// scoring rule to count their score. An officer replaced
					// as failing, or rated poorly, has enough for the rule to
					// count (and flag) them.
					want := s.sc.RatersPerOfficer.draw(r)
					if failing || poor[ai] {
						want = max(want, standing.Scoring.MinRatings+r.IntN(3))
					}
					for k, made := 0, 0; made < want && k < 4*want; k++ {
						p := &ratingPlan{
							courtyard: ci, officer: true, dimension: roleDimensions[role], period: h.Label,
							assignment: ai, ticket: -1, session: -1,
						}
						weights := scores
						if k < len(follows) {
							f := follows[k]
							if f.ticket >= 0 {
								t := s.tickets[f.ticket]
								p.ticket, p.rater = f.ticket, t.applicant
								p.at = between(r, t.completed, earliest(t.completed.Add(3*day), s.asOf))
								if !failing && !poor[ai] {
									weights = ticketScores
								}
							} else {
								se := s.sessions[f.session]
								p.session, p.rater = f.session, pick(r, s.attendees(se))
								p.at = later(r, se.held, time.Hour, 3*time.Hour)
							}
						} else {
							p.rater = pick(r, c.adults)
							p.at = between(r, from, to)
						}
						if p.rater == a.resident || p.at.After(s.asOf) {
							continue
						}
						s.ratings = append(s.ratings, s.rate(r, p, weights))
						made++
					}
				}
			}
		}
	}
	sortStable(s.ratings, func(p *ratingPlan) int64 { return p.at.Unix() })
}

// occasion is a ticket or lecture a rating may follow.
type occasion struct{ ticket, session int }

// ratingOccasions returns the tickets agent a completed, or the lectures
// publicist a gave, in courtyard c during half-year h, most recent first.
func (s *seeder) ratingOccasions(c int, a *assignmentPlan, h period.Period) []occasion {
	var out []occasion
	switch a.role {
	case roleAgent:
		list := s.byCourtyard.tickets[c]
		for k := len(list) - 1; k >= 0; k-- {
			t := s.tickets[list[k]]
			if t.agent == a.resident && t.status == ticket.StatusCOMPLETED &&
				!t.completed.Before(h.Start) && t.completed.Before(h.End) && t.applicant != a.resident {
				out = append(out, occasion{ticket: list[k], session: -1})
			}
		}
	case rolePublicist:
		list := s.byCourtyard.sessions[c]
		for k := len(list) - 1; k >= 0; k-- {
			se := s.sessions[list[k]]
			if se.lecture && se.speaker == a.resident && !se.held.Before(h.Start) && se.held.Before(h.End) {
				out = append(out, occasion{ticket: -1, session: list[k]})
			}
		}
	}
	return out
}

// rate draws the score (and sometimes a comment) of a planned rating.
func (s *seeder) rate(r *rand.Rand, p *ratingPlan, weights []int) *ratingPlan {
	p.score = weighted(r, weights) + 1
	if p.score <= 2 || chance(r, 0.3) {
		p.comment = pick(r, ratingComments[p.score-1])
	}
	return p
}

// writeRatings plans and writes the ratings.
func (s *seeder) writeRatings(ctx context.Context) error {
	s.planRatings()
	return insert(ctx, s, kRating, len(s.ratings),
		func(c *ent.Client, i int) *ent.RatingCreate {
			p := s.ratings[i]
			tid, vid := s.area(p.courtyard)
			b := c.Rating.Create().
				SetDimension(p.dimension).SetScore(p.score).SetPeriod(p.period).
				SetRatedAt(p.at).SetRaterID(s.id(kResident, p.rater)).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.at).SetUpdatedAt(p.at)
			if p.officer {
				b.SetTarget(rating.TargetOFFICER).SetRoleAssignmentID(s.id(kRoleAssignment, p.assignment))
			} else {
				b.SetTarget(rating.TargetCOURTYARD).SetResidentsPresent(p.present)
			}
			if p.comment != "" {
				b.SetComment(p.comment)
			}
			if p.ticket >= 0 {
				b.SetTicketID(s.id(kTicket, p.ticket))
			}
			if p.session >= 0 {
				b.SetSessionID(s.id(kSession, p.session))
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.RatingCreate) error {
			return c.Rating.CreateBulk(bs...).Exec(ctx)
		})
}
