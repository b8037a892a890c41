package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"yuanbahui/internal/workflow"

	"yuanbahui/ent"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
)

type townPlan struct {
	code     string
	name     string
	kind     town.Kind
	lat, lng float64
	busy     float64
	villages []int
}

type villagePlan struct {
	town       int
	code, name string
	community  bool
	lat, lng   float64
	activity   float64 // the village's own activity factor
	courtyards []int
	goods      []int // indices into seeder.goods
}

type courtyardPlan struct {
	village    int
	town       int
	code, name string
	lat, lng   float64
	size       float64 // planned households before scaling
	// activity scales how much happens in the courtyard (mean 1 over the
	// sample): busy towns, lively villages and big courtyards do more.
	activity   float64
	households []int
	residents  int
	// adults (18+) and party members among them, as resident indices.
	adults, party []int
	// assignments per role (roleOrder), in time order.
	roles [4][]int
}

type householdPlan struct {
	courtyard int
	number    string
	address   string
	// residents are residents[first : first+count]; the first is the head.
	first, count int
}

type residentPlan struct {
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
	return s.id(kTown, cy.town), s.id(kVillage, cy.village)
}

// writeCatalogues writes the district-wide catalogues: issue items, service
// types and points rules.
func (s *seeder) writeCatalogues(ctx context.Context) error {
	t := s.start
	err := insert(ctx, s, kIssueItem, len(issueItems),
		func(c *ent.Client, i int) *ent.IssueItemCreate {
			d := issueItems[i]
			return c.IssueItem.Create().SetCode(d.Code).SetName(d.Name).
				SetCategory(issueitem.Category(d.Category)).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IssueItemCreate) error {
			return c.IssueItem.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	err = insert(ctx, s, kServiceType, len(serviceTypes),
		func(c *ent.Client, i int) *ent.ServiceTypeCreate {
			d := serviceTypes[i]
			return c.ServiceType.Create().SetCode(d.Code).SetName(d.Name).
				SetRequiredDocuments(d.Documents).SetProcessSteps(d.Steps).SetTimeLimitDays(d.LimitDays).
				SetModes(d.allowedModes()).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.ServiceTypeCreate) error {
			return c.ServiceType.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	// The catalogue, and one earlier version it superseded before the
	// entries (rules are versioned, never edited): ATTEND_GATHERING gave 1.
	old := len(pointRules)
	return insert(ctx, s, kPointRule, old+1,
		func(c *ent.Client, i int) *ent.PointRuleCreate {
			if i == old {
				d := pointRules[slices.IndexFunc(pointRules, func(d ruleDef) bool { return d.Code == ruleAttend })]
				return c.PointRule.Create().SetCode(d.Code).SetName(d.Name).SetPoints(1).SetVersion(1).
					SetDescription("旧版：参加院坝会每次1分").SetActive(true).SetCreatedAt(t).SetUpdatedAt(t)
			}
			d := pointRules[i]
			b := c.PointRule.Create().SetCode(d.Code).SetName(d.Name).SetPoints(d.Points).
				SetDescription(d.Description).SetActive(true).SetCreatedAt(t).SetUpdatedAt(t)
			if d.Code == ruleAttend {
				b.SetVersion(2).SetSupersedesID(s.id(kPointRule, old))
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.PointRuleCreate) error {
			return c.PointRule.CreateBulk(bs...).Exec(ctx)
		})
}

// jitter returns x moved by up to ±d, rounded to 6 decimals (about 0.1 m).
func jitter(r *rand.Rand, x, d float64) float64 {
	return math.Round((x+(r.Float64()*2-1)*d)*1e6) / 1e6
}

// within keeps a coordinate inside Kaizhou.
func within(x, lo, hi float64) float64 { return min(max(x, lo), hi) }

// planPlaces plans towns, villages and courtyards, and how many households
// each courtyard gets.
func (s *seeder) planPlaces() error {
	r := s.rng("places")
	if s.sc.Towns > len(townTable) {
		return fmt.Errorf("scale asks for %d towns, the town table has %d", s.sc.Towns, len(townTable))
	}
	var weights []float64 // courtyards weight per village
	for ti := range s.sc.Towns {
		td := townTable[ti]
		t := &townPlan{
			code: districtCode + td.Suffix, name: td.Name, kind: town.Kind(td.Kind),
			lat:  within(jitter(r, td.Lat, 0.005), minLat, maxLat),
			lng:  within(jitter(r, td.Lng, 0.005), minLng, maxLng),
			busy: td.Busy * (0.92 + 0.16*r.Float64()),
		}
		s.towns = append(s.towns, t)
		nv := td.VillageCount
		if s.sc.VillagesPerTown > 0 {
			nv = s.sc.VillagesPerTown
		}
		// Streets are compact; rural towns spread over the hills.
		dLat, dLng := 0.045, 0.055
		if t.kind == town.KindSTREET {
			dLat, dLng = 0.02, 0.025
		}
		nComm, nVill := 0, 0
		for _, name := range villageNames(r, td, nv) {
			v := &villagePlan{
				town: ti, name: name, community: isCommunity(name),
				lat:      within(jitter(r, t.lat, dLat), minLat, maxLat),
				lng:      within(jitter(r, t.lng, dLng), minLng, maxLng),
				activity: 0.75 + 0.55*r.Float64(),
			}
			// Statistical codes number communities 0xx and villages 2xx.
			if v.community {
				nComm++
				v.code = t.code + fmt.Sprintf("%03d", nComm)
			} else {
				nVill++
				v.code = t.code + fmt.Sprintf("%03d", 200+nVill)
			}
			t.villages = append(t.villages, len(s.villages))
			s.villages = append(s.villages, v)
			// Villages differ a lot in how many grids they were cut into.
			u := r.Float64()
			weights = append(weights, 0.45+1.3*u*u+0.3*r.Float64())
		}
	}
	counts := apportion(s.sc.Courtyards, weights, s.sc.MinCourtyards, s.sc.MaxCourtyards)
	for vi, v := range s.villages {
		t := s.towns[v.town]
		names := courtyardNames(r, counts[vi], namedCourtyards[v.name])
		for ci := range counts[vi] {
			c := &courtyardPlan{
				village: vi, town: v.town,
				code: v.code + fmt.Sprintf("%03d", ci+1), name: names[ci],
				lat:      within(jitter(r, v.lat, 0.006), minLat, maxLat),
				lng:      within(jitter(r, v.lng, 0.007), minLng, maxLng),
				activity: v.activity * t.busy * (0.7 + 0.6*r.Float64()),
			}
			c.size = s.courtyardSize(r, t, v)
			v.courtyards = append(v.courtyards, len(s.courtyards))
			s.courtyards = append(s.courtyards, c)
		}
	}
	return nil
}

// courtyardSize draws the (unscaled) number of households of a courtyard:
// mostly 20–40, a long tail of big ones, bigger in busy towns and in urban
// communities.
func (s *seeder) courtyardSize(r *rand.Rand, t *townPlan, v *villagePlan) float64 {
	b := s.sc.Base
	size := float64(b.Min) + (r.Float64()+r.Float64())/2*float64(b.Max-b.Min+1)
	if s.sc.TailShare > 0 && chance(r, s.sc.TailShare) {
		u := r.Float64()
		size = float64(s.sc.Tail.Min) + u*u*float64(s.sc.Tail.Max-s.sc.Tail.Min+1)
	}
	if s.sc.Households == 0 { // no scaling: keep within the base span
		return min(max(math.Floor(size), float64(b.Min)), float64(b.Max))
	}
	size *= 0.85 + 0.15*t.busy
	if v.community {
		size *= 1.5
	}
	return min(size, float64(max(s.sc.Tail.Max, b.Max)))
}

// householdCounts returns the number of households per courtyard: the
// planned sizes, scaled (when the scale sets a total) so that they add up to
// about Households.
func (s *seeder) householdCounts() []int {
	out := make([]int, len(s.courtyards))
	if s.sc.Households == 0 {
		for i, c := range s.courtyards {
			out[i] = int(c.size)
		}
		return out
	}
	total := 0.0
	for _, c := range s.courtyards {
		total += c.size
	}
	f := float64(s.sc.Households) / total
	acc, prev := 0.0, 0
	for i, c := range s.courtyards {
		acc += c.size * f
		n := int(math.Round(acc))
		out[i] = max(n-prev, 8)
		prev = n
	}
	return out
}

// isCommunity reports whether a village name is an urban community's (社区).
func isCommunity(name string) bool { return strings.HasSuffix(name, "社区") }

// townStem is a town's name without 镇, 乡 or 街道.
func townStem(name string) string {
	for _, suffix := range []string{"街道", "镇", "乡"} {
		if stem, ok := strings.CutSuffix(name, suffix); ok {
			return stem
		}
	}
	return name
}

// villageNames returns n distinct village and community names for a town: its
// named villages first, then its communities (most of a street's, the seat of
// a town or township), then composed village names.
func villageNames(r *rand.Rand, td townDef, n int) []string {
	names := make([]string, 0, n)
	seen := map[string]bool{}
	add := func(name string) {
		if len(names) < n && !seen[name] {
			names = append(names, name)
			seen[name] = true
		}
	}
	for _, v := range td.Villages {
		add(v)
	}
	communities := 0
	switch {
	case td.Kind == "STREET":
		communities = (n*7 + 5) / 10
	case n >= 14:
		communities = 2
	case n >= 6 || (td.Kind == "TOWNSHIP" && n >= 5):
		communities = 1
	}
	for _, name := range names {
		if isCommunity(name) {
			communities--
		}
	}
	if communities > 0 && td.Kind != "STREET" {
		add(townStem(td.Name) + "社区")
		communities--
	}
	for _, k := range r.Perm(len(communityStems)) {
		if communities <= 0 {
			break
		}
		if name := communityStems[k] + "社区"; !seen[name] {
			add(name)
			communities--
		}
	}
	stems := r.Perm(len(villageStems))
	for i := 0; len(names) < n; i++ {
		name := villageStems[stems[i%len(stems)]] + "村"
		if i >= len(stems) {
			name = villageStems[stems[i%len(stems)]] + []string{"二", "三", "四", "五"}[(i/len(stems)-1)%4] + "村"
		}
		add(name)
	}
	return names
}

// courtyardNames returns n distinct courtyard names, the given ones first:
// 杨家院坝, 大田院坝, 石板坡院坝, 向家湾院坝 …
func courtyardNames(r *rand.Rand, n int, named []string) []string {
	names := make([]string, 0, n)
	seen := map[string]bool{}
	for _, name := range named {
		if len(names) < n && !seen[name] {
			names = append(names, name)
			seen[name] = true
		}
	}
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
	s.districtID = s.id(kDistrict, 0)
	// The district's lecture topics are written by writeCatalogues, with
	// the seed's ids.
	err := insert(workflow.WithTopicsWritten(ctx), s, kDistrict, 1,
		func(c *ent.Client, i int) *ent.DistrictCreate {
			return c.District.Create().SetCode(districtCode).SetName(districtName).
				SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.DistrictCreate) error {
			return c.District.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	if err := s.inTx(ctx, func(c *ent.Client) error { return writeTargets(ctx, c, s.districtID, t) }); err != nil {
		return fmt.Errorf("writing the district's targets: %w", err)
	}
	err = insert(ctx, s, kTown, len(s.towns),
		func(c *ent.Client, i int) *ent.TownCreate {
			p := s.towns[i]
			return c.Town.Create().SetCode(p.code).SetName(p.name).SetKind(p.kind).
				SetDistrictID(s.districtID).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.TownCreate) error {
			return c.Town.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	err = insert(ctx, s, kVillage, len(s.villages),
		func(c *ent.Client, i int) *ent.VillageCreate {
			p := s.villages[i]
			kind := village.KindVILLAGE
			if p.community {
				kind = village.KindCOMMUNITY
			}
			return c.Village.Create().SetCode(p.code).SetName(p.name).SetKind(kind).
				SetTownID(s.id(kTown, p.town)).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.VillageCreate) error {
			return c.Village.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	return insert(ctx, s, kCourtyard, len(s.courtyards),
		func(c *ent.Client, i int) *ent.CourtyardCreate {
			p := s.courtyards[i]
			return c.Courtyard.Create().SetCode(p.code).SetName(p.name).
				SetLatitude(p.lat).SetLongitude(p.lng).
				SetVillageID(s.id(kVillage, p.village)).SetTownID(s.id(kTown, p.town)).
				SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.CourtyardCreate) error {
			return c.Courtyard.CreateBulk(bs...).Exec(ctx)
		})
}

// planPeople plans households, residents and household moves, and sets each
// courtyard's activity.
func (s *seeder) planPeople() {
	r := s.rng("people")
	year := s.asOf.Year()
	counts := s.householdCounts()
	s.households = make([]householdPlan, 0, s.sc.Households+len(s.courtyards))
	s.residents = make([]residentPlan, 0, 3*cap(s.households))
	for ci, c := range s.courtyards {
		v := s.villages[c.village]
		t := s.towns[c.town]
		// A rural courtyard is mostly one clan: the family in its name, if any.
		clan := surnames[weightedSurname(r)]
		if i := strings.Index(c.name, "家"); i > 0 {
			clan = c.name[:i]
		}
		clanShare := 0.6
		if v.community {
			clanShare = 0.15
		}
		for hi := range counts[ci] {
			hIdx := len(s.households)
			s.households = append(s.households, householdPlan{
				courtyard: ci,
				number:    fmt.Sprintf("%03d", hi+1),
				address:   fmt.Sprintf("重庆市%s%s%s%s%d号", districtName, t.name, v.name, c.name, hi+1),
				first:     len(s.residents),
			})
			c.households = append(c.households, hIdx)
			family := clan
			if !chance(r, clanShare) {
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
			c.residents += size
		}
		// Party members: about one adult in ten, more among older men; every
		// courtyard needs at least two to elect (and replace) a head.
		for _, h := range c.households {
			hh := &s.households[h]
			for ri := hh.first; ri < hh.first+hh.count; ri++ {
				p := &s.residents[ri]
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
					c.party = append(c.party, ri)
				}
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
	// Activity: bigger courtyards do more, though less than in proportion;
	// normalised to a mean of 1 so that the scale's rates are per courtyard.
	mean := float64(len(s.households)) / float64(len(s.courtyards))
	total := 0.0
	for _, c := range s.courtyards {
		c.activity *= math.Pow(float64(len(c.households))/mean, 0.4)
		total += c.activity
	}
	for _, c := range s.courtyards {
		c.activity *= float64(len(s.courtyards)) / total
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
	sortStable(s.moves, func(m *movePlan) int64 { return m.at.Unix() })
}

// addResident appends a resident to household h (the last one planned).
func (s *seeder) addResident(r *rand.Rand, h, c int, family string, g resident.Gender, birthYear int) {
	p := residentPlan{
		household: h, courtyard: c, gender: g, birthYear: birthYear,
		name:   family + givenName(r, g, s.asOf.Year()-birthYear),
		idCard: idCardNumber(r, birthYear, g),
	}
	if s.asOf.Year()-birthYear >= 16 && chance(r, 0.9) {
		p.phone = phoneNumber(r)
	}
	s.households[h].count++
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
	err := insert(ctx, s, kHousehold, len(s.households),
		func(c *ent.Client, i int) *ent.HouseholdCreate {
			h := &s.households[i]
			head := &s.residents[h.first]
			tid, vid := s.area(h.courtyard)
			b := c.Household.Create().
				SetNumber(h.number).SetHeadName(head.name).SetAddress(h.address).
				SetCourtyardID(s.id(kCourtyard, h.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCreatedAt(t).SetUpdatedAt(t)
			if head.phone != "" {
				b.SetPhone(head.phone)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.HouseholdCreate) error {
			return c.Household.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	err = insert(ctx, s, kResident, len(s.residents),
		func(c *ent.Client, i int) *ent.ResidentCreate {
			p := &s.residents[i]
			b := c.Resident.Create().
				SetName(p.name).SetGender(p.gender).SetBirthYear(p.birthYear).
				SetIDCardNumber(p.idCard).SetPartyMember(p.party).
				SetHouseholdID(s.id(kHousehold, p.household)).SetCreatedAt(t).SetUpdatedAt(t)
			if p.phone != "" {
				b.SetPhone(p.phone)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.ResidentCreate) error {
			return c.Resident.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	// The texts are written; the later stages need only the numbers.
	for i := range s.households {
		s.households[i].number, s.households[i].address = "", ""
	}
	for i := range s.residents {
		p := &s.residents[i]
		p.name, p.phone, p.idCard = "", "", ""
	}
	return insert(ctx, s, kHouseholdMove, len(s.moves),
		func(c *ent.Client, i int) *ent.HouseholdMoveCreate {
			m := s.moves[i]
			tid, vid := s.area(m.to)
			return c.HouseholdMove.Create().
				SetHouseholdID(s.id(kHousehold, m.household)).
				SetFromCourtyardID(s.id(kCourtyard, m.from)).SetCourtyardID(s.id(kCourtyard, m.to)).
				SetTownID(tid).SetVillageID(vid).SetMovedAt(m.at).SetReason(m.reason).
				SetCreatedAt(m.at).SetUpdatedAt(m.at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.HouseholdMoveCreate) error {
			return c.HouseholdMove.CreateBulk(bs...).Exec(ctx)
		})
}
