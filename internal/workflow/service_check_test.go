package workflow_test

import (
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TestChecksFindBrokenRecords: records written past the workflow (as the
// system) that break the proxy-service and lecture rules are reported, each
// under its rule; the same records written right are not.
func TestChecksFindBrokenRecords(t *testing.T) {
	ctx, c, p := adminContext(t)
	sys := viewer.SystemContext(ctx)
	cy, app := p.Courtyards[0], p.Residents[3]
	st := c.ServiceType.Create().SetCode("HOUSING_TITLE").SetName("房屋产权审批").SetTimeLimitDays(30).
		SetModes([]string{"END_TO_END"}).SaveX(sys)
	now := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	tk := func() *ent.TicketCreate {
		return c.Ticket.Create().SetCourtyardID(cy.ID).SetApplicantID(app.ID).SetServiceTypeID(st.ID).SetSubmittedAt(now)
	}
	tk().SetMode(ticket.ModeEND_TO_END).SetStatus(ticket.StatusACCEPTED).SetAcceptedAt(now.Add(time.Hour)).
		SetDueAt(workflow.DueAt(now.Add(time.Hour), 30)).SaveX(sys) // right
	tk().SetMode(ticket.ModeEND_TO_END).SetStatus(ticket.StatusACCEPTED).SetAcceptedAt(now).SetDueAt(now.AddDate(0, 0, 10)).SaveX(sys)
	tk().SetMode(ticket.ModeEND_TO_END).SetStatus(ticket.StatusIN_PROGRESS).SaveX(sys)
	tk().SetMode(ticket.ModeON_SITE).SaveX(sys)
	v := p.Villages[0]
	law := c.LectureTopic.Query().Where(lecturetopic.DistrictID(p.District.ID), lecturetopic.Code("LAW")).OnlyX(sys)
	theme := c.QuarterTheme.Create().SetVillageID(v.ID).SetQuarter("2025Q1").SetTopic(law).SetTitle("民法典").SaveX(sys)
	c.Session.Create().SetKind(session.KindLECTURE).SetCourtyardID(cy.ID).SetTopic(law).SetQuarterThemeID(theme.ID).
		SetHeldAt(now.AddDate(0, 2, 0)).SetSpeakerName("李律师").SetAttendance(20).ExecX(sys)
	// A lecture the households present were taken down for, rated by a
	// resident of another household.
	away := c.Household.Create().SetNumber("002").SetHeadName("周强").SetCourtyardID(cy.ID).SaveX(sys)
	neighbour := c.Resident.Create().SetName("周强").SetHouseholdID(away.ID).SaveX(sys)
	c.QuarterTheme.Create().SetVillageID(v.ID).SetQuarter("2025Q1").SetTopic(c.LectureTopic.Query().Where(lecturetopic.DistrictID(p.District.ID), lecturetopic.Code("SAFETY")).OnlyX(sys)).SetTitle("防范电信诈骗").ExecX(sys)
	l := c.Session.Create().SetKind(session.KindLECTURE).SetCourtyardID(cy.ID).SetTopic(law).SetQuarterThemeID(theme.ID).
		SetHeldAt(now).SetSpeakerName("李律师").SetAttendance(5).SetHouseholdsPresent([]int{app.HouseholdID}).SaveX(sys)
	rate := func(rater int) {
		c.Rating.Create().SetTarget(rating.TargetOFFICER).SetDimension(rating.DimensionPUBLICITY).SetScore(5).SetPeriod("2025H1").
			SetRatedAt(now.Add(time.Hour)).SetCourtyardID(cy.ID).SetSessionID(l.ID).SetRaterID(rater).ExecX(sys)
	}
	c.QuarterTheme.Create().SetVillageID(v.ID).SetQuarter("2025Q3").SetTopic(c.LectureTopic.Query().Where(lecturetopic.DistrictID(p.District.ID), lecturetopic.Code("HEALTH")).OnlyX(sys)).SetTitle("防暑降温").ExecX(sys) // alone
	rate(app.ID)                                                                                                                                                                                                       // right
	rate(neighbour.ID)

	vs, err := workflow.Check(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]int{}
	for _, v := range vs {
		found[v.Rule]++
		t.Log(v)
	}
	for rule, n := range map[string]int{
		"ticket due = accepted + time limit":                                         1,
		"ticket status consistent":                                                   1,
		"ticket mode allowed by its service":                                         1,
		"2–3 themes per village quarter":                                             1,
		"lecture ratings for the courtyard's publicist, from the households present": 1,
		"lecture follows a quarter theme":                                            1,
	} {
		if found[rule] != n {
			t.Errorf("rule %q: %d violations, want %d", rule, found[rule], n)
		}
	}
	if !strings.Contains(strings.Join(workflow.Rules(), ","), "ticket ratings from the applicant") {
		t.Errorf("rules %v lack the ticket-rating rule", workflow.Rules())
	}
}
