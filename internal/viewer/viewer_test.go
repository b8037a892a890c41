package viewer

import (
	"context"
	"slices"
	"testing"
)

func TestMasks(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{MaskName("张三丰"), "张**"},
		{MaskName("李"), "李"},
		{MaskPhone("13800001234"), "138****1234"},
		{MaskPhone("123"), "***"},
		{MaskIDCard("50015419800101123X"), "500154***********X"},
		{MaskAddress("开州区临江镇三星村五组12号"), "开州区临江镇***"},
		{MaskAddress("短地址"), "***"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestViewerRules(t *testing.T) {
	var anon *Viewer
	if !anon.ReadOnly() || !anon.MasksPersonalData() || anon.DistrictWide() {
		t.Fatal("anonymous viewer has rights")
	}
	if FromContext(context.Background()) != nil {
		t.Fatal("a plain context has a viewer")
	}
	sys := FromContext(SystemContext(context.Background()))
	if sys == nil || !sys.System || sys.MasksPersonalData() || !sys.DistrictWide() {
		t.Fatalf("system viewer %+v", sys)
	}
	for role, masked := range map[Role]bool{DistrictAdmin: false, TownOfficial: true, VillageCadre: false, CourtyardOfficer: false, Analyst: true} {
		v := &Viewer{Role: role}
		if v.MasksPersonalData() != masked {
			t.Errorf("%s masks personal data = %v", role, !masked)
		}
		if v.ReadOnly() != (role == Analyst) {
			t.Errorf("%s read-only = %v", role, v.ReadOnly())
		}
		if role.ExportsPersonalData() != (role == DistrictAdmin) {
			t.Errorf("%s exports personal data = %v", role, role.ExportsPersonalData())
		}
	}
}

// TestRoleValues: Values (ent's enum) and UnmarshalGQL (the GraphQL enum)
// accept the same roles, the constants above.
func TestRoleValues(t *testing.T) {
	want := []string{"DISTRICT_ADMIN", "TOWN_OFFICIAL", "VILLAGE_CADRE", "COURTYARD_OFFICER", "ANALYST"}
	if got := Role("").Values(); !slices.Equal(got, want) {
		t.Fatalf("Values() = %v", got)
	}
	for _, v := range want {
		var r Role
		if err := r.UnmarshalGQL(v); err != nil || string(r) != v {
			t.Errorf("UnmarshalGQL(%q) = %q, %v", v, r, err)
		}
	}
	var r Role
	if err := r.UnmarshalGQL("MAYOR"); err == nil {
		t.Error("UnmarshalGQL accepts MAYOR")
	}
}

// TestRoleSets: each set of roles over every role, and Roles listing a set.
func TestRoleSets(t *testing.T) {
	type sets struct{ recordsWork, villageOrAbove, readOnly, masks, districtWide bool }
	want := map[Role]sets{
		DistrictAdmin:    {recordsWork: true, villageOrAbove: true, districtWide: true},
		TownOfficial:     {recordsWork: true, villageOrAbove: true, masks: true},
		VillageCadre:     {recordsWork: true, villageOrAbove: true},
		CourtyardOfficer: {recordsWork: true},
		Analyst:          {readOnly: true, masks: true, districtWide: true},
	}
	if len(want) != len(roles) {
		t.Fatalf("the table covers %d roles, there are %d", len(want), len(roles))
	}
	for _, r := range roles {
		got := sets{r.RecordsWork(), r.VillageOrAbove(), r.ReadOnly(), r.MasksPersonalData(), r.DistrictWide()}
		if got != want[r] {
			t.Errorf("%s: %+v, want %+v", r, got, want[r])
		}
	}
	if got := Roles(Role.VillageOrAbove); !slices.Equal(got, []Role{DistrictAdmin, TownOfficial, VillageCadre}) {
		t.Errorf("Roles(VillageOrAbove) = %v", got)
	}
	if got := Roles(Role.RecordsWork); !slices.Equal(got, []Role{DistrictAdmin, TownOfficial, VillageCadre, CourtyardOfficer}) {
		t.Errorf("Roles(RecordsWork) = %v", got)
	}
}
