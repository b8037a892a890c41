package workflow_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	entsql "entgo.io/ent/dialect/sql/schema"

	"yuanbahui/ent/issue"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/migrate"
	"yuanbahui/internal/workflow"
)

// schemaEnum is the values of the enum column name of table, as ent's
// migration schema (generated from ent/schema) declares them.
func schemaEnum(t *testing.T, table *entsql.Table, name string) []string {
	t.Helper()
	for _, c := range table.Columns {
		if c.Name == name {
			return c.Enums
		}
	}
	t.Fatalf("table %s has no column %s", table.Name, name)
	return nil
}

// TestIssueTransitionsCoverTheEnums: the transition table names every stage
// of ent's issue.Stage enum (each reached by some step, each but the final
// ones left by some step) and every step of issuestep.Step exactly once, and
// nothing else.
func TestIssueTransitionsCoverTheEnums(t *testing.T) {
	stages := schemaEnum(t, migrate.IssuesTable, "stage")
	steps := schemaEnum(t, migrate.IssueStepsTable, "step")
	reached, left := map[issue.Stage]bool{}, map[issue.Stage]bool{}
	seen := map[issuestep.Step]int{}
	for _, tr := range workflow.IssueTransitions {
		seen[tr.Step]++
		if err := issuestep.StepValidator(tr.Step); err != nil {
			t.Errorf("step %s: %v", tr.Step, err)
		}
		if tr.From != "" {
			left[tr.From] = true
			if err := issue.StageValidator(tr.From); err != nil {
				t.Errorf("step %s from %s: %v", tr.Step, tr.From, err)
			}
		}
		if len(tr.To) == 0 || len(tr.Roles) == 0 {
			t.Errorf("step %s leads nowhere or may be taken by nobody", tr.Step)
		}
		for _, to := range tr.To {
			reached[to] = true
			if err := issue.StageValidator(to); err != nil {
				t.Errorf("step %s to %s: %v", tr.Step, to, err)
			}
		}
	}
	final := []issue.Stage{issue.StageEVALUATED, issue.StageCLOSED}
	for _, s := range stages {
		st := issue.Stage(s)
		if !reached[st] {
			t.Errorf("no step of IssueTransitions leads to stage %s", st)
		}
		if left[st] == slices.Contains(final, st) {
			t.Errorf("stage %s: left by a step %v, final %v", st, left[st], slices.Contains(final, st))
		}
	}
	for _, s := range steps {
		if n := seen[issuestep.Step(s)]; n != 1 {
			t.Errorf("step %s is in IssueTransitions %d times, want once", s, n)
		}
	}
	if len(seen) != len(steps) {
		t.Errorf("IssueTransitions has %d steps, ent's issuestep.Step %d", len(seen), len(steps))
	}
}

// TestIssueFlowTypeScriptIsCurrent: the SPA's copy of the transition table
// (IssueFlowTSFile, which the issue screen reads to offer the next steps) is
// what go generate writes from IssueTransitions.
func TestIssueFlowTypeScriptIsCurrent(t *testing.T) {
	got, err := os.ReadFile(filepath.Join("..", "..", workflow.IssueFlowTSFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, workflow.IssueFlowTypeScript()) {
		t.Errorf("%s differs from workflow.IssueTransitions: run go generate ./graph (or make generate) and commit", workflow.IssueFlowTSFile)
	}
}
