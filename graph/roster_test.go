package graph

import (
	"fmt"
	"strings"
	"testing"

	"yuanbahui/internal/standing"
)

// TestScoringRuleDescribed: the schema's descriptions quote the scoring
// rule's constants as standing.Scoring declares them, so the documentation
// clients read cannot drift from the rule applied.
func TestScoringRuleDescribed(t *testing.T) {
	s := testSchema.Schema()
	min := fmt.Sprintf("at least %d ratings", standing.Scoring.MinRatings)
	line := fmt.Sprintf("below %.1f", standing.Scoring.FailingLine)
	score := s.Types["OfficerScore"]
	for _, want := range []string{min, line} {
		if !strings.Contains(score.Description, want) {
			t.Errorf("OfficerScore's description does not say %q:\n%s", want, score.Description)
		}
	}
	if d := score.Fields.ForName("counts").Description; !strings.Contains(d, fmt.Sprintf("minimum of %d ratings", standing.Scoring.MinRatings)) {
		t.Errorf("OfficerScore.counts: %s", d)
	}
	if d := score.Fields.ForName("failing").Description; !strings.Contains(d, fmt.Sprintf("failing line of %.1f", standing.Scoring.FailingLine)) {
		t.Errorf("OfficerScore.failing: %s", d)
	}
	if d := s.Query.Fields.ForName("failingOfficers").Description; !strings.Contains(d, line) {
		t.Errorf("failingOfficers: %s", d)
	}
}
