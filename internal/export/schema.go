package export

import (
	"context"
	"strconv"
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

// fallbackHeaders are headers of fields whose description has no Chinese
// part (most of them enums whose description lists the values' labels), by
// Type.field or, for every type, field.
var fallbackHeaders = map[string]string{
	"mode":                "办理方式",
	"category":            "类别",
	"stage":               "阶段",
	"version":             "版本号",
	"kind":                "类型",
	"Grant.purpose":       "资金用途",
	"IssueStep.step":      "步骤",
	"Rating.dimension":    "评价维度",
	"RoleAssignment.role": "岗位",
	"Session.kind":        "活动类型",
	"Town.kind":           "镇街类型",
	"Village.kind":        "村社类型",
	"AuditEvent.userID":   "操作人账号",
	"AuditEvent.entityID": "对象",
}

// internalFields are fields (Type.field) written only when asked for
// (columns=), besides every ID and version: values that mean nothing to a
// reader, such as an opaque global ID kept as text.
var internalFields = map[string]bool{
	"AuditEvent.entityID": true,
	"AuditEvent.userID":   true,
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
	source   string       // Go struct field it is read from, by GraphQL name (default Name)
	enum     string       // GraphQL enum type of the values (labels), if any
	list     bool         // a list of values, joined by 、
	id       bool         // an ID: written as the API's global ID
	link     *link        // a linked record: written as its name or code
	personal string       // the @personal kind, masked for viewers who see it masked
	json     bool         // a JSON value: written as JSON text
	derived  DerivedField // a derived field: computed from the node
}

// link is a column naming a linked record (an applicant, a village) rather
// than giving its ID.
type link struct {
	typ      string // GraphQL type of the record, e.g. Resident
	code     bool   // the record's code, not its name
	personal string // the @personal kind of the record's name, if any
}

// linkNames are the fields that name a linked record, and give its code, by
// its GraphQL type: a linked record is exported as these, its ID only when
// asked (columns=). Types not listed are exported as their IDs, when asked.
var linkNames = map[string]struct{ name, code string }{
	"District":        {"name", "code"},
	"Town":            {"name", "code"},
	"Village":         {"name", "code"},
	"Courtyard":       {"name", "code"},
	"Resident":        {"name", ""},
	"Household":       {"headName", "number"},
	"ServiceType":     {"name", "code"},
	"IssueItem":       {"name", "code"},
	"PointRule":       {"name", "code"},
	"SupermarketItem": {"name", ""},
	"Issue":           {"title", ""},
	"QuarterTheme":    {"title", ""},
	"Session":         {"theme", ""},
	"User":            {"username", ""},
}

// DerivedField computes the value of a field the API derives from a record
// (e.g. a ticket's overdue) from the record's ent entity, as the API's
// resolver does, with ctx's clock (the export's instant) and the export's
// values of the field's optional arguments (see requiresArguments): a bool, int64,
// float64, string, time.Time, a pointer to one, or nil.
type DerivedField func(ctx context.Context, node any) any

// columnsOf derives the columns of a node type: its scalar and enum fields
// declared in ent.graphql, in order, linked records as their name and code
// (their IDs, the record's own ID and version internal: written only when
// asked), then the derived fields of derived (keyed Type.field) that the
// type declares, headed by their descriptions.
func columnsOf(s *ast.Schema, def *ast.Definition, derived map[string]DerivedField) []field {
	var out []field
	for _, f := range def.Fields {
		if !fromEnt(f.Position) || len(f.Arguments) > 0 {
			continue
		}
		t := s.Types[f.Type.Name()]
		if t == nil || (t.Kind != ast.Scalar && t.Kind != ast.Enum) {
			continue
		}
		c := field{Column: Column{Name: f.Name, Header: header(def, f), Internal: internalFields[def.Name+"."+f.Name]}, list: f.Type.Elem != nil}
		if d := f.Directives.ForName("personal"); d != nil {
			if k := d.Arguments.ForName("kind"); k != nil {
				c.personal = k.Value.Raw
			}
		}
		switch {
		case t.Kind == ast.Enum:
			c.enum = t.Name
		case t.Name == "ID" && f.Name == "id":
			c.id, c.Internal, c.Header = true, true, "系统编号"
		case t.Name == "ID":
			c.id, c.Internal = true, true
			out = append(out, linkColumns(s, def, f, c.Header)...)
			c.Header += "（系统编号）"
		case f.Name == "version":
			c.Kind, c.Internal = Int, true
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
	for _, f := range def.Fields {
		d := derived[def.Name+"."+f.Name]
		if d == nil || fromEnt(f.Position) || requiresArguments(f) || f.Type.Elem != nil {
			continue
		}
		c := field{Column: Column{Name: f.Name, Header: Chinese(f.Description)}, derived: d}
		if c.Header == "" {
			c.Header = f.Name
		}
		switch f.Type.Name() {
		case "Boolean":
			c.Kind = Bool
		case "Int":
			c.Kind = Int
		case "Float":
			c.Kind = Float
		case "Time":
			c.Kind = Time
		}
		out = append(out, c)
	}
	return distinctHeaders(out)
}

// requiresArguments tells whether field f has an argument without a
// default that must be given. A derived field's optional arguments (a
// ticket's overdue(asOf)) are the export's to settle: the DerivedField reads
// them from the context (the where's asOf).
func requiresArguments(f *ast.FieldDefinition) bool {
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			return true
		}
	}
	return false
}

// linkColumns are the name and code columns of the record an ID field f
// (e.g. applicantID) links to, headed h and h编码, read from f; none when
// the record's type has no name (linkNames).
func linkColumns(s *ast.Schema, def *ast.Definition, f *ast.FieldDefinition, h string) []field {
	base, ok := strings.CutSuffix(f.Name, "ID")
	edge := def.Fields.ForName(base)
	if !ok || edge == nil {
		return nil
	}
	typ := edge.Type.Name()
	names, ok := linkNames[typ]
	if !ok || s.Types[typ] == nil {
		return nil
	}
	personal := ""
	if nf := s.Types[typ].Fields.ForName(names.name); nf != nil {
		if d := nf.Directives.ForName("personal"); d != nil {
			if k := d.Arguments.ForName("kind"); k != nil {
				personal = k.Value.Raw
			}
		}
	}
	out := []field{{Column: Column{Name: base, Header: h}, source: f.Name, link: &link{typ: typ, personal: personal}}}
	if names.code != "" {
		out = append(out, field{Column: Column{Name: base + "Code", Header: h + "编码"}, source: f.Name, link: &link{typ: typ, code: true}})
	}
	return out
}

// distinctHeaders gives each column a header of its own: a column whose
// header an earlier one has (a session's speaker, a resident, and its
// speakerName, typed in) is headed as its field's description says, else
// numbered.
func distinctHeaders(fs []field) []field {
	seen := map[string]bool{}
	for i := range fs {
		h := fs[i].Header
		for n := 2; seen[h]; n++ {
			h = fs[i].Header + "（" + strconv.Itoa(n) + "）"
		}
		fs[i].Header = h
		seen[h] = true
	}
	return fs
}

// header is a field's Chinese header: the Chinese part of its description,
// else that of the edge it is the ID of, else a fallback, else its name.
func header(def *ast.Definition, f *ast.FieldDefinition) string {
	if h := areaHeaders[f.Name]; h != "" {
		return h
	}
	if h := fallbackHeaders[def.Name+"."+f.Name]; h != "" {
		return h
	}
	if base, ok := strings.CutSuffix(f.Name, "ID"); ok {
		if e := def.Fields.ForName(base); e != nil {
			if h := Chinese(e.Description); h != "" {
				return h
			}
		}
	}
	if h := Chinese(f.Description); h != "" {
		return h
	}
	if h := fallbackHeaders[def.Name+"."+f.Name]; h != "" {
		return h
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
