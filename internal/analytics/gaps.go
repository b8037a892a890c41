package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// GapKind is a kind of ready gap list (GraphQL GapKind).
type GapKind string

// The gap kinds.
const (
	VacantRole       GapKind = "VACANT_ROLE"
	ThemesShort      GapKind = "THEMES_SHORT"
	ThemesUnlectured GapKind = "THEMES_UNLECTURED"
	TicketOverdue    GapKind = "TICKET_OVERDUE"
	OfficerFailing   GapKind = "OFFICER_FAILING"
)

// Gap is one entry of a gap list.
type Gap struct {
	// Place is the courtyard or village.
	Place KeyValue
	// ID is the internal id of the record at fault.
	ID int
	// Subject says what is missing.
	Subject string
	// Since is when it began (nil: unknown).
	Since *time.Time
	// Value is a number for the gap.
	Value *float64
}

// Gaps lists the gaps of kind in the viewer's area (narrowed by where), at
// most first, with the total.
func (s *Service) Gaps(ctx context.Context, kind GapKind, where Filter, first int) ([]Gap, int, error) {
	if first <= 0 || first > 1000 {
		return nil, 0, invalid("first must be between 1 and 1000")
	}
	w, err := where.window()
	if err != nil {
		return nil, 0, err
	}
	scopes, err := s.scopes(ctx, where)
	if err != nil {
		return nil, 0, err
	}
	at := where.instant(w, workflow.Now(ctx))
	// The quarter and half-year are those of the period's last instant.
	labelAt := at
	if where.AsOf == nil && !w.to.IsZero() && at.Equal(w.to) {
		labelAt = at.Add(-time.Nanosecond)
	}
	params, ph := placeholders(s.dialect)
	level := metrics.Courtyard
	quarter := period.Label(period.Quarter, labelAt)
	var cols, src, cond string
	switch kind {
	case VacantRole:
		// Posts without an active holder at the instant; since is when the
		// last holder left (null: never staffed).
		src = "(SELECT c.id AS courtyard_id, c.village_id, c.town_id, r.role FROM courtyards c CROSS JOIN" +
			" (SELECT 'HEAD' AS role UNION ALL SELECT 'PUBLICIST' UNION ALL SELECT 'AGENT' UNION ALL SELECT 'INFORMANT') r) x"
		cols = "x.courtyard_id, x.courtyard_id, x.role, (SELECT MAX(ra.ended_at) FROM role_assignments ra WHERE ra.courtyard_id = x.courtyard_id AND ra.role = x.role AND ra.ended_at <= " + ph(at.UTC()) + "), NULL"
		cond = "NOT EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.courtyard_id = x.courtyard_id AND ra.role = x.role AND ra.started_at <= " + ph(at.UTC()) +
			" AND (ra.ended_at IS NULL OR ra.ended_at > " + ph(at.UTC()) + "))"
	case ThemesShort:
		level = metrics.Village
		themes := func() string {
			return "(SELECT COUNT(*) FROM quarter_themes qt WHERE qt.village_id = x.village_id AND qt.quarter = " + ph(quarter) + ")"
		}
		src = "(SELECT id AS village_id, town_id FROM villages) x"
		cols = "x.village_id, x.village_id, " + ph(quarter)
		cols += ", NULL, " + themes()
		cond = themes() + " < " + fmt.Sprint(workflow.MinThemes)
	case ThemesUnlectured:
		level = metrics.Village
		src = "(SELECT qt.id, qt.title, qt.quarter, qt.village_id, v.town_id FROM quarter_themes qt JOIN villages v ON v.id = qt.village_id) x"
		cols = "x.village_id, x.id, x.title, NULL, NULL"
		cond = "x.quarter = " + ph(quarter) + " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.quarter_theme_id = x.id AND s.kind = 'LECTURE')"
	case TicketOverdue:
		overdue := s.dialect.Days("x.due_at", s.dialect.Timestamp(ph(at.UTC())))
		src = "tickets x JOIN service_types st ON st.id = x.service_type_id"
		cols = "x.courtyard_id, x.id, st.name, x.due_at, " + overdue
		cond = metrics.TicketOverdue(func(c string) string { return "x." + c }, func() string { return ph(at.UTC()) })
	case OfficerFailing:
		return s.failingGaps(ctx, scopes, period.Label(period.HalfYear, labelAt), first)
	default:
		return nil, 0, invalid("unknown gap kind %s", kind)
	}
	scope := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(scopeSQL(ph, scopes, level),
		"town_id", "x.town_id"), "village_id", "x.village_id"), "courtyard_id", "x.courtyard_id")
	q := "SELECT " + cols + " FROM " + src + " WHERE " + cond + " AND " + scope
	rs, err := s.db.QueryContext(ctx, q, *params...)
	if err != nil {
		return nil, 0, fmt.Errorf("analytics: gaps: %w", err)
	}
	defer rs.Close()
	var all []Gap
	var places []*Row
	for rs.Next() {
		var place, id int
		var subject sql.NullString
		var since sql.NullTime
		var value sql.NullFloat64
		var sinceRaw any
		if err := rs.Scan(&place, &id, &subject, &sinceRaw, &value); err != nil {
			return nil, 0, err
		}
		g := Gap{ID: id, Subject: subject.String}
		switch v := sinceRaw.(type) {
		case time.Time:
			since = sql.NullTime{Time: v, Valid: true}
		case string:
			if t, err := parseSQLiteTime(v); err == nil {
				since = sql.NullTime{Time: t, Valid: true}
			}
		}
		if since.Valid {
			t := since.Time.UTC()
			g.Since = &t
		}
		if value.Valid {
			x := round(value.Float64)
			g.Value = &x
		}
		switch kind {
		case VacantRole:
			g.Subject = label.Of("RoleAssignmentRole", g.Subject)
		case ThemesShort:
			g.Subject = fmt.Sprintf("%s 季度主题不足 %d 个", g.Subject, workflow.MinThemes)
		}
		all = append(all, g)
		places = append(places, &Row{raw: []string{fmt.Sprint(place)}})
	}
	if err := rs.Err(); err != nil {
		return nil, 0, err
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if kind == TicketOverdue && all[a].Value != nil && all[b].Value != nil && *all[a].Value != *all[b].Value {
			return cmp.Compare(*all[b].Value, *all[a].Value)
		}
		if c := cmp.Compare(places[a].raw[0], places[b].raw[0]); c != 0 {
			return c
		}
		return cmp.Compare(all[a].ID, all[b].ID)
	})
	total := len(all)
	var keep []Gap
	var keepPlaces []*Row
	for _, i := range order[:min(first, total)] {
		keep = append(keep, all[i])
		keepPlaces = append(keepPlaces, places[i])
	}
	if err := s.name(ctx, []metrics.Key{level}, keepPlaces); err != nil {
		return nil, 0, err
	}
	for i := range keep {
		keep[i].Place = keepPlaces[i].Keys[0]
	}
	return keep, total, nil
}

// failingGaps lists the officers the scoring rule flags failing in half-year
// period (standing.FailingOfficers, scoped by the viewer through ent).
func (s *Service) failingGaps(ctx context.Context, scopes []metrics.Scope, period string, first int) ([]Gap, int, error) {
	scores, err := standing.FailingOfficers(ctx, s.client, period, scopePredicates(scopes)...)
	if err != nil {
		return nil, 0, err
	}
	total := len(scores)
	scores = scores[:min(first, total)]
	ids := make([]int, len(scores))
	for i, sc := range scores {
		ids[i] = sc.AssignmentID
	}
	assignments, err := s.client.RoleAssignment.Query().Where(roleassignment.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	courtyard := map[int]int{}
	role := map[int]string{}
	for _, a := range assignments {
		courtyard[a.ID], role[a.ID] = a.CourtyardID, string(a.Role)
	}
	var out []Gap
	var places []*Row
	for _, sc := range scores {
		v := round(sc.Score)
		out = append(out, Gap{ID: sc.AssignmentID, Value: &v,
			Subject: label.Of("RoleAssignmentRole", role[sc.AssignmentID]) + " · " + label.Of("RatingDimension", string(sc.Dimension)) + " · " + sc.Period})
		places = append(places, &Row{raw: []string{fmt.Sprint(courtyard[sc.AssignmentID])}})
	}
	if err := s.name(ctx, []metrics.Key{metrics.Courtyard}, places); err != nil {
		return nil, 0, err
	}
	for i := range out {
		out[i].Place = places[i].Keys[0]
	}
	return out, total, nil
}

// scopePredicates turns scopes into rating predicates (the viewer's own
// area is applied by ent's privacy rules too).
func scopePredicates(scopes []metrics.Scope) []predicate.Rating {
	var out []predicate.Rating
	for _, sc := range scopes {
		if sc.Towns != nil {
			out = append(out, rating.TownIDIn(sc.Towns...))
		}
		if sc.Villages != nil {
			out = append(out, rating.VillageIDIn(sc.Villages...))
		}
		if sc.Courtyards != nil {
			out = append(out, rating.CourtyardIDIn(sc.Courtyards...))
		}
	}
	return out
}

// parseSQLiteTime parses a time as the SQLite driver stores it.
func parseSQLiteTime(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("time %q", s)
}

// ownArea is the one area an account is bound to — its district, town,
// village or courtyard, at the viewer's Level — or 0 when it has none (a
// courtyard officer of several courtyards, the system).
func ownArea(v *viewer.Viewer) int {
	if v == nil {
		return 0
	}
	one := func(ids []int) int {
		if len(ids) == 1 {
			return ids[0]
		}
		return 0
	}
	switch v.Level() {
	case "district":
		return v.DistrictID
	case "town":
		return one(v.TownIDs)
	case "village":
		return one(v.VillageIDs)
	}
	return one(v.CourtyardIDs)
}
