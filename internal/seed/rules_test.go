package seed_test

import (
	"context"
	"testing"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/workflow"
)

// TestSeededTownObeysRules: every workflow rule holds over a town-scale
// seed (the district's figures test runs the same check over the district).
func TestSeededTownObeysRules(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds a town")
	}
	db := testdb.Open(t)
	ctx := context.Background()
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "town", Seed: 7, AsOf: asOf}); err != nil {
		t.Fatal(err)
	}
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vs {
		if i == 20 {
			t.Errorf("… and %d more", len(vs)-i)
			break
		}
		t.Error(v)
	}
	t.Logf("%d rules checked: %v", len(workflow.Rules()), workflow.Rules())
}
