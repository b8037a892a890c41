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

func TestParsePeriod(t *testing.T) {
	for s, want := range map[string]string{"2024": "2024-01-01/2025-01-01", "2024H2": "2024-07-01/2025-01-01", "2024Q2": "2024-04-01/2024-07-01",
		"2024-02": "2024-02-01/2024-03-01", "2024-02-29": "2024-02-29/2024-03-01"} {
		p, err := ParsePeriod(s)
		if err != nil || p.Label != s || p.Start.Format("2006-01-02")+"/"+p.End.Format("2006-01-02") != want {
			t.Errorf("%s: %+v %v", s, p, err)
		}
		if _, off := p.Start.Zone(); off != 8*3600 {
			t.Errorf("%s starts in zone offset %d", s, off)
		}
	}
	for _, s := range []string{"2024Q5", "2024-13", "2024-02-30", "24Q1"} {
		if _, err := ParsePeriod(s); err == nil {
			t.Errorf("%s parsed", s)
		}
	}
	p, _ := ParsePeriod("2024Q1")
	if prev := p.Previous(); prev.Label != "2023Q4" {
		t.Errorf("before 2024Q1: %s", prev.Label)
	}
	if l, _, _, _ := Week.Span("2024-06-24"); l != "2024-W26" {
		t.Errorf("week of 2024-06-24: %s", l)
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
