package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// shows tells whether data shows something: a number other than zero
// somewhere in it (a count, a row's figure).
func shows(v any) bool {
	switch v := v.(type) {
	case float64:
		return v != 0
	case map[string]any:
		for _, e := range v {
			if shows(e) {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if shows(e) {
				return true
			}
		}
	}
	return false
}

// examplesAsOf anchors the examples' seeded town on a date before today: its
// records end on 2024-06-30, and the examples must still open on data.
var examplesAsOf = time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)

// TestGraphiQLExamples runs every example query of GraphiQL's tabs
// (server/graphiql/examples.graphql) as an analyst against a seeded town
// whose records end on 2024-06-30, with the variables the explorer gets
// from /graphiql/examples.json: their periods are those of the latest data
// (2024Q2 …), not today's, and each example answers without errors and
// with data. /graphiql leads to the explorer.
func TestGraphiQLExamples(t *testing.T) {
	examples, err := server.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) < 8 {
		t.Fatalf("%d examples", len(examples))
	}
	a := newSeededAPI(t, seed.Options{Scale: "town", Seed: 7, AsOf: examplesAsOf})
	a.token = a.loginAs("analyst", viewer.Analyst, "500154", nil)

	// The explorer loads them as GraphiQL's default tabs from
	// /graphiql/examples.json, the same queries in the same order, their
	// periods filled from the data the account sees.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/graphiql/examples.json", nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	a.h.ServeHTTP(rec, req)
	var set server.ExampleSet
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") || json.Unmarshal(rec.Body.Bytes(), &set) != nil {
		t.Fatalf("/graphiql/examples.json: %d %q %.200s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if set.Version == "" || len(set.Examples) != len(examples) {
		t.Fatalf("/graphiql/examples.json: version %q, %d examples, want %d", set.Version, len(set.Examples), len(examples))
	}
	for i, ex := range set.Examples {
		want := examples[i]
		want.Variables = server.ExampleVariables(want.Variables, latestInstant(t, a))
		if ex != want || ex.Title == "" || ex.Name == "" {
			t.Errorf("served example %d: %+v, want %+v with a title", i, ex, want)
		}
		if strings.Contains(ex.Variables, "{{") || strings.Contains(ex.Variables, "2026") {
			t.Errorf("served example %s has variables %s, not the latest data's", ex.Name, ex.Variables)
		}
	}
	if !strings.Contains(set.Examples[0].Variables, `"2024Q2"`) {
		t.Errorf("the first example's period: %s, want 2024Q2", set.Examples[0].Variables)
	}

	for _, ex := range set.Examples {
		t.Run(ex.Name, func(t *testing.T) {
			if !strings.HasPrefix(ex.Query, "#") {
				t.Errorf("example %s has no comment saying what it answers", ex.Name)
			}
			var vars map[string]any
			if ex.Variables != "" {
				if err := json.Unmarshal([]byte(ex.Variables), &vars); err != nil {
					t.Fatalf("variables: %v", err)
				}
			}
			a.t = t
			r := a.do(ex.Query, vars)
			if len(r.Errors) > 0 || r.Status != http.StatusOK {
				t.Fatalf("status %d, errors %+v", r.Status, r.Errors)
			}
			var data any
			_ = json.Unmarshal(r.Data, &data)
			if !shows(data) {
				t.Errorf("the seeded town gives the example nothing to show: %s", r.Data)
			}
		})
	}
	a.t = t

	// /graphiql, the address the server prints, opens the SPA's explorer.
	rec = httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != server.ExplorerRoute {
		t.Errorf("/graphiql: %d to %q, want a redirect to %s", rec.Code, rec.Header().Get("Location"), server.ExplorerRoute)
	}
}

// latestInstant is the latest instant of the account's records, as dataRange tells.
func latestInstant(t *testing.T, a *api) time.Time {
	t.Helper()
	r := a.do(`{ dataRange { to } }`, nil)
	var out struct {
		DataRange struct{ To time.Time }
	}
	if len(r.Errors) > 0 || json.Unmarshal(r.Data, &out) != nil {
		t.Fatalf("dataRange: %+v %s", r.Errors, r.Data)
	}
	return out.DataRange.To
}

// TestDataRange: on records that end on 2024-06-30 (the seed's as-of), the
// span ends that day in Asia/Shanghai and its latest periods are 2024Q2,
// 2024H1, 2024-06 and 2024. A village cadre's span is its village's, within
// the district's and not the same (scoped like every read).
func TestDataRange(t *testing.T) {
	a := newSeededAPI(t, seed.Options{Scale: "town", Seed: 7, AsOf: examplesAsOf})
	a.token = a.loginAs("analyst", viewer.Analyst, "500154", nil)
	r := a.do(`{ dataRange { from to q: latestPeriod h: latestPeriod(bucket: HALF_YEAR) m: latestPeriod(bucket: MONTH) y: latestPeriod(bucket: YEAR) } }`, nil)
	var out struct {
		DataRange struct {
			From, To   *time.Time
			Q, H, M, Y *string
		}
	}
	if len(r.Errors) > 0 || json.Unmarshal(r.Data, &out) != nil {
		t.Fatalf("dataRange: %+v %s", r.Errors, r.Data)
	}
	d := out.DataRange
	if d.To == nil || d.From == nil || !d.From.Before(*d.To) {
		t.Fatalf("dataRange: %s", r.Data)
	}
	if day := d.To.In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly); day != "2024-06-30" {
		t.Errorf("dataRange.to = %s (%s in Shanghai), want 2024-06-30", d.To, day)
	}
	for got, want := range map[*string]string{d.Q: "2024Q2", d.H: "2024H1", d.M: "2024-06", d.Y: "2024"} {
		if got == nil || *got != want {
			t.Errorf("latestPeriod: %v, want %s (%s)", got, want, r.Data)
		}
	}

	var villages struct {
		Villages struct {
			Edges []struct{ Node struct{ Code string } }
		}
	}
	if err := json.Unmarshal(a.do(`{ villages(first: 1) { edges { node { code } } } }`, nil).Data, &villages); err != nil || len(villages.Villages.Edges) == 0 {
		t.Fatalf("villages: %v", err)
	}
	a.token = a.loginAs("cadre", viewer.VillageCadre, villages.Villages.Edges[0].Node.Code, nil)
	var mine struct{ DataRange struct{ From, To *time.Time } }
	if err := json.Unmarshal(a.do(`{ dataRange { from to } }`, nil).Data, &mine); err != nil {
		t.Fatal(err)
	}
	v := mine.DataRange
	if v.From == nil || v.To == nil || v.From.Before(*d.From) || v.To.After(*d.To) || (v.From.Equal(*d.From) && v.To.Equal(*d.To)) {
		t.Errorf("a village's span %v–%v, the district's %v–%v: want it within and not the same", v.From, v.To, d.From, d.To)
	}

	// overview without a period is the overview of the quarter dataRange
	// names for the same account (what the screens open on), figure for figure.
	const ov = `query($p: String) { overview(period: $p) { period previousPeriod asOf figures { metric value previous } } }`
	for _, who := range []struct {
		name string
		role viewer.Role
		area string
	}{{"analyst-default", viewer.Analyst, "500154"}, {"cadre-default", viewer.VillageCadre, villages.Villages.Edges[0].Node.Code}} {
		a.token = a.loginAs(who.name, who.role, who.area, nil)
		var q struct{ DataRange struct{ Q string } }
		if err := json.Unmarshal(a.do(`{ dataRange { q: latestPeriod } }`, nil).Data, &q); err != nil || q.DataRange.Q == "" {
			t.Fatalf("%s: latestPeriod: %v", who.name, err)
		}
		omitted, given := a.do(ov, nil), a.do(ov, map[string]any{"p": q.DataRange.Q})
		if len(omitted.Errors) > 0 || len(given.Errors) > 0 {
			t.Fatalf("%s: overview: %v %v", who.name, omitted.Errors, given.Errors)
		}
		var o struct{ Overview struct{ Period string } }
		if err := json.Unmarshal(omitted.Data, &o); err != nil || o.Overview.Period != q.DataRange.Q {
			t.Errorf("%s: overview without a period states %q, want dataRange's %q", who.name, o.Overview.Period, q.DataRange.Q)
		}
		if string(omitted.Data) != string(given.Data) {
			t.Errorf("%s: overview without a period\n%s\nwith %s\n%s", who.name, omitted.Data, q.DataRange.Q, given.Data)
		}
	}
}
