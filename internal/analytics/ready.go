package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// Figure is one headline figure with the previous period's value.
type Figure struct {
	// Metric is the metric.
	Metric *metrics.Metric
	// Value is its value in the period, Previous in the period before.
	Value, Previous *float64
}

// Overview is the headline figures of an area for a period.
type Overview struct {
	// Area is the area asked for (nil: the viewer's whole area).
	Area *KeyValue
	// Period and Previous are the period and the one before it.
	Period, Previous period.Period
	// Figures are the catalogue's overview metrics, in its order.
	Figures []Figure
}

// OverviewMetrics are the metrics overview reports.
func OverviewMetrics() []*metrics.Metric {
	var out []*metrics.Metric
	for _, m := range metrics.Catalogue {
		if m.Overview {
			out = append(out, m)
		}
	}
	return out
}

// Overview computes the headline figures of area (0: the viewer's area) for
// the period labelled label and the period before it.
func (s *Service) Overview(ctx context.Context, area int, label string) (*Overview, error) {
	p, err := period.Parse(label)
	if err != nil {
		return nil, invalid("%v", err)
	}
	ms := OverviewMetrics()
	out := &Overview{Period: p, Previous: p.Previous()}
	out.Figures = make([]Figure, len(ms))
	for i, m := range ms {
		out.Figures[i].Metric = m
	}
	// Each period's statements are unbucketed: a count over a time range
	// reads the time index alone, where bucketing both periods in one
	// statement formats every row's time (measured slower on both databases).
	periods := []string{p.Label, out.Previous.Label}
	results := make([]*Result, len(periods))
	errs := make([]error, len(periods))
	// The two periods at once where the database takes statements in
	// parallel (each Stats bounds its own statements by s.parallel()).
	var wg sync.WaitGroup
	for i, period := range periods {
		run := func() {
			results[i], errs[i] = s.Stats(ctx, Request{Metrics: ms, Where: Filter{Area: area, Period: period}})
		}
		if s.parallel() > 1 {
			wg.Go(run)
		} else {
			run()
		}
	}
	wg.Wait()
	for i := range periods {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if len(results[i].Rows) == 0 {
			continue
		}
		for k := range ms {
			v := results[i].Rows[0].Values[k]
			if i == 0 {
				out.Figures[k].Value = v
			} else {
				out.Figures[k].Previous = v
			}
		}
	}
	if area == 0 {
		area = ownArea(viewer.FromContext(ctx))
	}
	if area != 0 {
		kv, err := s.place(ctx, area)
		if err != nil {
			return nil, err
		}
		out.Area = kv
	}
	return out, nil
}

// place names an area by its internal id.
func (s *Service) place(ctx context.Context, id int) (*KeyValue, error) {
	k := map[string]metrics.Key{"Town": metrics.Town, "Village": metrics.Village, "Courtyard": metrics.Courtyard}[ent.TypeOfID(id)]
	if k == "" {
		var kv KeyValue
		err := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT id, code, name FROM districts WHERE id = %d", id)).Scan(&kv.ID, &kv.Code, &kv.Name)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return nil, invalid("no such area")
		case err != nil:
			return nil, fmt.Errorf("naming district %d: %w", id, err)
		}
		return &kv, nil
	}
	found, err := s.lookup(ctx, k, lookups[k], map[int]bool{id: true})
	if err != nil {
		return nil, err
	}
	kv, ok := found[id]
	if !ok {
		return nil, invalid("no such area")
	}
	kv.Key = k
	return &kv, nil
}

// Ranked is one entry of a ranking.
type Ranked struct {
	// Rank is from 1; ties share a rank.
	Rank int
	// Subject is the area or officer.
	Subject KeyValue
	// Value is the metric's value.
	Value *float64
}

// Ranking ranks the areas of level (TOWN, VILLAGE, COURTYARD) or the
// officers (metrics.Officer, officer metrics only) by metric m, top first or
// bottom first. Areas without rows count 0 for counts and sums, and are left
// out for means and shares (which they have none of).
func (s *Service) Ranking(ctx context.Context, m *metrics.Metric, level metrics.Key, where Filter, bottom bool, first int) ([]Ranked, error) {
	if first <= 0 || first > 1000 {
		return nil, invalid("first must be between 1 and 1000")
	}
	if _, ok := m.Fact.For([]metrics.Key{level}, nil).Keys[level]; !ok {
		return nil, invalid("%s cannot rank by %s", m.Name, strings.ToLower(string(level)))
	}
	res, err := s.Stats(ctx, Request{Metrics: []*metrics.Metric{m}, Where: where, Keys: []metrics.Key{level}, First: MaxRows})
	if err != nil {
		return nil, err
	}
	rows := res.Rows
	if level != metrics.Officer && (m.Agg == metrics.Count || m.Agg == metrics.Sum || m.Agg == metrics.Distinct) {
		if rows, err = s.withEmptyPlaces(ctx, level, where, rows); err != nil {
			return nil, err
		}
	}
	var out []Ranked
	for _, r := range rows {
		if r.Values[0] != nil {
			out = append(out, Ranked{Subject: r.Keys[0], Value: r.Values[0]})
		}
	}
	slices.SortStableFunc(out, func(a, b Ranked) int {
		if c := cmp.Compare(*a.Value, *b.Value); c != 0 {
			if bottom {
				return c
			}
			return -c
		}
		return cmp.Compare(a.Subject.Code, b.Subject.Code)
	})
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && *out[i].Value == *out[i-1].Value {
			out[i].Rank = out[i-1].Rank
		}
	}
	if len(out) > first {
		out = out[:first]
	}
	return out, nil
}

// withEmptyPlaces adds a zero row for each place of level in scope that has none.
func (s *Service) withEmptyPlaces(ctx context.Context, level metrics.Key, where Filter, rows []*Row) ([]*Row, error) {
	scopes, err := s.scopes(ctx, where)
	if err != nil {
		return nil, err
	}
	table := map[metrics.Key]string{
		metrics.Town:      "(SELECT id AS town_id FROM towns) p",
		metrics.Village:   "(SELECT id AS village_id, town_id FROM villages) p",
		metrics.Courtyard: "(SELECT id AS courtyard_id, village_id, town_id FROM courtyards) p",
	}[level]
	col := map[metrics.Key]string{metrics.Town: "town_id", metrics.Village: "village_id", metrics.Courtyard: "courtyard_id"}[level]
	params, ph := placeholders(s.dialect)
	cond := scopeSQL(ph, scopes, level)
	rs, err := s.db.QueryContext(ctx, "SELECT "+col+" FROM "+table+" WHERE "+cond, *params...)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	have := map[string]bool{}
	for _, r := range rows {
		have[r.raw[0]] = true
	}
	var missing []*Row
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			rs.Close()
			return nil, err
		}
		if !have[id] {
			zero := 0.0
			missing = append(missing, &Row{raw: []string{id}, Values: []*float64{&zero}})
		}
	}
	rs.Close()
	if err := s.name(ctx, []metrics.Key{level}, missing); err != nil {
		return nil, err
	}
	return append(rows, missing...), nil
}

// scopeSQL writes the scopes as a condition on the columns a place of level
// has (a town has only town_id, a village no courtyard_id), with the
// parameters' placeholders from ph.
func scopeSQL(ph func(any) string, scopes []metrics.Scope, level metrics.Key) string {
	cols := map[metrics.Key][]string{
		metrics.Town:      {"town_id"},
		metrics.Village:   {"town_id", "village_id"},
		metrics.Courtyard: {"town_id", "village_id", "courtyard_id"},
	}[level]
	conds := []string{"1 = 1"}
	for _, sc := range scopes {
		for i, ids := range [][]int{sc.Towns, sc.Villages, sc.Courtyards} {
			if ids == nil || i >= len(cols) {
				// A town or village is in a courtyard-bound viewer's area
				// when one of its courtyards is: kept (its figures come
				// from the scoped rows).
				continue
			}
			if len(ids) == 0 {
				conds = append(conds, "1 = 0")
				continue
			}
			var ps []string
			for _, id := range ids {
				ps = append(ps, ph(id))
			}
			conds = append(conds, cols[i]+" IN ("+strings.Join(ps, ", ")+")")
		}
	}
	return strings.Join(conds, " AND ")
}

// placeholders returns a parameter list and the function adding to it.
func placeholders(d dialect.Dialect) (*[]any, func(any) string) {
	params := &[]any{}
	return params, func(v any) string {
		*params = append(*params, v)
		return d.Placeholder(len(*params))
	}
}

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
	at := instant(w.to, workflow.Now(ctx))
	// The quarter and half-year are those of the period's last instant.
	labelAt := at
	if !w.to.IsZero() && at.Equal(w.to) {
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
		cond = "x.accepted_at <= " + ph(at.UTC()) + " AND x.due_at < " + ph(at.UTC()) + " AND (x.completed_at IS NULL OR x.completed_at > " + ph(at.UTC()) + ")"
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
