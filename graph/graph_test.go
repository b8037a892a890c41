package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/ent"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/naming"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

var testSchema = NewSchema(nil, nil, nil)

// operation parses query against the API's schema, as gqlgen does before
// the extensions run.
func operation(t *testing.T, query string) *graphql.OperationContext {
	t.Helper()
	doc, err := gqlparser.LoadQueryWithRules(testSchema.Schema(), query, nil)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return &graphql.OperationContext{Operation: doc.Operations[0], Variables: map[string]any{}}
}

// TestPersonalInputsFollowDirectives: the guard's personal predicates and
// order fields come from the @personal directives, and agree with the list
// ent generates for the audit trail from the same annotations.
func TestPersonalInputsFollowDirectives(t *testing.T) {
	got := personalInputs(testSchema.Schema())
	if !slices.Equal(got["ResidentOrder"], []string{"NAME"}) || !slices.Equal(got["HouseholdOrder"], []string{"HEAD_NAME"}) {
		t.Errorf("personal order fields: %v", got)
	}
	n := 0
	for typeColumn := range ent.PersonalFields {
		typ, column, _ := strings.Cut(typeColumn, ".")
		if !slices.Contains(got[typ+"WhereInput"], naming.LowerCamel(column)) {
			t.Errorf("%s is personal for the audit trail but not for the filter guard (%v)", typeColumn, got[typ+"WhereInput"])
		}
		n++
	}
	m := 0
	for name, fields := range got {
		if strings.HasSuffix(name, "WhereInput") {
			m += len(fields)
		}
	}
	if n == 0 || n != m {
		t.Errorf("%d personal fields for the audit trail, %d for the guard", n, m)
	}
}

// TestFilterGuard: masked viewers cannot filter or sort by personal data,
// viewers below the district cannot filter through related records.
func TestFilterGuard(t *testing.T) {
	g := &FilterGuard{}
	if err := g.Validate(testSchema); err != nil {
		t.Fatal(err)
	}
	analyst := viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.Analyst})
	admin := viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.DistrictAdmin})
	cadre := viewer.NewContext(context.Background(), &viewer.Viewer{Role: viewer.VillageCadre, TownIDs: []int{1}, VillageIDs: []int{2}})
	for _, c := range []struct {
		ctx     context.Context
		query   string
		refused bool
	}{
		{analyst, `{ residents(where: {nameContains: "张"}) { totalCount } }`, true},
		{analyst, `{ households(orderBy: [{field: HEAD_NAME}]) { totalCount } }`, true},
		{analyst, `{ villages { edges { node { courtyards { edges { node { households(where: {phone: "1"}) { totalCount } } } } } } } }`, true},
		{analyst, `{ residents(where: {partyMember: true}) { totalCount } }`, false},
		{admin, `{ residents(where: {nameContains: "张", hasHouseholdWith: {phone: "1"}}) { totalCount } }`, false},
		{cadre, `{ residents(where: {nameContains: "张"}) { totalCount } }`, false},
		{cadre, `{ residents(where: {hasRoleAssignmentsWith: {role: HEAD}}) { totalCount } }`, true},
	} {
		err := g.MutateOperationContext(c.ctx, operation(t, c.query))
		if (err != nil) != c.refused {
			t.Errorf("%s as %s: %v, refused = %v", c.query, viewer.FromContext(c.ctx).Role, err, c.refused)
		}
		if err != nil && err.Extensions["code"] != string(apierr.Forbidden) {
			t.Errorf("%s: code %v", c.query, err.Extensions["code"])
		}
	}
}

// TestLimits: connections get a default page, oversized pages and deep
// operations are refused with BAD_USER_INPUT.
func TestLimits(t *testing.T) {
	oc := operation(t, `{ villages { totalCount } }`)
	if err := (PageLimits{}).MutateOperationContext(context.Background(), oc); err != nil {
		t.Fatal(err)
	}
	first := oc.Operation.SelectionSet[0].(*ast.Field).Arguments.ForName("first")
	if first == nil || first.Value.Raw != fmt.Sprint(DefaultPageSize) {
		t.Fatalf("no default first: %v", oc.Operation.SelectionSet[0].(*ast.Field).Arguments)
	}
	err := (PageLimits{}).MutateOperationContext(context.Background(), operation(t, `{ villages(first: 501) { totalCount } }`))
	if err == nil || err.Extensions["code"] != string(apierr.BadUserInput) {
		t.Fatalf("first: 501: %v", err)
	}
	q := "residents { totalCount }"
	for _, f := range []string{"households", "courtyards", "villages", "towns", "districts"} {
		q = f + " { edges { node { " + q + " } } }"
	}
	err = (DepthLimit{}).MutateOperationContext(context.Background(), operation(t, "{ "+q+" }"))
	if err == nil || err.Extensions["code"] != string(apierr.BadUserInput) || !strings.Contains(err.Message, "17 levels") {
		t.Fatalf("17 levels: %v", err)
	}
}

// TestUserErrors: refused inputs become userErrors with apierr's code, other
// failures stay errors.
func TestUserErrors(t *testing.T) {
	ue := userErrors(context.Background(), fmt.Errorf("creating courtyard: %w", rule.ErrOutsideArea))
	if len(ue) != 1 || ue[0].Code != apierr.NotFound || !slices.Equal(ue[0].Field, []string{"input"}) {
		t.Fatalf("outside the area: %+v", ue)
	}
	for _, err := range []error{rule.ErrRole, rule.ErrReadOnly, errors.New("disk full")} {
		if ue := userErrors(context.Background(), err); ue != nil {
			t.Errorf("%v became userErrors %+v", err, ue)
		}
	}
}
