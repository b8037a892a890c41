package account

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"yuanbahui/internal/viewer"
)

// TestFormKnowsTheAreaDigits: the accounts form (frontend) offers each role
// an area code of the length AddUser requires: its copy of areaDigits agrees
// with this one.
func TestFormKnowsTheAreaDigits(t *testing.T) {
	src, err := os.ReadFile("../../frontend/src/screens/AccountForms.tsx")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`areaDigits: Record<UserRole, number> = \{([^}]*)\}`).FindSubmatch(src)
	if m == nil {
		t.Fatal("no areaDigits in AccountForms.tsx")
	}
	form := map[viewer.Role]int{}
	for _, kv := range regexp.MustCompile(`([A-Z_]+): (\d+)`).FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(kv[2]))
		form[viewer.Role(kv[1])] = n
	}
	if len(form) != len(areaDigits) {
		t.Errorf("the form knows %d roles, the server %d", len(form), len(areaDigits))
	}
	for role, n := range areaDigits {
		if form[role] != n {
			t.Errorf("%s: the form asks %d digits, the server %d", role, form[role], n)
		}
	}
}
