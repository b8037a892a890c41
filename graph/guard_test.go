package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/resident"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/viewer"
)

// guarded is an executor of the API's schema with the filter guard, as /query
// and the exports have it: CreateOperationContext parses, validates, coerces
// the variables and runs the guard, without touching a database.
var guarded = func() *executor.Executor {
	e := executor.New(testSchema)
	e.Use(&FilterGuard{})
	return e
}()

// prepare runs an operation up to execution as the viewer of ctx and returns
// its refusal (nil when it would run) and the operation context.
func prepare(ctx context.Context, query string, vars map[string]any) (*graphql.OperationContext, gqlerror.List) {
	return guarded.CreateOperationContext(graphql.StartOperationTrace(ctx), &graphql.RawParams{Query: query, Variables: vars})
}

var (
	analystCtx = viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.Analyst})
	townCtx    = viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.TownOfficial, TownIDs: []int{1}})
	adminCtx   = viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.DistrictAdmin})
)

// TestSecurityFilterGuardShapes: the guard refuses a personal filter or order
// in every shape gqlgen accepts it — literal, variable, a single object for a
// list, a variable inside a literal, a variable's default, behind fragments,
// an enum spelled in another case — and lets the administrator through.
func TestSecurityFilterGuardShapes(t *testing.T) {
	phone := map[string]any{"phoneHasPrefix": "138"}
	for _, c := range []struct {
		query string
		vars  map[string]any
	}{
		{`{ tickets(where: {hasApplicantWith: {phoneHasPrefix: "138"}}) { totalCount } }`, nil},
		{`query($w: TicketWhereInput) { tickets(where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"hasApplicantWith": phone}}},
		{`query($w: TicketWhereInput) { tickets(where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"hasApplicantWith": []any{phone}}}},
		{`query($w: TicketWhereInput) { tickets(where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"or": map[string]any{"not": map[string]any{"hasAgentWith": map[string]any{"hasHouseholdWith": map[string]any{"address": "x"}}}}}}},
		{`query($r: ResidentWhereInput!) { tickets(where: {hasApplicantWith: [$r]}) { totalCount } }`, map[string]any{"r": phone}},
		{`query($p: String) { residents(where: {phoneHasPrefix: $p}) { totalCount } }`, map[string]any{"p": "138"}},
		{`query($w: TicketWhereInput = {hasApplicantWith: {idCardNumberHasPrefix: "5001"}}) { tickets(where: $w) { totalCount } }`, nil},
		{`query($o: [ResidentOrder!]) { residents(orderBy: $o) { totalCount } }`, map[string]any{"o": map[string]any{"field": "NAME"}}},
		{`query($o: [HouseholdOrder!]) { households(orderBy: $o) { totalCount } }`, map[string]any{"o": []any{map[string]any{"field": "HEAD_NAME", "direction": "DESC"}}}},
		{`query($w: HouseholdWhereInput) { villages { edges { node { courtyards { edges { node { households(where: $w) { totalCount } } } } } } } }`, map[string]any{"w": map[string]any{"headNameContains": "张"}}},
		{`query($w: ResidentWhereInput) { ...A } fragment A on Query { ...B } fragment B on Query { residents(where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"nameIn": []any{"张三"}}}},
		{`query($id: ID!, $w: HouseholdWhereInput) { node(id: $id) { ... on Courtyard { households(where: $w) { totalCount } } } }`, map[string]any{"id": "x", "w": map[string]any{"phone": "13800001111"}}},
		{`query($s: [ID!]!) { nodes(ids: $s) { ...C } } fragment C on Household { residents(orderBy: {field: NAME}) { totalCount } }`, map[string]any{"s": []any{"x"}}},
	} {
		for name, ctx := range map[string]context.Context{"analyst": analystCtx, "town official": townCtx} {
			_, errs := prepare(ctx, c.query, c.vars)
			if len(errs) == 0 || errs[0].Extensions["code"] != string(apierr.Forbidden) {
				t.Errorf("%s: %s %v: %v, want FORBIDDEN", name, c.query, c.vars, errs)
			}
		}
		if _, errs := prepare(adminCtx, c.query, c.vars); len(errs) > 0 {
			t.Errorf("administrator: %s %v: %v", c.query, c.vars, errs)
		}
	}
	// Edge filters are refused below the district, whatever they filter by.
	q := `query($w: ResidentWhereInput) { residents(where: $w) { totalCount } }`
	if _, errs := prepare(townCtx, q, map[string]any{"w": map[string]any{"hasRoleAssignmentsWith": map[string]any{"role": "HEAD"}}}); len(errs) == 0 || errs[0].Extensions["code"] != string(apierr.Forbidden) {
		t.Errorf("town official's edge filter as a variable: %v", errs)
	}
	if _, errs := prepare(analystCtx, q, map[string]any{"w": map[string]any{"partyMember": true, "hasRoleAssignmentsWith": map[string]any{"role": "HEAD"}}}); len(errs) > 0 {
		t.Errorf("analyst's edge filter by role: %v", errs)
	}
}

// fuzzRoot is a root connection the fuzz target filters, with its where
// input decoded as ent decodes it and rendered as SQL, and its order fields.
type fuzzRoot struct {
	field, where, order string
	// sql renders the where input (JSON) as the SQL ent runs, "" for none.
	sql func(where []byte) (string, error)
	// personalOrder tells whether an order field orders by personal data.
	personalOrder func(field string) bool
}

// typedRoot decodes where inputs into W and renders P's predicate on table.
func typedRoot[W any, P ~func(*sql.Selector)](field, table string, p func(*W) (P, error), personalOrder func(string) bool) fuzzRoot {
	name := reflect.TypeFor[W]().Name()
	return fuzzRoot{
		field: field, where: name, order: "[" + strings.TrimSuffix(name, "WhereInput") + "Order!]",
		personalOrder: personalOrder,
		sql: func(raw []byte) (string, error) {
			var w W
			if err := json.Unmarshal(raw, &w); err != nil {
				return "", err
			}
			pred, err := p(&w)
			if err != nil {
				return "", nil // an empty where input
			}
			sel := sql.Dialect(dialect.Postgres).Select("*").From(sql.Table(table))
			pred(sel)
			q, _ := sel.Query()
			return q, nil
		},
	}
}

// readsPersonal tells whether an order field's value, read from a record of
// typ whose string fields each hold their own name, comes from a personal
// column of typ (as ent.PersonalFields lists them).
func readsPersonal[T any](typ string, value func(*T) (entgo.Value, error)) bool {
	var rec T
	v := reflect.ValueOf(&rec).Elem()
	for i := range v.NumField() {
		if sf := v.Type().Field(i); sf.IsExported() && sf.Type.Kind() == reflect.String {
			v.Field(i).SetString(strings.ToLower(sf.Name))
		}
	}
	got, err := value(&rec)
	if err != nil {
		return false
	}
	s, _ := got.(string)
	for typeColumn := range ent.PersonalFields {
		t, column, _ := strings.Cut(typeColumn, ".")
		if t == typ && strings.ReplaceAll(column, "_", "") == s {
			return true
		}
	}
	return false
}

// personalColumns are the personal columns as they appear in SQL
// ("residents"."phone"), from ent.PersonalFields.
func personalColumns(t testing.TB) []string {
	tables := map[string]string{"Resident": resident.Table, "Household": household.Table, "IssueStep": issuestep.Table}
	var out []string
	for typeColumn := range ent.PersonalFields {
		typ, column, _ := strings.Cut(typeColumn, ".")
		table, ok := tables[typ]
		if !ok {
			t.Fatalf("personal field %s of a type the fuzz target does not know: add its table", typeColumn)
		}
		out = append(out, fmt.Sprintf("%q.%q", table, column))
	}
	sort.Strings(out)
	return out
}

// noPersonalOrder is the order check of types without personal fields.
func noPersonalOrder(string) bool { return false }

var fuzzRoots = []fuzzRoot{
	typedRoot("tickets", "tickets", (*ent.TicketWhereInput).P, noPersonalOrder),
	typedRoot("residents", resident.Table, (*ent.ResidentWhereInput).P, func(field string) bool {
		var f ent.ResidentOrderField
		return f.UnmarshalGQL(field) == nil && readsPersonal("Resident", f.Value)
	}),
	typedRoot("households", household.Table, (*ent.HouseholdWhereInput).P, func(field string) bool {
		var f ent.HouseholdOrderField
		return f.UnmarshalGQL(field) == nil && readsPersonal("Household", f.Value)
	}),
	typedRoot("users", "users", (*ent.UserWhereInput).P, noPersonalOrder),
	typedRoot("awards", "awards", (*ent.AwardWhereInput).P, noPersonalOrder),
	typedRoot("pointEntries", "point_entries", (*ent.PointEntryWhereInput).P, noPersonalOrder),
}

// FuzzFilterGuard: for any where and orderBy (JSON, as a client or an export
// sends them) on a root connection, either the guard (or validation) refuses
// the operation, or what ent would run holds no personal column for a masked
// viewer — judged on the where input decoded into ent's own struct and
// rendered as SQL, and on the order fields' values — and no filter through
// related records for a viewer below the district.
func FuzzFilterGuard(f *testing.F) {
	for _, seed := range []struct {
		root          uint8
		where, order  string
		belowDistrict bool
	}{
		{0, `{"hasApplicantWith":{"phoneHasPrefix":"138"}}`, ``, false},
		{0, `{"hasApplicantWith":[{"phoneHasPrefix":"138"}]}`, ``, false},
		{0, `{"or":[{"status":"COMPLETED"},{"not":{"hasAgentWith":{"hasHouseholdWith":{"addressContains":"街"}}}}]}`, ``, false},
		{0, `{"status":"COMPLETED"}`, `[{"field":"SUBMITTED_AT","direction":"ASC"}]`, false},
		{0, `{"hasCourtyardWith":{"hasHouseholdsWith":{"headName":"张三"}}}`, ``, true},
		{1, `{"nameHasPrefix":"王"}`, `{"field":"NAME"}`, false},
		{1, `{"partyMember":true}`, `[{"field":"BIRTH_YEAR"}]`, false},
		{1, `{"and":[{"idCardNumberIsNil":false}]}`, ``, false},
		{1, `{"hasRoleAssignmentsWith":{"role":"HEAD"}}`, `[{"field":"name"}]`, true},
		{2, `{"pointBalanceGT":3}`, `[{"field":"HEAD_NAME","direction":"DESC"}]`, false},
		{2, `{"hasResidentsWith":{"hasHouseholdWith":{"phone":"1"}}}`, ``, false},
		{3, `{"hasResidentWith":{"idCardNumber":"500154"}}`, ``, false},
		{4, `{"hasWinnerWith":{"not":{"phoneNotNil":true}}}`, ``, true},
		{5, `{"hasHouseholdWith":{"addressHasSuffix":"号"}}`, `null`, false},
	} {
		f.Add(seed.root, seed.where, seed.order, seed.belowDistrict)
	}
	columns := personalColumns(f)
	f.Fuzz(func(t *testing.T, root uint8, where, order string, belowDistrict bool) {
		r := fuzzRoots[int(root)%len(fuzzRoots)]
		vars := map[string]any{}
		for name, raw := range map[string]string{"w": where, "o": order} {
			if strings.TrimSpace(raw) == "" {
				continue
			}
			d := json.NewDecoder(strings.NewReader(raw))
			d.UseNumber() // as the exports and gqlgen's transports decode
			var v any
			if d.Decode(&v) != nil {
				return
			}
			vars[name] = v
		}
		ctx := analystCtx
		if belowDistrict {
			ctx = townCtx
		}
		query := fmt.Sprintf(`query($w: %s, $o: %s) { %s(where: $w, orderBy: $o) { totalCount } }`, r.where, r.order, r.field)
		oc, errs := prepare(ctx, query, vars)
		if len(errs) > 0 {
			return // refused: by validation (not a valid input) or by the guard
		}
		// Accepted: what the resolver would get must hold no personal predicate.
		args := oc.Operation.SelectionSet[0].(*ast.Field).ArgumentMap(oc.Variables)
		if w, ok := args["where"]; ok && w != nil {
			raw, err := json.Marshal(w)
			if err != nil {
				t.Fatalf("coerced where %#v: %v", w, err)
			}
			q, err := r.sql(raw)
			if err != nil {
				return // not decodable by encoding/json (e.g. a time format), not by the guard's fault
			}
			for _, c := range columns {
				if strings.Contains(q, c) {
					t.Fatalf("accepted a filter on %s for a masked viewer: where %s\nSQL %s", c, raw, q)
				}
			}
			if belowDistrict && strings.Count(q, "SELECT") > 1 {
				t.Fatalf("accepted a filter through related records below the district: %s\nSQL %s", raw, q)
			}
		}
		if o, ok := args["orderBy"]; ok && o != nil {
			list := reflect.ValueOf(o)
			if list.Kind() != reflect.Slice {
				list = reflect.ValueOf([]any{o})
			}
			for i := range list.Len() {
				item := reflect.ValueOf(list.Index(i).Interface())
				if item.Kind() != reflect.Map {
					continue
				}
				if field := item.MapIndex(reflect.ValueOf("field")); field.IsValid() {
					if s, ok := field.Interface().(string); ok && r.personalOrder(s) {
						t.Fatalf("accepted an order by %s for a masked viewer: %s", s, order)
					}
				}
			}
		}
	})
}

// TestSecurityGuardNamingHolds: the guard knows a personal predicate or order
// by ent's naming (phone → phoneHasPrefix, headName → HEAD_NAME). Every field
// of every <Type>WhereInput is named so — a predicate of a field of Type,
// has<Edge>[With], and, or, not, asOf — and every value of <Type>OrderField names a
// field of Type, so no predicate or order can reach a field under another name.
func TestSecurityGuardNamingHolds(t *testing.T) {
	s := testSchema.Schema()
	n := 0
	for name, def := range s.Types {
		obj := s.Types[strings.TrimSuffix(name, "WhereInput")]
		if def.Kind != ast.InputObject || !strings.HasSuffix(name, "WhereInput") || obj == nil {
			continue
		}
		for _, in := range def.Fields {
			// asOf is no predicate: the instant the time-dependent ones
			// (overdue) are judged at; it reads no field.
			ok := in.Name == "and" || in.Name == "or" || in.Name == "not" || in.Name == "asOf" || strings.HasPrefix(in.Name, "has")
			for _, f := range obj.Fields {
				ok = ok || isPredicateOf(in.Name, f.Name)
			}
			if !ok {
				t.Errorf("%s.%s is no predicate of a field of %s", name, in.Name, obj.Name)
			}
			n++
		}
		if enum := s.Types[obj.Name+"OrderField"]; enum != nil {
			for _, v := range enum.EnumValues {
				ok := false
				for _, f := range obj.Fields {
					ok = ok || upperSnake(f.Name) == v.Name
				}
				if !ok {
					t.Errorf("%s.%s names no field of %s", enum.Name, v.Name, obj.Name)
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d where-input fields", n)
	}
}
