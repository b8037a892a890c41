package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"yuanbahui/ent"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/analyticsdb"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

// noList declares the overview figures with no list behind them, and why: a
// new overview figure must get a list (metrics.Lists) or a line here.
var noList = map[string]string{
	"ROLES_VACANT":          "a board: gaps(VACANT_ROLE) lists the posts, not assignments",
	"TICKETS_ON_TIME_SHARE": "a share, not a number of rows",
	"TICKET_SATISFACTION":   "a share, not a number of rows",
	"LECTURE_ATTENDANCES":   "a sum of attendance, not a number of rows",
	"THEME_COVERAGE":        "a share, not a number of rows",
	"OFFICERS_FAILING":      "a board: the half-year scores (gaps OFFICER_FAILING)",
	"POINTS_ISSUED":         "a sum of points, not a number of rows",
	"POINTS_REDEEMED":       "a sum of points, not a number of rows",
	"GRANT_AMOUNT":          "a sum of yuan, not a number of rows",
}

// gapsOf names the gap list that counts the same rows as an overview figure.
var gapsOf = map[string]string{"TICKETS_OVERDUE": "TICKET_OVERDUE"}

// TestOverviewFiguresAgree: every overview figure with a list has one number
// on every surface — the overview card, the totalCount of the list the card
// opens (metrics.Lists, at the overview's asOf), /export's X-Total-Count of
// that list and, on PostgreSQL, the sum of the metric's analytics view over
// the period's months (a snapshot's view by month end: at the month ending
// the period) — for an ended period (2026Q2, as of its end) and the current
// one (as of now), before and after a workflow write (an overdue ticket
// completed); the gap list of the same rows, and a snapshot asked at the
// instant alone (stats asOf) or as the month ending the period. It holds for
// the district administrator over the district, and for a town official
// (personal data masked) and a village cadre each on its own area's overview,
// and for the administrator on the village's, whose lists are limited to the
// area as the area page's cards open them (metrics.List.In) and whose view
// sums to the area's rows. The cases come
// from the catalogue's overview metrics.
func TestOverviewFiguresAgree(t *testing.T) {
	a := newSeededAPI(t, seed.Options{Scale: "village", Seed: 3, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	for _, m := range analytics.OverviewMetrics() {
		_, listed := metrics.Lists[m.Name]
		why, declared := noList[m.Name]
		switch {
		case listed && declared:
			t.Errorf("%s has a list and is declared without one (%s)", m.Name, why)
		case !listed && !declared:
			t.Errorf("overview figure %s has no list (metrics.Lists) and is not declared without one", m.Name)
		}
	}
	// The ticket the workflow write completes: overdue now and at 2026Q2's
	// end; the town and the village scoped are its own, so their figures move.
	tk, err := a.db.Client.Ticket.Query().Where(ticket.StatusIn(ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS),
		ticket.DueAtLT(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))).First(ctx())
	if err != nil {
		t.Fatal(err)
	}
	town := a.db.Client.Town.GetX(ctx(), tk.TownID)
	village := a.db.Client.Village.GetX(ctx(), tk.VillageID)
	a.do(`{ __typename }`, nil) // logs the district administrator in
	scopes := []figureScope{
		{name: "district administrator", token: a.token},
		{name: "town official of " + town.Name, token: a.loginAs("town", viewer.TownOfficial, town.Code, nil),
			level: "town", id: ent.EncodeGlobalID(town.ID), column: "town_id", areaID: town.ID},
		{name: "village cadre of " + village.Name, token: a.loginAs("cadre", viewer.VillageCadre, village.Code, nil),
			level: "village", id: ent.EncodeGlobalID(village.ID), column: "village_id", areaID: village.ID},
		// The administrator reads every village: only the list's area filter
		// (metrics.List.In) keeps the list to the village's rows.
		{name: "district administrator on " + village.Name, token: a.token,
			level: "village", id: ent.EncodeGlobalID(village.ID), column: "village_id", areaID: village.ID},
	}
	admin := a.token
	viewed := map[string]bool{}
	check := func(when string) []map[string]float64 {
		var out []map[string]float64
		for _, s := range scopes {
			out = append(out, a.figuresAgree(when, s, viewed))
		}
		a.token = admin
		return out
	}
	before := check("before")
	for i, s := range scopes {
		if before[i]["TICKETS_OVERDUE"] == 0 {
			t.Fatalf("the sample has no ticket overdue at the end of 2026Q2 for the %s: the case proves nothing", s.name)
		}
	}
	// A workflow write: complete a ticket overdue now (and at 2026Q2's end).
	var done map[string]struct{ UserErrors []struct{ Message string } }
	a.query(`mutation($id: ID!) { completeTicket(input: {id: $id}) { userErrors { message } } }`, map[string]any{"id": ent.EncodeGlobalID(tk.ID)}, &done)
	if ue := done["completeTicket"].UserErrors; len(ue) > 0 {
		t.Fatalf("completing ticket %d: %v", tk.ID, ue)
	}
	after := check("after")
	for i, s := range scopes {
		// Completed now: overdue at 2026Q2's end still (completed after it).
		if after[i]["TICKETS_OVERDUE"] != before[i]["TICKETS_OVERDUE"] {
			t.Errorf("%s: overdue at 2026Q2's end: %v before, %v after completing a ticket now", s.name, before[i]["TICKETS_OVERDUE"], after[i]["TICKETS_OVERDUE"])
		}
	}
	if testdb.Dialect() == dialect.Postgres {
		for _, m := range []string{"TICKETS_SUBMITTED", "TICKETS_OVERDUE", "ROLES_STAFFED"} {
			if !viewed[m] {
				t.Errorf("no analytics view was summed for %s", m)
			}
		}
	}
}

// figureScope is an account and the area whose overview it reads.
type figureScope struct {
	name, token string
	// level and id are the area (town or village and its global id); empty:
	// the account's whole area, the district.
	level, id string
	// column and areaID restrict the analytics views to the area (town_id or
	// village_id); empty: the whole district.
	column string
	areaID int
}

// figuresAgree runs TestOverviewFiguresAgree's checks as s's account on s's
// area, for 2026Q2 and the current quarter; it returns 2026Q2's cards and
// marks in viewed the metrics an analytics view was summed for.
func (a *api) figuresAgree(when string, s figureScope, viewed map[string]bool) map[string]float64 {
	t := a.t
	t.Helper()
	a.token = s.token
	when += ", " + s.name
	var area any
	if s.id != "" {
		area = s.id
	}
	cards := map[string]float64{}
	for _, label := range []string{"2026Q2", period.Label(period.Quarter, time.Now())} {
		var ov struct {
			Overview struct {
				AsOf    time.Time
				Figures []struct {
					Metric string
					Value  *float64
				}
			}
		}
		a.query(`query($a: ID, $p: String!) { overview(area: $a, period: $p) { asOf figures { metric value } } }`, map[string]any{"a": area, "p": label}, &ov)
		p, err := period.Parse(label)
		if err != nil {
			t.Fatal(err)
		}
		at := ov.Overview.AsOf
		if label == "2026Q2" && !at.Equal(p.End) || at.After(time.Now()) || at.After(p.End) {
			t.Errorf("%s: overview of %s is as of %s", when, label, at)
		}
		for _, f := range ov.Overview.Figures {
			l, ok := metrics.Lists[f.Metric]
			if !ok {
				continue
			}
			card := 0.0
			if f.Value != nil {
				card = *f.Value
			}
			if label == "2026Q2" {
				cards[f.Metric] = card
			}
			where, _ := json.Marshal(l.In(s.level, s.id, p.Start, p.End, at))
			var list map[string]struct{ TotalCount int }
			a.query(fmt.Sprintf(`query($w: %sWhereInput) { list: %s(where: $w, first: 0) { totalCount } }`, typeOf(l.Connection), l.Connection),
				map[string]any{"w": json.RawMessage(where)}, &list)
			if f.Metric == "TICKETS_OVERDUE" {
				t.Logf("%s, %s as of %s: TICKETS_OVERDUE card %v, list %d", when, label, at.Format(time.RFC3339), card, list["list"].TotalCount)
			}
			if got := float64(list["list"].TotalCount); got != card {
				t.Errorf("%s, %s %s: card %v, its list %s(where: %s) has %v", when, label, f.Metric, card, l.Connection, where, got)
			}
			if m, _ := metrics.ByName(f.Metric); m.Fact.Snapshot {
				// The same snapshot asked at the instant alone, and as the
				// last month of the period's monthly series, in the area.
				var at1 struct {
					Stats struct{ Rows []struct{ Values []*float64 } }
				}
				a.query(`query($m: Metric!, $a: ID, $at: Time) { stats(metrics: [$m], where: {area: $a, asOf: $at}) { rows { values } } }`,
					map[string]any{"m": f.Metric, "a": area, "at": at}, &at1)
				if got := at1.Stats.Rows[0].Values[0]; got == nil || *got != card {
					t.Errorf("%s, %s %s: card %v, stats(where: {asOf: %s}) %v", when, label, f.Metric, card, at, got)
				}
				if label == "2026Q2" {
					var series struct {
						Stats struct{ Rows []struct{ Values []*float64 } }
					}
					a.query(`query($m: Metric!, $a: ID, $p: String) { stats(metrics: [$m], where: {area: $a, period: $p}, bucket: MONTH) { rows { values } } }`,
						map[string]any{"m": f.Metric, "a": area, "p": label}, &series)
					rows := series.Stats.Rows
					if len(rows) == 0 || rows[len(rows)-1].Values[0] == nil || *rows[len(rows)-1].Values[0] != card {
						t.Errorf("%s, %s %s: card %v, the monthly series ends with %+v", when, label, f.Metric, card, rows)
					}
				}
			}
			if kind, ok := gapsOf[f.Metric]; ok {
				var g struct{ Gaps struct{ TotalCount int } }
				a.query(`query($k: GapKind!, $a: ID, $at: Time) { gaps(kind: $k, where: {area: $a, asOf: $at}, first: 1) { totalCount } }`,
					map[string]any{"k": kind, "a": area, "at": at}, &g)
				if got := float64(g.Gaps.TotalCount); got != card {
					t.Errorf("%s, %s %s: card %v, gaps(%s) as of %s has %v", when, label, f.Metric, card, kind, at, got)
				}
			}
			if got := a.exportCount(l.Connection, string(where)); float64(got) != card {
				t.Errorf("%s, %s %s: card %v, /export/%s.csv X-Total-Count %d", when, label, f.Metric, card, l.Connection, got)
			}
			sum, ok := a.viewSum(f.Metric, p, at, s)
			viewed[f.Metric] = viewed[f.Metric] || ok
			if ok && sum != card {
				t.Errorf("%s, %s %s: card %v, its analytics view sums to %v", when, label, f.Metric, card, sum)
			}
		}
	}
	return cards
}

// typeOf is the GraphQL type of a root connection's nodes, e.g. Ticket for tickets.
func typeOf(connection string) string {
	s := strings.TrimSuffix(connection, "s")
	if strings.HasSuffix(s, "ie") {
		s = strings.TrimSuffix(s, "ie") + "y"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// exportCount GETs /export/{connection}.csv?where=… and returns its X-Total-Count.
func (a *api) exportCount(connection, where string) int {
	a.t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/export/"+connection+".csv?"+url.Values{"where": {where}}.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		a.t.Fatalf("/export/%s.csv: %d %s", connection, rec.Code, rec.Body.String())
	}
	n, err := strconv.Atoi(rec.Header().Get("X-Total-Count"))
	if err != nil {
		a.t.Fatalf("/export/%s.csv: X-Total-Count %q", connection, rec.Header().Get("X-Total-Count"))
	}
	return n
}

// viewSum sums metric's column of its analytics view (analyticsdb, by
// village and month) over the months of p, in s's area, on PostgreSQL; for a
// snapshot taken at p's end (an ended period), its view by village and month
// end at the month ending p. False where there is no such view (label-period
// metrics, the courtyards, a snapshot of a period not ended) or on SQLite.
func (a *api) viewSum(metric string, p period.Period, at time.Time, s figureScope) (float64, bool) {
	a.t.Helper()
	if testdb.Dialect() != dialect.Postgres {
		return 0, false
	}
	m, _ := metrics.ByName(metric)
	suffix, months := "_by_village_month", period.LabelsIn(period.Month, p.Start, p.End)
	if m.Fact.Snapshot {
		if !at.Equal(p.End) {
			return 0, false
		}
		suffix, months = "_by_village_month_end", months[len(months)-1:]
	}
	col := pq.QuoteIdentifier(strings.ToLower(metric))
	for _, v := range analyticsdb.Views() {
		if !strings.HasSuffix(v.Name, suffix) || !strings.Contains(v.SQL, "m."+col) {
			continue
		}
		var sum float64
		q := "SELECT COALESCE(SUM(" + col + "), 0) FROM (" + v.SQL + ") v WHERE month = ANY($1)"
		args := []any{pq.Array(months)}
		if s.column != "" {
			q += " AND " + pq.QuoteIdentifier(s.column) + " = $2"
			args = append(args, s.areaID)
		}
		if err := a.db.SQL.QueryRowContext(ctx(), q, args...).Scan(&sum); err != nil {
			a.t.Fatalf("summing %s of %s: %v", metric, v.Name, err)
		}
		return sum, true
	}
	return 0, false
}
