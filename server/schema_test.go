package server_test

import (
	"strings"
	"testing"

	"yuanbahui/graph"
)

// TestSchemaIsDocumented: every type and field of the API has a description.
func TestSchemaIsDocumented(t *testing.T) {
	s := graph.NewSchema(nil, nil, nil).Schema()
	var missing []string
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			missing = append(missing, name)
		}
		for _, f := range def.Fields {
			if strings.TrimSpace(f.Description) == "" && !strings.HasPrefix(f.Name, "__") {
				missing = append(missing, name+"."+f.Name)
			}
		}
	}
	if len(missing) > 0 {
		t.Fatalf("%d types/fields without a description, e.g. %v", len(missing), missing[:min(len(missing), 30)])
	}
}
