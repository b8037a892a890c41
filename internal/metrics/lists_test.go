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
// the figures for 2024Q2, as of its end.
func TestListsFixture(t *testing.T) {
	p, err := period.Parse("2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	type list struct {
		Connection string         `json:"connection"`
		Where      map[string]any `json:"where"`
	}
	out := map[string]list{}
	for name, l := range Lists {
		out[name] = list{Connection: l.Connection, Where: l.Where(p.Start, p.End, p.End)}
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
