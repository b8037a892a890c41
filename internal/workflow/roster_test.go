package workflow_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/standing"
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
	half := period.Label(period.HalfYear, a.EndedAt.AddDate(0, -6, 0))
	flagged, err := standing.FailingOfficers(ctx, db.Client, half)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(flagged, func(s standing.OfficerScore) bool { return s.AssignmentID == a.ID }) {
		t.Fatalf("failing officers of %s: %+v, want assignment %d among them", half, flagged, a.ID)
	}
}

// TestSeededVillagesObeyTheRules: village-scale samples anchored on other
// days obey the rules too (the failing officer's half-year moves with them).
func TestSeededVillagesObeyTheRules(t *testing.T) {
	for _, at := range []time.Time{time.Date(2026, 3, 17, 15, 42, 7, 0, time.UTC), time.Date(2024, 12, 31, 16, 0, 0, 0, time.UTC)} {
		db := testdb.Open(t)
		ctx := viewer.SystemContext(context.Background())
		if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 7, AsOf: at}); err != nil {
			t.Fatal(err)
		}
		vs, err := workflow.Check(ctx, db.Client)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			t.Errorf("as of %s: %s", at.Format(time.DateOnly), v)
		}
	}
}

// TestRosterChecksFindViolations: records written around the workflows (as
// the system may) that break the roster rules are each reported.
func TestRosterChecksFindViolations(t *testing.T) {
	ctx, c, p := adminContext(t)
	sys := viewer.SystemContext(ctx)
	as := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(p.Courtyards[0].ID)).Order(ent.Asc(roleassignment.FieldID)).AllX(sys) // head, publicist, agent, informant
	ended := fixture.Start.AddDate(1, 0, 0)
	// The agent "replaced as failing" without a single rating.
	agent := as[2]
	c.RoleAssignment.UpdateOne(agent).SetEndedAt(ended).SetEndReason(roleassignment.EndReasonRATED_FAILING).ExecX(sys)
	// Its successor starting a day late.
	c.RoleAssignment.Create().SetRole(agent.Role).SetSelection(agent.Selection).SetStartedAt(ended.AddDate(0, 0, 1)).
		SetCourtyardID(agent.CourtyardID).SetResidentID(p.Residents[1].ID).SetPredecessorID(agent.ID).ExecX(sys)
	// The informant ended without a reason.
	c.RoleAssignment.UpdateOne(as[3]).SetEndedAt(ended).ExecX(sys)
	vs, err := workflow.Check(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, v := range vs {
		got[v.Rule]++
	}
	want := map[string]int{"RATED_FAILING ends are flagged by the scoring rule": 1,
		"successor starts when predecessor ends": 1, "ended assignments have reasons": 1}
	for rule, n := range want {
		if got[rule] != n {
			t.Errorf("%q: %d violations, want %d (all: %v)", rule, got[rule], n, vs)
		}
	}
}

// TestScoringRule: a score counts from MinRatings ratings and fails below
// the line (a mean exactly on it passes); a replacement for RATED_FAILING
// in January looks at the half-year just ended.
func TestScoringRule(t *testing.T) {
	ctx, c, p := adminContext(t)
	sys := viewer.SystemContext(ctx)
	as := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(p.Courtyards[0].ID)).Order(ent.Asc(roleassignment.FieldID)).AllX(sys) // head, publicist, agent, informant
	rate := func(a *ent.RoleAssignment, scores ...int) {
		for _, s := range scores {
			c.Rating.Create().SetTarget(rating.TargetOFFICER).SetDimension(rating.DimensionDELIBERATION).SetScore(s).
				SetPeriod("2024H2").SetRatedAt(time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)).
				SetCourtyardID(a.CourtyardID).SetRoleAssignmentID(a.ID).ExecX(sys)
		}
	}
	rate(as[0], 2, 3, 3)    // 2.67: counts, passes
	rate(as[1], 2, 2, 3)    // 2.33: fails
	rate(as[2], 1, 1)       // too few to count
	rate(as[3], 2, 3, 2, 3) // 2.5, on the line: passes
	scores, err := standing.OfficerScores(ctx, c, "2024H2")
	if err != nil {
		t.Fatal(err)
	}
	type verdict struct{ counts, failing bool }
	want := []verdict{{true, false}, {true, true}, {false, false}, {true, false}}
	if len(scores) != len(want) {
		t.Fatalf("scores: %+v", scores)
	}
	for i, s := range scores {
		if s.AssignmentID != as[i].ID || (verdict{s.Counts, s.Failing}) != want[i] {
			t.Errorf("score %d: %+v, want %+v", i, s, want[i])
		}
	}
	if _, err := standing.OfficerScores(ctx, c, "2024Q3"); !errors.Is(err, workflow.ErrInvalid) {
		t.Errorf("a quarter as period: %v", err)
	}
	january := workflow.WithClock(ctx, func() time.Time { return time.Date(2025, 1, 20, 9, 0, 0, 0, time.UTC) })
	replace := func(a *ent.RoleAssignment) error {
		_, err := workflow.Run(january, c, workflow.Request{Op: "replaceOfficer"}, workflow.ReplaceOfficerInput{AssignmentID: a.ID,
			Reason: roleassignment.EndReasonRATED_FAILING, SuccessorID: p.Residents[0].ID})
		return err
	}
	if err := replace(as[3]); !errors.Is(err, workflow.ErrRule) {
		t.Errorf("replacing the informant on the line: %v, want ErrRule", err)
	}
	if err := replace(as[1]); err != nil {
		t.Errorf("replacing the failing publicist: %v", err)
	}
}
