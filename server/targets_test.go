package server_test

import (
	"bytes"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"yuanbahui/ent"
	"yuanbahui/ent/metrictarget"
)

// targetMatrix is the answer of the target matrix's query.
type targetMatrix struct {
	TargetMatrix struct {
		Area    struct{ ID, Code, Name string }
		Level   string
		Columns []struct {
			Metric string
			Target float64
		}
		Rows  []targetRow
		Total targetRow
	}
}

// targetRow is one row of a matrix.
type targetRow struct {
	Area  struct{ ID, Code, Name string }
	Cells []struct {
		Metric               string
		Value, Ytd, LastYear *float64
		Change               *float64
		Status, YtdStatus    string
		Target               float64
	}
}

const targetMatrixQuery = `query($area: ID, $period: String!) { targetMatrix(area: $area, period: $period) {
  area { id code name } level columns { metric target }
  rows { area { id code name } cells { metric value ytd lastYear change status ytdStatus target } }
  total { area { id code name } cells { metric value ytd lastYear change status ytdStatus target } } } }`

// statsRows is a stats answer: per key id (or "" ungrouped) the values.
func statsRows(t *testing.T, a interface {
	query(string, map[string]any, any)
}, metrics []string, where string, groupBy string) map[string][]*float64 {
	t.Helper()
	var out struct {
		Stats struct {
			Rows []struct {
				Keys   []struct{ ID string }
				Values []*float64
			}
		}
	}
	a.query(fmt.Sprintf(`{ stats(metrics: [%s], where: %s%s, first: 10000) { rows { keys { id } values } } }`,
		strings.Join(metrics, ", "), where, groupBy), nil, &out)
	m := map[string][]*float64{}
	for _, r := range out.Stats.Rows {
		id := ""
		if len(r.Keys) > 0 {
			id = r.Keys[0].ID
		}
		m[id] = r.Values
	}
	return m
}

func same(a, b *float64) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

// TestTargetMatrixAgreesWithStats: every cell of the matrix (the period's
// value, the year to date, a year earlier) is what `stats` says for the same
// window and area, grouped by TOWN (the district) or VILLAGE (a town); the
// totals row is the ungrouped stats; the seed's targets are the columns; a
// town official gets only its own town's villages, and in the district's
// matrix only its own town.
func TestTargetMatrixAgreesWithStats(t *testing.T) {
	w := newWorld(t)
	check := func(role string, area *string, level string) targetMatrix {
		t.Helper()
		var m targetMatrix
		vars := map[string]any{"period": "2026Q2"}
		if area != nil {
			vars["area"] = *area
		}
		w.as(role).query(targetMatrixQuery, vars, &m)
		tm := m.TargetMatrix
		if tm.Level != level || len(tm.Columns) == 0 {
			t.Fatalf("%s: level %s, %d columns", role, tm.Level, len(tm.Columns))
		}
		var names []string
		for _, c := range tm.Columns {
			names = append(names, c.Metric)
		}
		areaArg := fmt.Sprintf(`area: "%s", `, tm.Area.ID)
		windows := []string{`{` + areaArg + `period: "2026Q2"}`, `{` + areaArg + `from: "2026-01-01T00:00:00+08:00", to: "2026-07-01T00:00:00+08:00"}`, `{` + areaArg + `period: "2025Q2"}`}
		for wi, where := range windows {
			grouped := statsRows(t, w.as(role), names, where, ", groupBy: ["+level+"]")
			total := statsRows(t, w.as(role), names, where, "")[""]
			pick := func(r targetRow, i int) *float64 {
				return [](*float64){r.Cells[i].Value, r.Cells[i].Ytd, r.Cells[i].LastYear}[wi]
			}
			for _, r := range tm.Rows {
				want, ok := grouped[r.Area.ID]
				for i := range tm.Columns {
					var wv *float64
					if ok {
						wv = want[i]
					}
					if !same(pick(r, i), wv) {
						t.Errorf("%s window %d %s %s: matrix %v, stats %v", role, wi, r.Area.Name, names[i], pick(r, i), wv)
					}
				}
			}
			if len(grouped) > len(tm.Rows) {
				t.Errorf("%s window %d: stats has %d rows, the matrix %d", role, wi, len(grouped), len(tm.Rows))
			}
			for i := range tm.Columns {
				if !same(pick(tm.Total, i), total[i]) {
					t.Errorf("%s window %d total %s: matrix %v, stats %v", role, wi, names[i], pick(tm.Total, i), total[i])
				}
			}
		}
		return m
	}
	admin := check("admin", nil, "TOWN")
	if len(admin.TargetMatrix.Rows) < 2 {
		t.Errorf("the district's matrix has %d towns, want both", len(admin.TargetMatrix.Rows))
	}
	var cols []string
	for _, c := range admin.TargetMatrix.Columns {
		cols = append(cols, c.Metric)
	}
	for _, want := range []string{"TICKETS_ON_TIME_SHARE", "TICKET_SATISFACTION", "THEME_COVERAGE", "TICKETS_OVERDUE"} {
		if !slices.Contains(cols, want) {
			t.Errorf("the seed's target for %s is not a column: %v", want, cols)
		}
	}
	// Scope: the second town's official, by default its town's villages.
	town2 := check("town2", nil, "VILLAGE")
	villages := w.a.db.Client.Village.Query().IDsX(ctx())
	for _, r := range town2.TargetMatrix.Rows {
		id, err := ent.DecodeGlobalID(r.Area.ID)
		if err != nil || !slices.Contains(villages, id) || w.a.db.Client.Village.GetX(ctx(), id).TownID != w.town2.ID {
			t.Errorf("the second town's official sees village %s (%s) of another town", r.Area.Name, r.Area.ID)
		}
	}
	district := gid(w.town1.DistrictID)
	inDistrict := check("town2", &district, "TOWN")
	for _, r := range inDistrict.TargetMatrix.Rows {
		if r.Area.Name != w.town2.Name {
			t.Errorf("the second town's official sees %s in the district's matrix", r.Area.Name)
		}
	}
	// Another town's villages: no rows.
	other := gid(w.town1.ID)
	var outside targetMatrix
	w.as("town2").query(targetMatrixQuery, map[string]any{"area": other, "period": "2026Q2"}, &outside)
	if n := len(outside.TargetMatrix.Rows); n != 0 {
		t.Errorf("the second town's official sees %d villages of the first town", n)
	}
}

// TestSetMetricTargets: only a district administrator of that district
// writes the targets, every account reads them; a metric of polarity
// NEITHER, an unknown metric, a share above 1 or a metric given twice is
// refused and changes nothing; a valid set replaces the targets and moves
// a light.
func TestSetMetricTargets(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	d := c.District.Query().OnlyX(ctx())
	stored := func() map[string]float64 {
		m := map[string]float64{}
		for _, mt := range c.MetricTarget.Query().Where(metrictarget.DistrictID(d.ID)).AllX(ctx()) {
			m[mt.Metric] = mt.Target
		}
		return m
	}
	before := stored()
	if before["TICKETS_ON_TIME_SHARE"] != 0.95 || before["THEME_COVERAGE"] != 1 {
		t.Fatalf("seed targets: %v", before)
	}
	const setQuery = `mutation($in: SetMetricTargetsInput!) { setMetricTargets(input: $in) { district { id } userErrors { field message code } } }`
	set := func(role string, targets ...map[string]any) []userError {
		in := map[string]any{"in": map[string]any{"district": gid(d.ID), "targets": targets}}
		if role != "admin" {
			// Another role is refused by the targets' privacy policy: FORBIDDEN.
			code, _ := w.as(role).errorCode(setQuery, in)
			return []userError{{Code: code}}
		}
		var out struct {
			SetMetricTargets struct {
				District   *struct{ ID string }
				UserErrors []userError
			}
		}
		w.as(role).query(setQuery, in, &out)
		return out.SetMetricTargets.UserErrors
	}
	tgt := func(metric string, v any) map[string]any { return map[string]any{"metric": metric, "target": v} }
	for _, tc := range []struct {
		role string
		in   []map[string]any
		code string
	}{
		{"town", []map[string]any{tgt("TICKETS_ON_TIME_SHARE", 0.5)}, "FORBIDDEN"},
		{"analyst", []map[string]any{tgt("TICKETS_ON_TIME_SHARE", 0.5)}, "FORBIDDEN"},
		{"admin", []map[string]any{tgt("TICKETS_ON_TIME_SHARE", 0.5), tgt("COURTYARDS", 10)}, "BAD_USER_INPUT"},
		{"admin", []map[string]any{tgt("NO_SUCH_METRIC", 1)}, "BAD_USER_INPUT"},
		{"admin", []map[string]any{tgt("TICKET_SATISFACTION", 1.5)}, "BAD_USER_INPUT"},
		{"admin", []map[string]any{tgt("TICKET_SATISFACTION", 0.8), tgt("TICKET_SATISFACTION", 0.9)}, "BAD_USER_INPUT"},
	} {
		ue := set(tc.role, tc.in...)
		if len(ue) == 0 || ue[0].Code != tc.code {
			t.Errorf("%s %v: %+v, want %s", tc.role, tc.in, ue, tc.code)
		}
		if got := stored(); !mapsEqual(got, before) {
			t.Errorf("%s %v changed the targets: %v", tc.role, tc.in, got)
		}
	}
	// Every account of the district reads them.
	var read struct {
		Node struct{ MetricTargets []struct{ Metric string } }
	}
	w.as("town2").query(`query($id: ID!) { node(id: $id) { ... on District { metricTargets { metric } } } }`, map[string]any{"id": gid(d.ID)}, &read)
	if len(read.Node.MetricTargets) != len(before) {
		t.Errorf("a town official reads %d targets, want %d", len(read.Node.MetricTargets), len(before))
	}
	// A light moves with its target: an unreachable on-time target is RED.
	light := func() string {
		var m targetMatrix
		w.as("admin").query(targetMatrixQuery, map[string]any{"period": "2026Q2"}, &m)
		for i, col := range m.TargetMatrix.Columns {
			if col.Metric == "TICKETS_ON_TIME_SHARE" {
				return m.TargetMatrix.Total.Cells[i].Status
			}
		}
		return "absent"
	}
	if ue := set("admin", tgt("TICKETS_ON_TIME_SHARE", 0), tgt("TICKETS_OVERDUE", nil)); len(ue) != 0 {
		t.Fatalf("valid targets refused: %+v", ue)
	}
	if got := stored(); len(got) != 1 || got["TICKETS_ON_TIME_SHARE"] != 0 {
		t.Errorf("targets after replacing: %v", got)
	}
	if got := light(); got != "GREEN" {
		t.Errorf("on-time share against ≥ 0: %s, want GREEN", got)
	}
	if ue := set("admin", tgt("TICKETS_ON_TIME_SHARE", 1)); len(ue) != 0 {
		t.Fatalf("target 1 refused: %+v", ue)
	}
	if got := light(); got != "RED" && got != "AMBER" && got != "GREEN" {
		t.Errorf("on-time share against ≥ 1: %s", got)
	}
}

// TestSetMetricTargetsConcurrently: two administrators save different sets
// of targets at the same moment, several times: each save succeeds (or is
// refused with a typed, retryable error, never an internal one), and the
// targets are then exactly one of the two sets, never a mixture or a set
// with a metric twice.
func TestSetMetricTargetsConcurrently(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	d := c.District.Query().OnlyX(ctx())
	sets := []map[string]float64{
		{"TICKETS_ON_TIME_SHARE": 0.9, "TICKET_SATISFACTION": 0.8},
		{"TICKETS_ON_TIME_SHARE": 0.7, "TICKETS_OVERDUE": 3, "THEME_COVERAGE": 1},
	}
	for round := range 6 {
		var wg sync.WaitGroup
		outcomes := make([]outcome, len(sets))
		for i, set := range sets {
			var targets []map[string]any
			for m, v := range set {
				targets = append(targets, map[string]any{"metric": m, "target": v})
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				outcomes[i] = call(t, w.a.h, w.tokens["admin"], "setMetricTargets",
					map[string]any{"district": gid(d.ID), "targets": targets}, "district { id }")
			}()
		}
		wg.Wait()
		for i, o := range outcomes {
			if o.errorCode != "" || len(o.userErrors) > 0 {
				t.Errorf("round %d, set %d: refused %s %+v", round, i, o.errorCode, o.userErrors)
			}
		}
		got := map[string]float64{}
		for _, mt := range c.MetricTarget.Query().Where(metrictarget.DistrictID(d.ID)).AllX(ctx()) {
			if _, twice := got[mt.Metric]; twice {
				t.Fatalf("round %d: %s stored twice", round, mt.Metric)
			}
			got[mt.Metric] = mt.Target
		}
		if !mapsEqual(got, sets[0]) && !mapsEqual(got, sets[1]) {
			t.Fatalf("round %d: targets %v are neither set", round, got)
		}
	}
}

func mapsEqual(a, b map[string]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			return false
		}
	}
	return true
}

// TestTargetsExportAgreesWithQuery: the target matrix's CSV and XLSX
// exports hold the query's numbers, a row per town and the totals last,
// with the lights in Chinese.
func TestTargetsExportAgreesWithQuery(t *testing.T) {
	w := newExportWorld(t)
	var m targetMatrix
	w.as("admin").query(targetMatrixQuery, map[string]any{"period": "2026Q2"}, &m)
	tm := m.TargetMatrix
	want := append(append([]targetRow{}, tm.Rows...), tm.Total)
	zh := map[string]string{"GREEN": "达标", "AMBER": "接近", "RED": "未达标", "NONE": "无数据"}
	num := func(v *float64) string {
		if v == nil {
			return ""
		}
		return strconv.FormatFloat(*v, 'f', -1, 64)
	}
	check := func(format string, rows [][]string) {
		if len(rows) != len(want)+1 {
			t.Fatalf("%s: %d rows, want %d and a header", format, len(rows), len(want))
		}
		if n := 2 + 7*len(tm.Columns); len(rows[0]) != n {
			t.Errorf("%s: %d columns, want %d: %v", format, len(rows[0]), n, rows[0])
		}
		for i, r := range want {
			got := rows[i+1]
			if got[0] != r.Area.Name || got[1] != r.Area.Code {
				t.Errorf("%s row %d: %v, want %s %s", format, i, got[:2], r.Area.Name, r.Area.Code)
			}
			for j, c := range r.Cells {
				at := 2 + 7*j
				exp := []string{num(c.Value), zh[c.Status], num(c.Ytd), zh[c.YtdStatus], num(c.LastYear), num(c.Change), num(&c.Target)}
				for k, e := range exp {
					if g := got[at+k]; g != e {
						if gf, err1 := strconv.ParseFloat(g, 64); err1 == nil {
							if ef, err2 := strconv.ParseFloat(e, 64); err2 == nil && math.Abs(gf-ef) < 1e-9 {
								continue
							}
						}
						t.Errorf("%s %s %s column %d: %q, the query %q", format, r.Area.Name, tm.Columns[j].Metric, k, g, e)
					}
				}
			}
		}
	}
	where := `{"period":"2026Q2"}`
	check("CSV", csvRows(t, w.export(t, "admin", "targets.csv", where, "")))
	x := w.export(t, "admin", "targets.xlsx", where, "")
	if x.status != http.StatusOK {
		t.Fatalf("xlsx: %d %s", x.status, x.body)
	}
	f, err := excelize.OpenReader(bytes.NewReader(x.body))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for len(rows[i]) < len(rows[0]) {
			rows[i] = append(rows[i], "")
		}
	}
	check("XLSX", rows)
}
