package graph

import (
	"context"
	"strings"
	"unicode"

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
// filters that would reach past the viewer's area or its mask:
//   - has…With filters (ent evaluates them as sub-queries that privacy rules do
//     not narrow) for viewers below the district: they filter by the records'
//     own townID / villageID / courtyardID instead;
//   - filters and orderings over personal data for viewers who see it masked.
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
	w := guardWalker{g: g, vars: oc.Variables, edges: v.DistrictWide(), personal: !v.MasksPersonalData()}
	if w.edges && w.personal {
		return nil
	}
	w.selections(oc.Operation.SelectionSet, 0)
	return w.err
}

type guardWalker struct {
	g        *FilterGuard
	vars     map[string]any
	edges    bool // has…With allowed
	personal bool // personal predicates allowed
	err      *gqlerror.Error
}

func (w *guardWalker) selections(set ast.SelectionSet, depth int) {
	if depth > MaxDepth+2 {
		return
	}
	for _, sel := range set {
		if w.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			for _, arg := range s.Arguments {
				if arg.Name != "where" && arg.Name != "orderBy" {
					continue
				}
				val, err := arg.Value.Value(w.vars)
				if err != nil || s.Definition == nil {
					continue
				}
				if def := s.Definition.Arguments.ForName(arg.Name); def != nil {
					w.input(def.Type, val, arg.Position)
				}
			}
			w.selections(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			w.selections(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				w.selections(s.Definition.SelectionSet, depth+1)
			}
		}
	}
}

func (w *guardWalker) input(t *ast.Type, val any, pos *ast.Position) {
	if w.err != nil || val == nil {
		return
	}
	if list, ok := val.([]any); ok {
		elem := t
		if t.Elem != nil {
			elem = t.Elem
		}
		for _, item := range list {
			w.input(elem, item, pos)
		}
		return
	}
	def := w.g.schema.Types[t.Name()]
	obj, ok := val.(map[string]any)
	if def == nil || !ok {
		return
	}
	for key, item := range obj {
		if !w.edges && strings.HasPrefix(key, "has") && strings.HasSuffix(key, "With") {
			w.refuse(pos, "filters through related records (%s) are for district-wide accounts; filter by townID, villageID or courtyardID instead", key)
			return
		}
		if !w.personal {
			for _, p := range w.g.personal[def.Name] {
				if strings.HasPrefix(key, p) || (key == "field" && item == p) {
					w.refuse(pos, "personal data is masked for this account: it cannot filter or sort by %s", p)
					return
				}
			}
		}
		if f := def.Fields.ForName(key); f != nil {
			w.input(f.Type, item, pos)
		}
	}
}

func (w *guardWalker) refuse(pos *ast.Position, format string, args ...any) {
	w.err = apierr.Set(gqlerror.ErrorPosf(pos, format, args...), apierr.Forbidden)
}
