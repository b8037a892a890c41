// Hand-written (not generated): documents the schema entgql generates.

// Package schemadoc completes the GraphQL schema that entgql generates from
// ent/schema with descriptions, so that every type and field of the API is
// documented from one source: the comments in ent/schema.
package schemadoc

import (
	"encoding/json"
	"fmt"
	"strings"
	"yuanbahui/internal/naming"

	"entgo.io/ent/entc/gen"
	entschema "entgo.io/ent/schema"
	"github.com/vektah/gqlparser/v2/ast"
)

// Describe is an entgql schema hook. It copies each ent type's comment to its
// GraphQL object, each edge's comment to its connection field, describes the root
// query fields, and gives the remaining generated input fields (edge ids,
// clear flags) a description derived from the field or edge they set.
func Describe(g *gen.Graph, s *ast.Schema) error {
	for _, t := range g.Nodes {
		def := s.Types[t.Name]
		if def == nil {
			continue
		}
		if def.Description == "" {
			def.Description = typeComment(t)
		}
		if def.Description == "" {
			return fmt.Errorf("ent type %s has no schema.Comment annotation", t.Name)
		}
		edges := map[string]string{}
		for _, e := range t.Edges {
			edges[naming.LowerCamel(e.Name)] = e.Comment()
		}
		for _, f := range def.Fields {
			if f.Description == "" {
				f.Description = edges[f.Name]
			}
		}
		if q := s.Types["Query"]; q != nil {
			for _, f := range q.Fields {
				if strings.EqualFold(f.Type.Name(), t.Name+"Connection") && f.Description == "" {
					f.Description = "Lists " + t.Name + " records as a Relay connection. " + typeComment(t)
				}
			}
		}
		for _, in := range []string{"Create" + t.Name + "Input", "Update" + t.Name + "Input"} {
			describeInput(s.Types[in], t)
		}
		if def := s.Types[t.Name]; def != nil {
			if f := def.Fields.ForName("id"); f != nil {
				f.Description = "Opaque global ID of the " + t.Name + "; use it with node(id:)."
			}
		}
		describeWhere(s.Types[t.Name+"WhereInput"], t.Name)
	}
	if q := s.Types["Query"]; q != nil && q.Description == "" {
		q.Description = "Reads. Every list is a Relay connection with first/after/last/before, where, orderBy and totalCount."
	}
	return nil
}

// predicateSuffixes describe the where-input predicates entgql derives from a
// field, longest suffix first.
var predicateSuffixes = []struct{ suffix, text string }{
	{"ContainsFold", "contains the value, ignoring case"},
	{"EqualFold", "equals the value, ignoring case"},
	{"HasPrefix", "starts with the value"},
	{"HasSuffix", "ends with the value"},
	{"Contains", "contains the value"},
	{"NotNil", "is set"},
	{"IsNil", "is not set"},
	{"NotIn", "is none of the values"},
	{"NEQ", "differs from the value"},
	{"GTE", "is greater than or equal to the value"},
	{"LTE", "is less than or equal to the value"},
	{"GT", "is greater than the value"},
	{"LT", "is less than the value"},
	{"In", "is one of the values"},
}

// describeWhere documents each predicate of a where input.
func describeWhere(def *ast.Definition, typeName string) {
	if def == nil {
		return
	}
	for _, f := range def.Fields {
		if f.Description != "" {
			continue
		}
		switch f.Name {
		case "not":
			f.Description = "Matches " + typeName + " records that do not match this filter."
			continue
		case "and":
			f.Description = "Matches records that match all of these filters."
			continue
		case "or":
			f.Description = "Matches records that match any of these filters."
			continue
		}
		if strings.HasPrefix(f.Name, "has") {
			f.Description = "Matches records with at least one " + lowerFirst(strings.TrimSuffix(strings.TrimPrefix(f.Name, "has"), "With")) + " (matching the filter, for hasXWith)."
			continue
		}
		f.Description = "Matches records whose " + f.Name + " equals the value."
		for _, p := range predicateSuffixes {
			if base, ok := strings.CutSuffix(f.Name, p.suffix); ok && base != "" {
				f.Description = "Matches records whose " + base + " " + p.text + "."
				break
			}
		}
	}
}

// describeInput documents the input fields entgql derives from edges and
// optional fields (fooID, addFooIDs, removeFooIDs, clearFoo).
func describeInput(def *ast.Definition, t *gen.Type) {
	if def == nil {
		return
	}
	about := map[string]string{}
	for _, f := range t.Fields {
		about[naming.LowerCamel(f.Name)] = f.Comment()
	}
	for _, e := range t.Edges {
		about[naming.LowerCamel(e.Name)] = e.Comment()
	}
	for _, f := range def.Fields {
		if f.Description != "" {
			continue
		}
		name := f.Name
		switch {
		case strings.HasPrefix(name, "clear"):
			base := lowerFirst(strings.TrimPrefix(name, "clear"))
			f.Description = "Clears " + base + ". " + about[strings.TrimSuffix(base, "IDs")]
		case strings.HasPrefix(name, "append"):
			base := lowerFirst(strings.TrimPrefix(name, "append"))
			f.Description = "Appends to " + base + ". " + about[base]
		case strings.HasPrefix(name, "add") && strings.HasSuffix(name, "IDs"):
			base := lowerFirst(strings.TrimSuffix(strings.TrimPrefix(name, "add"), "IDs"))
			f.Description = "Adds to " + base + ". " + about[base]
		case strings.HasPrefix(name, "remove") && strings.HasSuffix(name, "IDs"):
			base := lowerFirst(strings.TrimSuffix(strings.TrimPrefix(name, "remove"), "IDs"))
			f.Description = "Removes from " + base + ". " + about[base]
		case strings.HasSuffix(name, "IDs"):
			base := strings.TrimSuffix(name, "IDs")
			f.Description = "Sets " + base + ". " + about[base]
		case strings.HasSuffix(name, "ID"):
			base := strings.TrimSuffix(name, "ID")
			f.Description = "Sets " + base + ". " + about[base]
		default:
			f.Description = about[name]
		}
		f.Description = strings.TrimSpace(f.Description)
	}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// typeComment returns the text of the type's schema.Comment annotation.
func typeComment(t *gen.Type) string {
	ant := &entschema.CommentAnnotation{}
	raw, ok := t.Annotations[ant.Name()]
	if !ok {
		return ""
	}
	if b, err := json.Marshal(raw); err == nil {
		_ = json.Unmarshal(b, ant)
	}
	return ant.Text
}
