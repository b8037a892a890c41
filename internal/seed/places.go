package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
)

type townPlan struct {
	id       int
	code     string
	name     string
	kind     town.Kind
	lat, lng float64
	villages []int
}

type villagePlan struct {
	id         int
	town       int
	code, name string
	lat, lng   float64
	courtyards []int
	goods      []int // indices into seeder.goods
}

type courtyardPlan struct {
	id         int
	village    int
	town       int
	code, name string
	lat, lng   float64
	households []int
	// adults (18+) and party members among them, as resident indices.
	adults, party []int
	// assignments per role (roleOrder), in time order.
	roles [4][]int
}

type householdPlan struct {
	id        int
	courtyard int
	number    string
	address   string
	residents []int
}

type residentPlan struct {
	id        int
	household int
	courtyard int
	name      string
	gender    resident.Gender
	birthYear int
	phone     string
	idCard    string
	party     bool
}

type movePlan struct {
	household int
	from, to  int // courtyard indices
	at        time.Time
	reason    string
}

// area returns the town and village ids of courtyard c, for the AreaMixin
// columns every courtyard-bound record carries.
func (s *seeder) area(c int) (townID, villageID int) {
	cy := s.courtyards[c]
	return s.towns[cy.town].id, s.villages[cy.village].id
}

// writeCatalogues writes the district-wide catalogues: issue items, service
// types and points rules.
func (s *seeder) writeCatalogues(ctx context.Context) error {
	t := s.start
	var err error
	s.itemIDs, err = insert(ctx, s, "IssueItem", len(issueItems),
		func(c *ent.Client, i int) *ent.IssueItemCreate {
			d := issueItems[i]
			return c.IssueItem.Create().SetCode(d.Code).SetName(d.Name).
				SetCategory(issueitem.Category(d.Category)).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IssueItemCreate) ([]*ent.IssueItem, error) {
			return c.IssueItem.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.IssueItem) int { return e.ID })
	if err != nil {
		return err
	}
	s.serviceIDs, err = insert(ctx, s, "ServiceType", len(serviceTypes),
		func(c *ent.Client, i int) *ent.ServiceTypeCreate {
			d := serviceTypes[i]
			return c.ServiceType.Create().SetCode(d.Code).SetName(d.Name).
				SetRequiredDocuments(d.Documents).SetProcessSteps(d.Steps).SetTimeLimitDays(d.LimitDays).
				SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.ServiceTypeCreate) ([]*ent.ServiceType, error) {
			return c.ServiceType.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.ServiceType) int { return e.ID })
	if err != nil {
		return err
	}
	s.ruleIDs, err = insert(ctx, s, "PointRule", len(pointRules),
		func(c *ent.Client, i int) *ent.PointRuleCreate {
			d := pointRules[i]
			return c.PointRule.Create().SetCode(d.Code).SetName(d.Name).SetPoints(d.Points).
				SetDescription(d.Description).SetActive(true).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.PointRuleCreate) ([]*ent.PointRule, error) {
			return c.PointRule.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.PointRule) int { return e.ID })
	return err
}

// jitter returns x moved by up to ±d, rounded to 6 decimals (about 0.1 m).
func jitter(r *rand.Rand, x, d float64) float64 {
	return math.Round((x+(r.Float64()*2-1)*d)*1e6) / 1e6
}

// planPlaces plans towns, villages and courtyards.
func (s *seeder) planPlaces() error {
	r := s.rng("places")
	if s.sc.Towns > len(townTable) {
		return fmt.Errorf("scale asks for %d towns, the town table has %d", s.sc.Towns, len(townTable))
	}
	for ti := range s.sc.Towns {
		td := townTable[ti]
		t := &townPlan{
			code: districtCode + td.Suffix, name: td.Name, kind: town.Kind(td.Kind),
			lat: jitter(r, centreLat, 0.15), lng: jitter(r, centreLng, 0.2),
		}
		if ti == 0 { // 临江镇 lies a little west of the district seat.
			t.lat, t.lng = jitter(r, centreLat+0.02, 0.01), jitter(r, centreLng-0.12, 0.01)
		}
		s.towns = append(s.towns, t)
		nv := s.sc.VillagesPerTown.draw(r)
		for vi, name := range villageNames(r, td, nv) {
			// Statistical codes number communities 0xx and villages 2xx.
			suffix := fmt.Sprintf("%03d", 200+vi+1)
			if isCommunity(name) {
				suffix = fmt.Sprintf("%03d", vi+1)
			}
			v := &villagePlan{
				town: ti, code: t.code + suffix, name: name,
				lat: jitter(r, t.lat, 0.03), lng: jitter(r, t.lng, 0.035),
			}
			t.villages = append(t.villages, len(s.villages))
			s.villages = append(s.villages, v)
			nc := s.sc.CourtyardsPerVillage.draw(r)
			names := courtyardNames(r, nc)
			for ci := range nc {
				c := &courtyardPlan{
					village: len(s.villages) - 1, town: ti,
					code: v.code + fmt.Sprintf("%03d", ci+1), name: names[ci],
					lat: jitter(r, v.lat, 0.006), lng: jitter(r, v.lng, 0.007),
				}
				v.courtyards = append(v.courtyards, len(s.courtyards))
				s.courtyards = append(s.courtyards, c)
			}
		}
	}
	return nil
}

// isCommunity reports whether a village name is an urban community's (社区).
func isCommunity(name string) bool { return strings.HasSuffix(name, "社区") }

// villageNames returns n distinct village names for a town: its named villages
// first, then composed ones.
func villageNames(r *rand.Rand, td townDef, n int) []string {
	names := make([]string, 0, n)
	seen := map[string]bool{}
	for _, v := range td.Villages {
		if len(names) == n {
			break
		}
		names = append(names, v)
		seen[v] = true
	}
	stems := r.Perm(len(villageStems))
	for i := 0; len(names) < n; i++ {
		name := villageStems[stems[i%len(stems)]] + "村"
		if i >= len(stems) {
			name = villageStems[stems[i%len(stems)]] + []string{"二", "三", "四", "五"}[(i/len(stems)-1)%4] + "村"
		}
		if !seen[name] {
			names = append(names, name)
			seen[name] = true
		}
	}
	return names
}

// courtyardNames returns n distinct courtyard names: 杨家院坝, 大田院坝,
// 石板坡院坝, 向家湾院坝 …
func courtyardNames(r *rand.Rand, n int) []string {
	names := make([]string, 0, n)
	seen := map[string]bool{}
	for tries := 0; len(names) < n; tries++ {
		var stem string
		switch r.IntN(4) {
		case 0:
			stem = surnames[weightedSurname(r)] + "家"
		case 1:
			stem = surnames[weightedSurname(r)] + "家" + pick(r, placeSuffixes)
		case 2:
			stem = pick(r, landforms)
		default:
			stem = pick(r, landforms) + pick(r, placeSuffixes)
		}
		name := stem + courtyardSuffix
		if tries > 200 {
			name = fmt.Sprintf("%s%d%s", stem, tries, courtyardSuffix)
		}
		if !seen[name] {
			names = append(names, name)
			seen[name] = true
		}
	}
	return names
}

// weightedSurname draws a surname index, favouring the common ones.
func weightedSurname(r *rand.Rand) int {
	// Square of a uniform favours small indices.
	u := r.Float64()
	return int(u * u * float64(len(surnames)))
}

// writePlaces plans and writes the district, towns, villages and courtyards.
func (s *seeder) writePlaces(ctx context.Context) error {
	if err := s.planPlaces(); err != nil {
		return err
	}
	t := s.start
	ids, err := insert(ctx, s, "District", 1,
		func(c *ent.Client, _ int) *ent.DistrictCreate {
			return c.District.Create().SetCode(districtCode).SetName(districtName).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.DistrictCreate) ([]*ent.District, error) {
			return c.District.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.District) int { return e.ID })
	if err != nil {
		return err
	}
	s.districtID = ids[0]
	ids, err = insert(ctx, s, "Town", len(s.towns),
		func(c *ent.Client, i int) *ent.TownCreate {
			p := s.towns[i]
			return c.Town.Create().SetCode(p.code).SetName(p.name).SetKind(p.kind).
				SetDistrictID(s.districtID).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.TownCreate) ([]*ent.Town, error) {
			return c.Town.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Town) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.towns[i].id = id
	}
	ids, err = insert(ctx, s, "Village", len(s.villages),
		func(c *ent.Client, i int) *ent.VillageCreate {
			p := s.villages[i]
			kind := village.KindVILLAGE
			if isCommunity(p.name) {
				kind = village.KindCOMMUNITY
			}
			return c.Village.Create().SetCode(p.code).SetName(p.name).SetKind(kind).
				SetTownID(s.towns[p.town].id).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.VillageCreate) ([]*ent.Village, error) {
			return c.Village.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Village) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.villages[i].id = id
	}
	ids, err = insert(ctx, s, "Courtyard", len(s.courtyards),
		func(c *ent.Client, i int) *ent.CourtyardCreate {
			p := s.courtyards[i]
			return c.Courtyard.Create().SetCode(p.code).SetName(p.name).
				SetLatitude(p.lat).SetLongitude(p.lng).
				SetVillageID(s.villages[p.village].id).SetTownID(s.towns[p.town].id).
				SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.CourtyardCreate) ([]*ent.Courtyard, error) {
			return c.Courtyard.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Courtyard) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.courtyards[i].id = id
	}
	return nil
}

// planPeople plans households, residents and household moves.
func (s *seeder) planPeople() {
	r := s.rng("people")
	year := s.asOf.Year()
	for ci, c := range s.courtyards {
		v := s.villages[c.village]
		t := s.towns[c.town]
		// A courtyard is mostly one clan: the family in its name, if any.
		clan := surnames[weightedSurname(r)]
		if i := strings.Index(c.name, "家"); i > 0 {
			clan = c.name[:i]
		}
		nh := s.sc.HouseholdsPerCourtyard.draw(r)
		for hi := range nh {
			h := &householdPlan{
				courtyard: ci,
				number:    fmt.Sprintf("%03d", hi+1),
				address:   fmt.Sprintf("重庆市%s%s%s%s%d号", districtName, t.name, v.name, c.name, hi+1),
			}
			hIdx := len(s.households)
			s.households = append(s.households, h)
			c.households = append(c.households, hIdx)
			family := clan
			if !chance(r, 0.6) {
				family = surnames[weightedSurname(r)]
			}
			size := weighted(r, s.sc.HouseholdSize) + 1
			headYear := 1948 + r.IntN(44)
			headGender := resident.GenderMALE
			if chance(r, 0.2) {
				headGender = resident.GenderFEMALE
			}
			s.addResident(r, hIdx, ci, family, headGender, headYear)
			parents := 0
			for k := 1; k < size; k++ {
				switch {
				case k == 1 && chance(r, 0.85): // spouse
					g := resident.GenderFEMALE
					if headGender == resident.GenderFEMALE {
						g = resident.GenderMALE
					}
					s.addResident(r, hIdx, ci, surnames[weightedSurname(r)], g, headYear-3+r.IntN(7))
				case parents < 2 && headYear < 1985 && chance(r, 0.2) && headYear-26 >= 1925: // a parent
					parents++
					g := resident.GenderMALE
					if chance(r, 0.6) {
						g = resident.GenderFEMALE
					}
					by := max(headYear-30+r.IntN(8), 1925)
					s.addResident(r, hIdx, ci, family, g, by)
				default: // a child or grandchild
					by := headYear + 22 + r.IntN(14)
					if by >= year-1 {
						by = headYear + 22 + r.IntN(max(1, year-1-headYear-22))
					}
					by = min(by, year-1)
					g := resident.GenderMALE
					if chance(r, 0.48) {
						g = resident.GenderFEMALE
					}
					s.addResident(r, hIdx, ci, family, g, by)
				}
			}
		}
		// Party members: about one adult in ten, more among older men; every
		// courtyard needs at least two to elect (and replace) a head.
		for _, h := range c.households {
			for _, ri := range s.households[h].residents {
				p := s.residents[ri]
				age := year - p.birthYear
				if age < 18 {
					continue
				}
				c.adults = append(c.adults, ri)
				rate := 0.05
				if p.gender == resident.GenderMALE && age >= 45 {
					rate = 0.16
				} else if age >= 25 {
					rate = 0.07
				}
				if chance(r, rate) {
					p.party = true
				}
			}
		}
		for _, ri := range c.adults {
			if s.residents[ri].party {
				c.party = append(c.party, ri)
			}
		}
		for len(c.party) < 2 {
			ri := pick(r, c.adults)
			if !s.residents[ri].party {
				s.residents[ri].party = true
				c.party = append(c.party, ri)
			}
		}
	}
	// Some households moved in from a neighbouring courtyard when grids were
	// redrawn; their current courtyard is where they live now.
	mr := s.rng("moves")
	reasons := []string{"院坝微网格调整", "院坝微网格调整", "易地搬迁安置", "新建住房迁居"}
	for _, v := range s.villages {
		if len(v.courtyards) < 2 {
			continue
		}
		for _, ci := range v.courtyards {
			for _, h := range s.courtyards[ci].households {
				if !chance(mr, s.sc.MovedShare) {
					continue
				}
				from := ci
				for from == ci {
					from = pick(mr, v.courtyards)
				}
				s.moves = append(s.moves, &movePlan{
					household: h, from: from, to: ci,
					at: between(mr, s.from, s.asOf), reason: pick(mr, reasons),
				})
			}
		}
	}
}

// addResident appends a resident to household h.
func (s *seeder) addResident(r *rand.Rand, h, c int, family string, g resident.Gender, birthYear int) {
	p := &residentPlan{
		household: h, courtyard: c, gender: g, birthYear: birthYear,
		name:   family + givenName(r, g, s.asOf.Year()-birthYear),
		idCard: idCardNumber(r, birthYear, g),
	}
	if s.asOf.Year()-birthYear >= 16 && chance(r, 0.9) {
		p.phone = phoneNumber(r)
	}
	s.households[h].residents = append(s.households[h].residents, len(s.residents))
	s.residents = append(s.residents, p)
}

// givenName composes a one- or two-character given name fitting the person's
// generation and gender.
func givenName(r *rand.Rand, g resident.Gender, age int) string {
	var pool []rune
	switch {
	case age >= 40 && g == resident.GenderMALE:
		pool = givenOldMale
	case age >= 40:
		pool = givenOldFemale
	case g == resident.GenderMALE:
		pool = givenYoungMale
	default:
		pool = givenYoungFemale
	}
	if chance(r, 0.25) {
		return string(pick(r, pool))
	}
	return string([]rune{pick(r, pool), pick(r, pool)})
}

// phoneNumber returns a fake, masked-looking mobile number such as 13800001234.
func phoneNumber(r *rand.Rand) string {
	return fmt.Sprintf("%s0000%04d", pick(r, []string{"138", "139", "135", "150", "151", "187", "189", "177"}), r.IntN(10000))
}

// idCardNumber returns a fake 18-character resident ID number: the district
// code, the birth date, a sequence (odd for men) and a check character that is
// deliberately NOT the GB 11643 one, so that no demo number can be a real
// person's.
func idCardNumber(r *rand.Rand, birthYear int, g resident.Gender) string {
	seq := r.IntN(500) * 2
	if g == resident.GenderMALE {
		seq++
	}
	body := fmt.Sprintf("%s%04d%02d%02d%03d", districtCode, birthYear, 1+r.IntN(12), 1+r.IntN(28), seq)
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[(sum+1)%11])
}

// writePeople plans and writes households, residents and household moves.
func (s *seeder) writePeople(ctx context.Context) error {
	s.planPeople()
	t := s.start
	ids, err := insert(ctx, s, "Household", len(s.households),
		func(c *ent.Client, i int) *ent.HouseholdCreate {
			h := s.households[i]
			head := s.residents[h.residents[0]]
			tid, vid := s.area(h.courtyard)
			b := c.Household.Create().SetNumber(h.number).SetHeadName(head.name).SetAddress(h.address).
				SetCourtyardID(s.courtyards[h.courtyard].id).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(t).SetUpdatedAt(t)
			if head.phone != "" {
				b.SetPhone(head.phone)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.HouseholdCreate) ([]*ent.Household, error) {
			return c.Household.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Household) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.households[i].id = id
	}
	ids, err = insert(ctx, s, "Resident", len(s.residents),
		func(c *ent.Client, i int) *ent.ResidentCreate {
			p := s.residents[i]
			b := c.Resident.Create().SetName(p.name).SetGender(p.gender).SetBirthYear(p.birthYear).
				SetIDCardNumber(p.idCard).SetPartyMember(p.party).
				SetHouseholdID(s.households[p.household].id).SetCreatedAt(t).SetUpdatedAt(t)
			if p.phone != "" {
				b.SetPhone(p.phone)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.ResidentCreate) ([]*ent.Resident, error) {
			return c.Resident.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.Resident) int { return e.ID })
	if err != nil {
		return err
	}
	for i, id := range ids {
		s.residents[i].id = id
	}
	_, err = insert(ctx, s, "HouseholdMove", len(s.moves),
		func(c *ent.Client, i int) *ent.HouseholdMoveCreate {
			m := s.moves[i]
			tid, vid := s.area(m.to)
			return c.HouseholdMove.Create().SetHouseholdID(s.households[m.household].id).
				SetFromCourtyardID(s.courtyards[m.from].id).SetCourtyardID(s.courtyards[m.to].id).
				SetTownID(tid).SetVillageID(vid).SetMovedAt(m.at).SetReason(m.reason).
				SetCreatedAt(m.at).SetUpdatedAt(m.at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.HouseholdMoveCreate) ([]*ent.HouseholdMove, error) {
			return c.HouseholdMove.CreateBulk(bs...).Save(ctx)
		},
		func(e *ent.HouseholdMove) int { return e.ID })
	return err
}
