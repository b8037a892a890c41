package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/period"
)

// The four roles "一长三员", indexing courtyardPlan.roles.
const (
	roleHead = iota
	rolePublicist
	roleAgent
	roleInformant
)

// roleEnums maps role indices to the schema's values.
var roleEnums = [4]roleassignment.Role{
	roleassignment.RoleHEAD, roleassignment.RolePUBLICIST, roleassignment.RoleAGENT, roleassignment.RoleINFORMANT,
}

// roleDimensions is the dimension residents rate each role on.
var roleDimensions = [4]rating.Dimension{
	rating.DimensionDELIBERATION, rating.DimensionPUBLICITY, rating.DimensionPROXY_SERVICE, rating.DimensionDELIBERATION,
}

// otherReasons cycle over the replacements that are not for failing ratings.
var otherReasons = []roleassignment.EndReason{
	roleassignment.EndReasonRESIGNED, roleassignment.EndReasonMOVED,
	roleassignment.EndReasonTERM_ENDED, roleassignment.EndReasonOTHER,
}

type assignmentPlan struct {
	courtyard int
	role      int
	resident  int
	start     time.Time
	end       time.Time // zero while active
	reason    roleassignment.EndReason
	successor bool // the next assignment succeeds this one (predecessor edge)
	// flagged is the half-year whose ratings flag a RATED_FAILING end: the
	// one before the end, or the end's own for an officer replaced before
	// the half-year is over.
	flagged string
}

// activeAt returns the assignment of role in courtyard c at time t (the first
// one if t precedes every start, or if the post is vacant at t: callers that
// must not name a departed officer ask holderAt).
func (s *seeder) activeAt(c, role int, t time.Time) *assignmentPlan {
	if a := s.holderAt(c, role, t); a != nil {
		return a
	}
	return s.assignments[s.courtyards[c].roles[role][0]]
}

// holderAt returns the assignment of role in courtyard c at time t, or nil
// when nobody holds the post then (before the first start, or vacant between
// an officer leaving and the next one's appointment).
func (s *seeder) holderAt(c, role int, t time.Time) *assignmentPlan {
	for _, ai := range s.courtyards[c].roles[role] {
		a := s.assignments[ai]
		if !t.Before(a.start) && (a.end.IsZero() || t.Before(a.end)) {
			return a
		}
	}
	return nil
}

// planOfficers staffs every courtyard with a head (an elected party member of
// the courtyard, serving it alone) and three appointed officers. The
// appointed officers are the village's cadres: exactly sc.Officers of them in
// the sample, shared among the villages by their number of courtyards, each
// serving one role (sometimes two) in a run of neighbouring courtyards. Then a
// few assignments get a predecessor who left: exactly sc.FailingOfficers
// appointed officers rated failing, and sc.OtherReplacements others; the
// successor starts when the predecessor ends.
func (s *seeder) planOfficers() {
	r := s.rng("officers")
	holds := make([]bool, len(s.residents)) // holds (or held) a role
	slots := make([][4][]*assignmentPlan, len(s.courtyards))
	for ci, c := range s.courtyards {
		start := between(r, s.start, s.from)
		ri := s.pickHead(r, c, holds, -1)
		holds[ri] = true
		slots[ci][roleHead] = []*assignmentPlan{{courtyard: ci, role: roleHead, resident: ri, start: start}}
	}
	weights := make([]float64, len(s.villages))
	lo, hi := make([]int, len(s.villages)), make([]int, len(s.villages))
	for vi, v := range s.villages {
		weights[vi] = float64(len(v.courtyards))
		lo[vi], hi[vi] = min(3, 3*len(v.courtyards)), 3*len(v.courtyards)
	}
	cadres := apportionWithin(s.sc.Officers, weights, lo, hi)
	for vi, v := range s.villages {
		n, k := len(v.courtyards), cadres[vi]
		people := s.pickCadres(r, vi, k, holds)
		// Positions in role-major order (publicists of courtyards 1…n, then
		// agents, then informants), cut into k runs of at most n positions:
		// nobody holds two roles in one courtyard.
		sizes := make([]int, k)
		for j := range sizes {
			sizes[j] = 1
		}
		for left := 3*n - k; left > 0; {
			if j := r.IntN(k); sizes[j] < n {
				sizes[j]++
				left--
			}
		}
		pos := 0
		for j, size := range sizes {
			for range size {
				ci, role := v.courtyards[pos%n], rolePublicist+pos/n
				start := slots[ci][roleHead][0].start
				slots[ci][role] = []*assignmentPlan{{courtyard: ci, role: role, resident: people[j], start: start}}
				pos++
			}
		}
	}
	// Replacements: the predecessor served from the start until the
	// replacement; the planned officer succeeds them then.
	n := min(s.sc.FailingOfficers+s.sc.OtherReplacements, len(s.courtyards))
	order := r.Perm(len(s.courtyards))
	for k := range n {
		ci := order[k]
		c := s.courtyards[ci]
		reason := roleassignment.EndReasonRATED_FAILING
		if k >= s.sc.FailingOfficers {
			reason = otherReasons[(k-s.sc.FailingOfficers)%len(otherReasons)]
		}
		role, pred := rolePublicist+r.IntN(3), -1
		if reason != roleassignment.EndReasonRATED_FAILING && chance(r, 0.35) {
			if p := s.pickHead(r, c, holds, slots[ci][roleHead][0].resident); p >= 0 {
				role, pred = roleHead, p
			}
		}
		if pred < 0 {
			pred = s.pickCadres(r, c.village, 1, holds)[0]
		}
		cur := slots[ci][role][0]
		end, flagged := s.replacementTime(r, reason, k == 0)
		p := &assignmentPlan{courtyard: ci, role: role, resident: pred, start: cur.start, end: end, reason: reason, successor: true, flagged: flagged}
		cur.start = end
		slots[ci][role] = []*assignmentPlan{p, cur}
	}
	s.planVacancies(r, order[n:], slots, holds)
	for ci, c := range s.courtyards {
		for role := range roleEnums {
			for _, a := range slots[ci][role] {
				c.roles[role] = append(c.roles[role], len(s.assignments))
				s.assignments = append(s.assignments, a)
			}
		}
	}
}

// vacantRoles are the posts left vacant when their officer leaves: the
// publicist's and the informant's (a courtyard head is elected anew at the
// meeting that accepts the resignation, and the agent's tickets are handed to
// the successor at once).
var vacantRoles = []int{rolePublicist, roleInformant}

// planVacancies plans sc.Vacancies officers who resign or move away before a
// successor is found, in the courtyards of order (those not replaced): the
// officer served the post from the start; the post stays vacant for days to
// weeks (assignRole then appoints the planned officer, with no predecessor
// edge: nobody handed over). The first sc.OpenVacancies are still vacant at
// AsOf: the officer left in the last weeks and the planned officer, who
// serves other courtyards too, is not appointed to this one yet.
func (s *seeder) planVacancies(r *rand.Rand, order []int, slots [][4][]*assignmentPlan, holds []bool) {
	posts := map[int]int{} // planned officer → posts held at AsOf
	for ci := range slots {
		for _, role := range vacantRoles {
			for _, a := range slots[ci][role] {
				if a.end.IsZero() {
					posts[a.resident]++
				}
			}
		}
	}
	for k, planned := 0, 0; planned < s.sc.Vacancies && k < len(order); k++ {
		ci := order[k]
		role := pick(r, vacantRoles)
		cur := slots[ci][role][0]
		open := planned < s.sc.OpenVacancies
		if open && posts[cur.resident] < 2 {
			continue // the planned officer would hold no post at all
		}
		reason := pick(r, []roleassignment.EndReason{roleassignment.EndReasonRESIGNED, roleassignment.EndReasonMOVED})
		p := &assignmentPlan{courtyard: ci, role: role, resident: s.pickCadres(r, s.courtyards[ci].village, 1, holds)[0],
			start: cur.start, reason: reason}
		if open {
			p.end = between(r, s.asOf.Add(-40*day), s.asOf.Add(-2*day))
			posts[cur.resident]--
			slots[ci][role] = []*assignmentPlan{p}
		} else {
			p.end = between(r, s.start.AddDate(0, 3, 0), s.asOf.Add(-50*day))
			cur.start = between(r, p.end.Add(5*day), p.end.Add(45*day))
			slots[ci][role] = []*assignmentPlan{p, cur}
		}
		planned++
	}
}

// pickCadres returns k residents of village vi who hold no role, preferring
// adults aged 22–55 (then any adult), and marks them as holding one.
func (s *seeder) pickCadres(r *rand.Rand, vi, k int, holds []bool) []int {
	year := s.asOf.Year()
	var best, other []int
	for _, ci := range s.villages[vi].courtyards {
		for _, ri := range s.courtyards[ci].adults {
			if holds[ri] {
				continue
			}
			if age := year - s.residents[ri].birthYear; age >= 22 && age <= 55 {
				best = append(best, ri)
			} else {
				other = append(other, ri)
			}
		}
	}
	out := make([]int, 0, k)
	for _, cands := range [][]int{best, other} {
		for len(out) < k && len(cands) > 0 {
			j := r.IntN(len(cands))
			out = append(out, cands[j])
			holds[cands[j]] = true
			cands[j] = cands[len(cands)-1]
			cands = cands[:len(cands)-1]
		}
	}
	for len(out) < k { // a village of very few adults: some serve in more runs
		if len(out) == 0 {
			out = append(out, s.courtyards[s.villages[vi].courtyards[0]].adults[0])
			continue
		}
		out = append(out, out[0])
	}
	return out
}

// replacementTime returns when an officer is replaced, and for one rated
// failing the half-year whose ratings flag them: three weeks after a
// half-year's evaluation (the ratings before it were low); the first one
// (recent) in the weeks before AsOf, within AsOf's quarter, flagged by the
// current half-year's ratings so far. Others go at any time in the middle of
// the history.
func (s *seeder) replacementTime(r *rand.Rand, reason roleassignment.EndReason, recent bool) (time.Time, string) {
	if reason == roleassignment.EndReasonRATED_FAILING {
		from := latest(period.Of(period.Quarter, s.asOf).Start, s.asOf.Add(-60*day))
		from = latest(from, period.Of(period.HalfYear, s.asOf).Start.Add(30*day))
		if to := s.asOf.Add(-2 * day); recent && to.Sub(from) >= day {
			end := between(r, from, to)
			return end, period.Label(period.HalfYear, end)
		}
		var ends []period.Period
		for _, h := range s.ratedHalves() {
			if h.End.Add(21 * day).Before(s.asOf.Add(-30 * day)) {
				ends = append(ends, h)
			}
		}
		if len(ends) > 0 {
			h := pick(r, ends)
			return between(r, h.End.Add(20*day), h.End.Add(21*day)), h.Label
		}
	}
	return between(r, s.start.AddDate(0, 4, 0), s.asOf.AddDate(0, -1, 0)), ""
}

// pickHead returns a party member of courtyard c to be its head, preferring
// people aged 35–72 who hold no other role; -1 if none is left (only when
// exclude >= 0, i.e. when looking for a successor).
func (s *seeder) pickHead(r *rand.Rand, c *courtyardPlan, holds []bool, exclude int) int {
	year := s.asOf.Year()
	var best, other []int
	for _, ri := range c.party {
		if ri == exclude || holds[ri] {
			continue
		}
		if age := year - s.residents[ri].birthYear; age >= 35 && age <= 72 {
			best = append(best, ri)
		} else {
			other = append(other, ri)
		}
	}
	switch {
	case len(best) > 0:
		return pick(r, best)
	case len(other) > 0:
		return pick(r, other)
	case exclude >= 0:
		return -1
	}
	// Every courtyard has two party members; neither holds a role yet when
	// heads are elected, so this is not reached.
	return c.party[0]
}

// endNotes say, by the reason an officer's term ended, what happened.
var endNotes = map[roleassignment.EndReason]string{
	roleassignment.EndReasonRESIGNED:      "外出务工，无法履职",
	roleassignment.EndReasonMOVED:         "随子女搬迁至城区居住",
	roleassignment.EndReasonRATED_FAILING: "群众测评连续不合格，按规则调整",
}

// writeOfficers plans and writes the role assignments, then links each
// successor to its predecessor (afterwards: batches are written in parallel,
// and a predecessor may lie in a batch not yet committed).
func (s *seeder) writeOfficers(ctx context.Context) error {
	s.planOfficers()
	err := insert(ctx, s, kRoleAssignment, len(s.assignments),
		func(c *ent.Client, i int) *ent.RoleAssignmentCreate {
			a := s.assignments[i]
			tid, vid := s.area(a.courtyard)
			sel := roleassignment.SelectionAPPOINTED
			if a.role == roleHead {
				sel = roleassignment.SelectionELECTED
			}
			b := c.RoleAssignment.Create().
				SetRole(roleEnums[a.role]).SetSelection(sel).
				SetStartedAt(a.start).SetResidentID(s.id(kResident, a.resident)).
				SetCourtyardID(s.id(kCourtyard, a.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(a.start).SetUpdatedAt(a.start)
			if !a.end.IsZero() {
				b.SetEndedAt(a.end).SetEndReason(a.reason).SetUpdatedAt(a.end)
				if n := endNotes[a.reason]; n != "" {
					b.SetEndNote(n)
				}
			}

			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.RoleAssignmentCreate) error {
			return c.RoleAssignment.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(c *ent.Client) error {
		for i, a := range s.assignments {
			if a.successor {
				next := s.assignments[i+1]
				updated := next.start // as written above
				if !next.end.IsZero() {
					updated = next.end
				}
				err := c.RoleAssignment.UpdateOneID(s.id(kRoleAssignment, i+1)).
					SetPredecessorID(s.id(kRoleAssignment, i)).SetUpdatedAt(updated).Exec(ctx)
				if err != nil {
					return fmt.Errorf("linking successor of assignment %d: %w", i, err)
				}
			}
		}
		return nil
	})
}
