package workflow_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestSeededTownObeysTheRules seeds the town scale and runs every rule
// check: the demo data must break none. The officer replaced as failing is
// the one the scoring rule flags, and its successor is linked to it.
func TestSeededTownObeysTheRules(t *testing.T) {
	db := testdb.Open(t)
	ctx := viewer.SystemContext(context.Background())
	asOf := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "town", Seed: 5, AsOf: asOf}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"one active holder per role per courtyard", "ended assignments have reasons",
		"successor starts when predecessor ends", "RATED_FAILING ends are flagged by the scoring rule"} {
		if !slices.Contains(workflow.Rules(), name) {
			t.Errorf("rule %q is not registered", name)
		}
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Error(v)
	}
	failed := db.Client.RoleAssignment.Query().
		Where(roleassignment.EndReasonEQ(roleassignment.EndReasonRATED_FAILING)).WithSuccessor().AllX(ctx)
	if len(failed) != 1 {
		t.Fatalf("%d officers replaced as failing at town scale, want 1", len(failed))
	}
	a := failed[0]
	if a.Edges.Successor == nil || !a.Edges.Successor.StartedAt.Equal(*a.EndedAt) {
		t.Fatalf("failing officer %d: successor %+v", a.ID, a.Edges.Successor)
	}
	period := workflow.HalfYear(a.EndedAt.AddDate(0, -6, 0))
	flagged, err := workflow.FailingOfficers(ctx, db.Client, period)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(flagged, func(s workflow.OfficerScore) bool { return s.AssignmentID == a.ID }) {
		t.Fatalf("failing officers of %s: %+v, want assignment %d among them", period, flagged, a.ID)
	}
}
