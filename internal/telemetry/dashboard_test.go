package telemetry

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// TestDashboardNamesServedFamilies: every metric family the example Grafana
// dashboard (deploy/grafana-dashboard.json) queries is one the service
// serves: a yuanbahui_ family declared in this package, or a go_/process_
// family the registry gathers (the runtime, the process and a connection
// pool's go_sql_ statistics). A panel left behind by a renamed metric fails.
func TestDashboardNamesServedFamilies(t *testing.T) {
	dashboard, err := os.ReadFile(filepath.Join("..", "..", "deploy", "grafana-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	sources, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	nameDecl := regexp.MustCompile(`Namespace: Namespace, Name: "([a-z0-9_]+)"`)
	for _, f := range sources {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range nameDecl.FindAllStringSubmatch(string(src), -1) {
			declared[Namespace+"_"+m[1]] = true
		}
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	defer RegisterPools(map[string]*sql.DB{"read": db})()
	families, err := Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	gathered := map[string]bool{}
	for _, f := range families {
		gathered[f.GetName()] = true
	}
	used := regexp.MustCompile(`\b(?:yuanbahui|go|process)_[a-z0-9_]+`).FindAllString(string(dashboard), -1)
	if len(used) == 0 {
		t.Fatal("the dashboard names no metric")
	}
	for _, name := range used {
		family := name
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if trimmed, ok := strings.CutSuffix(name, suffix); ok && (declared[trimmed] || gathered[trimmed]) {
				family = trimmed
			}
		}
		if !declared[family] && !gathered[family] {
			t.Errorf("the dashboard queries %s, which the service does not serve", name)
		}
	}
}
