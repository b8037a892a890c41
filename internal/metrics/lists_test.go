package metrics

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"yuanbahui/internal/period"
)

// listsFixture is where the SPA reads the lists behind the figures for one
// period and instant (frontend/src/lib/kpis.test.ts): the SPA's cards must
// open the lists Lists names.
const listsFixture = "../../frontend/src/lib/testdata/lists.json"

// TestListsFixture keeps the fixture in step with Lists: the lists behind
// the figures for 2024Q2, as of its end, over the district and in a town and
// a village.
func TestListsFixture(t *testing.T) {
	p, err := period.Parse("2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	type list struct {
		Connection string         `json:"connection"`
		Where      map[string]any `json:"where"`
		// In is its where in a town and a village (ids t and v), as their
		// pages' cards open it.
		In map[string]map[string]any `json:"in"`
	}
	out := map[string]list{}
	for name, l := range Lists {
		in := map[string]map[string]any{}
		for level, id := range map[string]string{"town": "t", "village": "v"} {
			in[level] = l.In(level, id, p.Start, p.End, p.End)
		}
		out[name] = list{Connection: l.Connection, Where: l.Where(p.Start, p.End, p.End), In: in}
	}
	want, err := json.MarshalIndent(map[string]any{"period": p.Label, "asOf": p.End.UTC().Format(time.RFC3339Nano), "lists": out}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(listsFixture, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(listsFixture)
	if err != nil || string(got) != string(want) {
		t.Fatalf("%s is out of date: go test ./internal/metrics -run TestListsFixture -update (%v)", listsFixture, err)
	}
}
