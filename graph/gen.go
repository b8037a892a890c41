//go:build ignore

// gen generates graph/generated/generated.go: gqlgen's exec code for the
// configuration ../gqlgen.yml (api.Generate, as gqlgen's own generate command
// does), then the rewrites that put the helpers of generated/marshal.go in
// place of gqlgen's (see there why): serial list marshaling, lazy @defer
// paths, the object writer, the resolution of plain fields and of personal
// fields.
//
// Each rewrite works on the syntax tree as gofmt -r does (its matching and
// substitution are copied below) and counts the places it changed. It fails,
// naming the rewrite, when it changes none, when groups that gqlgen emits
// together (one per object marshaler) end up with different counts, or when
// a call it should have replaced is left in the file: a gqlgen upgrade that
// changes a shape stops the generation instead of leaving marshal.go unused.
//
// Run it through go generate ./graph (graph/resolver.go).
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

// rule is one rewrite of generated.go.
type rule struct {
	// name names the rewrite in failures.
	name string
	// pattern is the gofmt -r pattern, or "" when match is set.
	pattern string
	// match, when set, matches a node by shape instead of pattern, recording
	// the replacement's wildcards in m.
	match func(m map[string]reflect.Value, n ast.Node) bool
	// replace is the replacement, with the wildcards of gofmt -r (single
	// lower-case letters).
	replace string
}

// rules are the rewrites, in the order they run.
var rules = []rule{
	{name: "serial list marshaling",
		pattern: "graphql.MarshalSliceConcurrently(a, b, c, d, e)",
		replace: "marshalSlice(a, b, c, d, e)"},
	{name: "deferred group without field set",
		pattern: "graphql.NewDeferredGroup(a)",
		replace: "newDeferredGroup(a)"},
	{name: "deferred group path when processed",
		pattern: "ec.ProcessDeferredGroup(a)",
		replace: "ec.ProcessDeferredGroup(withPath(a))"},
	{name: "object writer",
		pattern: "graphql.NewFieldSet(a)",
		replace: "newFieldSet(a)"},
	{name: "deferred group for deferred fields only",
		pattern: "out.ResolveConcurrently(a, &deferred, b, c, d, e)",
		replace: "out.ResolveConcurrently(a, out.deferrable(&deferred, b), b, c, d, e)"},
	{name: "plain fields",
		match:   matchPlainField,
		replace: "resolvePlainField(ctx, ec.OperationContext, field, ec.f, obj.a, ec.m, d, e)"},
	{name: "personal fields",
		match:   matchPersonalField,
		replace: "resolvePersonalField(ctx, ec.OperationContext, field, ec.f, obj, obj.a, k, ec.u, ec.Directives.Personal, ec.m, d, e)"},
}

// sameCount lists rewrites that gqlgen's template emits once per object
// marshaler, so their counts must agree.
var sameCount = []string{"deferred group without field set", "deferred group path when processed", "object writer"}

// leftovers are calls that no rewrite may leave in the file (by name; the
// plain and personal fields are checked by shape).
var leftovers = []string{"graphql.MarshalSliceConcurrently", "graphql.NewDeferredGroup", "graphql.NewFieldSet"}

func main() {
	log.SetFlags(0)
	if err := generate(); err != nil {
		fmt.Fprintln(os.Stderr, "graph/gen.go:", err)
		os.Exit(1)
	}
}

func generate() error {
	if err := os.Chdir(".."); err != nil {
		return err
	}
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		return err
	}
	log.SetOutput(io.Discard) // gqlgen's progress, as its command without -v
	err = api.Generate(cfg)
	log.SetOutput(os.Stderr)
	if err != nil {
		return fmt.Errorf("gqlgen: %w", err)
	}
	filename := cfg.Exec.Filename
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	counts := map[string]int{}
	for _, r := range rules {
		// Each rewrite parses the previous one's printed output, as a
		// sequence of gofmt -r runs would: the printer's line breaks depend
		// on the positions the replacements take.
		var n int
		src, n, err = rewriteSource(filename, src, r)
		if err != nil {
			return fmt.Errorf("rewrite %q: %w", r.name, err)
		}
		if n == 0 {
			return fmt.Errorf("rewrite %q changed nothing in %s: gqlgen's output changed shape; see graph/generated/marshal.go for the upgrade steps", r.name, filename)
		}
		counts[r.name] = n
		log.Printf("rewrite %q: %d places", r.name, n)
	}
	for _, name := range sameCount[1:] {
		if counts[name] != counts[sameCount[0]] {
			return fmt.Errorf("rewrite %q changed %d places but %q %d: they should pair up, one per object", name, counts[name], sameCount[0], counts[sameCount[0]])
		}
	}
	if err := checkLeftovers(filename, src); err != nil {
		return err
	}
	return os.WriteFile(filename, src, 0o644)
}

// rewriteSource applies r to the Go file src and returns it printed as gofmt
// prints, with the number of places changed.
func rewriteSource(filename string, src []byte, r rule) ([]byte, int, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, 0, err
	}
	replace, err := parser.ParseExpr(r.replace)
	if err != nil {
		return nil, 0, fmt.Errorf("replacement: %w", err)
	}
	matchFn := r.match
	if matchFn == nil {
		pattern, err := parser.ParseExpr(r.pattern)
		if err != nil {
			return nil, 0, fmt.Errorf("pattern: %w", err)
		}
		pat := reflect.ValueOf(pattern)
		matchFn = func(m map[string]reflect.Value, n ast.Node) bool {
			return match(m, pat, reflect.ValueOf(n))
		}
	}
	file, n := rewriteFile(fset, matchFn, replace, file)
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), n, nil
}

// checkLeftovers fails when src still calls what marshal.go replaces.
func checkLeftovers(filename string, src []byte) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, 0)
	if err != nil {
		return err
	}
	var errs []string
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := exprString(call.Fun)
		for _, l := range leftovers {
			if name == l {
				errs = append(errs, fmt.Sprintf("%s: %s left unreplaced", fset.Position(call.Pos()), name))
			}
		}
		m := map[string]reflect.Value{}
		if matchPlainField(m, call) || matchPersonalField(m, call) {
			errs = append(errs, fmt.Sprintf("%s: graphql.ResolveField of a plain or personal field left unreplaced", fset.Position(call.Pos())))
		}
		if name == "out.ResolveConcurrently" && len(call.Args) > 1 && isAddrOf(call.Args[1], "deferred") {
			errs = append(errs, fmt.Sprintf("%s: out.ResolveConcurrently with the eager deferred group left unreplaced", fset.Position(call.Pos())))
		}
		if name == "ec.ProcessDeferredGroup" && len(call.Args) == 1 && !isCallOf(call.Args[0], "withPath") {
			errs = append(errs, fmt.Sprintf("%s: ec.ProcessDeferredGroup without withPath left unreplaced", fset.Position(call.Pos())))
		}
		return true
	})
	if len(errs) > 0 {
		if len(errs) > 10 {
			errs = append(errs[:10], fmt.Sprintf("… and %d more", len(errs)-10))
		}
		return fmt.Errorf("gqlgen's output has calls the rewrites missed (its template changed?):\n%s", strings.Join(errs, "\n"))
	}
	return nil
}

// exprString returns the dotted name x is (ec.Directives.Personal), "" when
// x is no identifier or selector of one.
func exprString(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		if s := exprString(x.X); s != "" {
			return s + "." + x.Sel.Name
		}
	}
	return ""
}

// The fields of objects: gqlgen resolves each with
//
//	graphql.ResolveField(ctx, ec.OperationContext, field,
//		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) { return ec.F(ctx, field) },
//		func(ctx context.Context) (any, error) { return obj.A, nil },
//		MIDDLEWARE,
//		func(ctx context.Context, selections ast.SelectionSet, v T) graphql.Marshaler { return ec.M(ctx, selections, v) },
//		D, E)
//
// where MIDDLEWARE is nil for a plain field and, for a field with only the
// @personal directive, a function that calls ec.U(ctx, K) for the directive's
// argument and then ec.Directives.Personal(ctx, obj, directive0, kind).
// matchPlainField and matchPersonalField match these by function name and
// the shapes of the arguments, recording f, a, m, d, e (and u, k).

func matchPlainField(m map[string]reflect.Value, n ast.Node) bool {
	args, ok := resolveFieldArgs(m, n)
	return ok && isIdent(args[5], "nil")
}

func matchPersonalField(m map[string]reflect.Value, n ast.Node) bool {
	args, ok := resolveFieldArgs(m, n)
	if !ok {
		return false
	}
	// func(ctx context.Context, next graphql.Resolver) graphql.Resolver {
	//	directive0 := next
	//	directive1 := func(ctx context.Context) (any, error) { kind, err := ec.U(ctx, K); …; return ec.Directives.Personal(ctx, obj, directive0, kind) }
	//	next = directive1
	//	return next
	// }
	body := funcBody(args[5], 2, "ctx", "next")
	if len(body) != 4 || !isAssign(body[0], token.DEFINE, "directive0", "next") ||
		!isAssign(body[2], token.ASSIGN, "next", "directive1") || !isReturn(body[3], "next") {
		return false
	}
	def, ok := body[1].(*ast.AssignStmt)
	if !ok || def.Tok != token.DEFINE || len(def.Lhs) != 1 || !isIdent(def.Lhs[0], "directive1") || len(def.Rhs) != 1 {
		return false
	}
	inner := funcBody(def.Rhs[0], 1, "ctx")
	if len(inner) < 2 {
		return false
	}
	// kind, err := ec.U(ctx, K)
	kind, ok := inner[0].(*ast.AssignStmt)
	if !ok || len(kind.Lhs) != 2 || !isIdent(kind.Lhs[0], "kind") || len(kind.Rhs) != 1 {
		return false
	}
	u, uargs, ok := ecCall(kind.Rhs[0])
	if !ok || len(uargs) != 2 || !isIdent(uargs[0], "ctx") {
		return false
	}
	// return ec.Directives.Personal(ctx, obj, directive0, kind)
	ret, ok := inner[len(inner)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	call, ok := ret.Results[0].(*ast.CallExpr)
	if !ok || exprString(call.Fun) != "ec.Directives.Personal" || len(call.Args) != 4 ||
		!isIdent(call.Args[0], "ctx") || !isIdent(call.Args[1], "obj") || !isIdent(call.Args[2], "directive0") || !isIdent(call.Args[3], "kind") {
		return false
	}
	m["u"] = reflect.ValueOf(u)
	m["k"] = reflect.ValueOf(uargs[1])
	return true
}

// resolveFieldArgs matches graphql.ResolveField of an object's field,
// recording f, a, m, d and e, and returns the call's arguments.
func resolveFieldArgs(m map[string]reflect.Value, n ast.Node) ([]ast.Expr, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) != 9 || exprString(call.Fun) != "graphql.ResolveField" {
		return nil, false
	}
	args := call.Args
	if !isIdent(args[0], "ctx") || exprString(args[1]) != "ec.OperationContext" || !isIdent(args[2], "field") {
		return nil, false
	}
	// return ec.F(ctx, field)
	f, ok := returnsECCall(args[3], 2, []string{"ctx", "field"}, "ctx", "field")
	if !ok {
		return nil, false
	}
	// return obj.A, nil
	res := funcBody(args[4], 1, "ctx")
	if len(res) != 1 {
		return nil, false
	}
	ret, ok := res[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 || !isIdent(ret.Results[1], "nil") {
		return nil, false
	}
	sel, ok := ret.Results[0].(*ast.SelectorExpr)
	if !ok || !isIdent(sel.X, "obj") {
		return nil, false
	}
	// return ec.M(ctx, selections, v)
	mm, ok := returnsECCall(args[6], 3, []string{"ctx", "selections", "v"}, "ctx", "selections", "v")
	if !ok {
		return nil, false
	}
	m["f"] = reflect.ValueOf(f)
	m["a"] = reflect.ValueOf(sel.Sel)
	m["m"] = reflect.ValueOf(mm)
	m["d"] = reflect.ValueOf(args[7])
	m["e"] = reflect.ValueOf(args[8])
	return args, true
}

// funcBody returns the statements of x when it is a function literal with
// the parameters named, nil otherwise.
func funcBody(x ast.Expr, params int, names ...string) []ast.Stmt {
	lit, ok := x.(*ast.FuncLit)
	if !ok || lit.Type.Params.NumFields() != params {
		return nil
	}
	i := 0
	for _, p := range lit.Type.Params.List {
		for _, name := range p.Names {
			if i >= len(names) || name.Name != names[i] {
				return nil
			}
			i++
		}
	}
	return lit.Body.List
}

// returnsECCall matches a function literal whose body is return ec.X(args…)
// and returns X.
func returnsECCall(x ast.Expr, params int, args []string, names ...string) (*ast.Ident, bool) {
	body := funcBody(x, params, names...)
	if len(body) != 1 {
		return nil, false
	}
	ret, ok := body[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, false
	}
	name, callArgs, ok := ecCall(ret.Results[0])
	if !ok || len(callArgs) != len(args) {
		return nil, false
	}
	for i, a := range args {
		if !isIdent(callArgs[i], a) {
			return nil, false
		}
	}
	return name, true
}

// ecCall matches a call ec.X(args…).
func ecCall(x ast.Expr) (*ast.Ident, []ast.Expr, bool) {
	call, ok := x.(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil, nil, false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !isIdent(sel.X, "ec") {
		return nil, nil, false
	}
	return sel.Sel, call.Args, true
}

func isAddrOf(x ast.Expr, name string) bool {
	u, ok := x.(*ast.UnaryExpr)
	return ok && u.Op == token.AND && isIdent(u.X, name)
}

func isCallOf(x ast.Expr, name string) bool {
	c, ok := x.(*ast.CallExpr)
	return ok && exprString(c.Fun) == name
}

func isIdent(x ast.Expr, name string) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == name
}

// isAssign matches lhs TOK rhs with two identifiers.
func isAssign(s ast.Stmt, tok token.Token, lhs, rhs string) bool {
	a, ok := s.(*ast.AssignStmt)
	return ok && a.Tok == tok && len(a.Lhs) == 1 && len(a.Rhs) == 1 && isIdent(a.Lhs[0], lhs) && isIdent(a.Rhs[0], rhs)
}

func isReturn(s ast.Stmt, name string) bool {
	r, ok := s.(*ast.ReturnStmt)
	return ok && len(r.Results) == 1 && isIdent(r.Results[0], name)
}

// What follows is gofmt -r's rewriting (cmd/gofmt/rewrite.go, Go 1.26,
// Copyright 2009 The Go Authors, BSD-style license), with the matching of a
// node passed in and the places changed counted.

// rewriteFile replaces each node that matchFn matches with replace, its
// wildcards substituted, and returns the file with the number of places.
func rewriteFile(fileSet *token.FileSet, matchFn func(map[string]reflect.Value, ast.Node) bool, replace ast.Expr, p *ast.File) (*ast.File, int) {
	cmap := ast.NewCommentMap(fileSet, p, p.Comments)
	m := make(map[string]reflect.Value)
	repl := reflect.ValueOf(replace)
	n := 0
	var rewriteVal func(val reflect.Value) reflect.Value
	rewriteVal = func(val reflect.Value) reflect.Value {
		// don't bother if val is invalid to start with
		if !val.IsValid() {
			return reflect.Value{}
		}
		val = apply(rewriteVal, val)
		clear(m)
		// Only nodes, not the interface-typed fields holding them: a
		// replacement that the pattern matches again (ec.ProcessDeferredGroup)
		// is not rewritten twice.
		if val.Kind() != reflect.Pointer || val.IsNil() {
			return val
		}
		if node, ok := val.Interface().(ast.Node); ok && matchFn(m, node) {
			val = subst(m, repl, reflect.ValueOf(node.Pos()))
			n++
		}
		return val
	}
	r := apply(rewriteVal, reflect.ValueOf(p)).Interface().(*ast.File)
	r.Comments = cmap.Filter(r).Comments() // recreate comments list
	return r, n
}

// set is a wrapper for x.Set(y); it protects the caller from panics if x cannot be changed to y.
func set(x, y reflect.Value) {
	// don't bother if x cannot be set or y is invalid
	if !x.CanSet() || !y.IsValid() {
		return
	}
	defer func() {
		if x := recover(); x != nil {
			if s, ok := x.(string); ok &&
				(strings.Contains(s, "type mismatch") || strings.Contains(s, "not assignable")) {
				// x cannot be set to y - ignore this rewrite
				return
			}
			panic(x)
		}
	}()
	x.Set(y)
}

// Values/types for special cases.
var (
	//lint:ignore SA1019 gofmt's code: a rewrite drops the objects and scopes the parser resolved
	objectPtrNil = reflect.ValueOf((*ast.Object)(nil))
	//lint:ignore SA1019 gofmt's code: a rewrite drops the objects and scopes the parser resolved
	scopePtrNil = reflect.ValueOf((*ast.Scope)(nil))

	identType = reflect.TypeFor[*ast.Ident]()
	//lint:ignore SA1019 gofmt's code: a rewrite drops the objects and scopes the parser resolved
	objectPtrType = reflect.TypeFor[*ast.Object]()
	positionType  = reflect.TypeFor[token.Pos]()
	callExprType  = reflect.TypeFor[*ast.CallExpr]()
	//lint:ignore SA1019 gofmt's code: a rewrite drops the objects and scopes the parser resolved
	scopePtrType = reflect.TypeFor[*ast.Scope]()
)

// apply replaces each AST field x in val with f(x), returning val.
// To avoid extra conversions, f operates on the reflect.Value form.
func apply(f func(reflect.Value) reflect.Value, val reflect.Value) reflect.Value {
	if !val.IsValid() {
		return reflect.Value{}
	}

	// *ast.Objects introduce cycles and are likely incorrect after
	// rewrite; don't follow them but replace with nil instead
	if val.Type() == objectPtrType {
		return objectPtrNil
	}

	// similarly for scopes: they are likely incorrect after a rewrite;
	// replace them with nil
	if val.Type() == scopePtrType {
		return scopePtrNil
	}

	switch v := reflect.Indirect(val); v.Kind() {
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			e := v.Index(i)
			set(e, f(e))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			e := v.Field(i)
			set(e, f(e))
		}
	case reflect.Interface:
		e := v.Elem()
		set(v, f(e))
	}
	return val
}

func isWildcard(s string) bool {
	rune, size := utf8.DecodeRuneInString(s)
	return size == len(s) && unicode.IsLower(rune)
}

// match reports whether pattern matches val,
// recording wildcard submatches in m.
// If m == nil, match checks whether pattern == val.
func match(m map[string]reflect.Value, pattern, val reflect.Value) bool {
	// Wildcard matches any expression. If it appears multiple
	// times in the pattern, it must match the same expression
	// each time.
	if m != nil && pattern.IsValid() && pattern.Type() == identType {
		name := pattern.Interface().(*ast.Ident).Name
		if isWildcard(name) && val.IsValid() {
			// wildcards only match valid (non-nil) expressions.
			if _, ok := val.Interface().(ast.Expr); ok && !val.IsNil() {
				if old, ok := m[name]; ok {
					return match(nil, old, val)
				}
				m[name] = val
				return true
			}
		}
	}

	// Otherwise, pattern and val must match recursively.
	if !pattern.IsValid() || !val.IsValid() {
		return !pattern.IsValid() && !val.IsValid()
	}
	if pattern.Type() != val.Type() {
		return false
	}

	// Special cases.
	switch pattern.Type() {
	case identType:
		// For identifiers, only the names need to match
		// (and none of the other *ast.Object information).
		// This is a common case, handle it all here instead
		// of recursing down any further via reflection.
		p := pattern.Interface().(*ast.Ident)
		v := val.Interface().(*ast.Ident)
		return p == nil && v == nil || p != nil && v != nil && p.Name == v.Name
	case objectPtrType, positionType:
		// object pointers and token positions always match
		return true
	case callExprType:
		// For calls, the Ellipsis fields (token.Pos) must
		// match since that is how f(x) and f(x...) are different.
		// Check them here but fall through for the remaining fields.
		p := pattern.Interface().(*ast.CallExpr)
		v := val.Interface().(*ast.CallExpr)
		if p.Ellipsis.IsValid() != v.Ellipsis.IsValid() {
			return false
		}
	}

	p := reflect.Indirect(pattern)
	v := reflect.Indirect(val)
	if !p.IsValid() || !v.IsValid() {
		return !p.IsValid() && !v.IsValid()
	}

	switch p.Kind() {
	case reflect.Slice:
		if p.Len() != v.Len() {
			return false
		}
		for i := 0; i < p.Len(); i++ {
			if !match(m, p.Index(i), v.Index(i)) {
				return false
			}
		}
		return true

	case reflect.Struct:
		for i := 0; i < p.NumField(); i++ {
			if !match(m, p.Field(i), v.Field(i)) {
				return false
			}
		}
		return true

	case reflect.Interface:
		return match(m, p.Elem(), v.Elem())
	}

	// Handle token integers, etc.
	return p.Interface() == v.Interface()
}

// subst returns a copy of pattern with values from m substituted in place
// of wildcards and pos used as the position of tokens from the pattern.
// if m == nil, subst returns a copy of pattern and doesn't change the line
// number information.
func subst(m map[string]reflect.Value, pattern reflect.Value, pos reflect.Value) reflect.Value {
	if !pattern.IsValid() {
		return reflect.Value{}
	}

	// Wildcard gets replaced with map value.
	if m != nil && pattern.Type() == identType {
		name := pattern.Interface().(*ast.Ident).Name
		if isWildcard(name) {
			if old, ok := m[name]; ok {
				return subst(nil, old, reflect.Value{})
			}
		}
	}

	if pos.IsValid() && pattern.Type() == positionType {
		// use new position only if old position was valid in the first place
		if old := pattern.Interface().(token.Pos); !old.IsValid() {
			return pattern
		}
		return pos
	}

	// Otherwise copy.
	switch p := pattern; p.Kind() {
	case reflect.Slice:
		if p.IsNil() {
			// Do not turn nil slices into empty slices. go/ast
			// guarantees that certain lists will be nil if not
			// populated.
			return reflect.Zero(p.Type())
		}
		v := reflect.MakeSlice(p.Type(), p.Len(), p.Len())
		for i := 0; i < p.Len(); i++ {
			v.Index(i).Set(subst(m, p.Index(i), pos))
		}
		return v

	case reflect.Struct:
		v := reflect.New(p.Type()).Elem()
		for i := 0; i < p.NumField(); i++ {
			v.Field(i).Set(subst(m, p.Field(i), pos))
		}
		return v

	case reflect.Pointer:
		v := reflect.New(p.Type()).Elem()
		if elem := p.Elem(); elem.IsValid() {
			v.Set(subst(m, elem, pos).Addr())
		}
		return v

	case reflect.Interface:
		v := reflect.New(p.Type()).Elem()
		if elem := p.Elem(); elem.IsValid() {
			v.Set(subst(m, elem, pos))
		}
		return v
	}

	return pattern
}
