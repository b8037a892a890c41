package graph

import (
	"math"
	"strings"
	"sync"

	"github.com/vektah/gqlparser/v2/ast"
)

// Weights of the cost model, in points. internal/bench BenchmarkPriceQuery
// measures each class of priced field against its price and fails when one's
// time per point is more than 3× off the others' median: on the embedded
// SQLite database seeded at town scale a point is about 4 µs of server time
// (a page of 50 tickets, 160 points, 0.9 ms), on PostgreSQL with the district
// seeded about 14 µs (the stats of 500 villages' tickets at the median of a
// quarter, 1,124 points, 28 ms) — every class within 3× of the median on both
// (`make bench`).
const (
	// StatementCost is one SQL statement: a root field, a connection's page
	// (nested connections are loaded in one statement for all parents), or
	// the counts of a nested connection.
	StatementCost = 10
	// RowCost is one node of a connection's page, fetched, checked against
	// the account's area and encoded (a page of 50 tickets takes ~1 ms at
	// town scale, where an analytics statement of ~150 points takes ~0.7 ms;
	// internal/bench BenchmarkPriceQuery).
	RowCost = 3
	// AggregateRowCost is one row of an aggregate's result (stats, ranking,
	// gap and score lists), computed by its statement.
	AggregateRowCost = 1
	// IntrospectionCost is one object introspection returns.
	IntrospectionCost = 1
	// EdgeCost is one object reached through a one-to-one edge (a resident's
	// household), per parent row: it is looked up row by row.
	EdgeCost = 5
	// NestedCountCost is the totalCount of a nested connection, per parent
	// row: a count over the foreign key's index.
	NestedCountCost = 1
	// RowsPerCountPoint is how many table rows a root totalCount scans for a
	// point: COUNT(*) over a whole table reads about 0.2 µs a row (180,246
	// ratings in 40 ms; internal/bench BenchmarkPriceQuery).
	RowsPerCountPoint = 50
	// FilteredCountShare is the share of the table (1/FilteredCountShare) a
	// root totalCount with a filter counts: the filter's index narrows it.
	FilteredCountShare = 10
	// MutationCost is a root mutation field: a read-write transaction and an
	// audit event.
	MutationCost = 100
)

// TableRows estimates each entity's table rows with the whole district seeded
// (`seed --scale district`; AuditEvent, Photo and User grow with use:
// Photo assumes one photo for about every ticket and executed issue step of a year): they weigh a
// root connection's totalCount, which counts the table (see OperationCost).
// Every entity with a connection has an entry (a test walks the schema).
var TableRows = map[string]int64{
	"AuditEvent":       1_000_000,
	"Award":            1_500,
	"Courtyard":        6_695,
	"DeliberationRule": 10,
	"District":         1,
	"Grant":            354,
	"Household":        200_000,
	"HouseholdMove":    3_979,
	"Idea":             4_981,
	"Issue":            59_024,
	"IssueItem":        17,
	"IssueStep":        351_523,
	"Photo":            100_000,
	"LectureTopic":     12,
	"MetricTarget":     8,
	"PointEntry":       125_357,
	"PointRedemption":  31_804,
	"PointRule":        8,
	"QuarterTheme":     8_750,
	"Rating":           180_246,
	"Resident":         562_753,
	"RoleAssignment":   26_916,
	"ServiceType":      8,
	"Session":          63_464,
	"SupermarketItem":  4_005,
	"Ticket":           37_647,
	"Town":             40,
	"User":             1_000,
	"Village":          500,
}

// OperationCost returns what op costs, in points, before it runs: what its
// SQL statements and rows are expected to take, assuming every connection
// fills its page (PageLimits has given each one its first/last).
//
//   - a connection: StatementCost, plus RowCost per row of its page times its
//     parents' rows, plus what the nodes' selection costs for all those rows;
//   - its totalCount: at the root, StatementCost plus the entity's TableRows
//     / RowsPerCountPoint (a COUNT over residents is dear, over towns cheap),
//     a tenth of that with a filter (FilteredCountShare);
//     nested, StatementCost plus NestedCountCost per parent row;
//   - an object field (a one-to-one edge): EdgeCost per parent row plus its
//     selection; at the root StatementCost (MutationCost for a mutation);
//   - introspection (__schema, __type): IntrospectionCost per object it returns (a
//     type, field, argument, enum value, type reference …), estimated from
//     the schema's list lengths (introspectionLists): GraphiQL's full
//     introspection returns 13,566 objects in ~150 ms and is priced 14,099;
//     aliases multiply it like any other field;
//   - scalars, __typename, cursors and pageInfo: nothing.
//
// Every operation costs at least one point; a subscription costs
// SubscriptionCost, whatever it selects (it reads nothing itself: each
// message is a few ids; the page then re-reads with priced queries).
func OperationCost(schema *ast.Schema, op *ast.OperationDefinition, vars map[string]any) int64 {
	if op.Operation == ast.Subscription {
		return SubscriptionCost
	}
	w := costWalker{schema: schema, vars: vars, mutation: op.Operation == ast.Mutation, lists: introspectionLists(schema)}
	return max(1, w.selection(op.SelectionSet, 1, true))
}

// SubscriptionCost is the fixed price of opening a subscription (a held
// connection; an account holds at most MaxSubscriptions at once).
const SubscriptionCost = 20

type costWalker struct {
	schema   *ast.Schema
	vars     map[string]any
	mutation bool
	lists    map[string]ratio
}

// selection is the cost of set, selected on each of parents rows.
func (w costWalker) selection(set ast.SelectionSet, parents int64, root bool) int64 {
	var cost int64
	for _, f := range fields(set) {
		if (f.Name == "__schema" || f.Name == "__type") && f.Definition != nil {
			cost = add(cost, w.introspection(f, parents, nil))
			continue
		}
		if strings.HasPrefix(f.Name, "__") || f.Definition == nil {
			continue
		}
		t := w.schema.Types[f.Definition.Type.Name()]
		if t == nil || t.Kind == ast.Scalar || t.Kind == ast.Enum {
			continue
		}
		if isConnection(f.Definition) {
			cost = add(cost, w.connection(f, parents, root))
			continue
		}
		if weigh, ok := aggregateCosts[f.Name]; ok && root {
			cost = add(cost, weigh(w, f))
			continue
		}
		rows := mul(parents, w.listLength(f))
		own := mul(rows, EdgeCost)
		if root {
			own = add(own, StatementCost)
			if w.mutation {
				own = add(own, MutationCost)
			}
		}
		cost = add(cost, add(own, w.selection(f.SelectionSet, rows, false)))
	}
	return cost
}

// connection is the cost of a connection field under parents rows.
func (w costWalker) connection(f *ast.Field, parents int64, root bool) int64 {
	rows := mul(parents, w.pageSize(f))
	cost := int64(StatementCost)
	for _, sub := range fields(f.SelectionSet) {
		switch sub.Name {
		case "totalCount":
			count := mul(parents, NestedCountCost)
			if root {
				count = tableRows(f.Definition.Type.Name()) / RowsPerCountPoint
				if f.Arguments.ForName("where") != nil {
					count /= FilteredCountShare
				}
			}
			cost = add(cost, add(StatementCost, count))
		case "edges":
			cost = add(cost, mul(rows, RowCost))
			for _, e := range fields(sub.SelectionSet) {
				if e.Name == "node" {
					cost = add(cost, w.selection(e.SelectionSet, rows, false))
				}
			}
		}
	}
	return cost
}

// introspection is the cost of an introspection field (or a field inside
// one) under parents objects: IntrospectionCost per object it returns. own gives the
// list lengths of the objects f is selected on when they are one known type
// (__type(name:)); otherwise lists have their average length.
func (w costWalker) introspection(f *ast.Field, parents int64, own map[string]ratio) int64 {
	t := w.schema.Types[f.Definition.Type.Name()]
	if t == nil || t.Kind == ast.Scalar || t.Kind == ast.Enum {
		return 0
	}
	key := f.ObjectDefinition.Name + "." + f.Name
	n, ok := own[key]
	if !ok {
		n, ok = w.lists[key]
	}
	switch {
	case ok:
	case f.Definition.Type.Elem != nil:
		n = w.lists["__Schema.types"]
	default:
		n = ratio{1, 1}
	}
	rows := n.of(parents)
	var mine map[string]ratio
	switch {
	case f.Name == "__type":
		mine = w.namedType(f)
	case key == "__Type.fields":
		mine = own // the known type's fields: their arguments
	}
	cost := mul(rows, IntrospectionCost)
	for _, sub := range fields(f.SelectionSet) {
		if sub.Definition != nil {
			cost = add(cost, w.introspection(sub, rows, mine))
		}
	}
	return cost
}

// namedType returns the list lengths of the type __type(name:) asks for.
func (w costWalker) namedType(f *ast.Field) map[string]ratio {
	arg := f.Arguments.ForName("name")
	if arg == nil {
		return nil
	}
	v, err := arg.Value.Value(w.vars)
	name, _ := v.(string)
	if t := w.schema.Types[name]; err == nil && t != nil {
		return typeLists(w.schema, t)
	}
	return nil
}

// typeLists counts t's lists as introspection returns them: its fields
// (without the __ ones) and their arguments per field, or its input fields,
// enum values, interfaces and possible types.
func typeLists(schema *ast.Schema, t *ast.Definition) map[string]ratio {
	var fieldsN, inputs, args int64
	for _, f := range t.Fields {
		switch {
		case t.Kind == ast.InputObject:
			inputs++
		case !strings.HasPrefix(f.Name, "__"):
			fieldsN++
			args += int64(len(f.Arguments))
		}
	}
	return map[string]ratio{
		"__Type.fields":        {fieldsN, 1},
		"__Field.args":         {args, max(fieldsN, 1)},
		"__Type.inputFields":   {inputs, 1},
		"__Type.enumValues":    {int64(len(t.EnumValues)), 1},
		"__Type.interfaces":    {int64(len(t.Interfaces)), 1},
		"__Type.possibleTypes": {int64(len(schema.PossibleTypes[t.Name])), 1},
	}
}

// wrappers counts the NON_NULL and LIST wrappers around a type reference's named type.
func wrappers(t *ast.Type) int64 {
	var n int64
	for ; t != nil; t = t.Elem {
		if t.NonNull {
			n++
		}
		if t.Elem != nil {
			n++
		}
	}
	return n
}

// ratio is a list's average length, num/den items per parent object.
type ratio struct{ num, den int64 }

// of is how many items parents objects' lists hold together, rounded up.
func (r ratio) of(parents int64) int64 {
	if r.den <= 0 {
		return 0
	}
	n := mul(parents, r.num)
	if n == math.MaxInt64 {
		return n
	}
	return (n + r.den - 1) / r.den
}

// introspectionRatios caches introspectionLists per schema.
var introspectionRatios sync.Map // *ast.Schema → map[string]ratio

// introspectionLists returns, for each list field of the introspection types
// ("__Type.fields" …), how many items it returns per parent object on
// average over schema: the lists of all types (__Schema.types) add up to
// what the introspection of schema returns.
func introspectionLists(schema *ast.Schema) map[string]ratio {
	if m, ok := introspectionRatios.Load(schema); ok {
		return m.(map[string]ratio)
	}
	m := map[string]ratio{}
	total := func(key string, n int64) { r := m[key]; m[key] = ratio{r.num + n, 1} }
	var refs, wrapped, args, fieldsN, dirArgs int64
	ref := func(t *ast.Type) { refs++; wrapped += wrappers(t) }
	for _, t := range schema.Types {
		total("__Schema.types", 1)
		for key, r := range typeLists(schema, t) {
			if key != "__Field.args" {
				total(key, r.num)
			}
		}
		for _, f := range t.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			ref(f.Type)
			if t.Kind != ast.InputObject {
				fieldsN++
				for _, a := range f.Arguments {
					args++
					ref(a.Type)
				}
			}
		}
	}
	for _, d := range schema.Directives {
		total("__Schema.directives", 1)
		for _, a := range d.Arguments {
			dirArgs++
			ref(a.Type)
		}
	}
	types := m["__Schema.types"].num
	for _, key := range []string{"__Type.fields", "__Type.inputFields", "__Type.enumValues", "__Type.interfaces", "__Type.possibleTypes"} {
		m[key] = ratio{m[key].num, types}
	}
	m["__Field.args"] = ratio{args, max(fieldsN, 1)}
	m["__Directive.args"] = ratio{dirArgs, max(m["__Schema.directives"].num, 1)}
	// A type reference's ofType chain holds its wrappers (NON_NULL, LIST):
	// with each level a fraction wrapped/(refs+wrapped) of the one above,
	// the chains add up to the wrappers.
	m["__Type.ofType"] = ratio{wrapped, refs + wrapped}
	introspectionRatios.Store(schema, m)
	return m
}

// tableRows estimates the rows of the entity behind a connection type; an
// entity missing from TableRows is taken for a large table.
func tableRows(connectionType string) int64 {
	if n, ok := TableRows[strings.TrimSuffix(connectionType, "Connection")]; ok {
		return n
	}
	return 1_000_000
}

// pageSize is a connection's first or last (PageLimits fills in the default).
func (w costWalker) pageSize(f *ast.Field) int64 {
	size := int64(DefaultPageSize)
	for _, name := range []string{"first", "last"} {
		if arg := f.Arguments.ForName(name); arg != nil {
			if v, err := arg.Value.Value(w.vars); err == nil {
				if n, ok := toInt(v); ok {
					size = n
				}
			}
		}
	}
	return max(size, 0)
}

// listLength is how many objects a field returns: one, the number of ids
// asked for (nodes(ids:)), its first (aggregate lists), or a default page
// for other lists.
func (w costWalker) listLength(f *ast.Field) int64 {
	if f.Definition.Type.Elem == nil {
		return 1
	}
	if f.Arguments.ForName("first") != nil {
		return w.pageSize(f)
	}
	if arg := f.Arguments.ForName("ids"); arg != nil {
		if v, err := arg.Value.Value(w.vars); err == nil {
			if ids, ok := v.([]any); ok {
				return int64(len(ids))
			}
		}
	}
	return DefaultPageSize
}

// fields flattens set's fragments into its fields (validation has refused
// fragment cycles).
func fields(set ast.SelectionSet) []*ast.Field {
	var out []*ast.Field
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			out = append(out, s)
		case *ast.InlineFragment:
			out = append(out, fields(s.SelectionSet)...)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				out = append(out, fields(s.Definition.SelectionSet)...)
			}
		}
	}
	return out
}

// add and mul saturate at math.MaxInt64, so no nesting overflows into a
// small or negative cost.
func add(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

func mul(a, b int64) int64 {
	if a != 0 && b > math.MaxInt64/a {
		return math.MaxInt64
	}
	return a * b
}
