package analytics_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/ent/town"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/seed/seedtest"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

func TestMain(m *testing.M) { testdb.Main(m) }

// asOf anchors the seeded village and the clock of the tests.
var asOf = time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)

func system() context.Context {
	return workflow.WithClock(viewer.SystemContext(context.Background()), func() time.Time { return asOf })
}

// seeded is the "village" scale sample (one town, four villages), seed 7.
func seeded(t *testing.T) (*store.DB, *analytics.Service) {
	t.Helper()
	db := seedtest.Open(t, seed.Options{Scale: "village", Seed: 7, AsOf: asOf})
	return db, analytics.New(db.Client, db.SQL, db.Dialect)
}

func all(names ...string) []*metrics.Metric {
	var out []*metrics.Metric
	for _, n := range names {
		m, ok := metrics.ByName(n)
		if !ok {
			panic(n)
		}
		out = append(out, m)
	}
	return out
}

// TestSameAnswersOnBothDatabases: a battery of statistics over the seeded
// village — every metric by village for 2024Q2 and its months, percentiles,
// series by week, the overview, rankings and gap lists — equals
// testdata/golden.json, on SQLite and on PostgreSQL alike (the file is
// written on one and checked on the other).
func TestSameAnswersOnBothDatabases(t *testing.T) {
	_, svc := seeded(t)
	ctx := system()
	got := map[string]any{}
	for _, m := range metrics.Catalogue {
		keys := []metrics.Key{metrics.Village}
		if !slices.Contains(m.GroupBy(), metrics.Village) {
			keys = nil
		}
		for _, period := range []string{"2024Q2", "2024", "2023H2"} {
			res, err := svc.Stats(ctx, analytics.Request{Metrics: []*metrics.Metric{m}, Keys: keys, Where: analytics.Filter{Period: period}})
			if err != nil {
				t.Fatalf("%s %s: %v", m.Name, period, err)
			}
			got[m.Name+" by village "+period] = flatten(res)
		}
	}
	series := []struct {
		name string
		req  analytics.Request
	}{
		{"tickets by month and mode 2024H1", analytics.Request{Metrics: all("TICKETS_SUBMITTED", "TICKETS_COMPLETED", "TICKETS_ON_TIME_SHARE", "TICKET_DAYS_MEDIAN", "TICKET_DAYS_P90"),
			Keys: []metrics.Key{metrics.Mode}, Bucket: period.Month, Where: analytics.Filter{Period: "2024H1"}}},
		{"issues by week and stage 2024Q2", analytics.Request{Metrics: all("ISSUES_COLLECTED", "ISSUE_DAYS_TO_DECIDE"),
			Keys: []metrics.Key{metrics.Stage}, Bucket: period.Week, Where: analytics.Filter{Period: "2024Q2"}}},
		{"issues by category and item 2024", analytics.Request{Metrics: all("ISSUES_COLLECTED", "ISSUE_ESCALATION_SHARE", "ISSUE_APPROVAL_SHARE"),
			Keys: []metrics.Key{metrics.Category, metrics.Item}, Where: analytics.Filter{Period: "2024"}}},
		{"lectures by topic and quarter", analytics.Request{Metrics: all("LECTURES", "LECTURE_ATTENDANCES", "HOUSEHOLDS_REACHED"),
			Keys: []metrics.Key{metrics.Topic}, Bucket: period.Quarter, Where: analytics.Filter{Period: "2024"}}},
		{"posts by role each month", analytics.Request{Metrics: all("ROLES_STAFFED", "ROLES_VACANT", "COURTYARDS_WITH_VACANCY"),
			Keys: []metrics.Key{metrics.Role}, Bucket: period.Month, Where: analytics.Filter{Period: "2024Q2"}}},
		{"officers by role and half-year", analytics.Request{Metrics: all("OFFICER_SCORE", "OFFICERS_SCORED", "OFFICERS_FAILING"),
			Keys: []metrics.Key{metrics.Role, metrics.Dimension}, Bucket: period.HalfYear}},
		{"points by day, top 5 by points issued", analytics.Request{Metrics: all("POINTS_ISSUED", "POINTS_REDEEMED"), Bucket: period.Day,
			Where: analytics.Filter{Period: "2024-06"}, OrderBy: all("POINTS_ISSUED")[0], First: 5}},
		// The analysts' metrics (issue 18), each set in one request.
		{"issue loop and steps by category 2024", analytics.Request{Metrics: all("ISSUE_LOOP_DAYS_MEDIAN", "ISSUE_LOOP_DAYS_P90"),
			Keys: []metrics.Key{metrics.Category}, Where: analytics.Filter{Period: "2024"}}},
		{"issue steps by stage and category 2024H1", analytics.Request{Metrics: all("ISSUE_STEP_DAYS_MEDIAN", "ISSUE_STEP_DAYS_P90"),
			Keys: []metrics.Key{metrics.Stage, metrics.Category}, Where: analytics.Filter{Period: "2024H1"}}},
		{"satisfaction by service type 2024", analytics.Request{Metrics: all("TICKET_SATISFACTION", "TICKET_RATINGS"),
			Keys: []metrics.Key{metrics.ServiceType}, Where: analytics.Filter{Period: "2024"}}},
		{"meetings, votes and turnout by outcome 2024Q2", analytics.Request{Metrics: all("MEETINGS", "VOTES", "MEETING_TURNOUT"),
			Keys: []metrics.Key{metrics.Outcome}, Where: analytics.Filter{Period: "2024Q2"}}},
		{"customs stopped by item 2024", analytics.Request{Metrics: all("CUSTOMS_STOPPED"),
			Keys: []metrics.Key{metrics.Item}, Where: analytics.Filter{Period: "2024", Values: map[string][]any{"categories": {"CUSTOMS"}}}}},
		{"collective funds by outcome 2024", analytics.Request{Metrics: all("COLLECTIVE_FUNDS"),
			Keys: []metrics.Key{metrics.Outcome}, Where: analytics.Filter{Period: "2024"}}},
		{"collective funds of approved meetings by village 2024", analytics.Request{Metrics: all("COLLECTIVE_FUNDS"),
			Keys: []metrics.Key{metrics.Village}, Where: analytics.Filter{Period: "2024", Values: map[string][]any{"outcomes": {"APPROVED"}}}}},
		{"points and balances by village 2024", analytics.Request{Metrics: all("POINTS_ISSUED", "POINTS_DEDUCTED", "POINTS_REVERSED", "POINTS_NET",
			"POINTS_BALANCE", "HOUSEHOLD_POINTS_BALANCE", "COURTYARD_POINTS_BALANCE"), Keys: []metrics.Key{metrics.Village}, Where: analytics.Filter{Period: "2024"}}},
		{"filtered tickets", analytics.Request{Metrics: all("TICKETS_SUBMITTED"), Keys: []metrics.Key{metrics.Courtyard},
			Where: analytics.Filter{Period: "2024Q2", Values: map[string][]any{"modes": {"ON_SITE", "ASSISTED"}}}, First: 10}},
	}
	for _, s := range series {
		res, err := svc.Stats(ctx, s.req)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got[s.name] = flatten(res)
	}
	for _, p := range []string{"2024Q2", "2024-06", "2024"} {
		o, err := svc.Overview(ctx, 0, p)
		if err != nil {
			t.Fatal(err)
		}
		var figs []string
		for _, f := range o.Figures {
			figs = append(figs, fmt.Sprintf("%s %s / %s", f.Metric.Name, num(f.Value), num(f.Previous)))
		}
		got["overview "+p] = figs
	}
	for _, r := range []struct {
		m      string
		level  metrics.Key
		bottom bool
	}{{"TICKETS_ON_TIME", metrics.Village, false}, {"TICKETS_ON_TIME", metrics.Courtyard, true}, {"OFFICER_SCORE", metrics.Officer, true}} {
		ranked, err := svc.Ranking(ctx, all(r.m)[0], r.level, analytics.Filter{Period: "2024"}, r.bottom, 5)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, e := range ranked {
			lines = append(lines, fmt.Sprintf("%d %s %s %s", e.Rank, e.Subject.Code, e.Subject.Name, num(e.Value)))
		}
		got[fmt.Sprintf("ranking %s %s bottom=%v", r.m, r.level, r.bottom)] = lines
	}
	for _, k := range []analytics.GapKind{analytics.VacantRole, analytics.ThemesShort, analytics.ThemesUnlectured, analytics.TicketOverdue, analytics.OfficerFailing} {
		for _, period := range []string{"", "2024Q1"} {
			gaps, total, err := svc.Gaps(ctx, k, analytics.Filter{Period: period}, 5)
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			lines := []string{fmt.Sprint(total)}
			for _, g := range gaps {
				since := ""
				if g.Since != nil {
					since = g.Since.UTC().Format(time.RFC3339)
				}
				lines = append(lines, fmt.Sprintf("%s %s %s %s", g.Place.Code, g.Subject, since, num(g.Value)))
			}
			got[fmt.Sprintf("gaps %s %s", k, period)] = lines
		}
	}
	b, _ := json.MarshalIndent(got, "", " ")
	const path = "testdata/golden.json"
	if *update {
		_ = os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(b) {
		var w map[string]any
		_ = json.Unmarshal(want, &w)
		var g map[string]any
		_ = json.Unmarshal(b, &g)
		var keys []string
		for k := range g {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			gb, _ := json.Marshal(g[k])
			wb, _ := json.Marshal(w[k])
			if string(gb) != string(wb) {
				t.Errorf("%s:\n got %s\nwant %s", k, gb, wb)
			}
		}
		t.Fatalf("results differ from %s (on %s)", path, testdb.Dialect())
	}
}

func num(v *float64) string {
	if v == nil {
		return "null"
	}
	return fmt.Sprint(*v)
}

// flatten renders a result as lines of text.
func flatten(res *analytics.Result) []string {
	out := []string{fmt.Sprint(res.Total)}
	for _, r := range res.Rows {
		line := ""
		if r.Bucket != nil {
			line += r.Bucket.Label + " " + r.Bucket.Start.Format(time.RFC3339) + " | "
		}
		for _, k := range r.Keys {
			line += fmt.Sprintf("%s %s/%s ", k.Code, k.ParentName, k.Name)
		}
		line += "|"
		for _, v := range r.Values {
			line += " " + num(v)
		}
		out = append(out, line)
	}
	return out
}

// TestStatsAgreeWithTheRows: the SQL aggregates equal what counting the rows
// through ent (with its privacy rules) gives: tickets submitted and completed
// on time per village, lecture attendances, and the median days to complete
// computed in Go.
func TestStatsAgreeWithTheRows(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	p, _ := period.Parse("2024Q2")
	res, err := svc.Stats(ctx, analytics.Request{Metrics: all("TICKETS_SUBMITTED", "TICKETS_ON_TIME", "LECTURE_ATTENDANCES", "TICKET_DAYS_MEDIAN", "TICKET_DAYS_MEAN"),
		Keys: []metrics.Key{metrics.Village}, Where: analytics.Filter{Period: "2024Q2"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) < 2 {
		t.Fatalf("only %d villages", len(res.Rows))
	}
	for _, r := range res.Rows {
		v := r.Keys[0].ID
		submitted := db.Client.Ticket.Query().Where(ticket.VillageID(v), ticket.SubmittedAtGTE(p.Start), ticket.SubmittedAtLT(p.End)).CountX(ctx)
		done := db.Client.Ticket.Query().Where(ticket.VillageID(v), ticket.StatusEQ(ticket.StatusCOMPLETED), ticket.CompletedAtGTE(p.Start), ticket.CompletedAtLT(p.End)).AllX(ctx)
		onTime := 0
		var days []float64
		for _, tk := range done {
			if !tk.CompletedAt.After(*tk.DueAt) {
				onTime++
			}
			days = append(days, tk.CompletedAt.Sub(tk.SubmittedAt).Hours()/24)
		}
		attendance := 0
		for _, s := range db.Client.Session.Query().Where(session.VillageID(v), session.KindEQ(session.KindLECTURE), session.HeldAtGTE(p.Start), session.HeldAtLT(p.End)).AllX(ctx) {
			attendance += s.Attendance
		}
		want := []float64{float64(submitted), float64(onTime), float64(attendance)}
		for i, w := range want {
			if got := r.Values[i]; got == nil && w != 0 || got != nil && *got != w {
				t.Errorf("%s %s: %s, rows say %v", r.Keys[0].Name, res.Metrics[i].Name, num(got), w)
			}
		}
		if len(days) == 0 {
			continue
		}
		slices.Sort(days)
		pos := 0.5 * float64(len(days)-1)
		lo := int(pos)
		median := days[lo]
		if lo+1 < len(days) {
			median += (days[lo+1] - days[lo]) * (pos - float64(lo))
		}
		mean := 0.0
		for _, d := range days {
			mean += d
		}
		mean /= float64(len(days))
		if got := r.Values[3]; got == nil || math.Abs(*got-median) > 1e-3 {
			t.Errorf("%s median days: %s, rows say %v", r.Keys[0].Name, num(got), median)
		}
		if got := r.Values[4]; got == nil || math.Abs(*got-mean) > 1e-3 {
			t.Errorf("%s mean days: %s, rows say %v", r.Keys[0].Name, num(got), mean)
		}
	}
}

// TestTownOfficialCountsOnlyTheirTown: a second town with a village of the
// same name as one of the first and its own tickets: the first town's
// official counts none of them — in stats, by area, in rankings and in gaps —
// while the district sees both, and the two villages stay apart by id, code
// and town.
func TestTownOfficialCountsOnlyTheirTown(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	c := db.Client
	first := c.Town.Query().OnlyX(ctx)
	twin := first.QueryVillages().FirstX(ctx)
	other := c.Town.Create().SetCode("500154999").SetName("对照镇").SetDistrictID(first.DistrictID).SaveX(ctx)
	v := c.Village.Create().SetCode("500154999001").SetName(twin.Name).SetTownID(other.ID).SaveX(ctx)
	cy := c.Courtyard.Create().SetCode("500154999001001").SetName("对照院坝").SetVillageID(v.ID).SaveX(ctx)
	h := c.Household.Create().SetNumber("001").SetHeadName("对照户").SetCourtyardID(cy.ID).SaveX(ctx)
	r := c.Resident.Create().SetName("对照人").SetHouseholdID(h.ID).SaveX(ctx)
	st := c.ServiceType.Query().FirstX(ctx)
	at := time.Date(2024, 5, 10, 2, 0, 0, 0, time.UTC)
	for range 7 {
		c.Ticket.Create().SetMode(ticket.ModeON_SITE).SetSubmittedAt(at).SetCourtyardID(cy.ID).SetApplicantID(r.ID).SetServiceTypeID(st.ID).SaveX(ctx)
	}
	official := workflow.WithClock(viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, Role: viewer.TownOfficial,
		DistrictID: first.DistrictID, TownIDs: []int{first.ID}}), func() time.Time { return asOf })
	submitted := all("TICKETS_SUBMITTED")
	q := analytics.Request{Metrics: submitted, Keys: []metrics.Key{metrics.Town, metrics.Village}, Where: analytics.Filter{Period: "2024Q2"}}
	district, err := svc.Stats(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	own, err := svc.Stats(official, q)
	if err != nil {
		t.Fatal(err)
	}
	var twins []analytics.KeyValue
	for _, row := range district.Rows {
		if row.Keys[1].Name == twin.Name {
			twins = append(twins, row.Keys[1])
		}
	}
	if len(twins) != 2 || twins[0].ID == twins[1].ID || twins[0].ParentName == twins[1].ParentName || twins[0].Code == twins[1].Code {
		t.Fatalf("the two %s: %+v", twin.Name, twins)
	}
	if len(district.Rows) != len(own.Rows)+1 {
		t.Fatalf("district %d rows, official %d", len(district.Rows), len(own.Rows))
	}
	for _, row := range own.Rows {
		if row.Keys[0].ID != first.ID {
			t.Errorf("the official sees town %s", row.Keys[0].Name)
		}
	}
	total := func(res *analytics.Result) (n float64) {
		for _, row := range res.Rows {
			n += *row.Values[0]
		}
		return n
	}
	if total(district)-total(own) != 7 {
		t.Errorf("district %v, official %v: want 7 apart", total(district), total(own))
	}
	ownTickets := c.Ticket.Query().Where(ticket.HasTownWith(town.ID(first.ID)), ticket.SubmittedAtGTE(time.Date(2024, 3, 31, 16, 0, 0, 0, time.UTC)),
		ticket.SubmittedAtLT(time.Date(2024, 6, 30, 16, 0, 0, 0, time.UTC))).CountX(ctx)
	if total(own) != float64(ownTickets) {
		t.Errorf("official counts %v, the town has %d", total(own), ownTickets)
	}
	// The other town as the area: nothing for the official.
	res, err := svc.Stats(official, analytics.Request{Metrics: submitted, Where: analytics.Filter{Area: other.ID, Period: "2024Q2"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Rows[0].Values[0] == nil || *res.Rows[0].Values[0] != 0 {
		t.Errorf("official's figure for the other town: %+v", res.Rows)
	}
	ranked, err := svc.Ranking(official, submitted[0], metrics.Village, analytics.Filter{Period: "2024Q2"}, true, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ranked {
		if e.Subject.ID == v.ID {
			t.Errorf("the official's ranking lists the other town's village")
		}
	}
	o, err := svc.Overview(official, 0, "2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	if o.Area == nil || o.Area.ID != first.ID {
		t.Errorf("overview of the official's own area names %+v, want the town %s", o.Area, first.Name)
	}
	i := slices.IndexFunc(o.Figures, func(f analytics.Figure) bool { return f.Metric.Name == "TICKETS_SUBMITTED" })
	if i < 0 || o.Figures[i].Value == nil || *o.Figures[i].Value != float64(ownTickets) {
		t.Errorf("overview's tickets submitted: %+v, want %d", o.Figures, ownTickets)
	}
	for _, kind := range []analytics.GapKind{analytics.VacantRole, analytics.ThemesShort} {
		gaps, _, err := svc.Gaps(official, kind, analytics.Filter{}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gaps {
			if g.Place.ID == cy.ID || g.Place.ID == v.ID {
				t.Errorf("the official's %s gaps list the other town's %s", kind, g.Place.Name)
			}
		}
		all, _, err := svc.Gaps(ctx, kind, analytics.Filter{}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(all, func(g analytics.Gap) bool { return g.Place.ID == cy.ID || g.Place.ID == v.ID }) {
			t.Errorf("the district's %s gaps miss the other town's place", kind)
		}
	}
}

// TestSnapshotsAgreeWithTheRowsInAScope: the figures taken at the period's
// end (posts staffed and vacant, tickets overdue), read by a town official,
// equal counting the town's rows at that instant. (A snapshot's instant is an
// argument of its FROM: SQLite's positional placeholders once bound it to the
// scope's town ids, and every scoped snapshot read zero.)
func TestSnapshotsAgreeWithTheRowsInAScope(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	c := db.Client
	tw := c.Town.Query().OnlyX(ctx)
	official := workflow.WithClock(viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, Role: viewer.TownOfficial,
		DistrictID: tw.DistrictID, TownIDs: []int{tw.ID}}), func() time.Time { return asOf })
	p, _ := period.Parse("2024Q1")
	end := p.End
	res, err := svc.Stats(official, analytics.Request{Metrics: all("ROLES_STAFFED", "ROLES_VACANT", "TICKETS_OVERDUE"), Where: analytics.Filter{Period: "2024Q1"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 {
		t.Fatalf("%d rows", len(res.Rows))
	}
	posts := map[[2]string]bool{}
	for _, a := range c.RoleAssignment.Query().Where(roleassignment.TownID(tw.ID), roleassignment.StartedAtLTE(end),
		roleassignment.Or(roleassignment.EndedAtIsNil(), roleassignment.EndedAtGT(end))).AllX(ctx) {
		posts[[2]string{strconv.Itoa(a.CourtyardID), string(a.Role)}] = true
	}
	courtyards := c.Courtyard.Query().Where(courtyard.TownID(tw.ID)).CountX(ctx)
	overdue := c.Ticket.Query().Where(ticket.TownID(tw.ID), ticket.AcceptedAtLTE(end), ticket.DueAtLT(end),
		ticket.Or(ticket.CompletedAtIsNil(), ticket.CompletedAtGT(end))).CountX(ctx)
	want := []float64{float64(len(posts)), float64(4*courtyards - len(posts)), float64(overdue)}
	if want[0] == 0 {
		t.Fatal("no post staffed in the seed: the test proves nothing")
	}
	for i, w := range want {
		if got := res.Rows[0].Values[i]; got == nil || *got != w {
			t.Errorf("%s: %s, the rows say %v", res.Metrics[i].Name, num(got), w)
		}
	}
}
