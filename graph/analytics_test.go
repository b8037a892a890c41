package graph

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/label"
)

// TestEntEnumsCarryLabels: every enum the API takes from ent (its Go model
// lives in yuanbahui/ent or internal/viewer) has a label for each value, and
// the schema describes each value with it.
func TestEntEnumsCarryLabels(t *testing.T) {
	n := 0
	for name, def := range testSchema.Schema().Types {
		if def.Kind != ast.Enum || def.Directives.ForName("goModel") == nil {
			continue
		}
		model := def.Directives.ForName("goModel").Arguments.ForName("model").Value.Raw
		if !strings.HasPrefix(model, "yuanbahui/ent/") && !strings.HasPrefix(model, "yuanbahui/internal/viewer") {
			continue
		}
		n++
		for _, v := range def.EnumValues {
			l, ok := label.Lookup(name, v.Name)
			if !ok {
				t.Errorf("%s.%s has no label", name, v.Name)
				continue
			}
			if !strings.HasPrefix(v.Description, l.Zh) {
				t.Errorf("%s.%s is described %q, not by its label %q", name, v.Name, v.Description, l.Zh)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d ent enums in the schema", n)
	}
	got := enumLabels([]string{"TicketStatus", "NoSuchEnum"})
	if len(got) != 1 || got[0].Values[3].Value != "COMPLETED" || got[0].Values[3].Label != "已办结" {
		t.Fatalf("enumLabels: %+v", got)
	}
}
