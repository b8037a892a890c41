package metrics

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/dialect"
)

var update = flag.Bool("update", false, "rewrite docs/METRICS.md")

// TestMetricsDoc: docs/METRICS.md is the catalogue's Describe.
func TestMetricsDoc(t *testing.T) {
	const path = "../../docs/METRICS.md"
	want := Describe()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != want {
		t.Fatalf("docs/METRICS.md is out of date: go test ./internal/metrics -run TestMetricsDoc -update (%v)", err)
	}
}

// TestCatalogueMatchesSchema: the GraphQL enums Metric and StatsKey list the
// catalogue's metrics and keys, in order; every metric is documented and builds.
func TestCatalogueMatchesSchema(t *testing.T) {
	schema, err := os.ReadFile("../../graph/analytics.graphql")
	if err != nil {
		t.Fatal(err)
	}
	enum := func(name string) []string {
		m := regexp.MustCompile(`(?s)enum ` + name + ` \{(.*?)\}`).FindSubmatch(schema)
		if m == nil {
			t.Fatalf("no enum %s", name)
		}
		var out []string
		for _, line := range strings.Split(string(m[1]), "\n") {
			if v := strings.TrimSpace(line); v != "" && !strings.HasPrefix(v, `"`) {
				out = append(out, v)
			}
		}
		return out
	}
	var names, keys []string
	for _, m := range Catalogue {
		names = append(names, m.Name)
		if m.Label == "" || m.LabelEn == "" || m.Definition == "" || Units[m.Unit] == "" {
			t.Errorf("%s is not fully described", m.Name)
		}
		for _, d := range []dialect.Dialect{dialect.Postgres, dialect.SQLite} {
			q := Query{Metrics: []*Metric{m}, Keys: m.GroupBy(), From: time.Now().AddDate(-1, 0, 0), To: time.Now()}
			if _, err := Build(d, q); err != nil {
				t.Errorf("%s on %s: %v", m.Name, d, err)
			}
		}
	}
	for _, k := range Keys {
		keys = append(keys, string(k))
	}
	if got := enum("Metric"); !slices.Equal(got, names) {
		t.Errorf("enum Metric %v\ncatalogue %v", got, names)
	}
	if got := enum("StatsKey"); !slices.Equal(got, keys) {
		t.Errorf("enum StatsKey %v, keys %v", got, keys)
	}
}

// TestFactsNameTheirTables: every fact names the tables the cost model weighs.
func TestFactsNameTheirTables(t *testing.T) {
	for _, m := range Catalogue {
		if len(m.Fact.Tables) == 0 {
			t.Errorf("%s: fact %s names no tables", m.Name, m.Fact.Name)
		}
	}
}

// TestEveryMetricDeclaresItsPolarity: every metric says whether a rise is
// good, a fall is, or neither, so that a new metric must say it too.
func TestEveryMetricDeclaresItsPolarity(t *testing.T) {
	for _, m := range Catalogue {
		if Polarities[m.Better] == "" {
			t.Errorf("%s declares no polarity (Better %q): add it to better in polarity.go", m.Name, m.Better)
		}
	}
	for name, want := range map[string]Polarity{"TICKETS_OVERDUE": Down, "TICKETS_COMPLETED": Up, "TICKETS_SUBMITTED": Neither} {
		if m, _ := ByName(name); m.Better != want {
			t.Errorf("%s: better %q, want %q", name, m.Better, want)
		}
	}
}
