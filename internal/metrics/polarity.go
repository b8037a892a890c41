package metrics

import "fmt"

// Polarity says which direction of change in a metric is good news (GraphQL
// MetricPolarity): the dashboard colours a change by it, not by its sign.
type Polarity string

// The polarities.
const (
	// Up: a rise is good (tickets completed, satisfaction).
	Up Polarity = "UP"
	// Down: a fall is good (tickets overdue, days to complete, vacant roles).
	Down Polarity = "DOWN"
	// Neither: a change is neither good nor bad in itself (courtyards,
	// tickets submitted, points redeemed).
	Neither Polarity = "NEITHER"
)

// better declares each metric's polarity. Every catalogued metric must have
// one (TestEveryMetricDeclaresItsPolarity): a new metric is added here too.
var better = map[string]Polarity{
	"COURTYARDS":              Neither,
	"ROLES_STAFFED":           Up,
	"ROLES_VACANT":            Down,
	"COURTYARDS_WITH_VACANCY": Down,
	"TICKETS_SUBMITTED":       Neither,
	"TICKETS_COMPLETED":       Up,
	"TICKETS_ON_TIME":         Up,
	"TICKETS_ON_TIME_SHARE":   Up,
	"TICKETS_OVERDUE":         Down,
	"TICKET_DAYS_MEAN":        Down,
	"TICKET_DAYS_MEDIAN":      Down,
	"TICKET_DAYS_P90":         Down,
	"TICKET_RATINGS":          Up,
	"TICKET_SATISFACTION":     Up,
	"ISSUES_COLLECTED":        Neither,
	"ISSUES_DECIDED":          Up,
	"ISSUES_EXECUTED":         Up,
	"ISSUES_EVALUATED":        Up,
	"ISSUES_CLOSED":           Up,
	"ISSUE_DAYS_TO_CONFIRM":   Down,
	"ISSUE_DAYS_TO_VISIT":     Down,
	"ISSUE_DAYS_TO_DECIDE":    Down,
	"ISSUE_DAYS_TO_EXECUTE":   Down,
	"ISSUE_DAYS_TO_EVALUATE":  Down,
	"ISSUE_ESCALATION_SHARE":  Neither,
	"ISSUE_APPROVAL_SHARE":    Up,
	"COLLECTIVE_FUNDS":        Neither,
	"DISPUTES_MEDIATED":       Up,
	"CUSTOMS_CASES":           Up,
	"IDEAS_SUBMITTED":         Up,
	"IDEAS_ADOPTED":           Up,
	"LECTURES":                Up,
	"LECTURE_ATTENDANCES":     Up,
	"HOUSEHOLDS_REACHED":      Up,
	"THEMES_PICKED":           Up,
	"THEMES_LECTURED":         Up,
	"THEME_COVERAGE":          Up,
	"OFFICER_SCORE":           Up,
	"OFFICERS_SCORED":         Up,
	"OFFICERS_FAILING":        Down,
	"OFFICERS_REPLACED":       Neither,
	"POINTS_ISSUED":           Up,
	"POINTS_DEDUCTED":         Down,
	"POINTS_REDEEMED":         Neither,
	"POINTS_BALANCE":          Neither,
	"HOUSEHOLDS_WITH_POINTS":  Up,
	"AWARDS":                  Up,
	"GRANTS":                  Up,
	"GRANT_AMOUNT":            Up,
	// The analysts' metrics (issue durations, meetings, customs, points apart).
	"ISSUE_LOOP_DAYS_MEDIAN":   Down,
	"ISSUE_LOOP_DAYS_P90":      Down,
	"ISSUE_STEP_DAYS_MEDIAN":   Down,
	"ISSUE_STEP_DAYS_P90":      Down,
	"MEETINGS":                 Up,
	"VOTES":                    Up,
	"MEETING_TURNOUT":          Up,
	"CUSTOMS_STOPPED":          Up,
	"ISSUES_EMERGENCY":         Neither,
	"POINTS_REVERSED":          Down,
	"POINTS_NET":               Up,
	"HOUSEHOLD_POINTS_BALANCE": Neither,
	"COURTYARD_POINTS_BALANCE": Neither,
}

// Polarities explains each polarity, for the docs.
var Polarities = map[Polarity]string{
	Up:      "上升为好 — a rise is good news",
	Down:    "下降为好 — a fall is good news",
	Neither: "中性 — a change is neither good nor bad in itself",
}

func init() {
	for _, m := range Catalogue {
		m.Better = better[m.Name]
	}
	for name := range better {
		if _, ok := ByName(name); !ok {
			panic(fmt.Sprintf("metrics: polarity of %s, which is not catalogued", name))
		}
	}
}
