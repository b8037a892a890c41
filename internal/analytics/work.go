package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// WorkKind is a kind of list on an officer's or cadre's home (GraphQL
// WorkKind): their courtyards, and each kind of to-do.
type WorkKind string

// The work kinds, in the order the home shows them.
const (
	WorkIssue     WorkKind = "ISSUE"
	WorkTicket    WorkKind = "TICKET"
	WorkTheme     WorkKind = "THEME"
	WorkProposal  WorkKind = "PROPOSAL"
	WorkVacant    WorkKind = "VACANT_ROLE"
	WorkFailing   WorkKind = "OFFICER_FAILING"
	WorkCourtyard WorkKind = "COURTYARD"
)

// WorkKinds lists the work kinds in the order the home shows them: the
// to-dos first, the courtyards last.
var WorkKinds = []WorkKind{WorkIssue, WorkTicket, WorkTheme, WorkProposal, WorkVacant, WorkFailing, WorkCourtyard}

// DueSoon is how far ahead a ticket's due time counts as due soon.
const DueSoon = 3 * 24 * time.Hour

// WorkItem is one entry of a work list.
type WorkItem struct {
	// ID is the internal id of the record to open: the issue, ticket,
	// quarter theme, point entry, courtyard (vacant post) or role assignment.
	ID int
	// Place is the courtyard (the village for themes).
	Place KeyValue
	// Subject says what it is: the issue's title, the ticket's service, …
	Subject string
	// Detail adds a short word: the issue's stage, the entry's points, …
	Detail string
	// At is its time: the issue's last step, the ticket's due time, the
	// vacancy's start (nil: none).
	At *time.Time
	// Urgent marks an overdue ticket (metrics.TicketOverdue) or a failing officer.
	Urgent bool
}

// WorkList is one kind of list: at most first items and the total.
type WorkList struct {
	// Kind is the list's kind.
	Kind WorkKind
	// Total is how many there are in all.
	Total int
	// Items are the first of them.
	Items []WorkItem
}

// Work is an account's own work (GraphQL MyWork).
type Work struct {
	// At is the instant the lists are taken at.
	At time.Time
	// Area is the account's own area, named (nil: it has several).
	Area *KeyValue
	// Lists are the lists, in the order of WorkKinds.
	Lists []WorkList
}

// MyWork lists the viewer's own work as of now, each list scoped to the
// viewer's area by the rows' own area columns: the courtyards, issues
// waiting at a step the viewer's role may take (workflow.IssueTransitions),
// tickets overdue (metrics.TicketOverdue) or due within DueSoon, the
// quarter's themes without a lecture, points proposed by another account
// awaiting the village's decision (for village cadres and above: four eyes),
// vacant posts and officers failing. Each list holds at most first items.
func (s *Service) MyWork(ctx context.Context, first int) (*Work, error) {
	if first <= 0 || first > 100 {
		return nil, invalid("first must be between 1 and 100")
	}
	v := viewer.FromContext(ctx)
	scopes, err := s.scopes(ctx, Filter{})
	if err != nil {
		return nil, err
	}
	now := workflow.Now(ctx).UTC()
	out := &Work{At: now}
	if id := ownArea(v); id != 0 {
		if out.Area, err = s.place(ctx, id); err != nil {
			return nil, err
		}
	}
	for _, kind := range WorkKinds {
		var l WorkList
		switch kind {
		case WorkTheme, WorkVacant, WorkFailing:
			gk := map[WorkKind]GapKind{WorkTheme: ThemesUnlectured, WorkVacant: VacantRole, WorkFailing: OfficerFailing}[kind]
			gaps, total, err := s.Gaps(ctx, gk, Filter{AsOf: &now}, first)
			if err != nil {
				return nil, err
			}
			l = WorkList{Total: total}
			for _, g := range gaps {
				l.Items = append(l.Items, WorkItem{ID: g.ID, Place: g.Place, Subject: g.Subject, At: g.Since, Urgent: kind == WorkFailing})
			}
		default:
			l, err = s.workList(ctx, v, kind, scopes, now, first)
			if err != nil {
				return nil, err
			}
		}
		l.Kind = kind
		out.Lists = append(out.Lists, l)
	}
	return out, nil
}

// workList lists one kind of work that is not a gap list.
func (s *Service) workList(ctx context.Context, v *viewer.Viewer, kind WorkKind, scopes []metrics.Scope, now time.Time, first int) (WorkList, error) {
	params, ph := placeholders(s.dialect)
	level := metrics.Courtyard
	// cols: place id, record id, subject, detail, time, urgent (0/1).
	var cols, src, cond, order string
	switch kind {
	case WorkCourtyard:
		src, cols, cond, order = "courtyards x", "x.id, x.id, x.name, x.code, NULL, 0", "1 = 1", "x.code"
	case WorkIssue:
		src = "issues x"
		cols = "x.courtyard_id, x.id, x.title, x.stage, COALESCE(x.executed_at, x.decided_at, x.visited_at, x.confirmed_at, x.collected_at), 0"
		cond, order = issuesAtStep(v), "5, x.id"
	case WorkTicket:
		// Placeholders are numbered as they are written: each piece is
		// written in the statement's order (the columns, then the condition).
		at := func() string { return s.dialect.Timestamp(ph(now)) }
		overdue := func() string { return metrics.TicketOverdue(func(c string) string { return "x." + c }, at) }
		src = "tickets x JOIN service_types st ON st.id = x.service_type_id"
		cols = "x.courtyard_id, x.id, st.name, x.status, x.due_at, CASE WHEN " + overdue() + " THEN 1 ELSE 0 END"
		cond = "((" + overdue() + ") OR (x.accepted_at <= " + at() + " AND x.due_at >= " + at() + " AND x.due_at < " + s.dialect.Timestamp(ph(now.Add(DueSoon))) +
			" AND (x.completed_at IS NULL OR x.completed_at > " + at() + ")))"
		order = "5, x.id"
	case WorkProposal:
		if v == nil || !(v.System || v.Role.VillageOrAbove()) {
			return WorkList{}, nil
		}
		src = "point_entries x"
		cols = "x.courtyard_id, x.id, x.reason, " + "CAST(x.points AS TEXT)" + ", x.awarded_at, 0"
		cond, order = "x.status = 'PROPOSED' AND (x.proposed_by_id IS NULL OR x.proposed_by_id <> "+ph(v.UserID)+")", "5, x.id"
	default:
		return WorkList{}, invalid("unknown work kind %s", kind)
	}
	scope := scoped(ph, scopes)
	if kind == WorkCourtyard {
		scope = strings.ReplaceAll(scope, "x.courtyard_id", "x.id")
	}
	// The count and the list run the same statement (the same parameters,
	// in the same order).
	q := "SELECT " + cols + " FROM " + src + " WHERE " + cond + " AND " + scope
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM ("+q+") n", *params...).Scan(&total); err != nil {
		return WorkList{}, fmt.Errorf("analytics: my work %s: %w", kind, err)
	}
	rs, err := s.db.QueryContext(ctx, q+" ORDER BY "+order+" LIMIT "+fmt.Sprint(first), *params...)
	if err != nil {
		return WorkList{}, fmt.Errorf("analytics: my work %s: %w", kind, err)
	}
	defer rs.Close()
	l := WorkList{Total: total}
	var places []*Row
	for rs.Next() {
		var place, id, urgent int
		var subject, detail sql.NullString
		var at any
		if err := rs.Scan(&place, &id, &subject, &detail, &at, &urgent); err != nil {
			return WorkList{}, err
		}
		it := WorkItem{ID: id, Subject: subject.String, Detail: detail.String, At: scanTime(at), Urgent: urgent == 1}
		switch kind {
		case WorkIssue:
			it.Detail = label.Of("IssueStage", it.Detail)
		case WorkTicket:
			it.Detail = label.Of("TicketStatus", it.Detail)
		}
		l.Items = append(l.Items, it)
		places = append(places, &Row{raw: []string{fmt.Sprint(place)}})
	}
	if err := rs.Err(); err != nil {
		return WorkList{}, err
	}
	if err := s.name(ctx, []metrics.Key{level}, places); err != nil {
		return WorkList{}, err
	}
	for i := range l.Items {
		l.Items[i].Place = places[i].Keys[0]
	}
	return l, nil
}

// issuesAtStep is the condition (over issues x) of the issues waiting at a
// step the viewer's role may take, read from workflow.IssueTransitions: the
// issue's stage is a step's from-stage and its escalation is what the step
// requires. RAISED, which creates an issue, waits for nothing.
func issuesAtStep(v *viewer.Viewer) string {
	var ors []string
	for _, t := range workflow.IssueTransitions {
		if t.From == "" || v == nil || !(v.System || slices.Contains(t.Roles, v.Role)) {
			continue
		}
		c := "x.stage = '" + string(t.From) + "'"
		switch t.Escalation {
		case workflow.NotEscalated:
			c += " AND x.escalated_at IS NULL"
		case workflow.AwaitingApproval:
			c += " AND x.escalated_at IS NOT NULL AND x.escalation_approved_at IS NULL"
		case workflow.NotAwaitingApproval:
			c += " AND (x.escalated_at IS NULL OR x.escalation_approved_at IS NOT NULL)"
		}
		if !slices.Contains(ors, c) {
			ors = append(ors, c)
		}
	}
	if len(ors) == 0 {
		return "1 = 0"
	}
	return "((" + strings.Join(ors, ") OR (") + "))"
}

// scanTime reads a time column as either driver returns it (nil: null).
func scanTime(raw any) *time.Time {
	var t time.Time
	switch v := raw.(type) {
	case time.Time:
		t = v
	case string:
		p, err := parseSQLiteTime(v)
		if err != nil {
			return nil
		}
		t = p
	default:
		return nil
	}
	t = t.UTC()
	return &t
}
