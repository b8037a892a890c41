package workflow_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/session"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestDeliberationRulesRegistered: the deliberation rules are among the
// checks TestSeededTownObeysTheRules (roster_test.go) runs over the town seed.
func TestDeliberationRulesRegistered(t *testing.T) {
	for _, name := range []string{"votes add up", "steps in order", "approved decisions pass the rule", "escalated before spending over the threshold"} {
		if !slices.Contains(workflow.Rules(), name) {
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

// TestVotesAddUpBelowTheAPI: no write path stores a vote that does not add
// up: the ent hook refuses it on create and on a single-row update (reading
// the stored fields), and the database's CHECK refuses raw SQL.
func TestVotesAddUpBelowTheAPI(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t)
	c := db.Client
	p, err := fixture.Build(ctx, c, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	meeting := func() *ent.SessionCreate {
		return c.Session.Create().SetKind(session.KindDELIBERATION).SetCourtyardID(p.Courtyards[0].ID).SetHeldAt(time.Now()).SetAttendance(5)
	}
	if _, err := meeting().SetVotesFor(3).SetVotesAgainst(1).SetVotesAbstain(0).Save(ctx); !errors.Is(err, workflow.ErrInvalid) {
		t.Fatalf("3+1+0 of 5 present: err = %v, want ErrInvalid", err)
	}
	if _, err := meeting().SetVotesFor(3).Save(ctx); !errors.Is(err, workflow.ErrInvalid) {
		t.Fatalf("votes for without against and abstaining: err = %v, want ErrInvalid", err)
	}
	m, err := meeting().SetVotesFor(3).SetVotesAgainst(1).SetVotesAbstain(1).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Session.UpdateOne(m).SetAttendance(6).Exec(ctx); !errors.Is(err, workflow.ErrInvalid) {
		t.Fatalf("attendance changed under the vote: err = %v, want ErrInvalid", err)
	}
	if err := c.Session.UpdateOne(m).SetAttendance(6).SetVotesAbstain(2).Exec(ctx); err != nil {
		t.Fatalf("attendance and votes changed together: %v", err)
	}
	if _, err := db.SQL.ExecContext(ctx, fmt.Sprintf(`UPDATE sessions SET votes_for = 1 WHERE id = %d`, m.ID)); err == nil {
		t.Fatal("raw SQL stored a vote that does not add up; want the CHECK constraint to refuse it")
	}
}

// TestRuleCheckFindsUnallowedExemptions: an emergency on a category the
// rule does not list, and a custom outcome on an issue that is no customs
// issue, written behind the workflow's back, are reported; the seeded
// meetings (mediated disputes recorded before methods were) are not.
func TestRuleCheckFindsUnallowedExemptions(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 2, AsOf: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	const rule = "decided without a vote or before a meeting only where the rule allows"
	if !slices.Contains(workflow.Rules(), rule) {
		t.Fatalf("rule %q is not registered", rule)
	}
	for _, q := range []string{
		`UPDATE issues SET emergency_at = collected_at WHERE id = (SELECT min(id) FROM issues WHERE category = 'DISPUTE' AND decided_at IS NULL)`,
		`UPDATE issues SET custom_outcome = 'STOPPED' WHERE id = (SELECT min(id) FROM issues WHERE category = 'PUBLIC_FACILITY')`,
	} {
		if _, err := db.SQL.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Rule != rule || vs[1].Rule != rule {
		t.Fatalf("violations = %v, want two of %q", vs, rule)
	}
}
