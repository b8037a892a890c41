package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"yuanbahui/internal/store"
)

// The nested lists of issue 7, served through the real handler and, in the
// same run, fetched with hand-written SQL (the same rows: the same limits,
// order and area predicate) and encoded to the same JSON. Each benchmark
// reports, for both, the time of one request alone (ms/req) and the
// throughput of 10 concurrent clients (req/s), and the ratio of the two
// throughputs (x-of-sql: how many times slower the API is than the hand-written
// SQL; the goal is at most 2). Beside them, the CPU time and the allocations of
// this process per request alone (api-cpu-ms/req, api-allocs/req...): on a
// machine shared with other work they are the steadier figures.

// clients is the number of concurrent clients of the throughput figures.
const clients = 10

// villagesQuery: 20 villages → 10 courtyards each → 10 role assignments each → the resident.
const villagesQuery = `{ villages(first: 20) { edges { node { name courtyards(first: 10) { edges { node { name
	roleAssignments(first: 10) { edges { node { role resident { name } } } } } } } } } } }`

// courtyardsQuery: 20 courtyards → 5 households each → 5 residents each, with counts.
const courtyardsQuery = `{ courtyards(first: 20) { edges { node { name households(first: 5) { totalCount edges { node {
	address residents(first: 5) { totalCount edges { node { name } } } } } } } } } }`

// BenchmarkNestedVillagesQuery: villages → courtyards → role assignments → resident.
func BenchmarkNestedVillagesQuery(b *testing.B) {
	db, h := setup(b)
	compare(b, func() []byte { return post(b, h, villagesQuery, nil) }, func() []byte { return villagesBySQL(b, db) })
}

// BenchmarkNestedCourtyardsQuery: courtyards → households → residents.
func BenchmarkNestedCourtyardsQuery(b *testing.B) {
	db, h := setup(b)
	compare(b, func() []byte { return post(b, h, courtyardsQuery, nil) }, func() []byte { return courtyardsBySQL(b, db) })
}

// compare checks that both ways give the same JSON, then times each: alone
// and with 10 concurrent clients.
func compare(b *testing.B, api, bySQL func() []byte) {
	b.Helper()
	if got, want := api(), bySQL(); !sameJSON(got, want) {
		b.Fatalf("the API and the hand-written SQL differ:\nAPI: %.600s\nSQL: %.600s", got, want)
	}
	const alone, together = 20, 200
	var apiAlone, sqlAlone, apiTogether, sqlTogether time.Duration
	var apiCost, sqlCost cost
	for b.Loop() {
		apiCost.add(measure(func() { apiAlone += timeRequests(alone, 1, api) }))
		sqlCost.add(measure(func() { sqlAlone += timeRequests(alone, 1, bySQL) }))
		apiTogether += timeRequests(together, clients, api)
		sqlTogether += timeRequests(together, clients, bySQL)
	}
	n := float64(b.N)
	perReq := func(d time.Duration, k int) float64 { return d.Seconds() * 1000 / n / float64(k) }
	perSec := func(d time.Duration) float64 { return n * together / d.Seconds() }
	b.ReportMetric(perReq(apiAlone, alone), "api-ms/req")
	b.ReportMetric(perReq(sqlAlone, alone), "sql-ms/req")
	b.ReportMetric(perSec(apiTogether), "api-req/s")
	b.ReportMetric(perSec(sqlTogether), "sql-req/s")
	b.ReportMetric(perSec(sqlTogether)/perSec(apiTogether), "x-of-sql")
	b.ReportMetric(perReq(apiCost.cpu, alone), "api-cpu-ms/req")
	b.ReportMetric(perReq(sqlCost.cpu, alone), "sql-cpu-ms/req")
	b.ReportMetric(float64(apiCost.allocs)/n/alone, "api-allocs/req")
	b.ReportMetric(float64(sqlCost.allocs)/n/alone, "sql-allocs/req")
}

// cost is what some requests took of this process: CPU time (all of its
// threads: handler, driver, GC) and heap allocations. Unlike wall time it
// hardly moves when other processes share the machine, and it leaves out
// the database server's own work.
type cost struct {
	cpu    time.Duration
	allocs uint64
}

func (c *cost) add(d cost) { c.cpu += d.cpu; c.allocs += d.allocs }

// measure returns the cost of f.
func measure(f func()) cost {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := processCPU()
	f()
	c1 := processCPU()
	runtime.ReadMemStats(&m1)
	return cost{cpu: c1 - c0, allocs: m1.Mallocs - m0.Mallocs}
}

// processCPU is the user and system CPU time of this process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// timeRequests runs n requests over k concurrent clients and returns the wall time.
func timeRequests(n, k int, do func() []byte) time.Duration {
	start := time.Now()
	var wg sync.WaitGroup
	work := make(chan struct{}, n)
	for range n {
		work <- struct{}{}
	}
	close(work)
	for range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range work {
				do()
			}
		}()
	}
	wg.Wait()
	return time.Since(start)
}

func sameJSON(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	p, _ := json.Marshal(x)
	q, _ := json.Marshal(y)
	return string(p) == string(q)
}

// The JSON shapes of the two queries.
type (
	named struct {
		Name string `json:"name"`
	}
	edge[T any] struct {
		Node T `json:"node"`
	}
	edges[T any] struct {
		TotalCount *int      `json:"totalCount,omitempty"`
		Edges      []edge[T] `json:"edges"`
	}
	assignmentJSON struct {
		Role     string `json:"role"`
		Resident named  `json:"resident"`
	}
	courtyardJSON struct {
		Name            string                `json:"name"`
		RoleAssignments edges[assignmentJSON] `json:"roleAssignments"`
	}
	villageJSON struct {
		Name       string                `json:"name"`
		Courtyards edges[*courtyardJSON] `json:"courtyards"`
	}
	householdJSON struct {
		Address   string       `json:"address"`
		Residents edges[named] `json:"residents"`
	}
	courtyardHouseholdsJSON struct {
		Name       string                `json:"name"`
		Households edges[*householdJSON] `json:"households"`
	}
)

func (e *edges[T]) add(node T) { e.Edges = append(e.Edges, edge[T]{node}) }

// noEdges is an empty connection, with its totalCount when counted.
func noEdges[T any](counted bool) edges[T] {
	e := edges[T]{Edges: []edge[T]{}}
	if counted {
		e.TotalCount = new(int)
	}
	return e
}

// response encodes data as a GraphQL response body.
func response(b *testing.B, field string, data any) []byte {
	out, err := json.Marshal(map[string]any{"data": map[string]any{field: data}})
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// districtTowns is the district administrator's area, as the API's access
// rules narrow every read to it.
var districtTowns struct {
	once sync.Once
	in   string
}

func townsIn(b *testing.B, db *store.DB) string {
	districtTowns.once.Do(func() {
		var ids []string
		rows, err := db.SQL.Query(`SELECT t.id FROM towns t JOIN districts d ON d.id = t.district_id WHERE d.code = '500154' ORDER BY t.id`)
		if err != nil {
			b.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int
			_ = rows.Scan(&id)
			ids = append(ids, fmt.Sprint(id))
		}
		districtTowns.in = "(" + strings.Join(ids, ",") + ")"
	})
	return districtTowns.in
}

// idList is "(1,2,3)" for an IN clause; the ids are the database's own integers.
func idList(ids []int) string {
	if len(ids) == 0 {
		return "(NULL)"
	}
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return "(" + strings.Join(s, ",") + ")"
}

// scan runs a query and calls row for each row.
func scan(b *testing.B, db *sql.DB, query string, row func(*sql.Rows) error) {
	rows, err := db.QueryContext(context.Background(), query)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			b.Fatal(err)
		}
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
}

// firstPerParent is the first `limit` rows per parent, in id order: what a
// nested connection's `first:` asks for.
func firstPerParent(cols, table, parent, where string, parents []int, limit int) string {
	return fmt.Sprintf(`SELECT %s FROM (SELECT %s, ROW_NUMBER() OVER (PARTITION BY %s ORDER BY id) AS rn FROM %s
		WHERE %s IN %s AND %s) t WHERE rn <= %d ORDER BY %s, id`, cols, cols, parent, table, parent, idList(parents), where, limit, parent)
}

// nodesByID scans the rows of query into nodes and returns their ids, in
// order, and the nodes by id.
func nodesByID[T any](b *testing.B, db *sql.DB, query string, node func(r *sql.Rows) (int, T, error)) ([]int, map[int]T) {
	var ids []int
	byID := map[int]T{}
	scan(b, db, query, func(r *sql.Rows) error {
		id, n, err := node(r)
		ids, byID[id] = append(ids, id), n
		return err
	})
	return ids, byID
}

func villagesBySQL(b *testing.B, db *store.DB) []byte {
	towns := townsIn(b, db)
	villages := noEdges[*villageJSON](false)
	villageIDs, byVillage := nodesByID(b, db.SQL, `SELECT id, name FROM villages WHERE town_id IN `+towns+` ORDER BY id LIMIT 20`, func(r *sql.Rows) (int, *villageJSON, error) {
		v := &villageJSON{Courtyards: noEdges[*courtyardJSON](false)}
		var id int
		err := r.Scan(&id, &v.Name)
		villages.add(v)
		return id, v, err
	})
	courtyardIDs, byCourtyard := nodesByID(b, db.SQL, firstPerParent("id, name, village_id", "courtyards", "village_id", "town_id IN "+towns, villageIDs, 10), func(r *sql.Rows) (int, *courtyardJSON, error) {
		c := &courtyardJSON{RoleAssignments: noEdges[assignmentJSON](false)}
		var id, village int
		err := r.Scan(&id, &c.Name, &village)
		byVillage[village].Courtyards.add(c)
		return id, c, err
	})
	type assignment struct {
		courtyard, resident int
		role                string
	}
	var as []assignment
	var residentIDs []int
	scan(b, db.SQL, firstPerParent("id, role, courtyard_id, resident_id", "role_assignments", "courtyard_id", "town_id IN "+towns, courtyardIDs, 10), func(r *sql.Rows) error {
		var a assignment
		var id int
		err := r.Scan(&id, &a.role, &a.courtyard, &a.resident)
		as, residentIDs = append(as, a), append(residentIDs, a.resident)
		return err
	})
	residents := map[int]string{}
	scan(b, db.SQL, `SELECT id, name FROM residents WHERE id IN `+idList(residentIDs), func(r *sql.Rows) error {
		var id int
		var name string
		err := r.Scan(&id, &name)
		residents[id] = name
		return err
	})
	for _, a := range as {
		byCourtyard[a.courtyard].RoleAssignments.add(assignmentJSON{Role: a.role, Resident: named{residents[a.resident]}})
	}
	return response(b, "villages", villages)
}

// counts is the number of rows per parent.
func counts(b *testing.B, db *sql.DB, table, parent, where string, parents []int) map[int]int {
	n := map[int]int{}
	scan(b, db, fmt.Sprintf(`SELECT %s, COUNT(*) FROM %s WHERE %s IN %s AND %s GROUP BY %s`, parent, table, parent, idList(parents), where, parent), func(r *sql.Rows) error {
		var id, c int
		err := r.Scan(&id, &c)
		n[id] = c
		return err
	})
	return n
}

func courtyardsBySQL(b *testing.B, db *store.DB) []byte {
	towns := townsIn(b, db)
	courtyards := noEdges[*courtyardHouseholdsJSON](false)
	courtyardIDs, byCourtyard := nodesByID(b, db.SQL, `SELECT id, name FROM courtyards WHERE town_id IN `+towns+` ORDER BY id LIMIT 20`, func(r *sql.Rows) (int, *courtyardHouseholdsJSON, error) {
		c := &courtyardHouseholdsJSON{Households: noEdges[*householdJSON](true)}
		var id int
		err := r.Scan(&id, &c.Name)
		courtyards.add(c)
		return id, c, err
	})
	householdIDs, byHousehold := nodesByID(b, db.SQL, firstPerParent("id, address, courtyard_id", "households", "courtyard_id", "town_id IN "+towns, courtyardIDs, 5), func(r *sql.Rows) (int, *householdJSON, error) {
		h := &householdJSON{Residents: noEdges[named](true)}
		var id, courtyard int
		err := r.Scan(&id, &h.Address, &courtyard)
		byCourtyard[courtyard].Households.add(h)
		return id, h, err
	})
	for id, n := range counts(b, db.SQL, "households", "courtyard_id", "town_id IN "+towns, courtyardIDs) {
		*byCourtyard[id].Households.TotalCount = n
	}
	scan(b, db.SQL, firstPerParent("id, name, household_id", "residents", "household_id", "TRUE", householdIDs, 5), func(r *sql.Rows) error {
		var id, household int
		var name string
		err := r.Scan(&id, &name, &household)
		byHousehold[household].Residents.add(named{name})
		return err
	})
	for id, n := range counts(b, db.SQL, "residents", "household_id", "TRUE", householdIDs) {
		*byHousehold[id].Residents.TotalCount = n
	}
	return response(b, "courtyards", courtyards)
}
