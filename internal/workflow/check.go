package workflow

import (
	"context"
	"fmt"
	"sort"

	"yuanbahui/ent"
	"yuanbahui/internal/viewer"
)

// Violation is a record breaking a workflow rule.
type Violation struct {
	// Rule names the rule broken, e.g. "votes add up".
	Rule string
	// Record says which record, e.g. "Issue 4294967311".
	Record string
	// Detail says how.
	Detail string
}

// String implements fmt.Stringer.
func (v Violation) String() string { return fmt.Sprintf("%s: %s: %s", v.Rule, v.Record, v.Detail) }

// ruleCheck finds the records breaking one rule.
type ruleCheck struct {
	name string
	run  func(ctx context.Context, c *ent.Client) ([]Violation, error)
}

// checks are the rule checks of every pillar, registered by their files.
var checks []ruleCheck

// register adds a rule check (called from the pillars' init functions).
func register(name string, run func(ctx context.Context, c *ent.Client) ([]Violation, error)) {
	checks = append(checks, ruleCheck{name, run})
}

// Rules lists the names of the registered rule checks, sorted.
func Rules() []string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.name
	}
	sort.Strings(names)
	return names
}

// Check runs every rule check over the whole database (as the system) and
// returns the violations found: the seeded demo district must have none.
func Check(ctx context.Context, c *ent.Client) ([]Violation, error) {
	ctx = viewer.SystemContext(ctx)
	var all []Violation
	for _, rc := range checks {
		vs, err := rc.run(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("rule %q: %w", rc.name, err)
		}
		all = append(all, vs...)
	}
	return all, nil
}
