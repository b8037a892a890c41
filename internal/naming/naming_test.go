package naming

import "testing"

func TestLowerCamel(t *testing.T) {
	for in, want := range map[string]string{"name": "name", "village_id": "villageID", "role_assignments": "roleAssignments", "id_card_number": "idCardNumber"} {
		if got := LowerCamel(in); got != want {
			t.Errorf("LowerCamel(%q) = %q, want %q", in, got, want)
		}
	}
}
