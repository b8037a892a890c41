package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/migrate"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/viewer"
)

// world is a seeded town (临江镇, four villages) plus a second, small town, with
// an account of every role.
type world struct {
	a                        *api
	town1, town2             *ent.Town
	village                  *ent.Village // the cadre's village in town 1
	officerCourtyards        []int
	tokens                   map[string]string // role label → session token
	officerResident          int
	crossVillageAssignmentID int
	exports                  http.Handler // the handler of export tests (export_test.go)
}

func newWorld(t *testing.T) *world {
	t.Helper()
	a := newSeededAPI(t, seed.Options{Scale: "village", Seed: 3, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	a.anonymous = true
	c := a.db.Client
	w := &world{a: a, tokens: map[string]string{}}
	w.town1 = c.Town.Query().OnlyX(ctx())
	villages := w.town1.QueryVillages().Order(ent.Asc("code")).AllX(ctx())
	w.village = villages[0]
	// A second town with one staffed courtyard and a ticket.
	d := c.District.Query().OnlyX(ctx())
	w.town2 = c.Town.Create().SetCode("500154999").SetName("测试镇").SetDistrict(d).SaveX(ctx())
	v2 := c.Village.Create().SetCode("500154999001").SetName("测试村").SetTown(w.town2).SaveX(ctx())
	cy2 := c.Courtyard.Create().SetCode("500154999001001").SetName("测试院坝").SetVillage(v2).SaveX(ctx())
	h2 := c.Household.Create().SetNumber("001").SetHeadName("赵大").SetCourtyard(cy2).SaveX(ctx())
	r2 := c.Resident.Create().SetName("赵大").SetPhone("13900001111").SetHousehold(h2).SetPartyMember(true).SaveX(ctx())
	c.RoleAssignment.Create().SetRole("HEAD").SetSelection("ELECTED").SetStartedAt(time.Now()).SetCourtyard(cy2).SetResident(r2).SaveX(ctx())
	st := c.ServiceType.Query().FirstX(ctx())
	c.Ticket.Create().SetMode("ON_SITE").SetSubmittedAt(time.Now()).SetDueAt(time.Now().Add(240 * time.Hour)).
		SetCourtyard(cy2).SetApplicant(r2).SetServiceType(st).SaveX(ctx())

	// The courtyard officer: an active agent of a courtyard in the cadre's village,
	// who also serves (as informant) a courtyard of another village.
	agent := c.RoleAssignment.Query().Where(roleassignment.VillageID(w.village.ID), roleassignment.RoleEQ(roleassignment.RoleAGENT), roleassignment.EndedAtIsNil()).FirstX(ctx())
	w.officerResident = agent.ResidentID
	other := c.RoleAssignment.Query().Where(roleassignment.VillageID(villages[1].ID), roleassignment.RoleEQ(roleassignment.RoleINFORMANT), roleassignment.EndedAtIsNil()).FirstX(ctx())
	c.RoleAssignment.UpdateOne(other).SetEndedAt(time.Now()).SetEndReason("OTHER").ExecX(ctx())
	cross := c.RoleAssignment.Create().SetRole("INFORMANT").SetSelection("APPOINTED").SetStartedAt(time.Now()).
		SetCourtyardID(other.CourtyardID).SetResidentID(agent.ResidentID).SaveX(ctx())
	w.crossVillageAssignmentID = cross.ID
	w.officerCourtyards = c.RoleAssignment.Query().Where(roleassignment.ResidentID(agent.ResidentID), roleassignment.EndedAtIsNil()).
		Select(roleassignment.FieldCourtyardID).IntsX(ctx())

	a.anonymous = false
	rid := agent.ResidentID
	w.tokens["admin"] = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	w.tokens["analyst"] = a.loginAs("analyst", viewer.Analyst, "500154", nil)
	w.tokens["town"] = a.loginAs("town", viewer.TownOfficial, w.town1.Code, nil)
	w.tokens["town2"] = a.loginAs("town2", viewer.TownOfficial, w.town2.Code, nil)
	w.tokens["cadre"] = a.loginAs("cadre", viewer.VillageCadre, w.village.Code, nil)
	w.tokens["officer"] = a.loginAs("officer", viewer.CourtyardOfficer, "500154", &rid)
	return w
}

// as runs the following requests with a role's token ("" is anonymous).
func (w *world) as(role string) *api {
	w.a.token, w.a.anonymous = w.tokens[role], role == ""
	return w.a
}

// scopeSQL is, per role, the SQL condition that selects a table's rows the
// role may see: written independently of the privacy rules it checks.
func (w *world) scopeSQL(role, table string, cols map[string]bool) string {
	ids := func(xs []int) string {
		s := make([]string, len(xs))
		for i, x := range xs {
			s[i] = fmt.Sprint(x)
		}
		return "(" + strings.Join(s, ",") + ")"
	}
	var town, village, courtyard string
	switch role {
	case "admin", "analyst":
		return "1=1"
	case "town":
		town = fmt.Sprint(w.town1.ID)
	case "town2":
		town = fmt.Sprint(w.town2.ID)
	case "cadre":
		town, village = fmt.Sprint(w.town1.ID), fmt.Sprint(w.village.ID)
	case "officer":
		town, courtyard = fmt.Sprint(w.town1.ID), ids(w.officerCourtyards)
	}
	cond := func(col, v string, list bool) string {
		if v == "" {
			return ""
		}
		if list {
			return " AND " + col + " IN " + v
		}
		return " AND " + col + " = " + v
	}
	switch {
	case table == "districts":
		return "1=1"
	case table == "towns":
		return "id = " + town
	case table == "villages":
		if courtyard != "" {
			return "id IN (SELECT village_id FROM courtyards WHERE id IN " + courtyard + ")"
		}
		return "town_id = " + town + cond("id", village, false)
	case table == "courtyards":
		return "town_id = " + town + cond("village_id", village, false) + cond("id", courtyard, true)
	case table == "residents":
		return "household_id IN (SELECT id FROM households WHERE town_id = " + town + cond("village_id", village, false) + cond("courtyard_id", courtyard, true) + ")"
	case table == "quarter_themes" || table == "supermarket_items":
		if courtyard != "" {
			return "village_id IN (SELECT village_id FROM courtyards WHERE id IN " + courtyard + ")"
		}
		return "village_id IN (SELECT id FROM villages WHERE town_id = " + town + cond("id", village, false) + ")"
	case cols["town_id"] && cols["courtyard_id"]:
		return "town_id = " + town + cond("village_id", village, false) + cond("courtyard_id", courtyard, true)
	}
	return "1=1" // catalogues
}

// TestAreaScopingMatrix: for every role and every entity, the root connection
// returns exactly the rows of the role's area (checked against SQL), a node
// outside the area is not found, and nested edges stay inside the area.
func TestAreaScopingMatrix(t *testing.T) {
	w := newWorld(t)
	roots := map[string]string{
		"districts": "districts", "towns": "towns", "villages": "villages", "courtyards": "courtyards",
		"households": "households", "household_moves": "householdMoves", "residents": "residents",
		"role_assignments": "roleAssignments", "issue_items": "issueItems", "issues": "issues", "ideas": "ideas",
		"service_types": "serviceTypes", "tickets": "tickets", "quarter_themes": "quarterThemes", "sessions": "sessions",
		"ratings": "ratings", "point_rules": "pointRules", "point_entries": "pointEntries", "supermarket_items": "supermarketItems",
		"point_redemptions": "pointRedemptions", "awards": "awards", "grants": "grants",
	}
	for _, role := range []string{"admin", "analyst", "town", "town2", "cadre", "officer"} {
		t.Run(role, func(t *testing.T) {
			for table, field := range roots {
				cols := map[string]bool{}
				for _, tb := range migrate.Tables {
					for _, c := range tb.Columns {
						if tb.Name == table {
							cols[c.Name] = true
						}
					}
				}
				where := w.scopeSQL(role, table, cols)
				var want int
				if err := w.a.db.SQL.QueryRow(fmt.Sprintf("SELECT count(*) FROM %s WHERE %s", table, where)).Scan(&want); err != nil {
					t.Fatalf("%s: %v", table, err)
				}
				var got map[string]struct{ TotalCount int }
				w.as(role).query(fmt.Sprintf("{ %s { totalCount } }", field), nil, &got)
				if got[field].TotalCount != want {
					t.Errorf("%s sees %d %s, want %d", role, got[field].TotalCount, field, want)
				}
				// A row outside the area: node(id:) does not find it.
				var id int
				err := w.a.db.SQL.QueryRow(fmt.Sprintf("SELECT id FROM %s WHERE NOT (%s) ORDER BY id LIMIT 1", table, where)).Scan(&id)
				if err != nil {
					continue // nothing outside this role's area
				}
				code, _ := w.as(role).errorCode(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ent.EncodeGlobalID(id)})
				if code != "NOT_FOUND" {
					t.Errorf("%s: node of %s row %d outside the area: %s, want NOT_FOUND", role, table, id, code)
				}
			}
		})
	}

	// Nested edges from visible rows never reach outside the area.
	var nested struct {
		Districts struct {
			Edges []struct {
				Node struct{ Towns struct{ TotalCount int } }
			}
		}
		Towns struct {
			Edges []struct {
				Node struct{ Villages struct{ TotalCount int } }
			}
		}
	}
	w.as("cadre").query(`{ districts { edges { node { towns { totalCount } } } } towns { edges { node { villages { totalCount } } } } }`, nil, &nested)
	if nested.Districts.Edges[0].Node.Towns.TotalCount != 1 || nested.Towns.Edges[0].Node.Villages.TotalCount != 1 {
		t.Errorf("cadre: district.towns %d, town.villages %d; want 1 and 1", nested.Districts.Edges[0].Node.Towns.TotalCount, nested.Towns.Edges[0].Node.Villages.TotalCount)
	}
	// The officer serves a courtyard of another village; the cadre sees the
	// officer (a resident of the cadre's village) but not that assignment.
	var officer struct {
		Node struct{ RoleAssignments struct{ TotalCount int } }
	}
	w.as("cadre").query(`query($id: ID!) { node(id: $id) { ... on Resident { roleAssignments(where: {endedAtIsNil: true}) { totalCount } } } }`,
		map[string]any{"id": ent.EncodeGlobalID(w.officerResident)}, &officer)
	all := w.a.db.Client.RoleAssignment.Query().Where(roleassignment.ResidentID(w.officerResident), roleassignment.EndedAtIsNil()).CountX(ctx())
	if officer.Node.RoleAssignments.TotalCount != all-1 {
		t.Errorf("cadre sees %d of the officer's %d assignments, want all but the other village's", officer.Node.RoleAssignments.TotalCount, all)
	}
	// Edge filters (sub-queries privacy does not narrow) are refused below the district.
	if code, _ := w.as("cadre").errorCode(`{ residents(where: {hasRoleAssignmentsWith: {role: HEAD}}) { totalCount } }`, nil); code != "FORBIDDEN" {
		t.Errorf("cadre edge filter: %s, want FORBIDDEN", code)
	}
	if code, _ := w.as("town").errorCode(`query { tickets { edges { node { courtyard { households(where: {hasResidentsWith: {name: "赵大"}}) { totalCount } } } } } }`, nil); code != "FORBIDDEN" {
		t.Errorf("town official nested edge filter: %s, want FORBIDDEN", code)
	}
	var ok map[string]struct{ TotalCount int }
	w.as("admin").query(`{ residents(where: {hasRoleAssignmentsWith: {role: HEAD}}) { totalCount } }`, nil, &ok)
	if ok["residents"].TotalCount == 0 {
		t.Error("admin edge filter found no heads")
	}
}

func TestPersonalDataMasking(t *testing.T) {
	w := newWorld(t)
	q := `{ residents(first: 20) { edges { node { name phone idCardNumber household { headName } } } } }`
	type out struct {
		Residents struct {
			Edges []struct {
				Node struct {
					Name, Phone, IDCardNumber string
					Household                 struct{ HeadName string }
				}
			}
		}
	}
	for role, masked := range map[string]bool{"admin": false, "cadre": false, "officer": false, "analyst": true, "town": true} {
		var o out
		w.as(role).query(q, nil, &o)
		if len(o.Residents.Edges) == 0 {
			t.Fatalf("%s: no residents", role)
		}
		for _, e := range o.Residents.Edges {
			n := e.Node
			for _, value := range []string{n.Name, n.Phone, n.IDCardNumber, n.Household.HeadName} {
				if value != "" && strings.Contains(value, "*") != masked {
					t.Fatalf("%s (masked=%v) sees %+v", role, masked, n)
				}
			}
		}
	}
	// Masked accounts cannot recover what the mask hides by filtering or sorting.
	for _, q := range []string{
		`{ residents(where: {nameHasPrefix: "王"}) { totalCount } }`,
		`{ residents(orderBy: [{field: NAME}]) { totalCount } }`,
		`{ households(where: {phoneContains: "138"}) { totalCount } }`,
	} {
		if code, _ := w.as("analyst").errorCode(q, nil); code != "FORBIDDEN" {
			t.Errorf("analyst %s: %s, want FORBIDDEN", q, code)
		}
	}
}

func TestWritesStayInsideArea(t *testing.T) {
	w := newWorld(t)
	villages := w.town1.QueryVillages().Order(ent.Asc("code")).AllX(ctx())
	own, foreign := villages[0], villages[1]
	rename := `mutation($id: ID!, $n: String!) { updateVillage(input: {id: $id, set: {name: $n}}) { village { name } userErrors { code } } }`
	var res struct {
		UpdateVillage struct {
			Village    *struct{ Name string }
			UserErrors []userError
		}
	}
	w.as("cadre").query(rename, map[string]any{"id": ent.EncodeGlobalID(own.ID), "n": "三星新村"}, &res)
	if res.UpdateVillage.Village == nil || res.UpdateVillage.Village.Name != "三星新村" {
		t.Fatalf("cadre renaming own village: %+v", res)
	}
	w.as("cadre").query(rename, map[string]any{"id": ent.EncodeGlobalID(foreign.ID), "n": "被改"}, &res)
	if res.UpdateVillage.Village != nil || len(res.UpdateVillage.UserErrors) != 1 || res.UpdateVillage.UserErrors[0].Code != "NOT_FOUND" {
		t.Fatalf("cadre renaming another village: %+v", res)
	}
	if n := w.a.db.Client.Village.GetX(ctx(), foreign.ID).Name; n == "被改" {
		t.Fatal("another village was renamed")
	}
	var created struct {
		CreateCourtyard struct {
			Courtyard  *struct{ ID string }
			UserErrors []userError
		}
	}
	w.as("cadre").query(`mutation($v: ID!, $c: String!) { createCourtyard(input: {code: $c, name: "新院坝", villageID: $v}) { courtyard { id } userErrors { code } } }`,
		map[string]any{"v": ent.EncodeGlobalID(foreign.ID), "c": foreign.Code + "901"}, &created)
	if created.CreateCourtyard.Courtyard != nil || len(created.CreateCourtyard.UserErrors) != 1 || created.CreateCourtyard.UserErrors[0].Code != "NOT_FOUND" {
		t.Errorf("cadre creating a courtyard in another village: %+v", created.CreateCourtyard)
	}
	if code, _ := w.as("analyst").errorCode(rename, map[string]any{"id": ent.EncodeGlobalID(own.ID), "n": "x"}); code != "FORBIDDEN" {
		t.Errorf("analyst writing: %s", code)
	}
	if code, _ := w.as("officer").errorCode(rename, map[string]any{"id": ent.EncodeGlobalID(own.ID), "n": "x"}); code != "FORBIDDEN" {
		t.Errorf("officer renaming a village: %s", code)
	}
	if code, _ := w.as("").errorCode(rename, map[string]any{"id": ent.EncodeGlobalID(own.ID), "n": "x"}); code != "UNAUTHENTICATED" {
		t.Errorf("anonymous writing: %s", code)
	}
	if n := w.a.db.Client.Courtyard.Query().CountX(ctx()); n != 27 {
		t.Errorf("courtyards after refused writes: %d", n)
	}
	// Every accepted write is in the audit trail, visible to the district's administrators only.
	var audit struct {
		AuditEvents struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Username, Action, EntityType, EntityID string
					Changes                                map[string]any
				}
			}
		}
	}
	q := `{ auditEvents(where: {entityType: "Village", username: "cadre"}) { totalCount edges { node { username action entityType entityID changes } } } }`
	w.as("admin").query(q, nil, &audit)
	if audit.AuditEvents.TotalCount != 1 {
		t.Fatalf("audit events of villages: %+v", audit)
	}
	ev := audit.AuditEvents.Edges[0].Node
	if ev.Username != "cadre" || ev.Action != "UPDATE" || ev.EntityID != ent.EncodeGlobalID(own.ID) || fmt.Sprint(ev.Changes["name"]) != "map[after:三星新村 before:"+own.Name+"]" {
		t.Fatalf("audit event %+v", ev)
	}
	w.as("cadre").query(q, nil, &audit)
	if audit.AuditEvents.TotalCount != 0 {
		t.Fatalf("a cadre reads %d audit events", audit.AuditEvents.TotalCount)
	}
}
