// Hand-written (not generated): the Chinese labels of the enum values.

package schemadoc

import (
	"fmt"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/label"
)

// EnumLabels is an entgql schema hook that describes each value of the
// generated enums with its Chinese and English label from internal/label, so
// clients read the labels from the schema itself; an ent enum value without a
// label fails the code generation.
func EnumLabels(_ *gen.Graph, s *ast.Schema) error {
	for name, def := range s.Types {
		if def.Kind != ast.Enum {
			continue
		}
		fromEnt := def.Directives.ForName("goModel") != nil
		for _, v := range def.EnumValues {
			l, ok := label.Lookup(name, v.Name)
			if !ok {
				if fromEnt {
					return fmt.Errorf("enum %s.%s has no label in internal/label", name, v.Name)
				}
				continue
			}
			if v.Description == "" {
				v.Description = l.Zh + " (" + l.En + ")"
			}
		}
	}
	return nil
}
