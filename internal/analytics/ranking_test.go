package analytics_test

import (
	"testing"

	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
)

// TestRankingKeepsTiesAtTheCut: in the seeded village's courtyards ranked by
// tickets completed on time, a cut that falls inside a tie returns every
// entry of the tie, and ranks are competition ranks (1, 2, 2, 4).
func TestRankingKeepsTiesAtTheCut(t *testing.T) {
	_, svc := seeded(t)
	ctx := system()
	m := all("TICKETS_ON_TIME")[0]
	where := analytics.Filter{Period: "2024Q2"}
	full, err := svc.Ranking(ctx, m, metrics.Courtyard, where, false, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range full {
		want := i + 1
		if i > 0 && *e.Value == *full[i-1].Value {
			want = full[i-1].Rank
		}
		if e.Rank != want {
			t.Fatalf("entry %d (%s, %v) has rank %d, want %d", i, e.Subject.Code, *e.Value, e.Rank, want)
		}
	}
	// The first cut that falls inside a tie: entries cut-1 and cut equal.
	cut := 0
	for i := 1; i < len(full); i++ {
		if *full[i].Value == *full[i-1].Value {
			cut = i
			break
		}
	}
	if cut == 0 {
		t.Fatalf("the fixture has no tie among %d courtyards", len(full))
	}
	end := cut
	for end < len(full) && *full[end].Value == *full[cut-1].Value {
		end++
	}
	got, err := svc.Ranking(ctx, m, metrics.Courtyard, where, false, cut)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != end {
		t.Fatalf("first %d returned %d entries; the tie at rank %d (value %v) runs to entry %d", cut, len(got), full[cut-1].Rank, *full[cut-1].Value, end)
	}
	for i := range got {
		if got[i].Rank != full[i].Rank || got[i].Subject.Code != full[i].Subject.Code {
			t.Errorf("entry %d: %d %s, the full ranking says %d %s", i, got[i].Rank, got[i].Subject.Code, full[i].Rank, full[i].Subject.Code)
		}
	}
	if last := got[len(got)-1]; last.Rank != full[cut-1].Rank {
		t.Errorf("the last entry kept has rank %d, want the cut's rank %d", last.Rank, full[cut-1].Rank)
	}
}
