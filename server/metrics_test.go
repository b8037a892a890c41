package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"yuanbahui/internal/fixture"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
)

// scrape GETs the metrics as Prometheus would and returns the samples by
// series (name{labels}).
func scrape(t *testing.T) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	telemetry.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /metrics: %d", rec.Code)
	}
	body, _ := io.ReadAll(rec.Body)
	samples := map[string]float64{}
	line := regexp.MustCompile(`^(\w+(?:\{[^}]*\})?) (\S+)$`)
	for _, l := range strings.Split(string(body), "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			v, err := strconv.ParseFloat(m[2], 64)
			if err != nil {
				t.Fatalf("sample %q: %v", l, err)
			}
			samples[m[1]] = v
		}
	}
	return samples
}

func TestMetricsAfterAFewRequests(t *testing.T) {
	a := newAPI(t)
	defer telemetry.RegisterPools(a.db.SQLPools())()
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 2, CourtyardsPerVillage: 1}); err != nil {
		t.Fatal(err)
	}
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	before := scrape(t)

	// A query, twice: the second finds the token's viewer in the cache.
	for range 2 {
		if r := post(t, a.h, a.token, `query MetricsVillages { villages(first: 5) { totalCount } }`, nil); r.code() != "" {
			t.Fatalf("query: %+v", r)
		}
	}
	// A query dearer than one operation may be, refused before it runs.
	if r := post(t, a.h, a.token, "query MetricsTooDear "+aliases50, nil); r.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Fatalf("50 aliases: %+v", r)
	}
	// A mutation refused: anonymously, and by the workflow's rule.
	addTopic := `mutation MetricsAddTopic($code: String!) { addLectureTopic(input: {code: $code, name: "文明实践"}) { userErrors { code } } }`
	if r := post(t, a.h, "", addTopic, map[string]any{"code": "CIVILISATION"}); r.code() != "" {
		t.Fatalf("an anonymous mutation is refused as userErrors, got %+v", r)
	}
	if r := post(t, a.h, a.token, addTopic, map[string]any{"code": "civ"}); r.code() != "" {
		t.Fatalf("a lower-case code is refused as userErrors, got %+v", r)
	}
	// A failed login.
	if r := post(t, a.h, "", `mutation MetricsLogin { login(input: {username: "admin", password: "wrong-password"}) { token } }`, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("a wrong password: %+v", r)
	}
	// An export of the two villages.
	req := httptest.NewRequest(http.MethodGet, "/export/villages.csv", nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("export: %d %s", rec.Code, rec.Body)
	}

	after := scrape(t)
	for k := range after {
		if strings.Contains(k, `operation="Rows"`) || strings.Contains(k, `operation="Count"`) {
			t.Errorf("an export's inner operations are counted as requests: %s", k)
		}
	}
	grew := func(series string, by float64) {
		t.Helper()
		if got := after[series] - before[series]; got != by {
			t.Errorf("%s grew by %v, want %v", series, got, by)
		}
	}
	grew(`yuanbahui_graphql_requests_total{code="OK",operation="MetricsVillages"}`, 2)
	grew(`yuanbahui_graphql_request_duration_seconds_count{operation="MetricsVillages"}`, 2)
	grew(`yuanbahui_graphql_requests_total{code="COMPLEXITY_LIMIT_EXCEEDED",operation="MetricsTooDear"}`, 1)
	grew(`yuanbahui_graphql_requests_total{code="OK",operation="MetricsAddTopic"}`, 2)
	grew(`yuanbahui_workflow_steps_total{kind="addLectureTopic",outcome="FORBIDDEN"}`, 1)
	grew(`yuanbahui_graphql_requests_total{code="UNAUTHENTICATED",operation="MetricsLogin"}`, 1)
	grew(`yuanbahui_cost_refused_total{code="COMPLEXITY_LIMIT_EXCEEDED"}`, 1)
	grew(`yuanbahui_workflow_steps_total{kind="addLectureTopic",outcome="BAD_USER_INPUT"}`, 1)
	grew(`yuanbahui_login_failures_total{reason="bad_credentials"}`, 1)
	grew(`yuanbahui_export_rows_total{export="villages",format="csv"}`, 2)
	if after[`yuanbahui_cost_points_spent_total`] <= before[`yuanbahui_cost_points_spent_total`] {
		t.Errorf("no cost spent")
	}
	if after[`yuanbahui_cost_points_refused_total{code="COMPLEXITY_LIMIT_EXCEEDED"}`] <= before[`yuanbahui_cost_points_refused_total{code="COMPLEXITY_LIMIT_EXCEEDED"}`]+float64(100_000) {
		t.Errorf("the refused points are not counted")
	}
	if after[`yuanbahui_viewer_cache_lookups_total{result="hit"}`] <= before[`yuanbahui_viewer_cache_lookups_total{result="hit"}`] {
		t.Errorf("no viewer cache hit counted")
	}
	for _, series := range []string{`go_goroutines`, `process_resident_memory_bytes`, `go_sql_max_open_connections{db_name="main"}`, `go_sql_open_connections{db_name="main"}`} {
		if _, ok := after[series]; !ok {
			t.Errorf("no %s", series)
		}
	}
}
