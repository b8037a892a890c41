package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/grant"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/standing"
)

// --- points ---

type entryPlan struct {
	courtyard int
	household int // -1 for the courtyard as a whole
	rule      int
	points    int
	reason    string
	at        time.Time
}

type redemptionPlan struct {
	courtyard, household, good int
	quantity, points           int
	at                         time.Time
}

// planPoints plans points entries — for adopted golden ideas, for giving land
// to roads that were built, and everyday ones under the weighted rules — then
// redemptions that never spend more than a household holds at the time.
func (s *seeder) planPoints() {
	r := s.rng("points")
	ruleIndex := func(code string) int {
		return slices.IndexFunc(pointRules, func(d ruleDef) bool { return d.Code == code })
	}
	hhOf := func(ri int) int { return s.residents[ri].household }
	entry := func(c, h, rule int, detail string, at time.Time) {
		d := pointRules[rule]
		reason := d.Name
		if detail != "" {
			reason += "：" + detail
		}
		s.entries = append(s.entries, &entryPlan{courtyard: c, household: h, rule: rule, points: d.Points,
			reason: bound.Cut(reason, bound.Line), at: at})
	}
	gi := ruleIndex(ruleGoldenIdea)
	for _, p := range s.ideas {
		if !p.adopted.IsZero() {
			entry(p.courtyard, hhOf(p.proposer), gi, bound.Cut(p.content, 60), p.adopted)
		}
	}
	lr := ruleIndex(ruleLandForRoad)
	for _, p := range s.issues {
		if issueItems[p.item].Code == "ROAD_REPAIR" && p.stage >= stageExecuted {
			c := s.courtyards[p.courtyard]
			for range 1 + r.IntN(2) {
				entry(p.courtyard, pick(r, c.households), lr, p.title, p.times[stageExecuted])
			}
		}
	}
	everyday := make([]int, len(pointRules))
	for i, d := range pointRules {
		everyday[i] = d.Weight
	}
	for ci, c := range s.courtyards {
		lambda := s.sc.PointsPerHousehold * float64(len(c.households)) * (0.5 + 0.5*c.activity)
		for range poisson(r, lambda) {
			rule := weighted(r, everyday)
			h := pick(r, c.households)
			if pointRules[rule].Points > 0 && chance(r, 0.04) {
				h = -1 // the whole courtyard earned it
			}
			entry(ci, h, rule, "", seasonal(r, &recordSeason, s.from, s.asOf))
		}
	}
	sortStable(s.entries, func(e *entryPlan) int64 { return e.at.Unix() })

	// Redemptions, household by household in household order.
	rr := s.rng("redemptions")
	byHousehold := make([][]*entryPlan, len(s.households))
	for _, e := range s.entries {
		if e.household >= 0 {
			byHousehold[e.household] = append(byHousehold[e.household], e)
		}
	}
	for h, es := range byHousehold {
		balance := 0
		c := s.households[h].courtyard
		goods := s.villages[s.courtyards[c].village].goods
		for k, e := range es {
			balance += e.points
			if balance <= 0 || !chance(rr, 0.4) {
				continue
			}
			var affordable []int
			for _, g := range goods {
				if supermarketGoods[s.goods[g].good].Cost <= balance {
					affordable = append(affordable, g)
				}
			}
			if len(affordable) == 0 {
				continue
			}
			g := pick(rr, affordable)
			cost := supermarketGoods[s.goods[g].good].Cost
			qty := 1 + rr.IntN(min(3, balance/cost))
			// Redeemed before the household's next entry, so the balance at
			// the time covers it.
			until := earliest(e.at.Add(30*day), s.asOf)
			if k+1 < len(es) {
				until = earliest(until, es[k+1].at)
			}
			if !until.After(e.at) {
				continue
			}
			at := between(rr, e.at.Add(time.Second), until)
			balance -= qty * cost
			s.redemptions = append(s.redemptions, &redemptionPlan{
				courtyard: c, household: h, good: g, quantity: qty, points: qty * cost, at: at,
			})
		}
	}
	sortStable(s.redemptions, func(p *redemptionPlan) int64 { return p.at.Unix() })
}

// writePoints plans and writes points entries and redemptions.
func (s *seeder) writePoints(ctx context.Context) error {
	s.planPoints()
	s.planLateEntries()
	err := insert(ctx, s, kPointEntry, len(s.entries),
		func(c *ent.Client, i int) *ent.PointEntryCreate {
			e := s.entries[i]
			tid, vid := s.area(e.courtyard)
			b := c.PointEntry.Create().
				SetPoints(e.points).SetReason(e.reason).SetAwardedAt(e.at).
				SetRuleID(s.id(kPointRule, e.rule)).SetCourtyardID(s.id(kCourtyard, e.courtyard)).
				SetTownID(tid).SetVillageID(vid).SetCreatedAt(e.at).SetUpdatedAt(e.at)
			if e.household >= 0 {
				b.SetHouseholdID(s.id(kHousehold, e.household))
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.PointEntryCreate) error {
			return c.PointEntry.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	err = insert(ctx, s, kPointRedemption, len(s.redemptions),
		func(c *ent.Client, i int) *ent.PointRedemptionCreate {
			p := s.redemptions[i]
			tid, vid := s.area(p.courtyard)
			return c.PointRedemption.Create().
				SetQuantity(p.quantity).SetPoints(p.points).SetRedeemedAt(p.at).
				SetHouseholdID(s.id(kHousehold, p.household)).SetItemID(s.id(kSupermarketItem, p.good)).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.at).SetUpdatedAt(p.at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.PointRedemptionCreate) error {
			return c.PointRedemption.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	// Each household's balance: its confirmed entries minus its redemptions
	// (the ledger's invariant, workflow's rule check), in one statement.
	_, err = s.db.SQL.ExecContext(ctx, `UPDATE households SET point_balance =
		COALESCE((SELECT SUM(e.points) FROM point_entries e WHERE e.household_id = households.id AND e.status = 'CONFIRMED'), 0) -
		COALESCE((SELECT SUM(r.points) FROM point_redemptions r WHERE r.household_id = households.id AND r.cancelled_at IS NULL), 0)
		WHERE id IN (SELECT household_id FROM point_entries WHERE household_id IS NOT NULL)`)
	return err
}

// --- awards and grants ---

type awardPlan struct {
	courtyard int
	category  award.Category
	winner    int // resident index, -1 for the courtyard award
	period    string
	at        time.Time
}

type grantPlan struct {
	courtyard int
	purpose   grant.Purpose
	amountFen int64
	desc      string
	period    string
	at        time.Time
}

// grantPurposes with their weights; grantDescriptions is indexed alike.
// Grants are whole multiples of grantUnit yuan, drawn from grantYuan.
var (
	grantPurposes = []grant.Purpose{grant.PurposeCOURTYARD_ECONOMY, grant.PurposeBEAUTIFUL_COURTYARD, grant.PurposeSAFE_COMPOUND, grant.PurposeOTHER}
	grantWeights  = []int{4, 4, 3, 1}
	grantYuan     = []int64{10_000, 20_000, 30_000, 50_000, 50_000, 80_000, 100_000}
)

// grantUnit is the granularity of grant budgets, in yuan.
const grantUnit = 10_000

// awardCategories pairs award categories with the role they honour (-1: the
// courtyard itself).
var awardCategories = []struct {
	category award.Category
	role     int
}{
	{award.CategoryCOURTYARD, -1}, {award.CategoryHEAD, roleHead}, {award.CategoryAGENT, roleAgent},
	{award.CategoryPUBLICIST, rolePublicist}, {award.CategoryINFORMANT, roleInformant},
}

// ranked is a candidate with its mean score.
type ranked struct {
	idx   int
	score float64
}

// rank orders candidates best first; ties are broken by a shuffle drawn from r.
func rank(r *rand.Rand, cands []ranked) []ranked {
	r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	slices.SortStableFunc(cands, func(a, b ranked) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	return cands
}

// townWeights are the towns' numbers of courtyards, to share district-wide
// quotas among them.
func (s *seeder) townWeights() []float64 {
	w := make([]float64, len(s.towns))
	for ti, t := range s.towns {
		for _, vi := range t.villages {
			w[ti] += float64(len(s.villages[vi].courtyards))
		}
	}
	return w
}

// planAwards plans, per completed half-year, the "五个最美" awards (exactly
// sc.AwardsPerCategory per category, shared among the towns by their number of
// courtyards, to the best-rated courtyards and officers of each town) and the
// project grants (sc.GrantYuan in all, shared among the half-years and towns
// alike, to the courtyards with the most deliberation and lectures).
func (s *seeder) planAwards() {
	r := s.rng("awards")
	halves := s.completedHalves()
	tw := s.townWeights()
	awardQuota := apportion(s.sc.AwardsPerCategory, tw, 0, s.sc.AwardsPerCategory)
	units := int(s.sc.GrantYuan / grantUnit)
	halfUnits := apportion(units, slices.Repeat([]float64{1}, len(halves)), 0, units)
	inTown := make([][]int, len(s.towns))
	for ti, t := range s.towns {
		for _, vi := range t.villages {
			inTown[ti] = append(inTown[ti], s.villages[vi].courtyards...)
		}
	}
	for hi, h := range halves {
		// Mean scores of the half-year per courtyard and per assignment.
		cSum, cN := make([]int, len(s.courtyards)), make([]int, len(s.courtyards))
		aSum, aN := make([]int, len(s.assignments)), make([]int, len(s.assignments))
		for _, p := range s.ratings {
			if p.period != h.Label {
				continue
			}
			if p.officer {
				aSum[p.assignment] += p.score
				aN[p.assignment]++
			} else {
				cSum[p.courtyard] += p.score
				cN[p.courtyard]++
			}
		}
		activity := make([]int, len(s.courtyards))
		for _, p := range s.issues {
			if d := p.times[stageDecided]; !d.IsZero() && !d.Before(h.Start) && d.Before(h.End) {
				activity[p.courtyard] += 2
			}
		}
		for _, p := range s.sessions {
			if p.lecture && !p.held.Before(h.Start) && p.held.Before(h.End) {
				activity[p.courtyard]++
			}
		}
		awardedAt := earliest(h.End.Add(10*day), s.asOf)
		grantedAt := earliest(h.End.Add(20*day), s.asOf)
		for _, ac := range awardCategories {
			// A town short of candidates hands its remaining awards on to
			// the next town.
			carry := 0
			for ti := range s.towns {
				want := awardQuota[ti] + carry
				var cands []ranked
				if ac.role < 0 {
					for _, ci := range inTown[ti] {
						if cN[ci] > 0 {
							cands = append(cands, ranked{ci, float64(cSum[ci]) / float64(cN[ci])})
						}
					}
				} else {
					for _, ci := range inTown[ti] {
						for _, ai := range s.courtyards[ci].roles[ac.role] {
							// An officer the scoring rule flags failing wins
							// nothing (workflow.ConfirmAwardsInput).
							mean := float64(aSum[ai]) / float64(max(aN[ai], 1))
							if aN[ai] > 0 && !(aN[ai] >= standing.Scoring.MinRatings && mean < standing.Scoring.FailingLine) {
								cands = append(cands, ranked{ai, mean})
							}
						}
					}
				}
				won := map[int]bool{} // winners (courtyards or residents) in this category
				got := 0
				for _, c := range rank(r, cands) {
					if got == want {
						break
					}
					p := &awardPlan{courtyard: c.idx, category: ac.category, winner: -1, period: h.Label, at: awardedAt}
					key := c.idx
					if ac.role >= 0 {
						a := s.assignments[c.idx]
						p.courtyard, p.winner, key = a.courtyard, a.resident, a.resident
					}
					if won[key] {
						continue
					}
					won[key] = true
					s.awards = append(s.awards, p)
					got++
				}
				carry = want - got
			}
		}
		// Grants: each town's budget goes to its most active courtyards,
		// one grant each, amounts drawn until the budget is spent.
		townUnits := apportion(halfUnits[hi], tw, 0, halfUnits[hi])
		for ti := range s.towns {
			budget := int64(townUnits[ti]) * grantUnit
			if budget == 0 {
				continue
			}
			var cands []ranked
			for _, ci := range inTown[ti] {
				mean := 0.0
				if cN[ci] > 0 {
					mean = float64(cSum[ci]) / float64(cN[ci])
				}
				cands = append(cands, ranked{ci, float64(activity[ci]) + 2*mean})
			}
			cands = rank(r, cands)
			for k := 0; budget > 0; k++ {
				var fits []int64
				for _, y := range grantYuan {
					if y <= budget {
						fits = append(fits, y)
					}
				}
				amount := pick(r, fits)
				budget -= amount
				kind := weighted(r, grantWeights)
				s.grants = append(s.grants, &grantPlan{
					courtyard: cands[k%len(cands)].idx, purpose: grantPurposes[kind], amountFen: amount * 100,
					desc: pick(r, grantDescriptions[kind]), period: h.Label, at: grantedAt,
				})
			}
		}
	}
}

// writeAwards plans and writes awards and grants.
func (s *seeder) writeAwards(ctx context.Context) error {
	s.planAwards()
	err := insert(ctx, s, kAward, len(s.awards),
		func(c *ent.Client, i int) *ent.AwardCreate {
			p := s.awards[i]
			tid, vid := s.area(p.courtyard)
			b := c.Award.Create().SetPeriod(p.period).SetCategory(p.category).
				SetCitation(awardCitations[string(p.category)]).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(p.at).SetUpdatedAt(p.at)
			if p.winner >= 0 {
				b.SetWinnerID(s.id(kResident, p.winner))
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.AwardCreate) error {
			return c.Award.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	// A grant to a courtyard that won the half-year's COURTYARD award
	// follows the award; the others follow the half-year's assessment.
	courtyardAward := map[string]int{}
	for i, p := range s.awards {
		if p.category == award.CategoryCOURTYARD {
			courtyardAward[fmt.Sprint(p.period, "/", p.courtyard)] = i
		}
	}
	return insert(ctx, s, kGrant, len(s.grants),
		func(c *ent.Client, i int) *ent.GrantCreate {
			p := s.grants[i]
			tid, vid := s.area(p.courtyard)
			b := c.Grant.Create().SetAmountFen(p.amountFen).SetPurpose(p.purpose).
				SetDescription(p.desc).SetPeriod(p.period).SetCourtyardID(s.id(kCourtyard, p.courtyard)).
				SetTownID(tid).SetVillageID(vid).SetCreatedAt(p.at).SetUpdatedAt(p.at)
			if a, ok := courtyardAward[fmt.Sprint(p.period, "/", p.courtyard)]; ok {
				return b.SetAwardID(s.id(kAward, a)).SetBasis(p.period + " 最美院坝")
			}
			return b.SetBasis(p.period + " 院坝议事与参与考核")
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.GrantCreate) error {
			return c.Grant.CreateBulk(bs...).Exec(ctx)
		})
}
