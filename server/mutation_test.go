package server_test

import (
	"testing"

	"yuanbahui/ent"
	"yuanbahui/internal/fixture"
)

type userError struct {
	Field   []string `json:"field"`
	Message string   `json:"message"`
	Code    string   `json:"code"`
}

func TestCreateAndUpdatePlaces(t *testing.T) {
	a := newAPI(t)
	// Districts are created by the system (seed, CLI); an administrator runs one.
	if code, e := a.errorCode(`mutation { createDistrict(input: {code: "500155", name: "别的区"}) { userErrors { code } } }`, nil); code != "FORBIDDEN" {
		t.Fatalf("createDistrict by an administrator: %s %+v", code, e)
	}
	var d struct {
		CreateDistrict struct {
			District struct{ ID, Code, Name string }
		}
	}
	dist := a.db.Client.District.Query().OnlyX(ctx())
	d.CreateDistrict.District.ID = ent.EncodeGlobalID(dist.ID)
	var tw struct {
		CreateTown struct {
			Town struct {
				ID       string
				District struct{ Name string }
			}
			UserErrors []userError
		}
	}
	a.query(`mutation($d: ID!) { createTown(input: {code: "500154104", name: "临江镇", kind: TOWN, districtID: $d}) {
		town { id district { name } } userErrors { code } } }`, map[string]any{"d": d.CreateDistrict.District.ID}, &tw)
	// The payload's edges resolve after the transaction committed.
	if tw.CreateTown.Town.District.Name != "开州区" {
		t.Fatalf("createTown = %+v", tw.CreateTown)
	}
	var v struct {
		CreateVillage struct {
			Village struct {
				ID   string
				Name string
				Town struct{ Name string }
			}
			UserErrors []userError
		}
	}
	a.query(`mutation($t: ID!) { createVillage(input: {code: "500154104201", name: "三星村", townID: $t}) {
		village { id name town { name } } userErrors { code } } }`, map[string]any{"t": tw.CreateTown.Town.ID}, &v)
	if v.CreateVillage.Village.Town.Name != "临江镇" {
		t.Fatalf("createVillage = %+v", v.CreateVillage)
	}
	var c struct {
		CreateCourtyard struct {
			Courtyard struct {
				ID       string
				Latitude float64
			}
			UserErrors []userError
		}
	}
	a.query(`mutation($v: ID!) { createCourtyard(input: {code: "500154104201001", name: "杨家院坝", latitude: 31.2, longitude: 108.4, villageID: $v}) {
		courtyard { id latitude } userErrors { code } } }`, map[string]any{"v": v.CreateVillage.Village.ID}, &c)
	if c.CreateCourtyard.Courtyard.Latitude != 31.2 {
		t.Fatalf("createCourtyard = %+v", c.CreateCourtyard)
	}
	// The courtyard got its town from its village (the scoping columns).
	cy := a.db.Client.Courtyard.Query().OnlyX(ctx())
	tn := a.db.Client.Town.Query().OnlyX(ctx())
	if cy.TownID != tn.ID {
		t.Fatalf("courtyard town_id = %d, want %d", cy.TownID, tn.ID)
	}

	var u struct {
		UpdateVillage struct {
			Village struct {
				Name string
				Kind string
			}
			UserErrors []userError
		}
	}
	a.query(`mutation($id: ID!) { updateVillage(input: {id: $id, set: {name: "三星社区", kind: COMMUNITY}}) {
		village { name kind } userErrors { code } } }`, map[string]any{"id": v.CreateVillage.Village.ID}, &u)
	if u.UpdateVillage.Village.Name != "三星社区" || u.UpdateVillage.Village.Kind != "COMMUNITY" {
		t.Fatalf("updateVillage = %+v", u.UpdateVillage)
	}
}

func TestMutationUserErrorsChangeNothing(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	townID := ent.EncodeGlobalID(p.Town.ID)
	cases := []struct {
		name, query string
		vars        map[string]any
		code        string
		field       []string
	}{
		{"malformed code", `mutation($t: ID!) { createVillage(input: {code: "12", name: "坏村", townID: $t}) { village { id } userErrors { field message code } } }`,
			map[string]any{"t": townID}, "BAD_USER_INPUT", []string{"input", "code"}},
		{"duplicate code", `mutation($t: ID!) { createVillage(input: {code: "500154104001", name: "重复村", townID: $t}) { village { id } userErrors { field message code } } }`,
			map[string]any{"t": townID}, "CONFLICT", []string{"input", "code"}},
		{"update of a missing record", `mutation($id: ID!) { updateVillage(input: {id: $id, set: {name: "x"}}) { village { id } userErrors { field message code } } }`,
			map[string]any{"id": ent.EncodeGlobalID(p.Villages[0].ID + 999)}, "NOT_FOUND", []string{"input", "id"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := a.db.Client.Village.Query().CountX(ctx())
			var out map[string]struct {
				Village    *struct{ ID string }
				UserErrors []userError
			}
			a.query(tc.query, tc.vars, &out)
			for _, payload := range out {
				if payload.Village != nil || len(payload.UserErrors) != 1 {
					t.Fatalf("payload = %+v, want one user error and no village", payload)
				}
				ue := payload.UserErrors[0]
				if ue.Code != tc.code || len(ue.Field) != len(tc.field) || ue.Field[len(ue.Field)-1] != tc.field[len(tc.field)-1] || ue.Message == "" {
					t.Fatalf("user error = %+v, want code %s field %v", ue, tc.code, tc.field)
				}
			}
			if after := a.db.Client.Village.Query().CountX(ctx()); after != before {
				t.Fatalf("villages: %d before, %d after a refused mutation", before, after)
			}
		})
	}
}

// TestOneActiveAssignmentPerRole: the database allows at most one active
// assignment of each role per courtyard; ending one (electHead) makes room for
// the next. Role assignments are workflow records: no generic mutation
// creates or changes them.
func TestOneActiveAssignmentPerRole(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 2, ResidentsPerCourtyard: 6})
	if err != nil {
		t.Fatal(err)
	}
	head := a.db.Client.RoleAssignment.Query().Where().FirstX(ctx())
	if head.Role != "HEAD" {
		t.Fatalf("fixture: first assignment is %s", head.Role)
	}
	vars := map[string]any{
		"c": ent.EncodeGlobalID(p.Courtyards[0].ID),
		"r": ent.EncodeGlobalID(p.Residents[5].ID),
	}
	secondHead := func() error {
		_, err := a.db.Client.RoleAssignment.Create().SetRole("HEAD").SetSelection("ELECTED").SetStartedAt(fixture.Start).
			SetCourtyardID(p.Courtyards[0].ID).SetResidentID(p.Residents[4].ID).Save(ctx())
		return err
	}
	// The rule holds in the database itself, below the API.
	if err := secondHead(); !ent.IsConstraintError(err) {
		t.Fatalf("direct insert of a second active head: err = %v, want a constraint error", err)
	}
	// An assignment is the workflows': there is no generic create or update.
	for _, q := range []string{
		`mutation($c: ID!, $r: ID!) { createRoleAssignment(input: {role: HEAD, selection: ELECTED, startedAt: "2025-01-01T00:00:00Z", courtyardID: $c, residentID: $r}) { userErrors { code } } }`,
		`mutation($c: ID!) { updateRoleAssignment(input: {id: $c, set: {endedAt: "2024-12-31T00:00:00Z", endReason: RATED_FAILING}}) { userErrors { code } } }`,
	} {
		if code, _ := a.errorCode(q, vars); code != "BAD_USER_INPUT" {
			t.Fatalf("generic mutation of a role assignment: code %s, want BAD_USER_INPUT", code)
		}
	}
	// Electing a new head ends the current one's term in the same step.
	var elected struct {
		ElectHead struct {
			RoleAssignment struct {
				Predecessor struct{ EndReason string }
			}
			UserErrors []userError
		}
	}
	a.query(`mutation($c: ID!, $r: ID!) { electHead(input: {courtyardID: $c, residentID: $r, votesFor: 20, votesAgainst: 3, votesAbstain: 1, votersPresent: 24}) {
		roleAssignment { predecessor { endReason } } userErrors { field message code } } }`, vars, &elected)
	if ue := elected.ElectHead.UserErrors; len(ue) != 0 || elected.ElectHead.RoleAssignment.Predecessor.EndReason != "TERM_ENDED" {
		t.Fatalf("electing a new head: %+v", elected.ElectHead)
	}
	if err := secondHead(); !ent.IsConstraintError(err) {
		t.Fatalf("a second active head beside the elected one: err = %v, want a constraint error", err)
	}
	var heads struct{ RoleAssignments struct{ TotalCount int } }
	a.query(`query($c: ID!) { roleAssignments(where: {role: HEAD, endedAtIsNil: true, hasCourtyardWith: {id: $c}}) { totalCount } }`,
		map[string]any{"c": vars["c"]}, &heads)
	if heads.RoleAssignments.TotalCount != 1 {
		t.Fatalf("active heads of courtyard 1: %d", heads.RoleAssignments.TotalCount)
	}
}

// TestReferenceOutsideAreaIsRefused: a village under a town that is not the
// account's (here: an ID of another type) is refused like a missing one, and
// nothing is stored.
func TestReferenceOutsideAreaIsRefused(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		CreateVillage struct {
			Village    *struct{ ID string }
			UserErrors []userError
		}
	}
	a.query(`mutation($t: ID!) { createVillage(input: {code: "500154104099", name: "无镇村", townID: $t}) { village { id } userErrors { field message code } } }`,
		map[string]any{"t": ent.EncodeGlobalID(p.Villages[0].ID)}, &out)
	if out.CreateVillage.Village != nil || len(out.CreateVillage.UserErrors) != 1 || out.CreateVillage.UserErrors[0].Code != "NOT_FOUND" {
		t.Fatalf("village under a foreign town: %+v", out.CreateVillage)
	}
	if n := a.db.Client.Village.Query().CountX(ctx()); n != 1 {
		t.Fatalf("villages: %d", n)
	}
}
