package audit_test

import (
	"context"
	"fmt"
	"testing"

	"yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// village builds one village with one courtyard and returns the database,
// the places, the system's context and the context of a cadre of the
// village (user 7, "cadre").
func village(t *testing.T) (*store.DB, *fixture.Places, context.Context, context.Context) {
	db := testdb.Open(t)
	sys := viewer.SystemContext(context.Background())
	p, err := fixture.Build(sys, db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	cadre := viewer.NewContext(context.Background(), &viewer.Viewer{
		UserID: 7, Username: "cadre", Role: viewer.VillageCadre,
		DistrictID: p.District.ID, TownIDs: []int{p.Town.ID}, VillageIDs: []int{p.Villages[0].ID},
	})
	return db, p, sys, cadre
}

// TestAuditTrail: a change by an account is recorded with who, what and
// where, its personal data masked as the API masks it (ent.PersonalFields);
// login bookkeeping is not recorded.
func TestAuditTrail(t *testing.T) {
	db, p, sys, cadre := village(t)
	r := db.Client.Resident.Create().SetHouseholdID(p.Residents[0].HouseholdID).
		SetName("张三丰").SetPhone("13800001234").SetIDCardNumber("50015419800101123X").SaveX(cadre)

	events := db.Client.AuditEvent.Query().Where(auditevent.EntityID(ent.EncodeGlobalID(r.ID)))
	e := events.Clone().OnlyX(sys)
	if e.Action != auditevent.ActionCREATE || e.EntityType != "Resident" || e.EntityID != ent.EncodeGlobalID(r.ID) ||
		e.Username != "cadre" || e.UserID == nil || *e.UserID != 7 {
		t.Fatalf("event %+v", e)
	}
	for column, want := range map[string]string{"name": "张**", "phone": "138****1234", "id_card_number": "500154***********X"} {
		if got := after(e, column); got != want {
			t.Errorf("changes[%s] = %v, want after %s", column, e.Changes[column], want)
		}
	}
	if after(e, "household_id") != ent.EncodeGlobalID(p.Residents[0].HouseholdID) {
		t.Errorf("ids are not recorded as clients know them: %v", e.Changes["household_id"])
	}

	// Bookkeeping (the auth code's counters) is not audited.
	db.Client.Resident.UpdateOne(r).SetPhone("13900000000").ExecX(audit.Bookkeeping(cadre))
	if n := events.Clone().CountX(sys); n != 1 {
		t.Fatalf("bookkeeping was audited: %d events", n)
	}
	db.Client.Resident.UpdateOne(r).SetPartyMember(true).ExecX(cadre)
	if n := events.Clone().Where(auditevent.ActionEQ(auditevent.ActionUPDATE)).CountX(sys); n != 1 {
		t.Fatalf("an update left %d events", n)
	}
}

// after is the value an event records for a field or edge after the change.
func after(e *ent.AuditEvent, name string) any {
	c, _ := e.Changes[name].(map[string]any)
	return c["after"]
}

// TestAuditEdgeChange: a change of an edge that no field holds (a
// household's points entries, here detached in a workflow step's context)
// is recorded under the edge's name with the linked records before and after.
func TestAuditEdgeChange(t *testing.T) {
	db, p, sys, cadre := village(t)
	h := p.Residents[0].HouseholdID
	var entries []int
	for _, points := range []int{3, 5} {
		e := db.Client.PointEntry.Create().SetPoints(points).SetReason("打扫院坝").SetAwardedAt(fixture.Start).
			SetCourtyardID(p.Courtyards[0].ID).SetHouseholdID(h).SaveX(sys)
		entries = append(entries, e.ID)
	}
	db.Client.Household.UpdateOneID(h).RemovePointEntryIDs(entries[0]).ExecX(workflow.Governed(cadre))

	e := db.Client.AuditEvent.Query().Where(auditevent.EntityID(ent.EncodeGlobalID(h)), auditevent.ActionEQ(auditevent.ActionUPDATE)).OnlyX(sys)
	want := map[string]any{"before": []any{ent.EncodeGlobalID(entries[0]), ent.EncodeGlobalID(entries[1])}, "after": []any{ent.EncodeGlobalID(entries[1])}}
	if fmt.Sprint(e.Changes["point_entries"]) != fmt.Sprint(want) {
		t.Fatalf("point_entries = %v, want %v", e.Changes["point_entries"], want)
	}
}
