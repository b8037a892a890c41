package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"yuanbahui/ent/household"
	"yuanbahui/internal/account"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// TestSecurityLockedTableDoesNotStallReads (issue #16 row 8): while another
// session holds point_entries locked (`LOCK TABLE … IN SHARE MODE`) and 24
// clients keep awarding points — more writers than the write pool has
// connections, as many as the whole pool had before — reads of other tables
// answer with p99 under 200 ms, and every blocked write fails fast with
// UNAVAILABLE, 503 with Retry-After (store.ErrBusy: lock_timeout, or no write connection within it)
// and changes nothing. Released, the writes go through again. It runs with
// serve's default pools (store.DefaultPools).
func TestSecurityLockedTableDoesNotStallReads(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "SQLite has one connection and no lock_timeout")
	pools := store.DefaultPools
	db := testdb.Open(t, store.WithPools(pools))
	accounts := account.New(db.Client, account.Options{})
	a := &api{t: t, db: db, accounts: accounts,
		h: server.New(server.Config{Accounts: accounts, NoLimits: true}, db, slog.New(slog.NewTextHandler(io.Discard, nil)))}
	if _, err := fixture.Build(ctx(), db.Client, fixture.Shape{Villages: 3, CourtyardsPerVillage: 4, ResidentsPerCourtyard: 4}); err != nil {
		t.Fatal(err)
	}
	token := a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	households := db.Client.Household.Query().Order(household.ByID()).IDsX(ctx())

	// post runs one operation and returns its first error code ("" for none).
	post := func(query string, vars map[string]any) (string, time.Duration) {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		start := time.Now()
		a.h.ServeHTTP(rec, req)
		took := time.Since(start)
		var r result
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			return fmt.Sprintf("HTTP %d %q", rec.Code, rec.Body.String()), took
		}
		if len(r.Errors) > 0 {
			code, _ := r.Errors[0].Extensions["code"].(string)
			return code, took
		}
		if bytes.Contains(r.Data, []byte(`"userErrors":[{`)) {
			return "userErrors " + string(r.Data), took
		}
		return "", took
	}
	const award = `mutation($h: ID!) { awardPoints(input: {householdID: $h, points: 1, reason: "打扫院坝"}) { pointEntry { id } userErrors { code message } } }`
	const read = `{ villages(first: 5) { totalCount edges { node { name courtyards { totalCount } } } } }`
	awardTo := func(i int) (string, time.Duration) {
		return post(award, map[string]any{"h": gid(households[i%len(households)])})
	}
	if code, _ := awardTo(0); code != "" {
		t.Fatalf("awarding points before the lock: %s", code)
	}
	if code, _ := post(read, nil); code != "" {
		t.Fatalf("reading before the lock: %s", code)
	}
	before := db.Client.PointEntry.Query().CountX(ctx())

	// Another session locks the table (a connection of its own, held apart
	// from the pools' use until it rolls back).
	locker, err := db.SQL.Conn(ctx())
	if err != nil {
		t.Fatal(err)
	}
	defer locker.Close()
	if _, err := locker.ExecContext(ctx(), "BEGIN; LOCK TABLE point_entries IN SHARE MODE"); err != nil {
		t.Fatal(err)
	}
	// The lock is held for longer than a blocked write may wait (for a
	// connection, then for the lock), and released on time whatever happens.
	held := 2*pools.LockTimeout + time.Second
	stop := time.Now().Add(held)
	// releasing closes before the ROLLBACK: a write the ROLLBACK lets through
	// returns after it, so it is not counted as answered while locked.
	releasing, released := make(chan struct{}), make(chan struct{})
	var during int
	go func() {
		defer close(released)
		time.Sleep(held)
		if err := locker.QueryRowContext(ctx(), "SELECT count(*) FROM point_entries").Scan(&during); err != nil {
			t.Error(err)
		}
		close(releasing)
		if _, err := locker.ExecContext(ctx(), "ROLLBACK"); err != nil {
			t.Error(err)
		}
	}()
	isReleased := func() bool {
		select {
		case <-releasing:
			return true
		default:
			return false
		}
	}

	const writers, readers = 24, 4
	var (
		mu        sync.Mutex
		reads     []time.Duration
		readErrs  []string
		writes    = map[string]int{} // by code, of the writes answered while locked
		slowWrite time.Duration
		wg        sync.WaitGroup
	)
	for w := range writers {
		wg.Go(func() {
			for i := w; time.Now().Before(stop); i += writers {
				code, took := awardTo(i)
				if isReleased() {
					return
				}
				mu.Lock()
				writes[code]++
				slowWrite = max(slowWrite, took)
				mu.Unlock()
			}
		})
	}
	for range readers {
		wg.Go(func() {
			for time.Now().Before(stop) {
				code, took := post(read, nil)
				mu.Lock()
				reads = append(reads, took)
				if code != "" {
					readErrs = append(readErrs, code)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	<-released

	slices.Sort(reads)
	p99 := reads[len(reads)*99/100]
	t.Logf("table locked %s: %d reads, p50 %s, p99 %s, max %s; writes by outcome %v, slowest %s",
		held, len(reads), reads[len(reads)/2], p99, reads[len(reads)-1], writes, slowWrite)
	if len(readErrs) > 0 {
		t.Errorf("%d reads failed: %v", len(readErrs), readErrs[:min(5, len(readErrs))])
	}
	if p99 > 200*time.Millisecond {
		t.Errorf("reads of other tables: p99 %s while point_entries is locked, want under 200 ms", p99)
	}
	if len(reads) < 50 {
		t.Errorf("only %d reads in %s", len(reads), held)
	}
	if writes["UNAVAILABLE"] < writers || len(writes) != 1 {
		t.Errorf("blocked writes answered %v, want only UNAVAILABLE (at least %d)", writes, writers)
	}
	// A write waits at most the lock timeout for a connection and again for
	// the lock.
	if limit := 2*pools.LockTimeout + time.Second; slowWrite > limit {
		t.Errorf("the slowest blocked write took %s, want under %s", slowWrite, limit)
	}
	if during != before {
		t.Errorf("point entries while locked: %d, before: %d", during, before)
	}
	if code, _ := awardTo(1); code != "" {
		t.Fatalf("awarding points after the lock: %s", code)
	}
}
