package server_test

import (
	"strings"
	"testing"

	"yuanbahui/ent"
)

// TestAnalyticsThroughTheAPI: stats, overview, ranking, gaps, the metric
// catalogue and the enum labels answer through /query, scoped like the
// rows: the second town's official counts its one ticket and nothing of the
// first town; an analyst sees officers' names masked; a bad period is
// BAD_USER_INPUT.
func TestAnalyticsThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	type stats struct {
		Stats struct {
			TotalRows int
			Rows      []struct {
				Keys []struct {
					ID, Code, Name string
					ParentName     *string
				}
				Values []*float64
			}
		}
	}
	const q = `{ stats(metrics: [TICKETS_SUBMITTED], groupBy: [TOWN]) { totalRows rows { keys { id code name parentName } values } } }`
	var own, all stats
	w.as("town2").query(q, nil, &own)
	w.as("admin").query(q, nil, &all)
	if own.Stats.TotalRows != 1 || own.Stats.Rows[0].Keys[0].Code != w.town2.Code || *own.Stats.Rows[0].Values[0] != 1 {
		t.Fatalf("town 2's official: %+v", own.Stats)
	}
	if all.Stats.TotalRows != 2 || *all.Stats.Rows[0].Keys[0].ParentName != "开州区" {
		t.Fatalf("the district: %+v", all.Stats)
	}
	var town1 float64
	for _, r := range all.Stats.Rows {
		if r.Keys[0].ID == ent.EncodeGlobalID(w.town1.ID) {
			town1 = *r.Values[0]
		}
	}
	var first stats
	w.as("town").query(q, nil, &first)
	if first.Stats.TotalRows != 1 || *first.Stats.Rows[0].Values[0] != town1 || town1 < 10 {
		t.Fatalf("town 1's official: %+v, the district says %v", first.Stats, town1)
	}

	var ov struct {
		Overview struct {
			Period, PreviousPeriod string
			Figures                []struct {
				Metric, Better  string
				Value, Previous *float64
			}
		}
	}
	w.as("town").query(`{ overview(period: "2026Q2") { period previousPeriod figures { metric value previous better } } }`, nil, &ov)
	if ov.Overview.PreviousPeriod != "2026Q1" || len(ov.Overview.Figures) < 10 {
		t.Fatalf("overview: %+v", ov.Overview)
	}
	for _, f := range ov.Overview.Figures {
		if want := map[string]string{"TICKETS_OVERDUE": "DOWN", "TICKETS_COMPLETED": "UP"}[f.Metric]; want != "" && f.Better != want {
			t.Errorf("overview %s: better %q, want %q", f.Metric, f.Better, want)
		}
	}

	var rk struct {
		Ranking []struct {
			Rank    int
			Subject struct{ Code, Name string }
			Value   *float64
		}
	}
	w.as("analyst").query(`{ ranking(metric: OFFICER_SCORE, level: OFFICER, bottom: true, first: 3) { rank subject { code name } value } }`, nil, &rk)
	for _, e := range rk.Ranking {
		if !strings.Contains(e.Subject.Name, "*") {
			t.Errorf("an analyst sees the officer's name %q", e.Subject.Name)
		}
	}

	var gaps struct {
		Gaps struct {
			TotalCount int
			Items      []struct{ Place struct{ Code string } }
		}
	}
	w.as("town2").query(`{ gaps(kind: TICKET_OVERDUE) { totalCount items { place { code } } } }`, nil, &gaps)
	for _, g := range gaps.Gaps.Items {
		if !strings.HasPrefix(g.Place.Code, w.town2.Code) {
			t.Errorf("town 2's official sees an overdue ticket in %s", g.Place.Code)
		}
	}

	var cat struct {
		Metrics []struct {
			Metric, Label, SQL string
			Filters            []string
		}
		EnumLabels []struct {
			Type   string
			Values []struct{ Value, Label string }
		}
	}
	w.as("analyst").query(`{ metrics { metric label sql filters } enumLabels(types: ["TicketStatus"]) { type values { value label } } }`, nil, &cat)
	if len(cat.Metrics) < 40 || !strings.Contains(cat.Metrics[0].SQL, "SELECT") || cat.EnumLabels[0].Values[0].Label != "待受理" {
		t.Fatalf("catalogue: %d metrics, labels %+v", len(cat.Metrics), cat.EnumLabels)
	}

	if code, _ := w.as("analyst").errorCode(`{ stats(metrics: [LECTURES], where: {period: "2024Q5"}) { totalRows } }`, nil); code != "BAD_USER_INPUT" {
		t.Errorf("a bad period: %s", code)
	}
	if code, _ := w.as("analyst").errorCode(`{ stats(metrics: [COURTYARDS], bucket: MONTH) { totalRows } }`, nil); code != "BAD_USER_INPUT" {
		t.Errorf("a snapshot series without a period: %s", code)
	}
}
