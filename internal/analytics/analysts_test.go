package analytics_test

import (
	"math"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/session"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/workflow"
)

// TestReversalsCountApart: reversing an award on the seeded village leaves
// POINTS_ISSUED and POINTS_DEDUCTED as they were, counts the points in
// POINTS_REVERSED, lowers POINTS_NET and the household's balance (not the
// courtyard-level points), and takes the entry and its reversal off the red
// board — read from the rollups (totals) and from the records (by village).
func TestReversalsCountApart(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	e := db.Client.PointEntry.Query().Where(pointentry.StatusEQ(pointentry.StatusCONFIRMED), pointentry.PointsGT(0),
		pointentry.HouseholdIDNotNil(), pointentry.ReversesIDIsNil(), pointentry.AwardedAtGTE(from), pointentry.AwardedAtLT(asOf)).
		Order(pointentry.ByID()).FirstX(ctx)
	names := []string{"POINTS_ISSUED", "POINTS_DEDUCTED", "POINTS_REVERSED", "POINTS_NET", "HOUSEHOLD_POINTS_BALANCE", "COURTYARD_POINTS_BALANCE"}
	figures := func() []float64 {
		var out []float64
		for _, keys := range [][]metrics.Key{nil, {metrics.Village}} {
			req := analytics.Request{Metrics: all(names...), Keys: keys, Where: analytics.Filter{Period: "2024", Area: e.VillageID}}
			res, err := svc.Stats(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range res.Rows[0].Values {
				out = append(out, *v)
			}
		}
		return out
	}
	board := func() standing.RedBoardRow {
		rows, err := standing.RedBoard(ctx, db.Client, e.VillageID, "2024", 1000)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(rows, func(r standing.RedBoardRow) bool { return r.HouseholdID == *e.HouseholdID })
		if i < 0 {
			return standing.RedBoardRow{}
		}
		return rows[i]
	}
	before, onBoard := figures(), board()
	if _, err := (workflow.ReversePointEntryInput{ID: e.ID, Reason: "记错户"}).Run(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	after, offBoard := figures(), board()
	p := float64(e.Points)
	for i := range 2 {
		b, a := before[i*6:i*6+6], after[i*6:i*6+6]
		want := []float64{b[0], b[1], b[2] + p, b[3] - p, b[4] - p, b[5]}
		if !slices.Equal(a, want) {
			t.Errorf("%v after reversing %v points: %v, want %v (before %v)", names, p, a, want, b)
		}
	}
	if offBoard.Points != onBoard.Points-e.Points || offBoard.Entries != onBoard.Entries-1 {
		t.Errorf("red board: %d points in %d entries before, %d in %d after; want the entry and its reversal off (%d in %d)",
			onBoard.Points, onBoard.Entries, offBoard.Points, offBoard.Entries, onBoard.Points-e.Points, onBoard.Entries-1)
	}
}

// percentileOf is percentile_cont(p) of xs (sorted in place).
func percentileOf(xs []float64, p float64) float64 {
	slices.Sort(xs)
	pos := p * float64(len(xs)-1)
	lo := int(pos)
	v := xs[lo]
	if lo+1 < len(xs) {
		v += (xs[lo+1] - xs[lo]) * (pos - float64(lo))
	}
	return v
}

// TestAnalystMetricsAgreeWithTheRows: the issue loop's and the decision
// step's median and p90 per category, the meetings, votes and turnout, and
// satisfaction per service type equal what the rows give in Go, for 2024.
func TestAnalystMetricsAgreeWithTheRows(t *testing.T) {
	db, svc := seeded(t)
	ctx := system()
	p, _ := period.Parse("2024")
	in := func(at *time.Time) bool { return at != nil && !at.Before(p.Start) && at.Before(p.End) }
	days := func(a, b time.Time) float64 { return b.Sub(a).Hours() / 24 }
	check := func(what string, got *float64, want float64) {
		t.Helper()
		if got == nil || math.Abs(*got-want) > 1e-3 {
			t.Errorf("%s: %s, rows say %v", what, num(got), want)
		}
	}
	issues := db.Client.Issue.Query().AllX(ctx)
	loop, decide := map[string][]float64{}, map[string][]float64{}
	for _, is := range issues {
		end := is.EvaluatedAt
		if end == nil {
			end = is.ClosedAt
		}
		if in(end) {
			loop[string(is.Category)] = append(loop[string(is.Category)], days(is.CollectedAt, *end))
		}
		if in(is.DecidedAt) && is.VisitedAt != nil {
			decide[string(is.Category)] = append(decide[string(is.Category)], days(*is.VisitedAt, *is.DecidedAt))
		}
	}
	// Median and p90 per category of each set of durations, in one request.
	for _, c := range []struct {
		what    string
		metrics []string
		filter  map[string][]any
		want    map[string][]float64
	}{
		{"loop", []string{"ISSUE_LOOP_DAYS_MEDIAN", "ISSUE_LOOP_DAYS_P90"}, nil, loop},
		{"visited → decided", []string{"ISSUE_STEP_DAYS_MEDIAN", "ISSUE_STEP_DAYS_P90"}, map[string][]any{"stages": {"DECIDED"}}, decide},
	} {
		res, err := svc.Stats(ctx, analytics.Request{Metrics: all(c.metrics...), Keys: []metrics.Key{metrics.Category}, Where: analytics.Filter{Period: "2024", Values: c.filter}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != len(c.want) {
			t.Errorf("%s: %d categories, rows have %d", c.what, len(res.Rows), len(c.want))
		}
		for _, r := range res.Rows {
			xs := c.want[r.Keys[0].Code]
			check(c.what+" median "+r.Keys[0].Code, r.Values[0], percentileOf(xs, 0.5))
			check(c.what+" p90 "+r.Keys[0].Code, r.Values[1], percentileOf(xs, 0.9))
		}
	}

	meetings, votes, turnout := 0, 0, 0.0
	for _, s := range db.Client.Session.Query().Where(session.KindEQ(session.KindDELIBERATION)).AllX(ctx) {
		if !in(&s.HeldAt) {
			continue
		}
		meetings++
		if s.VotesFor != nil {
			votes++
		}
		turnout += float64(*s.HouseholdsRepresented) / float64(*s.HouseholdsTotal)
	}
	res, err := svc.Stats(ctx, analytics.Request{Metrics: all("MEETINGS", "VOTES", "MEETING_TURNOUT"), Where: analytics.Filter{Period: "2024"}})
	if err != nil {
		t.Fatal(err)
	}
	check("meetings", res.Rows[0].Values[0], float64(meetings))
	check("votes", res.Rows[0].Values[1], float64(votes))
	check("turnout", res.Rows[0].Values[2], turnout/float64(meetings))

	rated, satisfied := map[int]float64{}, map[int]float64{}
	for _, r := range db.Client.Rating.Query().Where(rating.TicketIDNotNil(), rating.DimensionEQ(rating.DimensionPROXY_SERVICE)).WithTicket().AllX(ctx) {
		if !in(&r.RatedAt) {
			continue
		}
		st := r.Edges.Ticket.ServiceTypeID
		rated[st]++
		if r.Score >= metrics.SatisfiedScore {
			satisfied[st]++
		}
	}
	res, err = svc.Stats(ctx, analytics.Request{Metrics: all("TICKET_SATISFACTION"), Keys: []metrics.Key{metrics.ServiceType}, Where: analytics.Filter{Period: "2024"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != len(rated) {
		t.Errorf("satisfaction: %d service types, rows have %d", len(res.Rows), len(rated))
	}
	for _, r := range res.Rows {
		check("satisfaction "+r.Keys[0].Code, r.Values[0], satisfied[r.Keys[0].ID]/rated[r.Keys[0].ID])
	}
}
