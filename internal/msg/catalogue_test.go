package msg

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A message-writing call: its function's name, how it is called (the
// package or receiver before the dot; "" for a plain call, "*" for any) and
// the index of its format argument.
var writers = []struct {
	name, via string
	format    int
}{
	{"Refuse", "*", 2}, // apierr.Refuse, workflow.Refuse
	{"refuse", "", 2},  // a package's own refuse(kind, field, format, …)
	{"refuse", "w", 1}, // graph's guardWalker.refuse(pos, format, …)
	{"Errorf", "apierr", 1},
	{"Errorf", "", 1}, // inside apierr
	{"New", "apierr", 1},
	{"New", "", 1},       // inside apierr (kinds are errors.New, not apierr's)
	{"errorf", "", 0},    // internal/bound
	{"costError", "", 2}, // server/budget.go
	{"T", "msg", 0},
	{"T", "", 0},
	{"fixed", "", 1}, // apierr's table
	{"ErrorAt", "apierr", 2},
	{"badInput", "", 0}, // graph
	{"invalid", "", 0},  // internal/analytics
}

// messageKeys scans the module's non-test, non-generated Go files for calls
// of the message writers with a constant format and returns each key with
// the places that write it.
func messageKeys(t *testing.T) (keys map[string][]string, literals map[string]bool) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	keys, literals = map[string][]string{}, map[string]bool{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", ".git", "frontend", "testdata", "seed":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		pkg := f.Name.Name
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := constString(n); ok && s != "" {
				literals[s] = true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name, via := "", ""
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
				if x, ok := fn.X.(*ast.Ident); ok {
					via = x.Name
				} else {
					via = "?"
				}
			default:
				return true
			}
			for _, w := range writers {
				if w.name != name || (w.via != "*" && w.via != via) || len(call.Args) <= w.format {
					continue
				}
				// Plain New/Errorf/T/fixed are the writers only inside their package.
				if via == "" && ((name == "New" || name == "Errorf" || name == "fixed") && pkg != "apierr" || name == "T" && pkg != "msg" ||
					name == "errorf" && pkg != "bound" || name == "badInput" && pkg != "graph" || name == "invalid" && pkg != "analytics") {
					continue
				}
				if key, ok := constString(call.Args[w.format]); ok {
					rel, _ := filepath.Rel(root, path)
					keys[key] = append(keys[key], fmt.Sprintf("%s:%d", rel, fset.Position(call.Pos()).Line))
				}
				break
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys, literals
}

// constString is the value of a string literal or a sum of them.
func constString(e ast.Node) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		l, ok1 := constString(e.X)
		r, ok2 := constString(e.Y)
		return l + r, ok1 && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

// englishRun is a run of three English words: a sentence left untranslated.
var englishRun = regexp.MustCompile(`[A-Za-z]{2,}[ ,;:'-]+[A-Za-z]{2,}[ ,;:'-]+[A-Za-z]{2,}`)

// verbs are the formatting verbs of a template, in order, without explicit
// indexes: the Chinese template must consume the same arguments.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// argCount is the number of arguments a format consumes (the highest
// explicit index, or the number of verbs).
func argCount(format string) int {
	n, pos := 0, 0
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if strings.HasSuffix(m[0], "%") {
			continue
		}
		if m[1] != "" {
			pos, _ = strconv.Atoi(strings.Trim(m[1], "[]"))
		} else {
			pos++
		}
		n = max(n, pos)
	}
	return n
}

// TestCatalogue keeps the catalogue equal to the messages the code writes:
// every key has a Chinese template consuming the same arguments, with no
// English sentence in it, and every template's key is still written.
func TestCatalogue(t *testing.T) {
	keys, literals := messageKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d message keys: is the scan broken?", len(keys))
	}
	var missing []string
	for k := range keys {
		if _, ok := zh[k]; !ok {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		var b strings.Builder
		for _, k := range missing {
			fmt.Fprintf(&b, "\t%s: %s, // %s\n", strconv.Quote(k), strconv.Quote("TODO 中文 "+k), keys[k][0])
		}
		t.Errorf("%d message keys lack a Chinese template; add them to internal/msg/zh.go (replace each TODO with the Chinese):\n%s", len(missing), b.String())
	}
	for _, k := range Keys() {
		if _, ok := keys[k]; !ok {
			t.Errorf("internal/msg/zh.go: %q is no longer written by the code; remove it", k)
		}
		tmpl := zh[k]
		if m := englishRun.FindString(tmpl); m != "" {
			t.Errorf("internal/msg/zh.go: the Chinese of %q has English words %q", k, m)
		}
		if a, b := argCount(k), argCount(tmpl); a != b {
			t.Errorf("internal/msg/zh.go: %q takes %d arguments, its Chinese %q takes %d", k, a, tmpl, b)
		}
	}
	for w, tmpl := range words {
		if !literals[w] {
			t.Errorf("internal/msg/zh.go: the word %q is no longer in the code; remove it", w)
		}
		if m := englishRun.FindString(tmpl); m != "" {
			t.Errorf("internal/msg/zh.go: the Chinese of the word %q has English words %q", w, m)
		}
	}
	if os.Getenv("MSG_DUMP") != "" {
		all := make([]string, 0, len(keys))
		for k := range keys {
			all = append(all, k)
		}
		sort.Strings(all)
		for _, k := range all {
			fmt.Printf("%s\t%s\n", strconv.Quote(k), keys[k][0])
		}
	}
}
