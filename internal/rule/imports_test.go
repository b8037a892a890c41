package rule_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOnlyEntImportsSchema: ent/schema is codegen input; outside ent/ no Go
// file imports it (they name the access rules through this package).
func TestOnlyEntImportsSchema(t *testing.T) {
	root := "../.."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && (rel == "ent" || rel == "node_modules" || rel == "frontend" || strings.HasPrefix(d.Name(), ".")) && rel != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "yuanbahui/ent/schema" {
				t.Errorf("%s imports yuanbahui/ent/schema", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
