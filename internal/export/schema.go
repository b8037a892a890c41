package export

import (
	"strings"
	"unicode"

	"github.com/vektah/gqlparser/v2/ast"
)

// entSchemaFile is the GraphQL source entgql generates from ent/schema; the
// root connections and the columns of their rows are the fields declared
// there (hand-written fields with resolvers of their own are not columns).
const entSchemaFile = "ent.graphql"

// areaHeaders name the area columns, written as the area's name (village
// names repeat across towns: the town column stands beside them).
var areaHeaders = map[string]string{
	"districtID":  "区县",
	"townID":      "镇（街道）",
	"villageID":   "村（社区）",
	"courtyardID": "院坝",
}

// fallbackHeaders are headers of fields whose description has no Chinese part.
var fallbackHeaders = map[string]string{
	"id":       "ID",
	"mode":     "办理方式",
	"category": "类别",
	"stage":    "阶段",
	"version":  "版本号",
}

// Labeler returns the Chinese label of an enum value (enum is the GraphQL
// enum type, e.g. TicketStatus), or false when it has none. It is pluggable
// (Options.Labels) so that a label table kept elsewhere can be used.
type Labeler func(enum, value string) (string, bool)

// SchemaLabels returns the labels the schema gives enum values: the Chinese
// part of each value's description.
func SchemaLabels(s *ast.Schema) Labeler {
	return func(enum, value string) (string, bool) {
		def := s.Types[enum]
		if def == nil {
			return "", false
		}
		v := def.EnumValues.ForName(value)
		if v == nil {
			return "", false
		}
		l := Chinese(v.Description)
		return l, l != ""
	}
}

// Chinese returns the Chinese part of a description written as the schema
// writes them — English, then the Chinese name: "When the resident applied.
// 申请时间" gives 申请时间 — or "" when its last sentence is not Chinese.
func Chinese(desc string) string {
	desc = strings.TrimSpace(desc)
	if i := strings.LastIndex(desc, ". "); i >= 0 {
		desc = strings.TrimSpace(desc[i+2:])
	}
	han := false
	for _, r := range desc {
		if unicode.Is(unicode.Han, r) {
			han = true
		}
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			return ""
		}
	}
	if !han {
		return ""
	}
	return strings.TrimSuffix(desc, "。")
}

// connectionFields returns the root query fields of s that are connections
// generated from ent (with where and orderBy arguments), in schema order.
func connectionFields(s *ast.Schema) []*ast.FieldDefinition {
	var out []*ast.FieldDefinition
	if s.Query == nil {
		return nil
	}
	for _, f := range s.Query.Fields {
		if !fromEnt(f.Position) || !strings.HasSuffix(f.Type.Name(), "Connection") ||
			f.Arguments.ForName("where") == nil || f.Arguments.ForName("orderBy") == nil {
			continue
		}
		out = append(out, f)
	}
	return out
}

func fromEnt(p *ast.Position) bool {
	return p != nil && p.Src != nil && strings.HasSuffix(p.Src.Name, entSchemaFile)
}

// nodeType returns the node type of a connection type (TicketConnection →
// Ticket).
func nodeType(s *ast.Schema, conn string) *ast.Definition {
	def := s.Types[conn]
	if def == nil {
		return nil
	}
	edges := def.Fields.ForName("edges")
	if edges == nil {
		return nil
	}
	edge := s.Types[edges.Type.Name()]
	if edge == nil || edge.Fields.ForName("node") == nil {
		return nil
	}
	return s.Types[edge.Fields.ForName("node").Type.Name()]
}

// field is how one column is read from a node.
type field struct {
	Column
	enum     string // GraphQL enum type of the values (labels), if any
	list     bool   // a list of values, joined by 、
	id       bool   // an ID: written as the API's global ID
	area     bool   // an area ID: written as the area's name
	personal string // the @personal kind, masked for viewers who see it masked
	json     bool   // a JSON value: written as JSON text
}

// columnsOf derives the columns of a node type: its scalar and enum fields
// declared in ent.graphql, in order.
func columnsOf(s *ast.Schema, def *ast.Definition) []field {
	var out []field
	for _, f := range def.Fields {
		if !fromEnt(f.Position) || len(f.Arguments) > 0 {
			continue
		}
		t := s.Types[f.Type.Name()]
		if t == nil || (t.Kind != ast.Scalar && t.Kind != ast.Enum) {
			continue
		}
		c := field{Column: Column{Name: f.Name, Header: header(def, f)}, list: f.Type.Elem != nil}
		if d := f.Directives.ForName("personal"); d != nil {
			if k := d.Arguments.ForName("kind"); k != nil {
				c.personal = k.Value.Raw
			}
		}
		switch {
		case t.Kind == ast.Enum:
			c.enum = t.Name
		case t.Name == "ID" && areaHeaders[f.Name] != "":
			c.area = true
		case t.Name == "ID":
			c.id = true
		case t.Name == "Int" && strings.HasSuffix(f.Name, "Fen") && !c.list:
			c.Kind = Money
			c.Header = yuanHeader(c.Header)
		case t.Name == "Int" && !c.list:
			c.Kind = Int
		case t.Name == "Float" && !c.list:
			c.Kind = Float
		case t.Name == "Boolean" && !c.list:
			c.Kind = Bool
		case t.Name == "Time" && !c.list:
			c.Kind = Time
		case t.Name == "String":
		default:
			c.json = true
		}
		out = append(out, c)
	}
	return out
}

// header is a field's Chinese header: the Chinese part of its description,
// else that of the edge it is the ID of, else a fallback, else its name.
func header(def *ast.Definition, f *ast.FieldDefinition) string {
	if h := areaHeaders[f.Name]; h != "" {
		return h
	}
	if h := Chinese(f.Description); h != "" {
		return h
	}
	if base, ok := strings.CutSuffix(f.Name, "ID"); ok {
		if e := def.Fields.ForName(base); e != nil {
			if h := Chinese(e.Description); h != "" {
				return h
			}
		}
	}
	if h := fallbackHeaders[f.Name]; h != "" {
		return h
	}
	return f.Name
}

// yuanHeader turns the header of an amount in fen into one in yuan.
func yuanHeader(h string) string {
	for _, fen := range []string{"（分）", "(分)"} {
		if strings.Contains(h, fen) {
			return strings.Replace(h, fen, "（元）", 1)
		}
	}
	return h + "（元）"
}
