// Package schemadoc completes the GraphQL schema that entgql generates from
// ent/schema with descriptions, so that every type and field of the API is
// documented from one source: the comments in ent/schema.
package schemadoc

import (
	"encoding/json"
	"fmt"
	"strings"

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
			edges[lowerCamel(e.Name)] = e.Comment()
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
	}
	return nil
}

// describeInput documents the input fields entgql derives from edges and
// optional fields (fooID, addFooIDs, removeFooIDs, clearFoo).
func describeInput(def *ast.Definition, t *gen.Type) {
	if def == nil {
		return
	}
	about := map[string]string{}
	for _, f := range t.Fields {
		about[lowerCamel(f.Name)] = f.Comment()
	}
	for _, e := range t.Edges {
		about[lowerCamel(e.Name)] = e.Comment()
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

// lowerCamel turns an ent snake_case name into the GraphQL field name.
func lowerCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "ID"
			continue
		}
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
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
