// Package metrics is the metric catalogue of Yuanbahui: each metric's name,
// labels, definition, unit, the filters and group-by keys it honours, and the
// SQL that computes it (Build). The GraphQL API (stats, overview, ranking),
// the exports and docs/METRICS.md (generated from it, tested) all read it, so
// every analyst gets the same numbers.
package metrics

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
)

// Key is a group-by key of statistics (GraphQL StatsKey).
type Key string

// The keys.
const (
	Town        Key = "TOWN"
	Village     Key = "VILLAGE"
	Courtyard   Key = "COURTYARD"
	Category    Key = "CATEGORY"
	Item        Key = "ITEM"
	Stage       Key = "STAGE"
	ServiceType Key = "SERVICE_TYPE"
	Status      Key = "STATUS"
	Mode        Key = "MODE"
	Topic       Key = "TOPIC"
	Dimension   Key = "DIMENSION"
	Role        Key = "ROLE"
	// Outcome is a deliberation meeting's outcome (APPROVED, REJECTED,
	// DEFERRED); an issue's is that of its latest meeting.
	Outcome Key = "OUTCOME"
)

// Officer groups officer metrics by role assignment; rankings use it (it is
// not a StatsKey).
const Officer Key = "OFFICER"

// Keys lists the keys in the schema's order.
var Keys = []Key{Town, Village, Courtyard, Category, Item, Stage, ServiceType, Status, Mode, Topic, Dimension, Role, Outcome}

// Agg is how a metric aggregates its fact's rows.
type Agg int

// The aggregates.
const (
	// Count counts the rows meeting Cond.
	Count Agg = iota
	// Sum sums Expr over the rows meeting Cond.
	Sum
	// Mean averages Expr over the rows meeting Cond.
	Mean
	// Share is the rows meeting Cond over the rows meeting Of.
	Share
	// Distinct counts the distinct values of Expr over the rows meeting Cond.
	Distinct
	// Percentile is the P-th percentile (continuous) of Expr over the rows meeting Cond.
	Percentile
)

// Fact is a set of rows metrics aggregate: a table or a derived table, with
// its area columns, the time that places a row in a period, its keys and the
// filters it honours.
type Fact struct {
	// Name names the fact in errors and the docs.
	Name string
	// Table is the table the rows are, when they are one table's rows (nil
	// From); such a fact's count, sum, mean and share metrics are also kept
	// per village and month in the rollups (rollup.go).
	Table string
	// From writes the derived table the rows are; at is the instant of a snapshot.
	From func(d dialect.Dialect, a *args, at time.Time) string
	// Where is a condition every row meets.
	Where string
	// Area lists the area columns the rows have (town_id, village_id, courtyard_id).
	Area []string
	// Time is the timestamp column placing a row in a period and a bucket.
	Time string
	// Label is, instead of Time, the column of a period label (2024Q2 or 2024H1).
	Label string
	// Quarterly tells that Label holds quarters (else half-years).
	Quarterly bool
	// Snapshot tells that the fact is taken at an instant (the period's end):
	// a stock, not a flow; it has no time buckets.
	Snapshot bool
	// Since is, for a snapshot, an SQL expression of the first instant its
	// records hold (NULL for none): its analytics view by month end starts at
	// that instant's month. Empty: no such view (the courtyards are counted
	// as they are now, whatever the instant).
	Since string
	// Keys maps each group-by key to its column.
	Keys map[Key]string
	// Filters maps each StatsFilter field it honours to its column.
	Filters map[string]string
	// Tables names the entities whose tables a statement reads, to weigh it
	// in the API's cost model (graph/cost.go).
	Tables []string
	// ByRole is the fact to read instead when grouping or filtering by role.
	ByRole *Fact
}

// For returns the fact to read for keys and filters: ByRole when they
// involve the role.
func (f *Fact) For(keys []Key, filters map[string][]any) *Fact {
	if f.ByRole != nil && (slices.Contains(keys, Role) || filters["roles"] != nil) {
		return f.ByRole
	}
	return f
}

func (f *Fact) has(col string) bool { return slices.Contains(f.Area, col) }

// Metric is one metric of the catalogue.
type Metric struct {
	// Name is the metric's name, the GraphQL enum value (e.g. TICKETS_ON_TIME).
	Name string
	// Label and LabelEn are its Chinese and English labels.
	Label, LabelEn string
	// Definition says what is counted or measured.
	Definition string
	// Unit is count, share (0–1), days, yuan, points or score (1–5).
	Unit string
	// Fact is the rows it aggregates.
	Fact *Fact
	// Agg is how.
	Agg Agg
	// Expr is the value aggregated (Sum, Mean, Distinct, Percentile), per dialect.
	Expr func(d dialect.Dialect) string
	// Cond is the condition on the rows counted ("" for all).
	Cond string
	// Of is the condition on the rows a Share is of ("" for all).
	Of string
	// P is a Percentile's fraction, e.g. 0.9.
	P float64
	// Overview puts the metric among the headline figures of overview.
	Overview bool
	// Better says which direction of change is good news (declared in
	// polarity.go for every metric).
	Better Polarity
}

func (m *Metric) expr(d dialect.Dialect) string {
	if m.Expr == nil {
		return "1"
	}
	return m.Expr(d)
}

// column is an Expr of one column.
func column(c string) func(dialect.Dialect) string { return func(dialect.Dialect) string { return c } }

// Filters lists the StatsFilter fields m honours, sorted: area and the
// period always (for a snapshot the period's end is its instant).
func (m *Metric) Filters() []string {
	out := []string{"area", "period", "from", "to"}
	var own []string
	for _, fact := range []*Fact{m.Fact, m.Fact.ByRole} {
		if fact == nil {
			continue
		}
		for f := range fact.Filters {
			own = append(own, f)
		}
	}
	slices.Sort(own)
	return append(out, own...)
}

// GroupBy lists the keys m can be grouped by, in the schema's order.
func (m *Metric) GroupBy() []Key {
	var out []Key
	for _, k := range Keys {
		if m.Fact.For([]Key{k}, nil).Keys[k] != "" {
			out = append(out, k)
		}
	}
	return out
}

// SQL is the PostgreSQL statement computing m over the whole district for a
// period ($1, $2 its bounds; a snapshot's instant inside), ungrouped.
func (m *Metric) SQL() string {
	from, to := time.Date(2024, 4, 1, 0, 0, 0, 0, period.Shanghai), time.Date(2024, 7, 1, 0, 0, 0, 0, period.Shanghai)
	q := Query{Metrics: []*Metric{m}, At: to, Raw: true}
	if !m.Fact.Snapshot {
		q.From, q.To = from, to
	}
	st, err := Build("postgres", q)
	if err != nil || len(st) == 0 {
		return fmt.Sprintf("-- %v", err)
	}
	return st[0].SQL
}

// area columns and keys.
var (
	allArea     = []string{"town_id", "village_id", "courtyard_id"}
	villageArea = []string{"town_id", "village_id"}
)

func areaKeys(extra map[Key]string) map[Key]string {
	keys := map[Key]string{Town: "town_id", Village: "village_id", Courtyard: "courtyard_id"}
	for k, c := range extra {
		keys[k] = c
	}
	return keys
}

func table(name string) func(dialect.Dialect, *args, time.Time) string {
	return func(dialect.Dialect, *args, time.Time) string { return name }
}

// from writes the table or derived table of f's rows.
func (f *Fact) from(d dialect.Dialect, a *args, at time.Time) string {
	if f.From == nil {
		return f.Table
	}
	return f.From(d, a, at)
}

// The facts.
var (
	// posts are the courtyards with their posts (4 each: 一长三员) staffed
	// at an instant, one row per courtyard; grouped or filtered by role, one
	// row per courtyard and role (postsByRole). Either way a row has posts
	// and staffed, so the metrics read the same on both.
	posts = &Fact{
		Name: "courtyard posts (院坝岗位)", Snapshot: true, Area: allArea, Tables: []string{"Courtyard", "RoleAssignment"},
		From: func(_ dialect.Dialect, a *args, at time.Time) string {
			// The assignments carry their courtyard's town and village
			// (AreaMixin): joined on them too, an area filter reaches the
			// assignments' own indexes.
			return "(SELECT c.id AS courtyard_id, c.village_id, c.town_id, 4 AS posts, COALESCE(s.n, 0) AS staffed FROM courtyards c" +
				" LEFT JOIN (SELECT courtyard_id, village_id, town_id, COUNT(DISTINCT role) AS n FROM role_assignments WHERE started_at <= " + a.at(at) +
				" AND (ended_at IS NULL OR ended_at > " + a.at(at) + ") GROUP BY courtyard_id, village_id, town_id) s" +
				" ON s.courtyard_id = c.id AND s.village_id = c.village_id AND s.town_id = c.town_id)"
		},
		Since: "(SELECT MIN(started_at) FROM role_assignments)",
		Keys:  areaKeys(nil), ByRole: postsByRole,
	}
	courtyards = &Fact{
		Name: "courtyards", Snapshot: true, Area: allArea, Tables: []string{"Courtyard"},
		From: table("(SELECT id AS courtyard_id, village_id, town_id FROM courtyards)"),
		Keys: areaKeys(nil),
	}
	postsByRole = &Fact{
		Name: "courtyard posts by role", Snapshot: true, Area: allArea, Tables: []string{"Courtyard", "RoleAssignment"},
		From: func(_ dialect.Dialect, a *args, at time.Time) string {
			return "(SELECT c.id AS courtyard_id, c.village_id, c.town_id, r.role, 1 AS posts, CASE WHEN s.courtyard_id IS NULL THEN 0 ELSE 1 END AS staffed" +
				" FROM courtyards c CROSS JOIN (SELECT 'HEAD' AS role UNION ALL SELECT 'PUBLICIST' UNION ALL SELECT 'AGENT' UNION ALL SELECT 'INFORMANT') r" +
				" LEFT JOIN (SELECT DISTINCT courtyard_id, village_id, town_id, role FROM role_assignments WHERE started_at <= " + a.at(at) +
				" AND (ended_at IS NULL OR ended_at > " + a.at(at) + ")) s" +
				" ON s.courtyard_id = c.id AND s.village_id = c.village_id AND s.town_id = c.town_id AND s.role = r.role)"
		},
		Keys: areaKeys(map[Key]string{Role: "role"}), Filters: map[string]string{"roles": "role"},
	}
	ticketKeys    = areaKeys(map[Key]string{ServiceType: "service_type_id", Status: "status", Mode: "mode"})
	ticketFilters = map[string]string{"serviceTypeIDs": "service_type_id", "statuses": "status", "modes": "mode"}
	tickets       = &Fact{Name: "tickets submitted", Table: "tickets", Tables: []string{"Ticket"}, Area: allArea, Time: "submitted_at", Keys: ticketKeys, Filters: ticketFilters}
	ticketsDone   = &Fact{Name: "tickets completed", Table: "tickets", Tables: []string{"Ticket"}, Area: allArea, Time: "completed_at", Where: "status = 'COMPLETED'", Keys: ticketKeys, Filters: ticketFilters}
	ticketsOpen   = &Fact{
		Name: "tickets open (at an instant)", Snapshot: true, Area: allArea, Tables: []string{"Ticket"},
		From: func(_ dialect.Dialect, a *args, at time.Time) string {
			return "(SELECT * FROM tickets WHERE " + TicketOverdue(func(c string) string { return c }, func() string { return a.at(at) }) + ")"
		},
		Since: "(SELECT MIN(accepted_at) FROM tickets)",
		Keys:  ticketKeys, Filters: ticketFilters,
	}
	ticketRatings = &Fact{Name: "ratings of tickets", Table: "ratings", Tables: []string{"Rating", "Ticket"}, Area: allArea, Time: "rated_at", Where: "ticket_id IS NOT NULL AND dimension = 'PROXY_SERVICE'",
		Keys:    areaKeys(map[Key]string{Dimension: "dimension", ServiceType: ratedServiceType}),
		Filters: map[string]string{"dimensions": "dimension", "serviceTypeIDs": ratedServiceType}}
	issueKeys       = areaKeys(map[Key]string{Category: "category", Item: "item_id", Stage: "stage", Outcome: issueOutcome})
	issueFilters    = map[string]string{"categories": "category", "itemIDs": "item_id", "stages": "stage", "outcomes": issueOutcome}
	issues          = issueFact("issues collected", "collected_at")
	issuesDecided   = issueFact("issues decided", "decided_at")
	issuesExecuted  = issueFact("issues executed", "executed_at")
	issuesEvaluated = issueFact("issues evaluated", "evaluated_at")
	issuesClosed    = issueFact("issues closed", "closed_at")
	issuesEmergency = issueFact("issues handled as emergencies", "emergency_at")
	ideas           = &Fact{Name: "ideas submitted", Table: "ideas", Tables: []string{"Idea"}, Area: allArea, Time: "submitted_at", Keys: areaKeys(nil)}
	ideasAdopted    = &Fact{Name: "ideas adopted", Table: "ideas", Tables: []string{"Idea"}, Area: allArea, Time: "adopted_at", Where: "adopted_at IS NOT NULL", Keys: areaKeys(nil)}
	lectures        = &Fact{Name: "lectures", Table: "sessions", Tables: []string{"Session"}, Area: allArea, Time: "held_at", Where: "kind = 'LECTURE'",
		Keys: areaKeys(map[Key]string{Topic: "topic_id"}), Filters: map[string]string{"topics": topicCode}}
	lectureHouseholds = &Fact{
		Name: "households present at lectures", Area: allArea, Time: "held_at", Tables: []string{"Session", "Household"},
		From: func(d dialect.Dialect, _ *args, _ time.Time) string {
			cols := "s.town_id, s.village_id, s.courtyard_id, s.topic_id, s.held_at, h.value AS household_id"
			return "(SELECT " + cols + " FROM sessions s" + d.JSONElements("s.households_present", "h") + " WHERE s.kind = 'LECTURE')"
		},
		Keys: areaKeys(map[Key]string{Topic: "topic_id"}), Filters: map[string]string{"topics": topicCode},
	}
	themes = &Fact{
		Name: "quarter themes", Area: villageArea, Label: "quarter", Quarterly: true, Tables: []string{"QuarterTheme", "Session"},
		From: table("(SELECT qt.id, qt.quarter, qt.topic_id, qt.village_id, v.town_id," +
			" CASE WHEN EXISTS (SELECT 1 FROM sessions s WHERE s.quarter_theme_id = qt.id AND s.kind = 'LECTURE') THEN 1 ELSE 0 END AS lectured" +
			" FROM quarter_themes qt JOIN villages v ON v.id = qt.village_id)"),
		Keys: map[Key]string{Town: "town_id", Village: "village_id", Topic: "topic_id"}, Filters: map[string]string{"topics": topicCode},
	}
	officerScores = &Fact{
		Name: "officers' half-year scores", Area: allArea, Label: "period", Tables: []string{"Rating", "RoleAssignment"},
		// The ratings' count and total per officer, dimension and half-year,
		// kept by triggers (rollup.go: officer_scores).
		From:    table("(SELECT town_id, village_id, courtyard_id, role_assignment_id, dimension, period, role, n, total FROM officer_scores WHERE n > 0)"),
		Keys:    areaKeys(map[Key]string{Role: "role", Dimension: "dimension", Officer: "role_assignment_id"}),
		Filters: map[string]string{"roles": "role", "dimensions": "dimension"},
	}
	replaced = &Fact{Name: "officers replaced", Table: "role_assignments", Tables: []string{"RoleAssignment"}, Area: allArea, Time: "ended_at", Where: "end_reason = 'RATED_FAILING'",
		Keys: areaKeys(map[Key]string{Role: "role"}), Filters: map[string]string{"roles": "role"}}
	// Only confirmed entries count: a proposed one awaits the village's
	// decision, a rejected one stays on the ledger counting nothing.
	entries     = &Fact{Name: "point entries", Table: "point_entries", Tables: []string{"PointEntry"}, Area: allArea, Time: "awarded_at", Where: "status = 'CONFIRMED'", Keys: areaKeys(nil)}
	redemptions = &Fact{Name: "point redemptions", Table: "point_redemptions", Tables: []string{"PointRedemption"}, Area: allArea, Time: "redeemed_at", Keys: areaKeys(nil)}
	balance     = &Fact{
		Name: "points ledger (up to an instant)", Area: allArea, Snapshot: true, Tables: []string{"PointEntry", "PointRedemption"},
		// Each line's holder: a household, or none (the courtyard's own points).
		From: func(_ dialect.Dialect, a *args, at time.Time) string {
			return "(SELECT town_id, village_id, courtyard_id, household_id, points AS delta FROM point_entries WHERE status = 'CONFIRMED' AND awarded_at <= " + a.at(at) +
				" UNION ALL SELECT town_id, village_id, courtyard_id, household_id, -points FROM point_redemptions WHERE redeemed_at <= " + a.at(at) + ")"
		},
		Since: "(SELECT MIN(awarded_at) FROM point_entries WHERE status = 'CONFIRMED')",
		Keys:  areaKeys(nil),
	}
	awards = &Fact{Name: "awards", Table: "awards", Tables: []string{"Award"}, Area: allArea, Label: "period", Keys: areaKeys(nil)}
	grants = &Fact{Name: "grants", Table: "grants", Tables: []string{"Grant"}, Area: allArea, Label: "period", Keys: areaKeys(nil)}
)

// The posts' assignments started and ended, kept in the rollups (not
// metrics of the API): the posts staffed at an instant are their running
// total, as at most one assignment holds a post at a time (a successor starts
// when its predecessor ends; the database allows one open assignment per
// courtyard and role).
var (
	assignmentsStarted = &Fact{Name: "assignments started", Table: "role_assignments", Area: allArea, Time: "started_at", Keys: areaKeys(nil)}
	assignmentsEnded   = &Fact{Name: "assignments ended", Table: "role_assignments", Area: allArea, Time: "ended_at", Keys: areaKeys(nil)}
	postFlows          = []*Metric{
		{Name: "ASSIGNMENTS_STARTED", Fact: assignmentsStarted, Unit: "count"},
		{Name: "ASSIGNMENTS_ENDED", Fact: assignmentsEnded, Unit: "count"},
	}
)

// The facts of the analysts' metrics (issue 18): an issue's loop and steps,
// and deliberation meetings.
var (
	// issueOutcome is, for a row of issues (f.id), the outcome of the
	// issue's latest deliberation meeting (null before any).
	issueOutcome = "(SELECT s.outcome FROM sessions s WHERE s.issue_id = f.id AND s.kind = 'DELIBERATION' ORDER BY s.held_at DESC, s.id DESC LIMIT 1)"
	// topicCode is, for a lecture or theme (f.topic_id), its topic's code
	// in the district's catalogue (the eight defaults share codes across districts).
	topicCode = "(SELECT lt.code FROM lecture_topics lt WHERE lt.id = f.topic_id)"
	// ratedServiceType is, for a rating of a ticket (f.ticket_id), the
	// ticket's service type.
	ratedServiceType = "(SELECT t.service_type_id FROM tickets t WHERE t.id = f.ticket_id)"
	// issuesFinished are the issues whose loop ended — evaluated, or closed
	// (dismissed at confirmation, rejected or deferred at the meeting) —
	// placed in time by that end (finished_at).
	issuesFinished = &Fact{
		Name: "issues finished (evaluated or closed)", Area: allArea, Time: "finished_at", Tables: []string{"Issue", "Session"},
		From: table("(SELECT id, town_id, village_id, courtyard_id, category, item_id, stage, collected_at, COALESCE(evaluated_at, closed_at) AS finished_at" +
			" FROM issues WHERE evaluated_at IS NOT NULL OR closed_at IS NOT NULL)"),
		Keys: issueKeys, Filters: issueFilters,
	}
	// issueStepsTaken are the steps of the six-step loop the issues took,
	// one row per issue and step reached (stage: CONFIRMED, VISITED,
	// DECIDED, EXECUTED, EVALUATED), with the days since the step before it
	// (collected → confirmed → visited → decided → executed → evaluated),
	// placed in time by the step's own time (at). The issue's columns hold
	// each step's latest time: an execution redone after an unsatisfied
	// evaluation counts from the decision to its last execution.
	issueStepsTaken = &Fact{
		Name: "issue steps taken", Area: allArea, Time: "at", Tables: []string{"Issue", "Session"},
		From: func(d dialect.Dialect, _ *args, _ time.Time) string {
			steps := [][3]string{{"CONFIRMED", "collected_at", "confirmed_at"}, {"VISITED", "confirmed_at", "visited_at"},
				{"DECIDED", "visited_at", "decided_at"}, {"EXECUTED", "decided_at", "executed_at"}, {"EVALUATED", "executed_at", "evaluated_at"}}
			var parts []string
			for _, st := range steps {
				parts = append(parts, "SELECT id, town_id, village_id, courtyard_id, category, item_id, '"+st[0]+"' AS stage, "+st[2]+" AS at, "+
					days(d, st[1], st[2])+" AS days FROM issues WHERE "+st[1]+" IS NOT NULL AND "+st[2]+" IS NOT NULL")
			}
			return "(" + strings.Join(parts, " UNION ALL ") + ")"
		},
		Keys: issueKeys, Filters: issueFilters,
	}
	// meetings are the deliberation meetings (议事会) held: one per
	// decideIssue, whatever its outcome.
	meetings = &Fact{Name: "deliberation meetings", Table: "sessions", Tables: []string{"Session"}, Area: allArea, Time: "held_at", Where: "kind = 'DELIBERATION'",
		Keys: areaKeys(map[Key]string{Outcome: "outcome"}), Filters: map[string]string{"outcomes": "outcome"}}
)

// issueStepDays is the days an issue step took (issueStepsTaken).
var issueStepDays = column("days")

func issueLoopDays(d dialect.Dialect) string { return days(d, "collected_at", "finished_at") }

func issueFact(name, at string) *Fact {
	f := &Fact{Name: name, Table: "issues", Tables: []string{"Issue"}, Area: allArea, Time: at, Keys: issueKeys, Filters: issueFilters}
	if at != "collected_at" {
		f.Where = at + " IS NOT NULL"
	}
	return f
}

// SatisfiedScore is the lowest rating score (1–5) that counts as satisfied.
const SatisfiedScore = 4

func daysFromCollection(to string) func(dialect.Dialect) string {
	return func(d dialect.Dialect) string { return days(d, "collected_at", to) }
}

// scoreCounts and failing restate standing.Scoring in SQL over a score's
// ratings (n) and their total: the same rule replaceOfficer applies.
var (
	scoreCounts = fmt.Sprintf("n >= %d", standing.Scoring.MinRatings)
	failing     = fmt.Sprintf("n >= %d AND total < %g * n", standing.Scoring.MinRatings, standing.Scoring.FailingLine)
)

// Catalogue lists every metric, in the order of the GraphQL enum Metric.
var Catalogue = []*Metric{
	{Name: "COURTYARDS", Label: "院坝数", LabelEn: "courtyards", Unit: "count", Fact: courtyards, Overview: true,
		Definition: "Courtyard micro-grids (院坝微网格) in the area, as they are now (grids have no history of their own)."},
	{Name: "ROLES_STAFFED", Label: "在岗岗位数", LabelEn: "roles staffed", Unit: "count", Fact: posts, Agg: Sum, Expr: column("staffed"), Overview: true,
		Definition: "Posts (courtyard × role of 一长三员) with an active assignment at the period's end: started on or before it and not ended by then."},
	{Name: "ROLES_VACANT", Label: "空缺岗位数", LabelEn: "roles vacant", Unit: "count", Fact: posts, Agg: Sum, Expr: column("posts - staffed"), Overview: true,
		Definition: "Posts (courtyard × role) without an active assignment at the period's end."},
	{Name: "COURTYARDS_WITH_VACANCY", Label: "有空缺岗位的院坝数", LabelEn: "courtyards with a vacant role", Unit: "count", Fact: posts, Agg: Distinct, Expr: column("courtyard_id"), Cond: "staffed < posts",
		Definition: "Courtyards with at least one post vacant at the period's end."},
	{Name: "TICKETS_SUBMITTED", Label: "代办申请数", LabelEn: "tickets submitted", Unit: "count", Fact: tickets, Overview: true,
		Definition: "Proxy-service tickets submitted (submittedAt) in the period, whatever became of them."},
	{Name: "TICKETS_COMPLETED", Label: "代办办结数", LabelEn: "tickets completed", Unit: "count", Fact: ticketsDone, Overview: true,
		Definition: "Tickets completed (status COMPLETED) with completedAt in the period; rejected and withdrawn tickets are not completed."},
	{Name: "TICKETS_ON_TIME", Label: "按时办结数", LabelEn: "tickets completed on time", Unit: "count", Fact: ticketsDone, Cond: "completed_at <= due_at",
		Definition: "Tickets completed in the period by their dueAt (completedAt ≤ dueAt)."},
	{Name: "TICKETS_ON_TIME_SHARE", Label: "按时办结率", LabelEn: "on-time share", Unit: "share", Fact: ticketsDone, Agg: Share, Cond: "completed_at <= due_at", Of: "due_at IS NOT NULL", Overview: true,
		Definition: "Of the tickets completed in the period that had a dueAt, the share completed by it."},
	{Name: "TICKETS_OVERDUE", Label: "超期未办结数", LabelEn: "tickets overdue", Unit: "count", Fact: ticketsOpen, Overview: true,
		Definition: "Tickets open past their dueAt at the period's end: accepted by then, due before it, and not completed, rejected or withdrawn by then. dueAt is the service's time limit counted from the later of acceptance and documents complete; a ticket waiting for documents has none and is never overdue."},
	{Name: "TICKET_DAYS_MEAN", Label: "平均办结天数", LabelEn: "days to complete (mean)", Unit: "days", Fact: ticketsDone, Agg: Mean, Expr: ticketDays,
		Definition: "Mean days from submittedAt to completedAt of the tickets completed in the period."},
	{Name: "TICKET_DAYS_MEDIAN", Label: "办结天数中位数", LabelEn: "days to complete (median)", Unit: "days", Fact: ticketsDone, Agg: Percentile, P: 0.5, Expr: ticketDays,
		Definition: "Median (continuous percentile 0.5) of the days from submittedAt to completedAt of the tickets completed in the period."},
	{Name: "TICKET_DAYS_P90", Label: "办结天数P90", LabelEn: "days to complete (90th percentile)", Unit: "days", Fact: ticketsDone, Agg: Percentile, P: 0.9, Expr: ticketDays,
		Definition: "90th percentile (continuous) of the days from submittedAt to completedAt of the tickets completed in the period."},
	{Name: "TICKET_RATINGS", Label: "代办评价数", LabelEn: "service ratings", Unit: "count", Fact: ticketRatings,
		Definition: "Residents' PROXY_SERVICE ratings that follow a ticket (rating.ticket set), given (ratedAt) in the period."},
	{Name: "TICKET_SATISFACTION", Label: "代办满意率", LabelEn: "satisfaction", Unit: "share", Fact: ticketRatings, Agg: Share, Cond: fmt.Sprintf("score >= %d", SatisfiedScore), Overview: true,
		Definition: fmt.Sprintf("Share of the PROXY_SERVICE ratings following a ticket, given in the period, that score %d or 5 (satisfied); TICKET_RATINGS is how many there were.", SatisfiedScore)},
	{Name: "ISSUES_COLLECTED", Label: "议事事项数", LabelEn: "issues collected", Unit: "count", Fact: issues, Overview: true,
		Definition: "Issues collected (collectedAt) in the period; grouped by STAGE, the stage each has reached now."},
	{Name: "ISSUES_DECIDED", Label: "议定事项数", LabelEn: "issues decided", Unit: "count", Fact: issuesDecided,
		Definition: "Issues decided (decidedAt) in the period."},
	{Name: "ISSUES_EXECUTED", Label: "执行事项数", LabelEn: "issues executed", Unit: "count", Fact: issuesExecuted,
		Definition: "Issues whose decision was carried out (executedAt) in the period."},
	{Name: "ISSUES_EVALUATED", Label: "评价事项数", LabelEn: "issues evaluated", Unit: "count", Fact: issuesEvaluated, Overview: true,
		Definition: "Issues evaluated by residents (evaluatedAt) in the period: the six-step loop closed."},
	{Name: "ISSUES_CLOSED", Label: "关闭事项数", LabelEn: "issues closed", Unit: "count", Fact: issuesClosed,
		Definition: "Issues closed (closedAt: dismissed at confirmation or rejected at the meeting) in the period."},
	{Name: "ISSUE_DAYS_TO_CONFIRM", Label: "收集至确定天数", LabelEn: "days from collection to confirmation", Unit: "days", Fact: issues, Agg: Mean, Expr: daysFromCollection("confirmed_at"),
		Definition: "Mean days from collectedAt to confirmedAt of the issues collected in the period that were confirmed."},
	{Name: "ISSUE_DAYS_TO_VISIT", Label: "收集至走访天数", LabelEn: "days from collection to visit", Unit: "days", Fact: issues, Agg: Mean, Expr: daysFromCollection("visited_at"),
		Definition: "Mean days from collectedAt to visitedAt of the issues collected in the period that were visited."},
	{Name: "ISSUE_DAYS_TO_DECIDE", Label: "收集至议定天数", LabelEn: "days from collection to decision", Unit: "days", Fact: issues, Agg: Mean, Expr: daysFromCollection("decided_at"),
		Definition: "Mean days from collectedAt to decidedAt of the issues collected in the period that were decided."},
	{Name: "ISSUE_DAYS_TO_EXECUTE", Label: "收集至执行天数", LabelEn: "days from collection to execution", Unit: "days", Fact: issues, Agg: Mean, Expr: daysFromCollection("executed_at"),
		Definition: "Mean days from collectedAt to executedAt of the issues collected in the period that were executed."},
	{Name: "ISSUE_DAYS_TO_EVALUATE", Label: "收集至评价天数", LabelEn: "days from collection to evaluation", Unit: "days", Fact: issues, Agg: Mean, Expr: daysFromCollection("evaluated_at"),
		Definition: "Mean days from collectedAt to evaluatedAt of the issues collected in the period that were evaluated."},
	{Name: "ISSUE_ESCALATION_SHARE", Label: "上报村社比例", LabelEn: "escalation share", Unit: "share", Fact: issues, Agg: Share, Cond: "escalated_at IS NOT NULL",
		Definition: "Share of the issues collected in the period that were escalated to the village (大事不出村社)."},
	{Name: "ISSUE_APPROVAL_SHARE", Label: "上报获批比例", LabelEn: "approval share", Unit: "share", Fact: issues, Agg: Share, Cond: "escalation_approved_at IS NOT NULL", Of: "escalated_at IS NOT NULL",
		Definition: "Of the issues collected in the period and escalated, the share the village approved."},
	{Name: "COLLECTIVE_FUNDS", Label: "议定集体资金", LabelEn: "collective funds approved", Unit: "yuan", Fact: issuesDecided, Agg: Sum, Expr: column("collective_fund_fen / 100.0"),
		Definition: "Village collective funds the decisions taken in the period spend, in yuan (collectiveFundFen / 100)."},
	{Name: "DISPUTES_MEDIATED", Label: "调解纠纷数", LabelEn: "disputes mediated", Unit: "count", Fact: issuesExecuted, Cond: "category = 'DISPUTE'", Overview: true,
		Definition: "Dispute issues (category DISPUTE) whose mediation was carried out in the period: the executed step (executedAt) is the documented mediation."},
	{Name: "CUSTOMS_CASES", Label: "移风易俗事项数", LabelEn: "customs cases", Unit: "count", Fact: issues, Cond: "category = 'CUSTOMS'",
		Definition: "Issues of category CUSTOMS (移风易俗, e.g. a needless banquet stopped) collected in the period."},
	{Name: "IDEAS_SUBMITTED", Label: "金点子数", LabelEn: "ideas submitted", Unit: "count", Fact: ideas,
		Definition: "Golden ideas submitted (submittedAt) in the period."},
	{Name: "IDEAS_ADOPTED", Label: "采纳金点子数", LabelEn: "ideas adopted", Unit: "count", Fact: ideasAdopted, Overview: true,
		Definition: "Golden ideas adopted (adoptedAt) in the period, whenever submitted."},
	{Name: "LECTURES", Label: "宣讲场次", LabelEn: "lectures", Unit: "count", Fact: lectures, Overview: true,
		Definition: "Lecture sessions (kind LECTURE) held (heldAt) in the period."},
	{Name: "LECTURE_ATTENDANCES", Label: "宣讲参与人次", LabelEn: "lecture attendances", Unit: "count", Fact: lectures, Agg: Sum, Expr: column("attendance"), Overview: true,
		Definition: "Sum of the attendance of the lectures held in the period (a resident at two lectures counts twice)."},
	{Name: "HOUSEHOLDS_REACHED", Label: "宣讲覆盖户数", LabelEn: "households reached", Unit: "count", Fact: lectureHouseholds, Agg: Distinct, Expr: column("household_id"),
		Definition: "Distinct households recorded present (householdsPresent) at the lectures held in the period; lectures without the list do not count."},
	{Name: "THEMES_PICKED", Label: "季度主题数", LabelEn: "quarter themes picked", Unit: "count", Fact: themes,
		Definition: "Lecture themes the villages picked for the quarters that start in the period (2–3 per village and quarter)."},
	{Name: "THEMES_LECTURED", Label: "已宣讲主题数", LabelEn: "themes lectured on", Unit: "count", Fact: themes, Cond: "lectured = 1",
		Definition: "Of THEMES_PICKED, the themes with at least one lecture given on them (session.quarterTheme)."},
	{Name: "THEME_COVERAGE", Label: "主题覆盖率", LabelEn: "topic coverage", Unit: "share", Fact: themes, Agg: Share, Cond: "lectured = 1", Overview: true,
		Definition: "THEMES_LECTURED / THEMES_PICKED: the share of the quarter's themes lectured on."},
	{Name: "OFFICER_SCORE", Label: "岗位评价平均分", LabelEn: "officers' mean score", Unit: "score", Fact: officerScores, Agg: Mean, Expr: column("1.0 * total / n"), Cond: scoreCounts,
		Definition: fmt.Sprintf("Mean of the officers' half-year scores per dimension (the mean of residents' ratings, 1–5) that count (at least %d ratings), for the half-years that start in the period (docs/evaluation.md).", standing.Scoring.MinRatings)},
	{Name: "OFFICERS_SCORED", Label: "计分岗位数", LabelEn: "officers scored", Unit: "count", Fact: officerScores, Agg: Distinct, Expr: column("role_assignment_id"), Cond: scoreCounts,
		Definition: fmt.Sprintf("Officers (role assignments) with a counted score (at least %d ratings of a dimension) in a half-year starting in the period.", standing.Scoring.MinRatings)},
	{Name: "OFFICERS_FAILING", Label: "不合格岗位数", LabelEn: "officers failing", Unit: "count", Fact: officerScores, Agg: Distinct, Expr: column("role_assignment_id"), Cond: failing, Overview: true,
		Definition: fmt.Sprintf("Officers the scoring rule flags failing — a counted score below %g on some dimension — in a half-year starting in the period.", standing.Scoring.FailingLine)},
	{Name: "OFFICERS_REPLACED", Label: "因不合格更换数", LabelEn: "officers replaced", Unit: "count", Fact: replaced, Overview: true,
		Definition: "Assignments ended in the period (endedAt) for the reason RATED_FAILING: officers replaced for failing."},
	{Name: "POINTS_ISSUED", Label: "发放积分", LabelEn: "points issued", Unit: "points", Fact: entries, Agg: Sum, Expr: column("points"), Cond: "points > 0 AND reverses_id IS NULL", Overview: true,
		Definition: "Points earned (positive confirmed point entries, awardedAt in the period), reversals not included (POINTS_REVERSED); 1 point ≈ 1 yuan."},
	{Name: "POINTS_DEDUCTED", Label: "扣减积分", LabelEn: "points deducted", Unit: "points", Fact: entries, Agg: Sum, Expr: column("-points"), Cond: "points < 0 AND reverses_id IS NULL",
		Definition: "Points lost (negative confirmed point entries, awardedAt in the period), as a positive number; reversals not included (POINTS_REVERSED)."},
	{Name: "POINTS_REDEEMED", Label: "兑换积分", LabelEn: "points redeemed", Unit: "points", Fact: redemptions, Agg: Sum, Expr: column("points"), Overview: true,
		Definition: "Points spent at the points supermarket (redemptions, redeemedAt in the period)."},
	{Name: "POINTS_BALANCE", Label: "积分余额", LabelEn: "points balance", Unit: "points", Fact: balance, Agg: Sum, Expr: column("delta"),
		Definition: "Points earned minus deducted (confirmed entries, reversals included) minus redeemed, all time up to the period's end, households' and courtyard-level entries (no household) together: HOUSEHOLD_POINTS_BALANCE + COURTYARD_POINTS_BALANCE."},
	{Name: "HOUSEHOLDS_WITH_POINTS", Label: "获积分农户数", LabelEn: "households awarded points", Unit: "count", Fact: entries, Agg: Distinct, Expr: column("household_id"), Cond: "points > 0 AND household_id IS NOT NULL",
		Definition: "Distinct households that earned points (confirmed entries) in the period."},
	{Name: "AWARDS", Label: "五个最美评选数", LabelEn: "awards", Unit: "count", Fact: awards, Overview: true,
		Definition: "Awards (五个最美) of the half-years that start in the period."},
	{Name: "GRANTS", Label: "奖补项目数", LabelEn: "grants", Unit: "count", Fact: grants,
		Definition: "Project grants (以奖代投) of the half-years that start in the period."},
	{Name: "GRANT_AMOUNT", Label: "奖补金额", LabelEn: "grant amount", Unit: "yuan", Fact: grants, Agg: Sum, Expr: column("amount_fen / 100.0"), Overview: true,
		Definition: "Amount of the project grants of the half-years that start in the period, in yuan."},
	// The analysts' metrics (issue 18).
	{Name: "ISSUE_LOOP_DAYS_MEDIAN", Label: "议事闭环天数中位数", LabelEn: "days of the issue loop (median)", Unit: "days", Fact: issuesFinished, Agg: Percentile, P: 0.5, Expr: issueLoopDays,
		Definition: "Median (continuous percentile 0.5) of the days from collectedAt (raised) to evaluatedAt, or to closedAt for an issue closed instead, of the issues evaluated or closed in the period; by CATEGORY per category."},
	{Name: "ISSUE_LOOP_DAYS_P90", Label: "议事闭环天数P90", LabelEn: "days of the issue loop (90th percentile)", Unit: "days", Fact: issuesFinished, Agg: Percentile, P: 0.9, Expr: issueLoopDays,
		Definition: "90th percentile (continuous) of the days from collectedAt (raised) to evaluatedAt, or to closedAt for an issue closed instead, of the issues evaluated or closed in the period."},
	{Name: "ISSUE_STEP_DAYS_MEDIAN", Label: "议事环节天数中位数", LabelEn: "days per issue step (median)", Unit: "days", Fact: issueStepsTaken, Agg: Percentile, P: 0.5, Expr: issueStepDays,
		Definition: "Median (continuous percentile 0.5) of the days a step of the loop took — from the step before it to the step (collected → confirmed → visited → decided → executed → evaluated) — over the steps taken in the period (the step's time in it); group by STAGE for each step (CONFIRMED is raised → confirmed, DECIDED visited → decided, …), by CATEGORY per category."},
	{Name: "ISSUE_STEP_DAYS_P90", Label: "议事环节天数P90", LabelEn: "days per issue step (90th percentile)", Unit: "days", Fact: issueStepsTaken, Agg: Percentile, P: 0.9, Expr: issueStepDays,
		Definition: "90th percentile (continuous) of the days a step of the loop took, from the step before it, over the steps taken in the period; group by STAGE for each step."},
	{Name: "MEETINGS", Label: "议事会场次", LabelEn: "deliberation meetings", Unit: "count", Fact: meetings,
		Definition: "Deliberation meetings (sessions of kind DELIBERATION, one per decideIssue) held (heldAt) in the period, whatever their outcome; by OUTCOME approved, rejected or deferred."},
	{Name: "VOTES", Label: "表决次数", LabelEn: "votes taken", Unit: "count", Fact: meetings, Cond: "votes_for IS NOT NULL",
		Definition: "Deliberation meetings held in the period that decided by a show of hands (votes for, against and abstaining recorded); meetings deciding by persuasion (customs) or mediation (disputes) take no vote (their method)."},
	{Name: "MEETING_TURNOUT", Label: "议事会到会户数比例", LabelEn: "meeting turnout", Unit: "share", Fact: meetings, Agg: Mean, Expr: column("1.0 * households_represented / NULLIF(households_total, 0)"),
		Definition: "Mean over the deliberation meetings held in the period of the households represented divided by the courtyard's households on the day of the meeting (householdsTotal, kept with the meeting); meetings without both figures do not count."},
	{Name: "CUSTOMS_STOPPED", Label: "移风易俗成效数", LabelEn: "customs stopped", Unit: "count", Fact: issuesExecuted, Cond: customsTookEffect,
		Definition: "Customs issues (category CUSTOMS) carried out (executedAt) in the period whose custom took effect by its customOutcome: STOPPED (a banquet called off), REDUCED (a ceremony scaled down, a bride price lowered) or PERSUADED (the household agreed to change) count, HELD (held anyway) does not; an issue recorded before customOutcome existed (null) counts when what was stopped or changed is recorded (customChange). By ITEM which. CUSTOMS_CASES counts the cases collected, this the ones that took effect."},
	{Name: "POINTS_REVERSED", Label: "冲正积分", LabelEn: "points reversed", Unit: "points", Fact: entries, Agg: Sum, Expr: column("-points"), Cond: "reverses_id IS NOT NULL",
		Definition: "Points taken back by reversals (reversePointEntry: an entry pointing at the one it undoes) recorded (awardedAt) in the period: an award undone counts positive, a deduction undone negative. Reversals count neither in POINTS_ISSUED nor in POINTS_DEDUCTED."},
	{Name: "POINTS_NET", Label: "净增积分", LabelEn: "points net of reversals", Unit: "points", Fact: entries, Agg: Sum, Expr: column("points"),
		Definition: "Net points of the confirmed entries recorded (awardedAt) in the period, reversals included: POINTS_ISSUED − POINTS_DEDUCTED − POINTS_REVERSED."},
	{Name: "HOUSEHOLD_POINTS_BALANCE", Label: "农户积分余额", LabelEn: "households' points balance", Unit: "points", Fact: balance, Agg: Sum, Expr: column("delta"), Cond: "household_id IS NOT NULL",
		Definition: "Households' points: earned minus deducted (confirmed entries of a household) minus redeemed, all time up to the period's end. Courtyard-level entries (no household) are COURTYARD_POINTS_BALANCE."},
	{Name: "COURTYARD_POINTS_BALANCE", Label: "院坝集体积分", LabelEn: "courtyard-level points", Unit: "points", Fact: balance, Agg: Sum, Expr: column("delta"), Cond: "household_id IS NULL",
		Definition: "Points of confirmed entries given to a courtyard itself (no household), all time up to the period's end; no household can redeem them. POINTS_BALANCE = HOUSEHOLD_POINTS_BALANCE + COURTYARD_POINTS_BALANCE."},
	// Issue 19: the work as it really happens.
	{Name: "ISSUES_EMERGENCY", Label: "应急处置事项数", LabelEn: "issues handled as emergencies", Unit: "count", Fact: issuesEmergency,
		Definition: "Issues handled at once before any meeting (先处置后报备: recordEmergency, emergencyAt in the period), whether or not the next meeting ratified the action; the categories allowed are the passing rule's emergencyCategories."},
}

// customsTookEffect is the condition of a customs issue whose custom took
// effect (CUSTOMS_STOPPED): stopped, reduced or persuaded; before custom
// outcomes were recorded, a recorded change.
const customsTookEffect = "category = 'CUSTOMS' AND (custom_outcome IN ('STOPPED', 'REDUCED', 'PERSUADED')" +
	" OR (custom_outcome IS NULL AND custom_change IS NOT NULL AND custom_change <> ''))"

// TicketOverdue is the one definition of an overdue ticket at an instant
// (TICKETS_OVERDUE, the tickets list's overdue filter, the TICKET_OVERDUE
// gaps): accepted by then, due before it, and not completed, rejected or
// withdrawn by then (all three set completed_at). due_at is the one due
// time: the service's limit counted from the later of acceptance and
// documents complete, null while documents are awaited (so never overdue);
// workflow's service_documents.go sets it. col names a column of the
// tickets row; at writes the instant's placeholder, once per use.
func TicketOverdue(col func(string) string, at func() string) string {
	return col("accepted_at") + " <= " + at() + " AND " + col("due_at") + " < " + at() +
		" AND (" + col("completed_at") + " IS NULL OR " + col("completed_at") + " > " + at() + ")"
}

func ticketDays(d dialect.Dialect) string { return days(d, "submitted_at", "completed_at") }

// ByName returns the metric named name.
func ByName(name string) (*Metric, bool) {
	i := slices.IndexFunc(Catalogue, func(m *Metric) bool { return m.Name == name })
	if i < 0 {
		return nil, false
	}
	return Catalogue[i], true
}

// Units explains each unit, for the docs.
var Units = map[string]string{
	"count":  "个 — a number of records",
	"share":  "比例 — a fraction from 0 to 1 (null when there is nothing to divide by)",
	"days":   "天 — days, fractional",
	"yuan":   "元 — yuan (amounts are kept in fen; 1 yuan = 100 fen)",
	"points": "分 — points (1 point ≈ 1 yuan)",
	"score":  "分 — a score from 1 (failing) to 5 (excellent)",
}

// Describe returns the Markdown reference of the catalogue (docs/METRICS.md).
func Describe() string {
	var b strings.Builder
	b.WriteString("# Metrics (指标目录)\n\n")
	b.WriteString("Generated from `internal/metrics` (`go test ./internal/metrics -run TestMetricsDoc -update`); a test keeps it in step.\n")
	b.WriteString("The API (`stats`, `overview`, `ranking`, `metrics`), the exports and the dashboard read the same catalogue.\n\n")
	b.WriteString("Rules shared by every metric:\n\n")
	b.WriteString("- **Scope**: a metric counts only rows in the account's area, by the rows' own town/village/courtyard columns — exactly the rows the account can list. `where.area` narrows further.\n")
	b.WriteString("- **Period**: `where.period` (`2024`, `2024H1`, `2024Q2`, `2024-06`, `2024-06-30`) or `where.from`/`where.to`, in Asia/Shanghai (UTC+8). A flow metric counts the rows whose time (named in its definition) falls in the period; metrics recorded per quarter or half-year (themes, officer scores, awards, grants) count the quarters or half-years that start in it. A snapshot metric is taken at the period's end (now when there is no period or it has not ended).\n")
	b.WriteString("- **Buckets**: `DAY` (2024-06-30), `WEEK` (ISO, 2024-W26), `MONTH` (2024-06), `QUARTER` (2024Q2), `HALF_YEAR` (2024H1), `YEAR` (2024), in Asia/Shanghai. Snapshots have none; period-label metrics only as coarse as their label.\n")
	fmt.Fprintf(&b, "- **Satisfied** means a rating score ≥ %d (of 5). **Failing** officers follow the scoring rule (`standing.Scoring`): at least %d ratings of a dimension in a half-year, mean below %g (docs/evaluation.md).\n",
		SatisfiedScore, standing.Scoring.MinRatings, standing.Scoring.FailingLine)
	b.WriteString("- Values are rounded to 4 decimals, the same on PostgreSQL and SQLite.\n")
	b.WriteString("- **Rollups**: the database keeps, by triggers generated from this catalogue, each count, sum, mean and share metric over one table per village and month (`metric_rollups`), the posts' assignments started and ended per village and month, and each officer's ratings count and total per dimension and half-year (`officer_scores`). Statements over whole months, by town or village (or none), without other filters, read them instead of the records, with the same result (tested on both databases); the SQL below is the definition, over the records.\n\n")
	b.WriteString("Units:\n\n")
	for _, u := range []string{"count", "share", "days", "yuan", "points", "score"} {
		fmt.Fprintf(&b, "- `%s`: %s\n", u, Units[u])
	}
	b.WriteString("\n| metric | 名称 | unit | definition |\n|---|---|---|---|\n")
	for _, m := range Catalogue {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", m.Name, m.Label, m.Unit, m.Definition)
	}
	for _, m := range Catalogue {
		fmt.Fprintf(&b, "\n## %s — %s (%s)\n\n%s\n\n", m.Name, m.Label, m.LabelEn, m.Definition)
		fmt.Fprintf(&b, "- unit: `%s`%s\n", m.Unit, map[bool]string{true: " (snapshot at the period's end)", false: ""}[m.Fact.Snapshot])
		fmt.Fprintf(&b, "- better: `%s` (%s)\n", m.Better, Polarities[m.Better])
		fmt.Fprintf(&b, "- filters: %s\n", "`"+strings.Join(m.Filters(), "`, `")+"`")
		var keys []string
		for _, k := range m.GroupBy() {
			keys = append(keys, string(k))
		}
		fmt.Fprintf(&b, "- group by: %s\n", "`"+strings.Join(keys, "`, `")+"`")
		fmt.Fprintf(&b, "- SQL (PostgreSQL, whole district, 2024Q2):\n\n```sql\n%s\n```\n", m.SQL())
	}
	return b.String()
}

// UnitLabels are the units' Chinese names, as an export heads a column of
// the metric's values: a share is written 0–1, a score 1–5.
var UnitLabels = map[string]string{
	"count":  "个",
	"share":  "比例，0–1",
	"days":   "天",
	"yuan":   "元",
	"points": "分",
	"score":  "分，1–5",
}
