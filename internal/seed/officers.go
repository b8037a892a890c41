package seed

import (
	"context"
	"math/rand/v2"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
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

// replacementReasons cycle over the replacements a scale asks for.
var replacementReasons = []roleassignment.EndReason{
	roleassignment.EndReasonRATED_FAILING, roleassignment.EndReasonRESIGNED, roleassignment.EndReasonMOVED,
	roleassignment.EndReasonTERM_ENDED, roleassignment.EndReasonOTHER,
}

type assignmentPlan struct {
	id        int
	courtyard int
	role      int
	resident  int
	start     time.Time
	end       time.Time // zero while active
	reason    roleassignment.EndReason
}

// activeAt returns the assignment of role in courtyard c at time t (the first
// one if t precedes every start).
func (s *seeder) activeAt(c, role int, t time.Time) *assignmentPlan {
	list := s.courtyards[c].roles[role]
	for _, ai := range list {
		a := s.assignments[ai]
		if !t.Before(a.start) && (a.end.IsZero() || t.Before(a.end)) {
			return a
		}
	}
	return s.assignments[list[0]]
}

// officerPool hands out a village's cadres: adults of working age, shuffled.
type officerPool struct {
	cands []int
	next  int
}

// planOfficers staffs every courtyard with a head (an elected party member)
// and three appointed officers, some serving two neighbouring courtyards, then
// replaces a few of them (one rated failing, per town) with a successor that
// starts when the predecessor ends.
func (s *seeder) planOfficers() {
	r := s.rng("officers")
	year := s.asOf.Year()
	holds := make([]int, len(s.residents)) // assignments held by each resident
	pools := make([]*officerPool, len(s.villages))
	for vi, v := range s.villages {
		p := &officerPool{}
		for _, ci := range v.courtyards {
			for _, ri := range s.courtyards[ci].adults {
				if age := year - s.residents[ri].birthYear; age >= 22 && age <= 55 {
					p.cands = append(p.cands, ri)
				}
			}
		}
		r.Shuffle(len(p.cands), func(i, j int) { p.cands[i], p.cands[j] = p.cands[j], p.cands[i] })
		pools[vi] = p
	}
	take := func(vi int) int {
		p := pools[vi]
		for p.next < len(p.cands) {
			ri := p.cands[p.next]
			p.next++
			if holds[ri] == 0 {
				return ri
			}
		}
		// The pool is exhausted: fall back to any adult of the village.
		for _, ci := range s.villages[vi].courtyards {
			for _, ri := range s.courtyards[ci].adults {
				if holds[ri] == 0 {
					return ri
				}
			}
		}
		return s.courtyards[s.villages[vi].courtyards[0]].adults[0]
	}
	add := func(c, role, ri int, start time.Time) *assignmentPlan {
		a := &assignmentPlan{courtyard: c, role: role, resident: ri, start: start}
		cy := s.courtyards[c]
		cy.roles[role] = append(cy.roles[role], len(s.assignments))
		s.assignments = append(s.assignments, a)
		holds[ri]++
		return a
	}
	for vi, v := range s.villages {
		var prev [4]*assignmentPlan
		for k, ci := range v.courtyards {
			c := s.courtyards[ci]
			start := between(r, s.start, s.from)
			add(ci, roleHead, s.pickHead(r, c, holds, -1), start)
			for role := rolePublicist; role <= roleInformant; role++ {
				// The second courtyard of each village always shares its agent
				// with the first, so every sample has officers serving two.
				share := k > 0 && prev[role] != nil && holds[prev[role].resident] < 2 &&
					((k == 1 && role == roleAgent) || chance(r, s.sc.SharedOfficerShare))
				ri := -1
				if share {
					ri = prev[role].resident
				} else {
					ri = take(vi)
				}
				prev[role] = add(ci, role, ri, start)
			}
		}
	}
	// Replacements: end the predecessor, then start the successor at that
	// moment, so at most one assignment per role and courtyard is active.
	n := min(s.sc.ReplacementsPerTown*len(s.towns), len(s.courtyards))
	order := r.Perm(len(s.courtyards))
	for k := range n {
		ci := order[k]
		c := s.courtyards[ci]
		reason := replacementReasons[k%len(replacementReasons)]
		role := rolePublicist + r.IntN(3)
		if reason != roleassignment.EndReasonRATED_FAILING && chance(r, 0.35) && s.pickHead(r, c, holds, c.roles[roleHead][0]) >= 0 {
			role = roleHead
		}
		old := s.assignments[c.roles[role][len(c.roles[role])-1]]
		end := s.replacementTime(r, reason)
		old.end, old.reason = end, reason
		var ri int
		if role == roleHead {
			ri = s.pickHead(r, c, holds, old.resident)
		} else {
			ri = take(c.village)
		}
		add(ci, role, ri, end)
	}
}

// replacementTime returns when an officer is replaced: an officer rated
// failing goes three weeks after the half-year's evaluation; others at any
// time in the middle of the history.
func (s *seeder) replacementTime(r *rand.Rand, reason roleassignment.EndReason) time.Time {
	if reason == roleassignment.EndReasonRATED_FAILING {
		for _, h := range s.ratedHalves() {
			end := between(r, h.To.Add(20*day), h.To.Add(21*day))
			if end.Before(s.asOf.Add(-30 * day)) {
				return end
			}
		}
	}
	return between(r, s.start.AddDate(0, 4, 0), s.asOf.AddDate(0, -1, 0))
}

// pickHead returns a party member of courtyard c to be its head, preferring
// people aged 35–72 who hold no other role; -1 if none is left (only when
// exclude >= 0, i.e. when looking for a successor).
func (s *seeder) pickHead(r *rand.Rand, c *courtyardPlan, holds []int, exclude int) int {
	year := s.asOf.Year()
	var best, other []int
	for _, ri := range c.party {
		if ri == exclude || holds[ri] > 0 {
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
	// Every courtyard has two party members; both may already serve elsewhere.
	return c.party[0]
}

// writeOfficers plans and writes the role assignments.
func (s *seeder) writeOfficers(ctx context.Context) error {
	s.planOfficers()
	ids, err := insert(ctx, s, "RoleAssignment", len(s.assignments),
		func(c *ent.Client, i int) *ent.RoleAssignmentCreate {
			a := s.assignments[i]
			tid, vid := s.area(a.courtyard)
			sel := roleassignment.SelectionAPPOINTED
			if a.role == roleHead {
				sel = roleassignment.SelectionELECTED
			}
			b := c.RoleAssignment.Create().SetRole(roleEnums[a.role]).SetSelection(sel).
				SetStartedAt(a.start).SetResidentID(s.residents[a.resident].id).
				SetCourtyardID(s.courtyards[a.courtyard].id).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(a.start).SetUpdatedAt(a.start)
			if !a.end.IsZero() {
				b.SetEndedAt(a.end).SetEndReason(a.reason).SetUpdatedAt(a.end)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.RoleAssignmentCreate) ([]*ent.RoleAssignment, error) {
			return c.RoleAssignment.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.RoleAssignment) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.assignments[i].id = id
	}
	return nil
}
