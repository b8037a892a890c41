package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent/district"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// FlagKind is a kind of red flag on the leader's overview (GraphQL
// RedFlagKind).
type FlagKind string

// The red flag kinds, in the order the strip shows them.
const (
	FlagTicketOverdue   FlagKind = "TICKET_OVERDUE"
	FlagIssueStuck      FlagKind = "ISSUE_STUCK"
	FlagVacantPost      FlagKind = "VACANT_POST"
	FlagNearFailing     FlagKind = "OFFICER_NEAR_FAILING"
	FlagThemeUnlectured FlagKind = "THEME_UNLECTURED"
)

// FlagKinds lists the red flag kinds in the order the strip shows them.
var FlagKinds = []FlagKind{FlagTicketOverdue, FlagIssueStuck, FlagVacantPost, FlagNearFailing, FlagThemeUnlectured}

// FlagItem is one record behind a red flag.
type FlagItem struct {
	// ID is the internal id of the record to open: the ticket, issue,
	// courtyard (a vacant post), role assignment or quarter theme.
	ID int
	// Subject says what it is: the ticket's service, the issue's title, …
	Subject string
	// Detail adds a short word: the ticket's status, the issue's stage.
	Detail string
	// Town, Village and Courtyard name its place ("" above a theme's village).
	Town, Village, Courtyard string
	// Officer is the name of the officer responsible ("" for none): the
	// ticket's agent, the courtyard's head for an issue, the officer near
	// failing.
	Officer string
	// OfficerRole is the officer's role (RoleAssignmentRole value, "" for none).
	OfficerRole string
	// Days is how long, in whole days: overdue, without a step, vacant, left
	// until the quarter's end (nil: unknown, e.g. a post never staffed).
	Days *int
	// Score is a near-failing officer's score (nil otherwise).
	Score *float64
}

// Flag is one red flag: how many, the district's threshold and the first
// records.
type Flag struct {
	// Kind is the flag's kind.
	Kind FlagKind
	// Total is how many records it flags.
	Total int
	// Threshold is the district setting the flag uses: days for tickets,
	// issues and the quarter's end, score points for officers, 0 for posts.
	Threshold float64
	// Items are the first records.
	Items []FlagItem
}

// Flags are the red flags of an area as of an instant.
type Flags struct {
	// At is the instant they are taken at.
	At time.Time
	// Flags are the flags, in the order of FlagKinds.
	Flags []Flag
}

// flagRec is a flagged record before it is named: its courtyard (or
// village), its responsible officer's role assignment, courtyard role or
// resident.
type flagRec struct {
	item      FlagItem
	courtyard int
	village   int
	// officerOf: the courtyard whose active officer of role is responsible.
	officerOf int
	role      string
	// resident is the responsible resident (a ticket's agent).
	resident int
	// assignment is the responsible role assignment (a near-failing officer).
	assignment int
}

// RedFlags lists what needs action today in area (0: the viewer's area),
// scoped by the viewer's places like every read, with the thresholds the
// district sets: tickets overdue (metrics.TicketOverdue) by more than
// flag_ticket_overdue_days, issues at a stage a step leaves
// (workflow.IssueTransitions) with no step for more than
// flag_issue_stuck_days, vacant posts (the VACANT_ROLE gap list), officers
// whose counted score lies less than flag_failing_margin above the failing
// line (standing.NearFailing), and within flag_quarter_end_days of the
// quarter's end the quarter's themes without a lecture (the
// THEMES_UNLECTURED gap list). Each flag holds at most first records.
func (s *Service) RedFlags(ctx context.Context, area, first int) (*Flags, error) {
	if first <= 0 || first > 100 {
		return nil, invalid("first must be between 1 and 100")
	}
	v := viewer.FromContext(ctx)
	scopes, err := s.scopes(ctx, Filter{Area: area})
	if err != nil {
		return nil, err
	}
	q := s.client.District.Query()
	if v.DistrictID != 0 {
		q = q.Where(district.ID(v.DistrictID))
	}
	d, err := q.First(viewer.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("analytics: red flags: the district: %w", err)
	}
	now := workflow.Now(ctx).UTC()
	out := &Flags{At: now}
	for _, kind := range FlagKinds {
		var recs []flagRec
		f := Flag{Kind: kind}
		switch kind {
		case FlagTicketOverdue:
			f.Threshold = float64(d.FlagTicketOverdueDays)
			recs, f.Total, err = s.overdueTickets(ctx, scopes, now, d.FlagTicketOverdueDays, first)
		case FlagIssueStuck:
			f.Threshold = float64(d.FlagIssueStuckDays)
			recs, f.Total, err = s.stuckIssues(ctx, scopes, now, d.FlagIssueStuckDays, first)
		case FlagVacantPost:
			var gaps []Gap
			gaps, f.Total, err = s.Gaps(ctx, VacantRole, Filter{Area: area, AsOf: &now}, first)
			for _, g := range gaps {
				it := FlagItem{ID: g.ID, Subject: g.Subject}
				if g.Since != nil {
					it.Days = days(now.Sub(*g.Since))
				}
				recs = append(recs, flagRec{item: it, courtyard: g.ID})
			}
		case FlagNearFailing:
			f.Threshold = d.FlagFailingMargin
			recs, f.Total, err = s.nearFailing(ctx, scopes, now, d.FlagFailingMargin, first)
		case FlagThemeUnlectured:
			f.Threshold = float64(d.FlagQuarterEndDays)
			end := period.Of(period.Quarter, now).End
			if left := end.Sub(now); left <= time.Duration(d.FlagQuarterEndDays)*24*time.Hour {
				var gaps []Gap
				gaps, f.Total, err = s.Gaps(ctx, ThemesUnlectured, Filter{Area: area, AsOf: &now}, first)
				for _, g := range gaps {
					recs = append(recs, flagRec{item: FlagItem{ID: g.ID, Subject: g.Subject, Days: days(left)}, village: g.Place.ID})
				}
			}
		}
		if err != nil {
			return nil, err
		}
		if err := s.nameFlags(ctx, now, recs); err != nil {
			return nil, err
		}
		for _, r := range recs {
			f.Items = append(f.Items, r.item)
		}
		out.Flags = append(out.Flags, f)
	}
	return out, nil
}

// days is d in whole days.
func days(d time.Duration) *int {
	n := int(math.Floor(d.Hours() / 24))
	return &n
}

// flagList runs a flag's statement q (its columns: courtyard id, record id,
// subject, detail, days, resident) for the count and the first rows.
func (s *Service) flagList(ctx context.Context, what, q, order string, params []any, first int) ([]flagRec, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM ("+q+") n", params...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("analytics: red flags %s: %w", what, err)
	}
	rs, err := s.db.QueryContext(ctx, q+" ORDER BY "+order+" LIMIT "+fmt.Sprint(first), params...)
	if err != nil {
		return nil, 0, fmt.Errorf("analytics: red flags %s: %w", what, err)
	}
	defer rs.Close()
	var out []flagRec
	for rs.Next() {
		var courtyard, id int
		var subject, detail sql.NullString
		var d sql.NullFloat64
		var resident sql.NullInt64
		if err := rs.Scan(&courtyard, &id, &subject, &detail, &d, &resident); err != nil {
			return nil, 0, err
		}
		r := flagRec{item: FlagItem{ID: id, Subject: subject.String, Detail: detail.String}, courtyard: courtyard, resident: int(resident.Int64)}
		if d.Valid {
			n := int(math.Floor(d.Float64))
			r.item.Days = &n
		}
		out = append(out, r)
	}
	return out, total, rs.Err()
}

// scoped is the scope condition over the rows x at the courtyard level.
func scoped(ph func(any) string, scopes []metrics.Scope) string {
	return strings.NewReplacer("town_id", "x.town_id", "village_id", "x.village_id", "courtyard_id", "x.courtyard_id").
		Replace(scopeSQL(ph, scopes, metrics.Courtyard))
}

// overdueTickets are the tickets overdue (metrics.TicketOverdue) at now by
// more than limit days, longest overdue first; the agent is responsible.
func (s *Service) overdueTickets(ctx context.Context, scopes []metrics.Scope, now time.Time, limit, first int) ([]flagRec, int, error) {
	params, ph := placeholders(s.dialect)
	at := func() string { return s.dialect.Timestamp(ph(now)) }
	// Placeholders are numbered as written: the columns, then the condition.
	cols := "x.courtyard_id, x.id, st.name, x.status, " + s.dialect.Days("x.due_at", at()) + ", x.agent_id"
	cond := metrics.TicketOverdue(func(c string) string { return "x." + c }, at) +
		" AND x.due_at < " + s.dialect.Timestamp(ph(now.Add(-time.Duration(limit)*24*time.Hour)))
	q := "SELECT " + cols + " FROM tickets x JOIN service_types st ON st.id = x.service_type_id WHERE " + cond + " AND " + scoped(ph, scopes)
	recs, total, err := s.flagList(ctx, "tickets", q, "5 DESC, 2", *params, first)
	for i := range recs {
		recs[i].item.Detail = label.Of("TicketStatus", recs[i].item.Detail)
		if recs[i].resident == 0 {
			recs[i].officerOf, recs[i].role = recs[i].courtyard, "AGENT"
		}
	}
	return recs, total, err
}

// stuckIssues are the issues at a stage some step leaves
// (workflow.IssueTransitions: not EVALUATED or CLOSED) whose last step
// (or collection) is more than limit days before now, longest first; the
// courtyard's head is responsible.
func (s *Service) stuckIssues(ctx context.Context, scopes []metrics.Scope, now time.Time, limit, first int) ([]flagRec, int, error) {
	var open []string
	for _, t := range workflow.IssueTransitions {
		if st := "'" + string(t.From) + "'"; t.From != "" && !slices.Contains(open, st) {
			open = append(open, st)
		}
	}
	params, ph := placeholders(s.dialect)
	last := "COALESCE((SELECT MAX(st.at) FROM issue_steps st WHERE st.issue_id = x.id), x.collected_at)"
	cols := "x.courtyard_id, x.id, x.title, x.stage, " + s.dialect.Days(last, s.dialect.Timestamp(ph(now))) + ", NULL"
	cond := "x.stage IN (" + strings.Join(open, ", ") + ") AND " + last + " < " + s.dialect.Timestamp(ph(now.Add(-time.Duration(limit)*24*time.Hour)))
	q := "SELECT " + cols + " FROM issues x WHERE " + cond + " AND " + scoped(ph, scopes)
	recs, total, err := s.flagList(ctx, "issues", q, "5 DESC, 2", *params, first)
	for i := range recs {
		recs[i].item.Detail = label.Of("IssueStage", recs[i].item.Detail)
		recs[i].officerOf, recs[i].role = recs[i].courtyard, "HEAD"
	}
	return recs, total, err
}

// nearFailing are the officers' scores of now's half-year within margin
// above the failing line (standing.NearFailing), worst first; the officer
// is responsible.
func (s *Service) nearFailing(ctx context.Context, scopes []metrics.Scope, now time.Time, margin float64, first int) ([]flagRec, int, error) {
	scores, err := standing.NearFailing(ctx, s.client, period.Label(period.HalfYear, now), margin, scopePredicates(scopes)...)
	if err != nil {
		return nil, 0, err
	}
	total := len(scores)
	scores = scores[:min(first, total)]
	ids := make([]int, len(scores))
	for i, sc := range scores {
		ids[i] = sc.AssignmentID
	}
	as, err := s.client.RoleAssignment.Query().Where(roleassignment.IDIn(ids...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, 0, err
	}
	courtyard := map[int]int{}
	for _, a := range as {
		courtyard[a.ID] = a.CourtyardID
	}
	var out []flagRec
	for _, sc := range scores {
		score := round(sc.Score)
		out = append(out, flagRec{courtyard: courtyard[sc.AssignmentID], assignment: sc.AssignmentID,
			item: FlagItem{ID: sc.AssignmentID, Score: &score,
				Subject: label.Of("RatingDimension", string(sc.Dimension)) + " · " + sc.Period}})
	}
	return out, total, nil
}

// nameFlags fills the records' place names and responsible officers.
func (s *Service) nameFlags(ctx context.Context, now time.Time, recs []flagRec) error {
	ids := func(pick func(flagRec) int) string {
		var l []string
		for _, r := range recs {
			if id := pick(r); id != 0 {
				l = append(l, fmt.Sprint(id))
			}
		}
		return strings.Join(l, ", ")
	}
	type names struct{ a, b, c string }
	read := func(q string, in string) (map[int]names, error) {
		out := map[int]names{}
		if in == "" {
			return out, nil
		}
		rs, err := s.db.QueryContext(ctx, fmt.Sprintf(q, in))
		if err != nil {
			return nil, fmt.Errorf("analytics: naming red flags: %w", err)
		}
		defer rs.Close()
		for rs.Next() {
			var id int
			var n names
			if err := rs.Scan(&id, &n.a, &n.b, &n.c); err != nil {
				return nil, err
			}
			out[id] = n
		}
		return out, rs.Err()
	}
	courtyards, err := read("SELECT c.id, t.name, v.name, c.name FROM courtyards c JOIN villages v ON v.id = c.village_id JOIN towns t ON t.id = v.town_id WHERE c.id IN (%s)",
		ids(func(r flagRec) int { return r.courtyard }))
	if err != nil {
		return err
	}
	villages, err := read("SELECT v.id, t.name, v.name, '' FROM villages v JOIN towns t ON t.id = v.town_id WHERE v.id IN (%s)",
		ids(func(r flagRec) int { return r.village }))
	if err != nil {
		return err
	}
	residents, err := read("SELECT r.id, r.name, '', '' FROM residents r WHERE r.id IN (%s)",
		ids(func(r flagRec) int { return r.resident }))
	if err != nil {
		return err
	}
	assignments, err := read("SELECT ra.id, r.name, ra.role, '' FROM role_assignments ra JOIN residents r ON r.id = ra.resident_id WHERE ra.id IN (%s)",
		ids(func(r flagRec) int { return r.assignment }))
	if err != nil {
		return err
	}
	// The active officers of the courtyards whose officer is responsible.
	params, ph := placeholders(s.dialect)
	at := s.dialect.Timestamp(ph(now))
	active := map[string]string{}
	if in := ids(func(r flagRec) int { return r.officerOf }); in != "" {
		rs, err := s.db.QueryContext(ctx, "SELECT ra.courtyard_id, ra.role, r.name FROM role_assignments ra JOIN residents r ON r.id = ra.resident_id"+
			" WHERE ra.courtyard_id IN ("+in+") AND ra.started_at <= "+at+" AND (ra.ended_at IS NULL OR ra.ended_at > "+
			s.dialect.Timestamp(ph(now))+") ORDER BY ra.started_at", *params...)
		if err != nil {
			return fmt.Errorf("analytics: red flags' officers: %w", err)
		}
		defer rs.Close()
		for rs.Next() {
			var c int
			var role, name string
			if err := rs.Scan(&c, &role, &name); err != nil {
				return err
			}
			active[fmt.Sprint(c, role)] = name
		}
		if err := rs.Err(); err != nil {
			return err
		}
	}
	masked := viewer.FromContext(ctx).MasksPersonalData()
	for i := range recs {
		r := &recs[i]
		if n, ok := courtyards[r.courtyard]; ok {
			r.item.Town, r.item.Village, r.item.Courtyard = n.a, n.b, n.c
		} else if n, ok := villages[r.village]; ok {
			r.item.Town, r.item.Village = n.a, n.b
		}
		switch {
		case r.assignment != 0:
			r.item.Officer, r.item.OfficerRole = assignments[r.assignment].a, assignments[r.assignment].b
		case r.resident != 0:
			r.item.Officer, r.item.OfficerRole = residents[r.resident].a, "AGENT"
		case r.officerOf != 0:
			if name, ok := active[fmt.Sprint(r.officerOf, r.role)]; ok {
				r.item.Officer, r.item.OfficerRole = name, r.role
			}
		}
		if masked && r.item.Officer != "" {
			r.item.Officer = viewer.Mask("NAME", r.item.Officer)
		}
	}
	return nil
}
