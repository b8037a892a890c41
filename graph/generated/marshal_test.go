package generated

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestMarshalPatchApplied reads generated.go as graph/gen.go left it: no call
// that marshal.go replaces may be left (a gqlgen upgrade that changes a shape
// would leave it there and marshal.go unused), and every helper of
// marshal.go that gen.go substitutes must be called.
func TestMarshalPatchApplied(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "generated.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Calls of gqlgen's that must not be left, by what identifies them.
	leftovers := map[string]func(*ast.CallExpr) bool{
		"graphql.MarshalSliceConcurrently (marshalSlice)": func(c *ast.CallExpr) bool {
			return dotted(c.Fun) == "graphql.MarshalSliceConcurrently"
		},
		"graphql.NewDeferredGroup (newDeferredGroup)": func(c *ast.CallExpr) bool {
			return dotted(c.Fun) == "graphql.NewDeferredGroup"
		},
		"graphql.NewFieldSet (newFieldSet)": func(c *ast.CallExpr) bool {
			return dotted(c.Fun) == "graphql.NewFieldSet"
		},
		"ec.ProcessDeferredGroup without withPath": func(c *ast.CallExpr) bool {
			if dotted(c.Fun) != "ec.ProcessDeferredGroup" || len(c.Args) != 1 {
				return false
			}
			arg, ok := c.Args[0].(*ast.CallExpr)
			return !ok || dotted(arg.Fun) != "withPath"
		},
		"out.ResolveConcurrently of &deferred (out.deferrable)": func(c *ast.CallExpr) bool {
			if dotted(c.Fun) != "out.ResolveConcurrently" || len(c.Args) < 2 {
				return false
			}
			u, ok := c.Args[1].(*ast.UnaryExpr)
			return ok && u.Op == token.AND && dotted(u.X) == "deferred"
		},
		// A field whose value is read from obj, with no directive or
		// @personal only: resolvePlainField or resolvePersonalField.
		"graphql.ResolveField of a plain or personal field": func(c *ast.CallExpr) bool {
			if dotted(c.Fun) != "graphql.ResolveField" || len(c.Args) != 9 || !readsObj(c.Args[4]) {
				return false
			}
			return dotted(c.Args[5]) == "nil" || calls(c.Args[5], "ec.Directives.Personal") && !callsOtherDirective(c.Args[5])
		},
	}
	left := map[string]int{}
	called := map[string]int{}
	ast.Inspect(file, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		for name, is := range leftovers {
			if is(c) {
				if left[name] == 0 {
					t.Errorf("%s: %s left unreplaced (run go generate ./graph; see marshal.go)", fset.Position(c.Pos()), name)
				}
				left[name]++
			}
		}
		called[dotted(c.Fun)]++
		return true
	})
	for name, n := range left {
		t.Errorf("%s: %d calls left", name, n)
	}
	for _, helper := range []string{"marshalSlice", "newDeferredGroup", "withPath", "newFieldSet", "out.deferrable", "resolvePlainField", "resolvePersonalField"} {
		if called[helper] == 0 {
			t.Errorf("generated.go never calls marshal.go's %s", helper)
		}
	}
}

// dotted returns x as a dotted name (ec.Directives.Personal), "" when it is
// not an identifier or a selector of one.
func dotted(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		if s := dotted(x.X); s != "" {
			return s + "." + x.Sel.Name
		}
	}
	return ""
}

// readsObj reports whether x is func(ctx context.Context) (any, error) {
// return obj.F, nil }.
func readsObj(x ast.Expr) bool {
	lit, ok := x.(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 {
		return false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 {
		return false
	}
	sel, ok := ret.Results[0].(*ast.SelectorExpr)
	return ok && dotted(sel.X) == "obj" && dotted(ret.Results[1]) == "nil"
}

// calls reports whether x calls name.
func calls(x ast.Node, name string) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && dotted(c.Fun) == name {
			found = true
		}
		return !found
	})
	return found
}

// callsOtherDirective reports whether x calls a directive besides @personal.
func callsOtherDirective(x ast.Node) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok && dotted(s.X) == "ec.Directives" && s.Sel.Name != "Personal" {
			found = true
		}
		return !found
	})
	return found
}
