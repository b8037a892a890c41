package rule_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/district"
	"yuanbahui/ent/household"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/town"
	entvillage "yuanbahui/ent/village"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// area is a small district for the scope tests: fixture.Build's town T1 with
// villages V1 (courtyards A1, A2) and V2 (B1, B2), and a second town T2 with
// village V3 (courtyard C1), one household and a quarter theme per place; a
// second district D2 with a town T3 and nothing below it; an account per
// role; audit events of T1, T2, T3 and of no town. Every row is labelled by
// its place (accounts by their role).
type area struct {
	c      *gen.Client
	p      *fixture.Places
	t2     *gen.Town
	v3     *gen.Village
	c1     *gen.Courtyard
	d2     *gen.District
	label  map[string]map[int]string // entity → id → place label
	viewer map[string]*viewer.Viewer // role label → viewer (nil: anonymous)
}

func sys() context.Context { return viewer.SystemContext(context.Background()) }

func newArea(t *testing.T) *area {
	t.Helper()
	db := testdb.Open(t)
	c := db.Client
	p, err := fixture.Build(sys(), c, fixture.Shape{Villages: 2, CourtyardsPerVillage: 2, ResidentsPerCourtyard: 4})
	if err != nil {
		t.Fatal(err)
	}
	a := &area{c: c, p: p, label: map[string]map[int]string{}}
	a.d2 = c.District.Create().SetCode("500155").SetName("云阳县").SaveX(sys())
	a.t2 = c.Town.Create().SetCode("500154105").SetName("白鹤街道").SetDistrict(p.District).SaveX(sys())
	a.v3 = c.Village.Create().SetCode("500154105001").SetName("村03").SetTownID(a.t2.ID).SaveX(sys())
	a.c1 = c.Courtyard.Create().SetCode("500154105001001").SetName("村03院坝01").SetVillageID(a.v3.ID).SaveX(sys())
	h := c.Household.Create().SetNumber("001").SetHeadName("户主C1").SetCourtyardID(a.c1.ID).SaveX(sys())
	c.Resident.Create().SetName("居民C1").SetHouseholdID(h.ID).SaveX(sys())

	v1, v2 := p.Villages[0], p.Villages[1]
	towns := map[int]string{p.Town.ID: "T1", a.t2.ID: "T2"}
	villages := map[int]string{v1.ID: "V1", v2.ID: "V2", a.v3.ID: "V3"}
	courtyards := map[int]string{p.Courtyards[0].ID: "A1", p.Courtyards[1].ID: "A2", p.Courtyards[2].ID: "B1", p.Courtyards[3].ID: "B2", a.c1.ID: "C1"}
	for vid := range villages {
		c.QuarterTheme.Create().SetVillageID(vid).SetQuarter("2026Q2").SetTopic(c.LectureTopic.Query().Where(lecturetopic.Code("POLICY"),
			lecturetopic.HasDistrictWith(district.HasTownsWith(town.HasVillagesWith(entvillage.ID(vid))))).OnlyX(sys())).SetTitle("政策宣讲").SaveX(sys())
	}
	a.label["District"] = map[int]string{p.District.ID: "D1", a.d2.ID: "D2"}
	a.label["Town"] = towns
	a.label["Village"] = villages
	a.label["Courtyard"] = courtyards
	a.label["Household"] = map[int]string{}
	for _, h := range c.Household.Query().AllX(sys()) {
		a.label["Household"][h.ID] = courtyards[h.CourtyardID]
	}
	a.label["Resident"] = map[int]string{}
	for _, r := range c.Resident.Query().WithHousehold().AllX(sys()) {
		a.label["Resident"][r.ID] = courtyards[r.Edges.Household.CourtyardID]
	}
	a.label["QuarterTheme"] = map[int]string{}
	for _, q := range c.QuarterTheme.Query().AllX(sys()) {
		a.label["QuarterTheme"][q.ID] = villages[q.VillageID]
	}

	// The viewers as account.Authenticate resolves them for accounts bound
	// to the district, T1, V1 and (an officer) courtyard A1.
	district := []int{p.Town.ID, a.t2.ID}
	a.viewer = map[string]*viewer.Viewer{
		"district admin":    {Role: viewer.DistrictAdmin, DistrictID: p.District.ID, TownIDs: district},
		"analyst":           {Role: viewer.Analyst, DistrictID: p.District.ID, TownIDs: district},
		"town official":     {Role: viewer.TownOfficial, DistrictID: p.District.ID, TownIDs: []int{p.Town.ID}},
		"village cadre":     {Role: viewer.VillageCadre, DistrictID: p.District.ID, TownIDs: []int{p.Town.ID}, VillageIDs: []int{v1.ID}},
		"courtyard officer": {Role: viewer.CourtyardOfficer, DistrictID: p.District.ID, TownIDs: []int{p.Town.ID}, VillageIDs: []int{v1.ID}, CourtyardIDs: []int{p.Courtyards[0].ID}},
		"anonymous":         nil,
	}
	a.label["User"] = map[int]string{}
	for role, v := range a.viewer {
		if v != nil {
			u := c.User.Create().SetUsername(strings.ReplaceAll(role, " ", "_")).SetRole(v.Role).SetAreaCode(p.District.Code).SaveX(sys())
			v.UserID, v.Username = u.ID, u.Username
			a.label["User"][u.ID] = role
		}
	}
	// Audit events of T1, T2, a town T3 of D2, and of no town.
	t3 := c.Town.Create().SetCode("500155101").SetName("双江街道").SetDistrict(a.d2).SaveX(sys())
	towns[t3.ID] = "T3"
	for _, town := range []*int{&p.Town.ID, &a.t2.ID, &t3.ID, nil} {
		c.AuditEvent.Create().SetUsername("system").SetAction(auditevent.ActionUPDATE).SetEntityType("Town").
			SetEntityID("x").SetChanges(map[string]any{}).SetNillableTownID(town).ExecX(sys())
	}
	// The trail holds these and whatever the audit hooks wrote meanwhile.
	a.label["AuditEvent"] = map[int]string{}
	for _, e := range c.AuditEvent.Query().AllX(sys()) {
		a.label["AuditEvent"][e.ID] = "none"
		if e.TownID != nil {
			a.label["AuditEvent"][e.ID] = towns[*e.TownID]
		}
	}
	return a
}

// as is a context acting as the viewer of a role label.
func (a *area) as(role string) context.Context {
	v := a.viewer[role]
	if v == nil {
		return context.Background()
	}
	return viewer.NewContext(context.Background(), v)
}

// seen lists the place labels of the rows of entity a role reads (sorted,
// each once: a courtyard's residents share its label), or the error.
func (a *area) seen(role, entity string) ([]string, error) {
	ctx := a.as(role)
	var ids []int
	var err error
	switch entity {
	case "District":
		ids, err = a.c.District.Query().IDs(ctx)
	case "Town":
		ids, err = a.c.Town.Query().IDs(ctx)
	case "Village":
		ids, err = a.c.Village.Query().IDs(ctx)
	case "Courtyard":
		ids, err = a.c.Courtyard.Query().IDs(ctx)
	case "Household":
		ids, err = a.c.Household.Query().IDs(ctx)
	case "Resident":
		ids, err = a.c.Resident.Query().IDs(ctx)
	case "QuarterTheme":
		ids, err = a.c.QuarterTheme.Query().IDs(ctx)
	case "User":
		ids, err = a.c.User.Query().IDs(ctx)
	case "AuditEvent":
		ids, err = a.c.AuditEvent.Query().IDs(ctx)
	}
	if err != nil {
		return nil, err
	}
	var labels []string
	for _, id := range ids {
		labels = append(labels, a.label[entity][id])
	}
	slices.Sort(labels)
	return slices.Compact(labels), nil
}

// TestScopesNarrowReadsToTheArea: each role reads exactly the rows of its
// area, of every kind of place and of records below them; an anonymous
// context reads nothing (rule.ErrUnauthenticated).
func TestScopesNarrowReadsToTheArea(t *testing.T) {
	a := newArea(t)
	all := map[string][]string{
		"District": {"D1"}, "Town": {"T1", "T2"}, "Village": {"V1", "V2", "V3"},
		"Courtyard": {"A1", "A2", "B1", "B2", "C1"}, "Household": {"A1", "A2", "B1", "B2", "C1"},
		"Resident": {"A1", "A2", "B1", "B2", "C1"}, "QuarterTheme": {"V1", "V2", "V3"},
		"User":       {"analyst", "courtyard officer", "district admin", "town official", "village cadre"},
		"AuditEvent": {"T1", "T2", "none"},
	}
	analyst := maps.Clone(all)
	analyst["User"], analyst["AuditEvent"] = []string{"analyst"}, nil
	want := map[string]map[string][]string{
		"district admin": all,
		"analyst":        analyst,
		"town official": {
			"District": {"D1"}, "Town": {"T1"}, "Village": {"V1", "V2"},
			"Courtyard": {"A1", "A2", "B1", "B2"}, "Household": {"A1", "A2", "B1", "B2"},
			"Resident": {"A1", "A2", "B1", "B2"}, "QuarterTheme": {"V1", "V2"},
			"User": {"town official"}, "AuditEvent": nil,
		},
		"village cadre": {
			"District": {"D1"}, "Town": {"T1"}, "Village": {"V1"},
			"Courtyard": {"A1", "A2"}, "Household": {"A1", "A2"}, "Resident": {"A1", "A2"}, "QuarterTheme": {"V1"},
			"User": {"village cadre"}, "AuditEvent": nil,
		},
		"courtyard officer": {
			"District": {"D1"}, "Town": {"T1"}, "Village": {"V1"},
			"Courtyard": {"A1"}, "Household": {"A1"}, "Resident": {"A1"}, "QuarterTheme": {"V1"},
			"User": {"courtyard officer"}, "AuditEvent": nil,
		},
	}
	for role, byEntity := range want {
		for entity, labels := range byEntity {
			t.Run(role+"/"+entity, func(t *testing.T) {
				got, err := a.seen(role, entity)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, labels) {
					t.Errorf("%s reads %s of %v, want %v", role, entity, got, labels)
				}
			})
		}
	}
	for entity := range all {
		if got, err := a.seen("anonymous", entity); !errors.Is(err, rule.ErrUnauthenticated) {
			t.Errorf("anonymous reads %s: %v %v, want rule.ErrUnauthenticated", entity, got, err)
		}
	}
}

// TestScopesGuardWrites: the writers lists and the area hooks, role by role,
// against places in and out of the area. Updates outside the area find
// nothing (the read scope narrows them too).
func TestScopesGuardWrites(t *testing.T) {
	a := newArea(t)
	v1, v2 := a.p.Villages[0], a.p.Villages[1]
	a1, b1 := a.p.Courtyards[0], a.p.Courtyards[2]
	n := 0
	newHousehold := func(cid int) func(context.Context) error {
		return func(ctx context.Context) error {
			n++
			_, err := a.c.Household.Create().SetNumber(fmt.Sprintf("9%02d", n)).SetHeadName("新户").SetCourtyardID(cid).Save(ctx)
			return err
		}
	}
	ratingCode := func(cid int, digest string) func(context.Context) error {
		return func(ctx context.Context) error {
			return a.c.RatingCode.Create().SetDigest(digest).SetDimension(ratingcode.DimensionPROXY_SERVICE).
				SetExpiresAt(time.Now().Add(time.Hour)).SetCourtyardID(cid).Exec(ctx)
		}
	}
	courtyard := func(vid int, code string) func(context.Context) error {
		return func(ctx context.Context) error {
			_, err := a.c.Courtyard.Create().SetCode(code).SetName("新院坝").SetVillageID(vid).Save(ctx)
			return err
		}
	}
	village := func(tid int, code string) func(context.Context) error {
		return func(ctx context.Context) error {
			_, err := a.c.Village.Create().SetCode(code).SetName("新村").SetTownID(tid).Save(ctx)
			return err
		}
	}
	resident := func(cy *gen.Courtyard) func(context.Context) error {
		return func(ctx context.Context) error {
			h := a.c.Household.Query().Where(household.CourtyardID(cy.ID)).FirstX(sys())
			_, err := a.c.Resident.Create().SetName("新居民").SetHouseholdID(h.ID).Save(ctx)
			return err
		}
	}
	theme := func(vid int) func(context.Context) error {
		return func(ctx context.Context) error {
			_, err := a.c.QuarterTheme.Create().SetVillageID(vid).SetQuarter("2026Q3").SetTopic(a.c.LectureTopic.Query().Where(lecturetopic.Code("LAW"),
				lecturetopic.HasDistrictWith(district.HasTownsWith(town.HasVillagesWith(entvillage.ID(vid))))).OnlyX(sys())).SetTitle("法治").Save(ctx)
			return err
		}
	}
	renameCourtyard := func(cid int) func(context.Context) error {
		return func(ctx context.Context) error { return a.c.Courtyard.UpdateOneID(cid).SetName("改名").Exec(ctx) }
	}
	for _, c := range []struct {
		role, what string
		write      func(context.Context) error
		want       error // nil: allowed; errNotFound: the row is out of sight
	}{
		{"town official", "a household in T1", newHousehold(b1.ID), nil},
		{"town official", "a household in T2", newHousehold(a.c1.ID), rule.ErrOutsideArea},
		{"village cadre", "a household in V1", newHousehold(a1.ID), nil},
		{"village cadre", "a household in V2", newHousehold(b1.ID), rule.ErrOutsideArea},
		{"courtyard officer", "a household in A1", newHousehold(a1.ID), rule.ErrRole},
		{"courtyard officer", "a rating code in A1", ratingCode(a1.ID, "a1"), nil},
		{"courtyard officer", "a rating code in A2", ratingCode(a.p.Courtyards[1].ID, "a2"), rule.ErrOutsideArea},
		{"town official", "a rating code in T2", ratingCode(a.c1.ID, "c1"), rule.ErrOutsideArea},
		{"analyst", "a household", newHousehold(a1.ID), rule.ErrReadOnly},
		{"anonymous", "a household", newHousehold(a1.ID), rule.ErrUnauthenticated},
		{"village cadre", "a courtyard in V1", courtyard(v1.ID, "500154104001091"), nil},
		{"village cadre", "a courtyard in V2", courtyard(v2.ID, "500154104002091"), rule.ErrOutsideArea},
		{"courtyard officer", "a courtyard in V1", courtyard(v1.ID, "500154104001092"), rule.ErrRole},
		{"town official", "a village in T1", village(a.p.Town.ID, "500154104091"), nil},
		{"town official", "a village in T2", village(a.t2.ID, "500154105091"), rule.ErrOutsideArea},
		{"village cadre", "a village in T1", village(a.p.Town.ID, "500154104092"), rule.ErrOutsideArea},
		{"village cadre", "a resident in V1", resident(a1), nil},
		{"village cadre", "a resident in V2", resident(b1), rule.ErrOutsideArea},
		{"town official", "a quarter theme of V2", theme(v2.ID), nil},
		{"village cadre", "a quarter theme of V2", theme(v2.ID), rule.ErrOutsideArea},
		{"district admin", "a town in D1", func(ctx context.Context) error {
			return a.c.Town.Create().SetCode("500154191").SetName("新镇").SetDistrictID(a.p.District.ID).Exec(ctx)
		}, nil},
		{"district admin", "a town in D2", func(ctx context.Context) error {
			return a.c.Town.Create().SetCode("500155191").SetName("新镇").SetDistrictID(a.d2.ID).Exec(ctx)
		}, rule.ErrOutsideArea},
		{"town official", "a town in D1", func(ctx context.Context) error {
			return a.c.Town.Create().SetCode("500154192").SetName("新镇").SetDistrictID(a.p.District.ID).Exec(ctx)
		}, rule.ErrRole},
		{"district admin", "a district", func(ctx context.Context) error {
			return a.c.District.Create().SetCode("500156").SetName("新区").Exec(ctx)
		}, rule.ErrRole},
		{"town official", "renaming a courtyard in T1", renameCourtyard(b1.ID), nil},
		{"town official", "renaming a courtyard in T2", renameCourtyard(a.c1.ID), errNotFound},
		{"village cadre", "renaming a courtyard in V2", renameCourtyard(b1.ID), errNotFound},
	} {
		t.Run(c.role+"/"+c.what, func(t *testing.T) {
			err := c.write(a.as(c.role))
			switch {
			case c.want == nil && err != nil:
				t.Errorf("%s writing %s: %v, want it allowed", c.role, c.what, err)
			case c.want == errNotFound && !gen.IsNotFound(err):
				t.Errorf("%s writing %s: %v, want not found", c.role, c.what, err)
			case c.want != nil && c.want != errNotFound && !errors.Is(err, c.want):
				t.Errorf("%s writing %s: %v, want %v", c.role, c.what, err, c.want)
			}
		})
	}
}

// errNotFound marks a write whose row the viewer cannot see.
var errNotFound = errors.New("not found")
