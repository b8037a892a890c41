package account_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"yuanbahui/internal/account"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

// TestBroadcastOncePerTransaction: a transaction that changes several
// places broadcasts "areas" once, after it commits; one that rolls back
// broadcasts nothing; a change outside a transaction broadcasts at once.
func TestBroadcastOncePerTransaction(t *testing.T) {
	db := testdb.Open(t)
	var mu sync.Mutex
	var sent []string
	db.Client.Use(account.BroadcastHook(func(_ context.Context, key string) {
		mu.Lock()
		defer mu.Unlock()
		sent = append(sent, key)
	}))
	got := func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := slices.Clone(sent)
		sent = nil
		return out
	}
	ctx := viewer.SystemContext(context.Background())
	d := db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx)
	if s := got(); !slices.Equal(s, []string{"areas"}) {
		t.Fatalf("a district created outside a transaction sent %q, want [areas]", s)
	}

	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, code := range []string{"500154101", "500154102", "500154103"} {
		tx.Town.Create().SetCode(code).SetName("镇").SetDistrictID(d.ID).SaveX(ctx)
		if s := got(); len(s) != 0 {
			t.Fatalf("town %d sent %q before the commit", i, s)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if s := got(); !slices.Equal(s, []string{"areas"}) {
		t.Fatalf("three towns in one transaction sent %q, want [areas] once", s)
	}

	tx, err = db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Town.Create().SetCode("500154104").SetName("镇").SetDistrictID(d.ID).SaveX(ctx)
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if s := got(); len(s) != 0 {
		t.Fatalf("a rolled-back transaction sent %q", s)
	}
}
