package server_test

import (
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/period"
)

// redFlags is the answer of the red flags' query.
type redFlags struct {
	RedFlags struct {
		Flags []struct {
			Kind       string
			TotalCount int
			Threshold  float64
			Items      []struct {
				ID, Subject, Town, Village, Courtyard string
				Officer, OfficerRole                  *string
				Days                                  *int
			}
		}
	}
}

// flag returns the total and the items' towns of kind.
func (f redFlags) flag(t *testing.T, kind string) (total int, threshold float64, towns []string) {
	t.Helper()
	for _, fl := range f.RedFlags.Flags {
		if fl.Kind == kind {
			for _, it := range fl.Items {
				towns = append(towns, it.Town)
			}
			return fl.TotalCount, fl.Threshold, towns
		}
	}
	t.Fatalf("no %s flag", kind)
	return
}

const redFlagsQuery = `query($area: ID) { redFlags(area: $area, first: 100) { flags { kind totalCount threshold
  items { id subject town village courtyard officer officerRole days } } } }`

// TestRedFlags: the overview's red flags count what their definitions say,
// counted independently here from the records: tickets overdue (as
// TICKETS_OVERDUE counts them at threshold 0) by more than the district's
// days, open issues whose last step is older than the district's days, the
// VACANT_ROLE gap list, the counted officer scores just above the failing
// line; changing a threshold through updateDistrict moves the count and an
// out-of-range one is refused; the second town's official sees only their
// town (one courtyard with a head only: three vacant posts).
func TestRedFlags(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	d := c.District.Query().OnlyX(ctx())
	if d.FlagTicketOverdueDays != 7 || d.FlagIssueStuckDays != 30 || d.FlagFailingMargin != 0.5 || d.FlagQuarterEndDays != 21 {
		t.Fatalf("default thresholds: %+v", d)
	}
	set := func(field string, value any) []userError {
		var out struct {
			UpdateDistrict struct{ UserErrors []userError }
		}
		w.as("admin").query(`mutation($in: DistrictPatch!) { updateDistrict(input: $in) { userErrors { field message code } } }`,
			map[string]any{"in": map[string]any{"id": gid(d.ID), "set": map[string]any{field: value}}}, &out)
		return out.UpdateDistrict.UserErrors
	}
	read := func(role string) redFlags {
		var f redFlags
		w.as(role).query(redFlagsQuery, nil, &f)
		return f
	}
	now := time.Now()

	// Tickets: at threshold 0 the flag is TICKETS_OVERDUE.
	if ue := set("flagTicketOverdueDays", 0); len(ue) != 0 {
		t.Fatalf("flagTicketOverdueDays 0: %+v", ue)
	}
	var overdue struct {
		Stats struct{ Rows []struct{ Values []*float64 } }
	}
	w.as("admin").query(`{ stats(metrics: [TICKETS_OVERDUE]) { rows { values } } }`, nil, &overdue)
	all, _, _ := read("admin").flag(t, "TICKET_OVERDUE")
	if want := *overdue.Stats.Rows[0].Values[0]; float64(all) != want || all == 0 {
		t.Errorf("tickets overdue at threshold 0: %d, TICKETS_OVERDUE says %v (> 0)", all, want)
	}
	overdueBy := func(days int) int {
		return c.Ticket.Query().Where(ticket.AcceptedAtLTE(now), ticket.DueAtLT(now.AddDate(0, 0, -days)),
			ticket.Or(ticket.CompletedAtIsNil(), ticket.CompletedAtGT(now))).CountX(ctx())
	}
	if ue := set("flagTicketOverdueDays", 7); len(ue) != 0 {
		t.Fatalf("flagTicketOverdueDays 7: %+v", ue)
	}
	admin := read("admin")
	week, threshold, _ := admin.flag(t, "TICKET_OVERDUE")
	if want := overdueBy(7); week != want || threshold != 7 {
		t.Errorf("tickets overdue by more than 7 days: %d (threshold %v), want %d", week, threshold, want)
	}
	if ue := set("flagTicketOverdueDays", 366); len(ue) != 0 {
		t.Fatalf("flagTicketOverdueDays 366: %+v", ue)
	}
	year, _, _ := read("admin").flag(t, "TICKET_OVERDUE")
	if want := overdueBy(366); year != want || !(year < all) {
		t.Errorf("tickets overdue by more than 366 days: %d, want %d (< %d at threshold 0)", year, want, all)
	}
	if ue := set("flagTicketOverdueDays", 400); len(ue) == 0 || ue[0].Code != "BAD_USER_INPUT" {
		t.Errorf("flagTicketOverdueDays 400 accepted (%+v); the range is 0–366", ue)
	}
	if ue := set("flagFailingMargin", -1.0); len(ue) == 0 {
		t.Errorf("flagFailingMargin -1 accepted")
	}

	// Issues: open ones whose last step (or collection) is over 30 days old.
	stuck := func(days int) int {
		n := 0
		for _, is := range c.Issue.Query().Where(issue.StageNotIn(issue.StageEVALUATED, issue.StageCLOSED)).WithSteps().AllX(ctx()) {
			last := is.CollectedAt
			for _, st := range is.Edges.Steps {
				if st.At.After(last) {
					last = st.At
				}
			}
			if last.Before(now.AddDate(0, 0, -days)) {
				n++
			}
		}
		return n
	}
	got, _, _ := admin.flag(t, "ISSUE_STUCK")
	if want := stuck(30); got != want || got == 0 {
		t.Errorf("issues stuck over 30 days: %d, want %d (> 0)", got, want)
	}
	set("flagIssueStuckDays", 366)
	if got, _, _ := read("admin").flag(t, "ISSUE_STUCK"); got != stuck(366) {
		t.Errorf("issues stuck over 366 days: %d, want %d", got, stuck(366))
	}

	// Vacant posts: the VACANT_ROLE gap list.
	var gaps struct{ Gaps struct{ TotalCount int } }
	w.as("admin").query(`{ gaps(kind: VACANT_ROLE) { totalCount } }`, nil, &gaps)
	if got, _, _ := admin.flag(t, "VACANT_POST"); got != gaps.Gaps.TotalCount || got == 0 {
		t.Errorf("vacant posts: %d, VACANT_ROLE lists %d (> 0)", got, gaps.Gaps.TotalCount)
	}

	// Officers near failing: counted scores in [2.5, 3.0) this half-year;
	// one head is rated 3, 3 and 2 (2.67) by residents of their courtyard.
	head := c.RoleAssignment.Query().Where(roleassignment.TownID(w.town1.ID), roleassignment.RoleEQ(roleassignment.RoleHEAD),
		roleassignment.EndedAtIsNil()).FirstX(ctx())
	raters := c.Resident.Query().Where(resident.HasHouseholdWith(household.CourtyardID(head.CourtyardID))).Limit(3).AllX(ctx())
	for i, score := range []int{3, 3, 2} {
		c.Rating.Create().SetTarget(rating.TargetOFFICER).SetDimension(rating.DimensionPROXY_SERVICE).
			SetScore(score).SetPeriod(period.Label(period.HalfYear, now)).SetRatedAt(now).
			SetCourtyardID(head.CourtyardID).SetRoleAssignmentID(head.ID).SetRaterID(raters[i].ID).SaveX(ctx())
	}
	admin = read("admin")
	type key struct {
		a int
		d rating.Dimension
	}
	sums, counts := map[key]int{}, map[key]int{}
	for _, r := range c.Rating.Query().Where(rating.Period(period.Label(period.HalfYear, now)), rating.RoleAssignmentIDNotNil()).AllX(ctx()) {
		k := key{*r.RoleAssignmentID, r.Dimension}
		sums[k] += r.Score
		counts[k]++
	}
	near := 0
	for k, n := range counts {
		if n >= 3 && float64(sums[k]) >= 2.5*float64(n) && float64(sums[k]) < 3.0*float64(n) {
			near++
		}
	}
	got, _, _ = admin.flag(t, "OFFICER_NEAR_FAILING")
	if got != near || near == 0 {
		t.Errorf("officers near failing: %d, want %d (> 0)", got, near)
	}
	if ue := set("flagFailingMargin", 0.1); len(ue) != 0 {
		t.Fatalf("flagFailingMargin 0.1: %+v", ue)
	}
	if fewer, _, _ := read("admin").flag(t, "OFFICER_NEAR_FAILING"); fewer >= got {
		t.Errorf("officers near failing within 0.1: %d, not fewer than %d within 0.5 (2.67 is 0.17 above)", fewer, got)
	}

	// Themes: quiet outside the last days of the quarter; within them, the
	// THEMES_UNLECTURED gap list.
	set("flagQuarterEndDays", 1)
	left := period.Of(period.Quarter, now).End.Sub(now)
	if got, _, _ := read("admin").flag(t, "THEME_UNLECTURED"); left > 25*time.Hour && got != 0 {
		t.Errorf("themes flagged %d with %v left in the quarter, over the 1 day", got, left)
	}
	set("flagQuarterEndDays", 92)
	var unlectured struct{ Gaps struct{ TotalCount int } }
	w.as("admin").query(`{ gaps(kind: THEMES_UNLECTURED) { totalCount } }`, nil, &unlectured)
	if got, _, _ := read("admin").flag(t, "THEME_UNLECTURED"); got != unlectured.Gaps.TotalCount {
		t.Errorf("themes without a lecture in the quarter's last 92 days: %d, THEMES_UNLECTURED lists %d", got, unlectured.Gaps.TotalCount)
	}

	// Scope: the second town's official sees their town only.
	town2 := read("town2")
	for _, kind := range []string{"TICKET_OVERDUE", "ISSUE_STUCK", "VACANT_POST"} {
		_, _, towns := town2.flag(t, kind)
		for _, town := range towns {
			if town != w.town2.Name {
				t.Errorf("the second town's %s lists a record in %s", kind, town)
			}
		}
	}
	if got, _, towns := town2.flag(t, "VACANT_POST"); got != 3 || len(towns) != 3 {
		t.Errorf("the second town's vacant posts: %d %v, want 3", got, towns)
	}
	if got, _, _ := town2.flag(t, "TICKET_OVERDUE"); got != 0 {
		t.Errorf("the second town's overdue tickets: %d, want 0", got)
	}
	// An area outside the viewer's: nothing.
	var outside redFlags
	w.as("town2").query(redFlagsQuery, map[string]any{"area": ent.EncodeGlobalID(w.town1.ID)}, &outside)
	for _, f := range outside.RedFlags.Flags {
		if f.TotalCount != 0 {
			t.Errorf("the second town's official sees %d %s in the first town", f.TotalCount, f.Kind)
		}
	}
	// The first town's official sees their town only.
	var town1 redFlags
	w.as("town").query(redFlagsQuery, nil, &town1)
	for _, f := range town1.RedFlags.Flags {
		for _, it := range f.Items {
			if it.Town != w.town1.Name {
				t.Errorf("the first town's %s lists %s in %s", f.Kind, it.Subject, it.Town)
			}
		}
	}
	kinds := []string{}
	for _, f := range admin.RedFlags.Flags {
		kinds = append(kinds, f.Kind)
	}
	if !slices.Equal(kinds, []string{"TICKET_OVERDUE", "ISSUE_STUCK", "VACANT_POST", "OFFICER_NEAR_FAILING", "THEME_UNLECTURED"}) {
		t.Errorf("flag kinds: %v", kinds)
	}
}
