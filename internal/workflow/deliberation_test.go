package workflow_test

import (
	"context"
	"testing"
	"time"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestSeededTownObeysTheRules: a town-scale demo district passes every
// registered rule check (votes add up, steps in order, approved decisions
// pass the rule, escalation before over-threshold spending, …).
func TestSeededTownObeysTheRules(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "town", Seed: 5, AsOf: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vs {
		if i == 20 {
			t.Errorf("… and %d more", len(vs)-20)
			break
		}
		t.Error(v)
	}
	for _, name := range []string{"votes add up", "steps in order", "approved decisions pass the rule", "escalated before spending over the threshold"} {
		found := false
		for _, r := range workflow.Rules() {
			found = found || r == name
		}
		if !found {
			t.Errorf("rule %q is not registered", name)
		}
	}
}

// TestRuleCheckFindsBrokenVotes: the check is not vacuous — a vote that does
// not add up, written behind the hooks' back, is reported.
func TestRuleCheckFindsBrokenVotes(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 2, AsOf: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, `UPDATE issues SET stage = 'EVALUATED' WHERE id = (SELECT min(id) FROM issues WHERE stage = 'COLLECTED')`); err != nil {
		t.Fatal(err)
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Rule != "steps in order" {
		t.Fatalf("violations = %v, want one of steps in order", vs)
	}
}
