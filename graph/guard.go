package graph

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/internal/apierr"
	"yuanbahui/internal/viewer"
)

// personalInputs finds, from the @personal directives of the schema's object
// fields, the where-input predicates and order fields over personal data, per
// input type: masked viewers may neither filter nor sort by them (that would
// reveal what the mask hides). A field f of T gives the predicates of
// TWhereInput starting with f, and the value of TOrderField spelled as f in
// upper snake case (HEAD_NAME for headName), used in TOrder.
func personalInputs(s *ast.Schema) map[string][]string {
	out := map[string][]string{}
	for name, def := range s.Types {
		if def.Kind != ast.Object {
			continue
		}
		for _, f := range def.Fields {
			if f.Directives.ForName("personal") == nil {
				continue
			}
			out[name+"WhereInput"] = append(out[name+"WhereInput"], f.Name)
			if order := s.Types[name+"OrderField"]; order != nil && order.EnumValues.ForName(upperSnake(f.Name)) != nil {
				out[name+"Order"] = append(out[name+"Order"], upperSnake(f.Name))
			}
		}
	}
	return out
}

// upperSnake spells a GraphQL field name as an enum value: headName → HEAD_NAME.
func upperSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// FilterGuard is a gqlgen extension that refuses, before anything runs, the
// filters and orderings that would reach past the viewer's area or its mask:
//   - has…With filters (ent evaluates them as sub-queries that privacy rules do
//     not narrow) for viewers below the district: they filter by the records'
//     own townID / villageID / courtyardID instead;
//   - filters and orderings over personal data for viewers who see it masked.
//
// It judges the coerced input — every argument of every field of the
// operation, at any depth and through fragments, as gqlgen hands it to the
// resolvers (ast.Field.ArgumentMap over the coerced variables) — whatever its
// shape: written in the query text, passed as variables (a single object given
// for a list, maps and slices of any Go type), defaults of variables, or built
// by an export (internal/export runs its where and orderBy as variables
// through an executor with this guard). Every path that filters rows is a
// GraphQL operation, so every path passes here.
type FilterGuard struct {
	schema   *ast.Schema
	personal map[string][]string // personalInputs of schema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*FilterGuard)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (*FilterGuard) ExtensionName() string { return "FilterGuard" }

// Validate implements graphql.HandlerExtension.
func (g *FilterGuard) Validate(es graphql.ExecutableSchema) error {
	g.schema = es.Schema()
	g.personal = personalInputs(g.schema)
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (g *FilterGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	v := viewer.FromContext(ctx)
	w := guardWalker{g: g, vars: oc.Variables, edges: v.DistrictWide(), personal: !v.MasksPersonalData(), fragments: map[string]bool{}}
	if w.edges && w.personal {
		return nil
	}
	w.selections(oc.Operation.SelectionSet)
	return w.err
}

type guardWalker struct {
	g         *FilterGuard
	vars      map[string]any
	edges     bool // has…With allowed
	personal  bool // personal predicates allowed
	fragments map[string]bool
	err       *gqlerror.Error
}

// selections judges the arguments of every field of set and below. A named
// fragment is judged once: its arguments are the same wherever it is spread
// (validation forbids cycles, and judging each spread anew could take time
// exponential in the document's size).
func (w *guardWalker) selections(set ast.SelectionSet) {
	for _, sel := range set {
		if w.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			if s.Definition != nil {
				// The arguments exactly as the resolvers receive them.
				args := s.ArgumentMap(w.vars)
				for _, def := range s.Definition.Arguments {
					if val, ok := args[def.Name]; ok {
						w.input(def.Type, reflect.ValueOf(val), s.Position)
					}
				}
			}
			w.selections(s.SelectionSet)
		case *ast.InlineFragment:
			w.selections(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil && !w.fragments[s.Name] {
				w.fragments[s.Name] = true
				w.selections(s.Definition.SelectionSet)
			}
		}
	}
}

// input judges val, a value of type t in any of the shapes a coerced input
// takes: maps and slices of any element type, pointers and interfaces, and a
// single value where t is a list (GraphQL coerces it to a list of one).
func (w *guardWalker) input(t *ast.Type, val reflect.Value, pos *ast.Position) {
	for val.IsValid() && (val.Kind() == reflect.Interface || val.Kind() == reflect.Pointer) {
		val = val.Elem()
	}
	if w.err != nil || !val.IsValid() || t == nil {
		return
	}
	if val.Kind() == reflect.Slice || val.Kind() == reflect.Array {
		elem := t
		if t.Elem != nil {
			elem = t.Elem
		}
		for i := 0; i < val.Len() && w.err == nil; i++ {
			w.input(elem, val.Index(i), pos)
		}
		return
	}
	for t.Elem != nil {
		t = t.Elem
	}
	def := w.g.schema.Types[t.Name()]
	if def == nil || def.Kind != ast.InputObject || val.Kind() != reflect.Map {
		return
	}
	iter := val.MapRange()
	for iter.Next() && w.err == nil {
		key := fmt.Sprint(iter.Key().Interface())
		item := iter.Value()
		f := def.Fields.ForName(key)
		if !w.edges && f != nil && isEdgeFilter(w.g.schema, key, f.Type) && !areaOnly(w.g.schema, f.Type, item) {
			w.refuse(pos, "filters through related records (%s) are for district-wide accounts, except by place (townID, villageID, courtyardID, or the town, village or courtyard itself); filter by townID, villageID or courtyardID instead", key)
			return
		}
		if !w.personal {
			for _, p := range w.g.personal[def.Name] {
				if isPredicateOf(key, p) || (key == "field" && strings.EqualFold(enumText(item), p)) {
					w.refuse(pos, "personal data is masked for this account: it cannot filter or sort by %s", p)
					return
				}
			}
		}
		if f != nil {
			w.input(f.Type, item, pos)
		}
	}
}

// isEdgeFilter tells whether the input field key of type t filters through
// related records: ent's has<Edge>With, a where-input of the edge's type.
func isEdgeFilter(s *ast.Schema, key string, t *ast.Type) bool {
	def := s.Types[t.Name()]
	return strings.HasPrefix(key, "has") && strings.HasSuffix(key, "With") && def != nil && def.Kind == ast.InputObject
}

// areaTypes are the places: a filter through related records that reaches
// only places (and the records' own place columns) says where a record is,
// which every account may filter by.
var areaTypes = map[string]bool{"DistrictWhereInput": true, "TownWhereInput": true, "VillageWhereInput": true, "CourtyardWhereInput": true}

// areaColumns are the fields whose predicates say where a record is: its id
// and its place columns.
var areaColumns = []string{"id", "districtID", "townID", "villageID", "courtyardID"}

// areaOnly tells whether val, the value of a has…With filter of type t,
// filters by place only: each of its predicates (through and, or, not) is on
// the related record's id or place columns, or, on a place, on any of its
// fields, and each has…With it holds leads to a place. Such filters are
// allowed below the district (residents by village: hasHouseholdWith
// {villageID}); personal predicates are judged apart, as everywhere.
func areaOnly(s *ast.Schema, t *ast.Type, v reflect.Value) bool {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
		v = v.Elem()
	}
	if !v.IsValid() {
		return true
	}
	if v.Kind() == reflect.Slice || v.Kind() == reflect.Array {
		for i := range v.Len() {
			if !areaOnly(s, t, v.Index(i)) {
				return false
			}
		}
		return true
	}
	for t.Elem != nil {
		t = t.Elem
	}
	def := s.Types[t.Name()]
	if def == nil || def.Kind != ast.InputObject || v.Kind() != reflect.Map {
		return false
	}
	iter := v.MapRange()
	for iter.Next() {
		key := fmt.Sprint(iter.Key().Interface())
		f := def.Fields.ForName(key)
		switch {
		case f == nil:
			return false
		case key == "and" || key == "or" || key == "not" || isEdgeFilter(s, key, f.Type):
			if !areaTypes[f.Type.Name()] && !(key == "and" || key == "or" || key == "not") {
				return false
			}
			if !areaOnly(s, f.Type, iter.Value()) {
				return false
			}
		case strings.HasPrefix(key, "has"):
			return false
		case areaTypes[def.Name]:
		default:
			if !slices.ContainsFunc(areaColumns, func(c string) bool { return isPredicateOf(key, c) }) {
				return false
			}
		}
	}
	return true
}

// isPredicateOf tells whether a where-input field is a predicate on the
// object field p: p itself or p with ent's suffix (phoneHasPrefix, nameNEQ,
// idCardNumberIsNil, …), not another field that happens to start alike.
func isPredicateOf(key, p string) bool {
	rest, ok := strings.CutPrefix(key, p)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r)
}

// enumText is the text of an enum value as coerced input gives it (a string,
// or a string-kinded Go type), or "".
func enumText(v reflect.Value) string {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
		v = v.Elem()
	}
	if v.IsValid() && v.Kind() == reflect.String {
		return v.String()
	}
	return ""
}

func (w *guardWalker) refuse(pos *ast.Position, format string, args ...any) {
	w.err = apierr.ErrorAt(pos, apierr.Forbidden, format, args...)
}
