package workflow_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issueitem"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// adminContext returns a fresh database with a small district and the
// context of its district administrator (a real account, as keys need one).
func adminContext(t *testing.T) (context.Context, *ent.Client, *fixture.Places) {
	t.Helper()
	db := testdb.Open(t)
	sys := viewer.SystemContext(context.Background())
	p, err := fixture.Build(sys, db.Client, fixture.Shape{Villages: 1, CourtyardsPerVillage: 1, ResidentsPerCourtyard: 4})
	if err != nil {
		t.Fatal(err)
	}
	u := db.Client.User.Create().SetUsername("admin").SetRole(viewer.DistrictAdmin).SetAreaCode("500154").SaveX(sys)
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Role: viewer.DistrictAdmin, DistrictID: p.District.ID, TownIDs: []int{p.Town.ID}}
	return viewer.NewContext(context.Background(), v), db.Client, p
}

// createItem is a workflow step creating a catalogue item with its code.
type createItem string

// Run creates the item.
func (code createItem) Run(ctx context.Context, c *ent.Client) (workflow.Result[*ent.IssueItem], error) {
	if !workflow.IsGoverned(ctx) {
		return workflow.Result[*ent.IssueItem]{}, errors.New("step runs without the governed mark")
	}
	it, err := c.IssueItem.Create().SetCode(string(code)).SetName("饮水管网维修").SetCategory(issueitem.CategoryPUBLIC_FACILITY).Save(ctx)
	return workflow.Result[*ent.IssueItem]{Record: it}, err
}

// refusedItem is a workflow step creating no item: it is always refused.
type refusedItem struct{}

// Run refuses the step.
func (refusedItem) Run(context.Context, *ent.Client) (workflow.Result[*ent.IssueItem], error) {
	return workflow.Result[*ent.IssueItem]{}, workflow.Refuse(workflow.ErrInvalid, "code", "no")
}

func items(t *testing.T, ctx context.Context, c *ent.Client) int {
	t.Helper()
	n, err := c.IssueItem.Query().Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func key(s string) *string { return &s }

// req is the request of op under key k with input in.
func req(op, k string, in any) workflow.Request {
	return workflow.Request{Op: op, Key: key(k), Input: in}
}

// TestRepeatedKeyReturnsFirstResult: a repeated key from the same account
// with the same input returns the first result and changes nothing; another
// operation or another input under the same key is refused; a failed step
// leaves its key free for a retry.
func TestRepeatedKeyReturnsFirstResult(t *testing.T) {
	ctx, c, _ := adminContext(t)
	input := map[string]any{"input": map[string]any{"code": "A", "idempotencyKey": "k1"}}
	first, err := workflow.Run(ctx, c, req("createItem", "k1", input), createItem("A"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := workflow.Run(ctx, c, req("createItem", "k1", input), createItem("B"))
	if err != nil || again.ID != first.ID || again.Code != "A" {
		t.Fatalf("repeat = %+v, %v; want the first item %d", again, err, first.ID)
	}
	if n := items(t, ctx, c); n != 1 {
		t.Fatalf("%d items after a repeated key, want 1", n)
	}
	if _, err := workflow.Run(ctx, c, req("otherStep", "k1", input), createItem("C")); !errors.Is(err, workflow.ErrKeyReused) {
		t.Fatalf("key reused for another operation: err = %v, want ErrKeyReused", err)
	}
	other := map[string]any{"input": map[string]any{"code": "C", "idempotencyKey": "k1"}}
	if _, err := workflow.Run(ctx, c, req("createItem", "k1", other), createItem("C")); !errors.Is(err, workflow.ErrKeyReused) {
		t.Fatalf("key reused with another input: err = %v, want ErrKeyReused", err)
	}
	if _, err := workflow.Run(ctx, c, req("createItem", "k2", nil), refusedItem{}); !errors.Is(err, workflow.ErrInvalid) {
		t.Fatalf("refused step: err = %v", err)
	}
	if got, err := workflow.Run(ctx, c, req("createItem", "k2", nil), createItem("D")); err != nil || got.Code != "D" {
		t.Fatalf("retry after a refused step = %+v, %v; want item D", got, err)
	}
	// Without a key every call is a new step.
	if _, err := workflow.Run(ctx, c, workflow.Request{Op: "createItem"}, createItem("E")); err != nil {
		t.Fatal(err)
	}
	if n := items(t, ctx, c); n != 3 {
		t.Fatalf("%d items, want 3 (A, D, E)", n)
	}
}

// TestRequestHash: the hash binds operation and input, ignores the key and
// the order of object members, and tells other inputs apart.
func TestRequestHash(t *testing.T) {
	hash := func(op string, in any) string {
		t.Helper()
		h, err := workflow.RequestHash(op, in)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	type input struct {
		ID             int
		Note           *string
		IdempotencyKey *string
	}
	a := hash("completeTicket", map[string]any{"input": input{ID: 1, IdempotencyKey: key("k1")}})
	switch {
	case len(a) != 64:
		t.Fatalf("hash %q is not a hex SHA-256", a)
	case a != hash("completeTicket", map[string]any{"input": input{ID: 1, IdempotencyKey: key("k2")}}):
		t.Error("the key changes the hash")
	case a != hash("completeTicket", map[string]any{"input": map[string]any{"Note": nil, "ID": 1}}):
		t.Error("member order or representation changes the hash")
	case a == hash("rejectTicket", map[string]any{"input": input{ID: 1}}):
		t.Error("another operation has the same hash")
	case a == hash("completeTicket", map[string]any{"input": input{ID: 2}}):
		t.Error("another input has the same hash")
	case a == hash("completeTicket", map[string]any{"input": input{ID: 1, Note: key("")}}):
		t.Error("an empty note and no note have the same hash")
	}
}

// TestConcurrentRepeatsRunOnce: a phone retrying while the first request is
// still running: concurrent calls with one key run the step once and all
// return its record.
func TestConcurrentRepeatsRunOnce(t *testing.T) {
	ctx, c, _ := adminContext(t)
	const n = 8
	ids := make([]int, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			it, err := workflow.Run(ctx, c, req("createItem", "same", nil), createItem(fmt.Sprintf("C%d", i)))
			errs[i] = err
			if err == nil {
				ids[i] = it.ID
			}
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil || ids[i] != ids[0] {
			t.Errorf("call %d: id %d, err %v; want id %d", i, ids[i], errs[i], ids[0])
		}
	}
	if got := items(t, ctx, c); got != 1 {
		t.Fatalf("%d items after %d concurrent repeats, want 1", got, n)
	}
}

// TestKeysExpire: keys older than KeepKeys are swept; newer ones stay.
func TestKeysExpire(t *testing.T) {
	ctx, c, _ := adminContext(t)
	if _, err := workflow.Run(ctx, c, req("createItem", "old", nil), createItem("A")); err != nil {
		t.Fatal(err)
	}
	if n, err := workflow.SweepKeys(ctx, c); err != nil || n != 0 {
		t.Fatalf("sweep of fresh keys deleted %d, %v", n, err)
	}
	later := workflow.WithClock(ctx, func() time.Time { return time.Now().Add(workflow.KeepKeys + time.Hour) })
	if n, err := workflow.SweepKeys(later, c); err != nil || n != 1 {
		t.Fatalf("sweep after %v deleted %d, %v; want 1", workflow.KeepKeys, n, err)
	}
}

// TestGuardFields: a governed field changes only in a workflow step (or as
// the system); a generic update setting or clearing it is refused.
func TestGuardFields(t *testing.T) {
	ctx, c, _ := adminContext(t)
	c.RoleAssignment.Use(workflow.GuardFields("ended_at", "end_reason"))
	ra := c.RoleAssignment.Query().FirstX(ctx)
	err := c.RoleAssignment.UpdateOne(ra).SetEndedAt(time.Now()).Exec(ctx)
	var r *workflow.Refusal
	if !errors.Is(err, workflow.ErrGoverned) || !errors.As(err, &r) || r.Field[1] != "endedAt" {
		t.Fatalf("generic update of ended_at: err = %v, want ErrGoverned on input.endedAt", err)
	}
	if err := c.RoleAssignment.UpdateOne(ra).SetStartedAt(fixture.Start.Add(time.Hour)).Exec(ctx); err != nil {
		t.Fatalf("an ungoverned field: %v", err)
	}
	if err := c.RoleAssignment.UpdateOne(ra).SetEndedAt(time.Now()).SetEndReason("OTHER").Exec(workflow.Governed(ctx)); err != nil {
		t.Fatalf("in a workflow step: %v", err)
	}
	if err := c.RoleAssignment.UpdateOne(ra).ClearEndedAt().ClearEndReason().Exec(viewer.SystemContext(ctx)); err != nil {
		t.Fatalf("as the system: %v", err)
	}
}
