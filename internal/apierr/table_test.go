package apierr_test

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// TestCodesMatchGraphQLEnum: the GraphQL enum ErrorCode (and through it the
// SPA's generated type) lists exactly apierr.Codes, in order, each documented.
func TestCodesMatchGraphQLEnum(t *testing.T) {
	enum := graph.NewSchema(nil, nil, nil).Schema().Types["ErrorCode"]
	if enum == nil {
		t.Fatal("graph/schema.graphql has no enum ErrorCode")
	}
	var values []apierr.Code
	for _, v := range enum.EnumValues {
		values = append(values, apierr.Code(v.Name))
		if strings.TrimSpace(v.Description) == "" {
			t.Errorf("ErrorCode.%s has no description", v.Name)
		}
	}
	if !slices.Equal(values, apierr.Codes) {
		t.Fatalf("enum ErrorCode = %v, apierr.Codes = %v", values, apierr.Codes)
	}
}

// TestSentinelsAreClassified: every exported Err… variable of internal/rule,
// internal/account, internal/workflow, internal/refusal and internal/store
// (but workflow's re-exports of refusal's) is declared with a
// kind (apierr.New(apierr.ErrKind, …)) that the table classifies, so a new
// sentinel cannot fall through to INTERNAL unnoticed.
func TestSentinelsAreClassified(t *testing.T) {
	used := identifiers(t, "table.go")
	for pkg, dir := range map[string]string{"rule": "../rule", "account": "../account", "workflow": "../workflow", "store": "../store", "refusal": "../refusal"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range file.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if !strings.HasPrefix(n.Name, "Err") || !n.IsExported() {
							continue
						}
						if reexports(vs, i, n.Name, "refusal") {
							continue // workflow's names for refusal's kinds, checked there
						}
						if kind := declaredKind(vs, i); kind == "" || !used[kind] {
							t.Errorf("%s.%s is not declared with a kind classified in internal/apierr/table.go", pkg, n.Name)
						}
					}
				}
			}
		}
	}
}

// declaredKind is the kind the i-th variable of vs is declared with
// (apierr.New(apierr.Kind, …)), or "".
func declaredKind(vs *ast.ValueSpec, i int) string {
	if i >= len(vs.Values) {
		return ""
	}
	call, ok := vs.Values[i].(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return ""
	}
	if fn, ok := call.Fun.(*ast.SelectorExpr); !ok || fmt.Sprint(fn.X) != "apierr" || fn.Sel.Name != "New" {
		return ""
	}
	if kind, ok := call.Args[0].(*ast.SelectorExpr); ok && fmt.Sprint(kind.X) == "apierr" {
		return kind.Sel.Name
	}
	return ""
}

// identifiers returns the identifiers a file of this package uses.
func identifiers(t *testing.T, name string) map[string]bool {
	file, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	return used
}

// TestClassify: the table's answer for each kind of error, and that every
// code is reachable from some error (or gqlgen's extensions).
func TestClassify(t *testing.T) {
	db := testdb.Open(t)
	ctx := viewer.SystemContext(context.Background())
	db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx)
	_, constraint := db.Client.District.Create().SetCode("500154").SetName("又一个").Save(ctx)
	_, validation := db.Client.District.Create().SetCode("5001").SetName("短码区").Save(ctx)
	_, notFound := db.Client.District.Get(ctx, 12345)
	// Trimmed to nothing, the name fails NotEmpty; a vote out of its bound.
	_, blank := db.Client.District.Create().SetCode("500155").SetName(" \t ").Save(ctx)
	_, control := db.Client.District.Create().SetCode("500156").SetName("开\x00州").Save(ctx)
	_, stock := db.Client.SupermarketItem.Create().SetName("洗衣粉").SetPointsCost(5).SetStock(-1).Save(ctx)
	_, noVillage := db.Client.SupermarketItem.Create().SetName("洗衣粉").SetPointsCost(5).Save(ctx)
	// A database gone: its pool closed.
	gone := testdb.Open(t)
	gone.Client.Close()
	_, outage := gone.Client.District.Query().All(ctx)
	// gqlgen's wrapping of a resolver's error, whose Error() starts with the position.
	positioned := &gqlerror.Error{Err: account.ErrBadCredentials, Message: account.ErrBadCredentials.Error(), Locations: []gqlerror.Location{{Line: 1, Column: 33}}}

	cases := []struct {
		err     error
		code    apierr.Code
		input   bool
		field   []string
		message string
	}{
		{rule.ErrUnauthenticated, apierr.Unauthenticated, false, nil, "authentication required"},
		{workflow.Refuse(workflow.ErrState, "stage", "the issue is already confirmed"), apierr.Conflict, true, []string{"input", "stage"}, "already confirmed"},
		{fmt.Errorf("accepting: %w", workflow.Refuse(workflow.ErrActor, "", "only the courtyard's agent")), apierr.Forbidden, true, []string{"input"}, "only the courtyard's agent"},
		{workflow.Refuse(workflow.ErrInvalid, "votes_for", "votes do not add up"), apierr.BadUserInput, true, []string{"input", "votesFor"}, "do not add up"},
		{fmt.Errorf("creating: %w", rule.ErrReadOnly), apierr.Forbidden, false, nil, "forbidden: this account may not change data"},
		{rule.ErrRole, apierr.Forbidden, false, nil, "forbidden: this account's role may not change this kind of record"},
		{rule.ErrOutsideArea, apierr.NotFound, true, []string{"input"}, "no such record in this account's area"},
		{account.ErrBadCredentials, apierr.Unauthenticated, false, nil, "wrong username or password"},
		{account.ErrInvalidToken, apierr.Unauthenticated, false, nil, "invalid or expired token"},
		{&account.ThrottledError{RetryAfter: 1500 * time.Millisecond}, apierr.RateLimited, false, nil, "try again in 2 s"},
		{fmt.Errorf("%w: 1234", account.ErrBadArea), apierr.BadUserInput, false, nil, "1234"},
		{fmt.Errorf("node: %w", ent.ErrInvalidID), apierr.BadUserInput, false, nil, "invalid ID"},
		{fmt.Errorf("awarding: %w", store.ErrBusy), apierr.Unavailable, false, nil, "busy"},
		{ent.ErrEmptyResidentWhereInput, apierr.BadUserInput, false, nil, "empty filter"},
		{validation, apierr.BadUserInput, true, []string{"input", "code"}, "code"},
		{notFound, apierr.NotFound, true, []string{"input", "id"}, "not found"},
		{constraint, apierr.Conflict, true, []string{"input", "code"}, "already exists"},
		{blank, apierr.BadUserInput, true, []string{"input", "name"}, "invalid name: must not be empty"},
		{control, apierr.BadUserInput, true, []string{"input", "name"}, "invalid name: contains a NUL character"},
		{stock, apierr.BadUserInput, true, []string{"input", "stock"}, "invalid stock: must be between 0 and 100000, got -1"},
		{noVillage, apierr.BadUserInput, true, []string{"input", "villageID"}, "invalid villageID: is required"},
		{outage, apierr.Unavailable, false, nil, "unavailable"},
		{fmt.Errorf("overview: %w", context.DeadlineExceeded), apierr.Unavailable, false, nil, "try again"},
		{positioned, apierr.Unauthenticated, false, nil, "wrong username or password"},
	}
	reached := map[apierr.Code]bool{apierr.Internal: true}
	for _, c := range cases {
		got, ok := apierr.Classify(c.err)
		if !ok || got.Code != c.code || got.Input != c.input || !slices.Equal(got.Field, c.field) || !strings.Contains(got.Message, c.message) {
			t.Errorf("Classify(%v) = %+v, %v; want %s input=%v field=%v mentioning %q", c.err, got, ok, c.code, c.input, c.field, c.message)
		}
		for _, leak := range []string{"SELECT", "INSERT", "UNIQUE", "districts", "validator", "Session.", "District.", "input:1:", "ent:"} {
			if strings.Contains(got.Message, leak) {
				t.Errorf("Classify(%v) leaks %q: %q", c.err, leak, got.Message)
			}
		}
		reached[got.Code] = true
	}
	if got, ok := apierr.Classify(errors.New("disk full")); ok || got.Code != apierr.Internal || got.Message != "internal error" {
		t.Errorf("an unknown error: %+v, %v", got, ok)
	}
	for _, raw := range []string{"GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "COMPLEXITY_LIMIT_EXCEEDED"} {
		c, ok := apierr.FromExtensions(map[string]any{"code": raw})
		if !ok {
			t.Errorf("gqlgen's %s is not mapped", raw)
		}
		reached[c] = true
	}
	for _, c := range apierr.Codes {
		if !reached[c] {
			t.Errorf("no error is classified as %s", c)
		}
		if c.Status() < 400 {
			t.Errorf("%s has HTTP status %d", c, c.Status())
		}
	}
}

// reexports tells whether the i-th variable of vs, called name, is declared
// as the same name of package pkg (workflow.ErrState = refusal.ErrState).
func reexports(vs *ast.ValueSpec, i int, name, pkg string) bool {
	if i >= len(vs.Values) {
		return false
	}
	sel, ok := vs.Values[i].(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Name == pkg && sel.Sel.Name == name
}
