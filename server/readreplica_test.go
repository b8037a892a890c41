package server_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lib/pq"

	"yuanbahui/ent"
	"yuanbahui/internal/analyticsdb"
	"yuanbahui/internal/store"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/testdb"
)

// replicaAPI is the API over a primary with a streaming replica of it.
type replicaAPI struct {
	*api
	cluster *testdb.Cluster
	replica *sql.DB // a plain connection to the replica, for checks
	primary *sql.DB // a plain connection to the primary, for checks
	skew    *atomic.Int64
}

// TestReadReplica builds a real streaming replica (pg_basebackup from a
// primary of the test's own) and serves with it as the read replica: exports
// and analytics read from the replica — shown by the rows a paused replica
// lacks and by its pg_stat_activity — while mutations write to the primary;
// the analysts' SQL views reach the replica for BI tools; the staleness is
// reported in the export's headers, the GraphQL extensions,
// /readyz and the metrics; past the bound, and with the replica down, reads
// fall back to the primary.
func TestReadReplica(t *testing.T) {
	r := newReplicaAPI(t)
	a := r.api
	a.do(`{ __typename }`, nil) // signs in (writes a session on the primary)
	district := ent.EncodeGlobalID(a.db.Client.District.Query().OnlyX(ctx()).ID)

	// The replica's connections are read-only sessions, named in its
	// pg_stat_activity.
	var readOnly, app string
	if err := a.db.Replica.SQL.QueryRow(`SELECT current_setting('default_transaction_read_only'), current_setting('application_name')`).Scan(&readOnly, &app); err != nil {
		t.Fatal(err)
	}
	if readOnly != "on" || app != store.ReadApplicationName {
		t.Fatalf("replica session: default_transaction_read_only=%s application_name=%s", readOnly, app)
	}

	// A mutation writes to the primary; the replica receives it by streaming.
	var tw struct {
		CreateTown struct{ Town struct{ ID string } }
	}
	a.query(`mutation($d: ID!) { createTown(input: {code: "500154104", name: "临江镇", kind: TOWN, districtID: $d}) { town { id } } }`,
		map[string]any{"d": district}, &tw)
	r.caughtUp()

	var e *httptest.ResponseRecorder
	r.readsReplica(func() { e = r.export("towns.csv") }, "towns")
	if e.Header().Get("X-Read-Source") != "replica" || e.Header().Get("X-Total-Count") != "1" {
		t.Fatalf("export of towns: %d %v\n%s", e.Code, e.Header(), e.Body)
	}
	if _, err := time.Parse(time.RFC3339Nano, e.Header().Get("X-Data-As-Of")); err != nil {
		t.Errorf("X-Data-As-Of: %v", err)
	}
	if _, err := strconv.ParseFloat(e.Header().Get("X-Replica-Lag"), 64); err != nil {
		t.Errorf("X-Replica-Lag: %v", err)
	}

	// BI: the analysts' role and views, installed on the primary, reach the
	// replica, where the role reads them.
	if err := analyticsdb.Install(context.Background(), a.db.SQL, analyticsdb.Options{}); err != nil {
		t.Fatal(err)
	}
	r.caughtUp()
	analyst, err := sql.Open("postgres", strings.Replace(r.cluster.Replica, "postgres@", analyticsdb.DefaultRole+"@", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer analyst.Close()
	var towns int
	if err := analyst.QueryRow(`SELECT count(*) FROM analytics.towns`).Scan(&towns); err != nil || towns != 1 {
		t.Fatalf("the analyst on the replica: %d towns, %v", towns, err)
	}

	// Replay paused: the replica stops at the town, the primary goes on.
	r.exec(r.replica, `SELECT pg_wal_replay_pause()`)
	r.until("the replica's replay pauses", func() bool {
		var state string
		return r.replica.QueryRow(`SELECT pg_get_wal_replay_pause_state()`).Scan(&state) == nil && state == "paused"
	})
	var v struct {
		CreateVillage struct{ Village struct{ ID string } }
	}
	a.query(`mutation($t: ID!) { createVillage(input: {code: "500154104201", name: "三星村", townID: $t}) { village { id } } }`,
		map[string]any{"t": tw.CreateTown.Town.ID}, &v)
	if v.CreateVillage.Village.ID == "" {
		t.Fatal("createVillage wrote nothing")
	}
	if n := r.count(r.primary, "villages"); n != 1 {
		t.Fatalf("the primary has %d villages after createVillage, want 1", n)
	}
	if err := a.db.Replica.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Behind, but within the bound: exports and analytics still read the
	// replica, which has no village yet.
	if e := r.export("villages.csv"); e.Header().Get("X-Read-Source") != "replica" || e.Header().Get("X-Total-Count") != "0" {
		t.Fatalf("export of villages from the paused replica: %v\n%s", e.Header(), e.Body)
	}
	var src string
	// The statement reads the records or, over whole months, their rollups.
	r.readsReplica(func() { src = r.statsSource() }, "tickets", "metric_rollups")
	if src != "replica" {
		t.Fatalf("stats read from %q, want the replica", src)
	}
	if got := r.ready(); got.Source != "replica" || got.LagSeconds <= 0 || got.MaxLagSeconds != store.DefaultMaxLag.Seconds() {
		t.Errorf("/readyz readReplica = %+v, want the replica, behind", got)
	}
	defer telemetry.RegisterReplica(func() (float64, bool, bool) {
		s := a.db.Replica.Staleness()
		return s.Lag.Seconds(), !s.AsOf.IsZero(), s.Replica
	})()
	if got := scrape(t)["yuanbahui_read_replica_in_use"]; got != 1 {
		t.Errorf("yuanbahui_read_replica_in_use = %v, want 1", got)
	}

	// A minute later the paused replica is past the 30 s bound: reads go to
	// the primary, which has the village.
	r.skew.Add(int64(time.Minute))
	if err := a.db.Replica.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if e := r.export("villages.csv"); e.Header().Get("X-Read-Source") != "primary" || e.Header().Get("X-Total-Count") != "1" {
		t.Fatalf("export of villages past the bound: %v\n%s", e.Header(), e.Body)
	}
	if src := r.statsSource(); src != "primary" {
		t.Fatalf("stats past the bound read from %q, want the primary", src)
	}
	if got := r.ready(); got.Source != "primary" || got.LagSeconds < 60 {
		t.Errorf("/readyz readReplica past the bound = %+v", got)
	}
	if got := scrape(t)["yuanbahui_read_replica_in_use"]; got != 0 {
		t.Errorf("yuanbahui_read_replica_in_use past the bound = %v, want 0", got)
	}
	if got := scrape(t)["yuanbahui_read_replica_lag_seconds"]; got < 60 {
		t.Errorf("yuanbahui_read_replica_lag_seconds past the bound = %v", got)
	}

	// Replay resumed: once caught up, reads return to the replica.
	r.exec(r.replica, `SELECT pg_wal_replay_resume()`)
	r.caughtUp()
	if e := r.export("villages.csv"); e.Header().Get("X-Read-Source") != "replica" || e.Header().Get("X-Total-Count") != "1" {
		t.Fatalf("export of villages from the caught-up replica: %v\n%s", e.Header(), e.Body)
	}

	// The replica down: reads go to the primary, and /readyz says why.
	r.cluster.StopReplica()
	if err := a.db.Replica.Refresh(context.Background()); err == nil {
		t.Fatal("measuring a stopped replica succeeded")
	}
	if e := r.export("villages.csv"); e.Code != http.StatusOK || e.Header().Get("X-Read-Source") != "primary" || e.Header().Get("X-Total-Count") != "1" {
		t.Fatalf("export with the replica down: %d %v\n%s", e.Code, e.Header(), e.Body)
	}
	if got := r.ready(); got.Source != "primary" || got.Error == "" {
		t.Errorf("/readyz readReplica with the replica down = %+v", got)
	}
}

// newReplicaAPI is the API over a migrated primary of the test's own with
// a streaming replica as its read replica, judged by a clock the test can
// move forward.
func newReplicaAPI(t *testing.T) *replicaAPI {
	t.Helper()
	c := testdb.StreamingReplica(t)
	r := &replicaAPI{cluster: c, skew: new(atomic.Int64)}
	clock := func() time.Time { return time.Now().Add(time.Duration(r.skew.Load())) }
	r.api = newAPIOn(t, func(opts ...store.Option) *store.DB {
		opts = append(opts, store.WithPools(store.DefaultPools),
			store.WithReadReplica(store.ReplicaOptions{URL: c.Replica, Now: clock}))
		db, err := store.Open(context.Background(), c.Primary, opts...)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if err := db.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		return db
	})
	for _, p := range []struct {
		db  **sql.DB
		url string
	}{{&r.replica, c.Replica}, {&r.primary, c.Primary}} {
		db, err := sql.Open("postgres", p.url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		*p.db = db
	}
	return r
}

// export GETs /export/{file} as the district administrator.
func (r *replicaAPI) export(file string) *httptest.ResponseRecorder {
	r.t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/export/"+file, nil)
	req.Header.Set("Authorization", "Bearer "+r.token)
	rec := httptest.NewRecorder()
	r.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		r.t.Fatalf("GET /export/%s: %d\n%s", file, rec.Code, rec.Body)
	}
	return rec
}

// statsSource runs a stats query and returns its extensions.readReplica.source.
func (r *replicaAPI) statsSource() string {
	r.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `{ stats(metrics: [TICKETS_SUBMITTED], groupBy: [TOWN]) { totalRows } }`})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+r.token)
	rec := httptest.NewRecorder()
	r.h.ServeHTTP(rec, req)
	var out struct {
		Errors     []gqlError
		Extensions struct {
			ReadReplica *struct {
				Source     string
				AsOf       string
				LagSeconds float64
			}
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || len(out.Errors) > 0 || out.Extensions.ReadReplica == nil {
		r.t.Fatalf("stats: %d %v\n%s", rec.Code, err, rec.Body)
	}
	return out.Extensions.ReadReplica.Source
}

// readyReport is /readyz's readReplica.
type readyReport struct {
	Source        string
	AsOf          string
	LagSeconds    float64
	MaxLagSeconds float64
	Error         string
}

// ready GETs /readyz and returns its readReplica.
func (r *replicaAPI) ready() readyReport {
	r.t.Helper()
	rec := httptest.NewRecorder()
	r.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var out struct{ ReadReplica *readyReport }
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || rec.Code != http.StatusOK || out.ReadReplica == nil {
		r.t.Fatalf("/readyz: %d %v\n%s", rec.Code, err, rec.Body)
	}
	return *out.ReadReplica
}

// caughtUp waits until the replica has replayed everything the primary
// wrote and the server has measured so.
func (r *replicaAPI) caughtUp() {
	r.t.Helper()
	var lsn string
	if err := r.primary.QueryRow(`SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err != nil {
		r.t.Fatal(err)
	}
	r.until("the replica catches up", func() bool {
		var done bool
		err := r.replica.QueryRow(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn`, lsn).Scan(&done)
		return err == nil && done && r.db.Replica.Refresh(context.Background()) == nil && r.db.Replica.Staleness().Replica
	})
}

// readsReplica runs do and checks that it read one of tables on the
// replica: the replica's own statistics of scans of them grow (the
// primary's are its own; the server's lag measurements scan no table).
// Statistics reach pg_stat_user_tables within a second or so of the scan,
// hence the wait.
func (r *replicaAPI) readsReplica(do func(), tables ...string) {
	r.t.Helper()
	scans := func() int64 {
		var n int64
		if err := r.replica.QueryRow(`SELECT COALESCE(sum(COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0)), 0) FROM pg_stat_user_tables WHERE relname = ANY($1)`, pq.Array(tables)).Scan(&n); err != nil {
			r.t.Fatal(err)
		}
		return n
	}
	before := scans()
	do()
	r.until(fmt.Sprintf("the replica's statistics show a scan of %v", tables), func() bool { return scans() > before })
}

// count counts the rows of table on db.
func (r *replicaAPI) count(db *sql.DB, table string) int {
	r.t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		r.t.Fatal(err)
	}
	return n
}

func (r *replicaAPI) exec(db *sql.DB, q string) {
	r.t.Helper()
	if _, err := db.Exec(q); err != nil {
		r.t.Fatalf("%s: %v", q, err)
	}
}

// until polls ok until it holds, failing the test after a minute.
func (r *replicaAPI) until(what string, ok func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !ok() {
		if time.Now().After(deadline) {
			r.t.Fatalf("%s: not within a minute", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
