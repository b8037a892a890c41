package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/xuri/excelize/v2"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/graph"
	"yuanbahui/internal/export"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// maskPath is one way a filter or an ordering reaches a personal field: the
// argument (where or orderBy) of a root field, or of an edge of the root
// connection's nodes, and the value to pass there.
type maskPath struct {
	root  string // Query field, e.g. tickets
	field string // the field taking the argument: root, or an edge of root's nodes
	open  string // for an edge: how to reach it from root (tickets { edges { node {)
	arg   string // where or orderBy
	typ   string // the argument's GraphQL type, e.g. TicketWhereInput
	sel   string // what to ask of the root field: totalCount, or __typename
	other string // the root field's other required arguments, e.g. period: "2024H1"
	value any    // the argument, as JSON
	name  string // e.g. tickets.where.hasApplicantWith.phoneHasPrefix
}

// maxChain is how many input objects deep the walk goes below an argument
// (has…With chains, not, and, or).
const maxChain = 3

// personalPaths derives from the schema every where/orderBy path of a root
// field of Query (and, one input object deep, of every edge of a root
// connection's nodes: courtyards { edges { node { households(where: …) } } })
// that reaches a field marked @personal: the predicates of
// <Type>WhereInput on the personal fields of <Type> (phone, phoneHasPrefix,
// nameIsNil, …), reached directly or through input fields up to maxChain
// input objects deep (hasApplicantWith: {hasHouseholdWith: {…}}), and the
// values of <Type>OrderField naming a personal field. A new @personal field or
// a new edge is walked without changing this test. Every predicate and order
// field is used at least once; along longer chains each path takes one
// predicate, chosen by a hash of the path, so the walk stays deterministic
// and takes seconds.
func personalPaths(t *testing.T, s *ast.Schema) []maskPath {
	t.Helper()
	// Personal predicates and order values by input type.
	preds := map[string][]*ast.FieldDefinition{}
	orders := map[string][]string{}
	for _, def := range s.Types {
		if def.Kind != ast.Object {
			continue
		}
		for _, f := range def.Fields {
			if f.Directives.ForName("personal") == nil {
				continue
			}
			if where := s.Types[def.Name+"WhereInput"]; where != nil {
				for _, in := range where.Fields {
					rest, ok := strings.CutPrefix(in.Name, f.Name)
					if ok && (rest == "" || unicode.IsUpper([]rune(rest)[0])) {
						preds[where.Name] = append(preds[where.Name], in)
					}
				}
			}
			if enum := s.Types[def.Name+"OrderField"]; enum != nil {
				for _, v := range enum.EnumValues {
					if strings.EqualFold(strings.ReplaceAll(v.Name, "_", ""), f.Name) {
						orders[def.Name+"Order"] = append(orders[def.Name+"Order"], v.Name)
					}
				}
			}
		}
	}
	if len(preds) == 0 || len(orders) == 0 {
		t.Fatalf("no personal predicates (%v) or orders (%v) in the schema", preds, orders)
	}
	for _, ps := range preds {
		sort.Slice(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
	}

	var out []maskPath
	used := map[string]bool{} // input type.field used at least once
	// walk adds the paths from an argument of type typ below the input
	// objects of chain, up to limit input objects deep.
	var walk func(at maskPath, typ *ast.Type, chain []string, limit int)
	walk = func(at maskPath, typ *ast.Type, chain []string, limit int) {
		def := s.Types[typ.Name()]
		if def == nil || def.Kind != ast.InputObject {
			return
		}
		wrap := func(v any) any {
			for i := len(chain) - 1; i >= 0; i-- {
				v = map[string]any{chain[i]: v}
			}
			if typ.Elem != nil && len(chain) == 0 {
				return []any{v}
			}
			return v
		}
		name := strings.Join(append([]string{at.name, at.arg}, chain...), ".")
		if ps := preds[def.Name]; len(ps) > 0 {
			var pick []*ast.FieldDefinition
			for _, p := range ps {
				if !used[def.Name+"."+p.Name] {
					pick = append(pick, p)
				}
			}
			if len(pick) == 0 {
				h := fnv.New32a()
				h.Write([]byte(name))
				pick = ps[h.Sum32()%uint32(len(ps)):][:1]
			}
			for _, p := range pick {
				used[def.Name+"."+p.Name] = true
				path := at
				path.value, path.name = wrap(map[string]any{p.Name: sample(p.Type)}), name+"."+p.Name
				out = append(out, path)
			}
		}
		for _, v := range orders[def.Name] {
			if len(chain) == 0 {
				path := at
				path.value, path.name = []any{map[string]any{"field": v}}, name+".field:"+v
				out = append(out, path)
			}
		}
		if len(chain) == limit {
			return
		}
		for _, f := range def.Fields {
			if in := s.Types[f.Type.Name()]; in != nil && in.Kind == ast.InputObject {
				walk(at, f.Type, append(chain[:len(chain):len(chain)], f.Name), limit)
			}
		}
	}
	// args walks the arguments of field f: at the root (Query.f), or on the
	// nodes of the root connection at (one input object deep there: the
	// chains are the root's).
	args := func(at maskPath, f *ast.FieldDefinition, limit int) {
		at.field, at.sel = f.Name, "__typename"
		if def := s.Types[f.Type.Name()]; def != nil && def.Fields.ForName("totalCount") != nil {
			at.sel = "totalCount"
		}
		for _, a := range f.Arguments {
			// The field's other required arguments, valid for their type:
			// the guard, not validation, must be what refuses.
			var other []string
			for _, b := range f.Arguments {
				if b != a && b.Type.NonNull && b.DefaultValue == nil {
					other = append(other, b.Name+": "+literal(required(s, b.Type)))
				}
			}
			at.other, at.arg, at.typ = strings.Join(other, ", "), a.Name, a.Type.String()
			walk(at, a.Type, nil, limit)
		}
	}
	for _, f := range s.Query.Fields {
		args(maskPath{root: f.Name, name: f.Name}, f, maxChain)
	}
	for _, f := range s.Query.Fields {
		node := nodeOf(s, f.Type.Name())
		if node == nil {
			continue
		}
		for _, edge := range node.Fields {
			if len(edge.Arguments) > 0 {
				args(maskPath{root: f.Name, open: f.Name + " { edges { node { ", name: f.Name + ".node." + edge.Name}, edge, 1)
			}
		}
	}
	for typ, ps := range preds {
		for _, p := range ps {
			if !used[typ+"."+p.Name] {
				t.Errorf("no path reaches %s.%s", typ, p.Name)
			}
		}
	}
	return out
}

// nodeOf is the node type of a connection type, or nil.
func nodeOf(s *ast.Schema, connection string) *ast.Definition {
	def := s.Types[connection]
	if def == nil || def.Fields.ForName("edges") == nil {
		return nil
	}
	edge := s.Types[def.Fields.ForName("edges").Type.Name()]
	if edge == nil || edge.Fields.ForName("node") == nil {
		return nil
	}
	return s.Types[edge.Fields.ForName("node").Type.Name()]
}

// sample is a value of an input field's type: a string, a list of one, or true.
func sample(t *ast.Type) any {
	var v any = "138"
	if t.Name() == "Boolean" {
		v = true
	}
	if t.Elem != nil {
		return []any{v}
	}
	return v
}

// required is a value of a required argument's type (a period for a String).
func required(s *ast.Schema, t *ast.Type) any {
	var v any
	switch def := s.Types[t.Name()]; {
	case def != nil && def.Kind == ast.Enum:
		v = enumValue(def.EnumValues[0].Name)
	case t.Name() == "Int":
		v = 1
	case t.Name() == "Boolean":
		v = true
	default:
		v = "2024H1"
	}
	if t.Elem != nil {
		return []any{v}
	}
	return v
}

// enumValue is an enum value, written bare as a literal.
type enumValue string

// literal writes a JSON value as a GraphQL literal (object keys unquoted,
// enum values of orders bare).
func literal(v any) string {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			if s, ok := v[k].(string); ok && k == "field" {
				parts[i] = k + ": " + s
				continue
			}
			parts[i] = k + ": " + literal(v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = literal(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if e, ok := v.(enumValue); ok {
		return string(e)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// TestSecurityMaskingWalk: for every masked role, every path from the schema
// by which a filter or an order reaches personal data is refused FORBIDDEN —
// written in the query, passed as a variable, and as an export's where or
// orderBy — with no count and no rows; the same paths are answered for the
// district's administrator, so the refusals are the mask's.
func TestSecurityMaskingWalk(t *testing.T) {
	w := newExportWorld(t)
	// Thousands of requests in seconds: without the rate limit, which would
	// refuse them RATE_LIMITED instead of the guard.
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	h := server.New(server.Config{Accounts: w.a.accounts, NoLimits: true, Exports: server.NewExports(w.a.db, w.a.accounts, log, export.Options{})}, w.a.db, log)
	w.a.h, w.exports = h, h
	paths := personalPaths(t, graph.NewSchema(nil, nil, nil).Schema())
	// Every root connection is an export, taking its where and orderBy.
	exports := map[string]bool{}
	for _, p := range paths {
		if p.open == "" {
			exports[p.root] = p.sel == "totalCount" && (p.arg == "where" || p.arg == "orderBy")
		}
	}
	var masked []string
	for _, r := range viewer.Role("").Values() {
		role := viewer.Role(r)
		if !(&viewer.Viewer{Role: role}).MasksPersonalData() {
			continue
		}
		label := "masked-" + r
		for _, area := range []string{"500154", w.town1.Code, w.village.Code} {
			if _, err := w.a.accounts.AddUser(ctx(), label, role, area, testPassword, nil, false); err == nil {
				w.tokens[label] = w.a.loginAs(label+"-2", role, area, nil)
				break
			}
		}
		if w.tokens[label] == "" {
			t.Fatalf("no account of role %s", r)
		}
		masked = append(masked, label)
	}
	if len(masked) < 2 {
		t.Fatalf("masked roles: %v", masked)
	}
	t.Logf("%d paths × %d masked roles × (literal, variable, export)", len(paths), len(masked))

	failures := map[string]int{} // by way: literal, variable, export
	fail := func(way, format string, args ...any) {
		t.Helper()
		if failures[way]++; failures[way] <= 5 {
			t.Errorf(format, args...)
		}
	}
	defer func() {
		if len(failures) > 0 {
			t.Errorf("paths not refused, by way: %v", failures)
		}
	}()
	refused := func(way, what string, r result) {
		t.Helper()
		code := ""
		if len(r.Errors) > 0 {
			code, _ = r.Errors[0].Extensions["code"].(string)
		}
		if code != "FORBIDDEN" || (len(r.Data) > 0 && string(r.Data) != "null") {
			fail(way, "%s: code %q, data %s, errors %+v", what, code, r.Data, r.Errors)
		}
	}
	// Issue #16's reproduction first: a phone prefix as a variable (one
	// object where the schema has a list) and as an export's where.
	row1 := map[string]any{"hasApplicantWith": map[string]any{"phoneHasPrefix": "138"}}
	paths = append([]maskPath{{root: "tickets", field: "tickets", sel: "totalCount", arg: "where", typ: "TicketWhereInput", value: row1, name: "issue 16 row 1"}}, paths...)
	for _, p := range paths {
		other := ""
		if p.other != "" {
			other = ", " + p.other
		}
		close := ""
		if p.open != "" {
			close = " } } }"
		}
		lit := fmt.Sprintf(`{ %s%s(%s: %s%s) { %s }%s }`, p.open, p.field, p.arg, literal(p.value), other, p.sel, close)
		vars := fmt.Sprintf(`query($v: %s) { %s%s(%s: $v%s) { %s }%s }`, p.typ, p.open, p.field, p.arg, other, p.sel, close)
		for _, role := range masked {
			refused("literal", role+" "+lit, w.as(role).do(lit, nil))
			refused("variable", role+" "+p.name, w.as(role).do(vars, map[string]any{"v": p.value}))
			if !exports[p.root] || p.open != "" {
				continue
			}
			arg, _ := json.Marshal(p.value)
			where, order := "", ""
			if p.arg == "where" {
				where = string(arg)
			} else {
				order = string(arg)
			}
			e := w.export(t, role, p.root+".csv", where, order)
			var body struct{ Errors []gqlError }
			_ = json.Unmarshal(e.body, &body)
			if e.status != http.StatusForbidden || e.header.Get("X-Total-Count") != "" || len(body.Errors) == 0 || body.Errors[0].Extensions["code"] != "FORBIDDEN" {
				fail("export", "%s export %s: status %d, X-Total-Count %q, body %.300s", role, p.name, e.status, e.header.Get("X-Total-Count"), e.body)
			}
		}
	}
	// The same filters are the administrator's to use: what is refused is the mask.
	for i, p := range paths {
		if i%50 != 0 || !exports[p.root] {
			continue
		}
		vars := fmt.Sprintf(`query($v: %s) { %s(%s: $v) { totalCount } }`, p.typ, p.root, p.arg)
		if r := w.as("admin").do(vars, map[string]any{"v": p.value}); len(r.Errors) > 0 && r.Errors[0].Extensions["code"] == "FORBIDDEN" {
			t.Errorf("admin %s: %+v", p.name, r.Errors)
		}
	}
}

// TestSecurityExportFormulaInjection: a household whose head is named as a
// spreadsheet formula is exported to CSV with the formula neutralised (a
// leading quote) and to XLSX as a plain text cell; its number columns stay
// numbers.
func TestSecurityExportFormulaInjection(t *testing.T) {
	w := newExportWorld(t)
	const formula = `=HYPERLINK("http://x","y")`
	h := w.a.db.Client.Household.Query().Where(household.TownID(w.town2.ID)).OnlyX(ctx())
	w.a.db.Client.Household.UpdateOne(h).SetHeadName(formula).SetAddress("@SUM(1+1)").ExecX(ctx())
	where := fmt.Sprintf(`{"id":%q}`, ent.EncodeGlobalID(h.ID))
	// Addresses are written unmasked only when asked for, with a reason.
	rows := csvRows(t, w.exportQuery(t, "admin", "households.csv", url.Values{"where": {where}, "personal": {"1"}, "reason": {"核对"}}))
	if len(rows) != 2 {
		t.Fatalf("%d rows", len(rows)-1)
	}
	if got := rows[1][column(t, rows[0], "户主姓名")]; got != "'"+formula {
		t.Errorf("CSV head name %q, want it neutralised", got)
	}
	if got := rows[1][column(t, rows[0], "住址")]; got != "'@SUM(1+1)" {
		t.Errorf("CSV address %q, want it neutralised", got)
	}
	e := w.export(t, "admin", "households.xlsx", where, "")
	if e.status != http.StatusOK {
		t.Fatalf("XLSX: status %d %s", e.status, e.body)
	}
	f, err := excelize.OpenReader(bytes.NewReader(e.body))
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetName(0)
	header, _ := f.GetRows(sheet)
	cell, _ := excelize.CoordinatesToCellName(column(t, header[0], "户主姓名")+1, 2)
	if v, _ := f.GetCellValue(sheet, cell); v != formula {
		t.Errorf("XLSX head name %q", v)
	}
	if fm, _ := f.GetCellFormula(sheet, cell); fm != "" {
		t.Errorf("XLSX head name is the formula %q", fm)
	}
}
