package metrics

import (
	"time"

	"yuanbahui/internal/period"
)

// List is the list of records behind a count metric: a root connection of
// the API and the where that selects, for a period [from, to) or an instant
// at, exactly the rows the metric counts — so the list's totalCount (and its
// export's X-Total-Count) equals the figure. The overview's cards open it.
type List struct {
	// Connection is the root connection, e.g. tickets.
	Connection string
	// Where is its where argument (GraphQL input, as JSON would carry it)
	// for the period [from, to) of a flow metric, or the instant at of a
	// snapshot.
	Where func(from, to, at time.Time) map[string]any
}

// In is the list's where for the rows in an area — level town, village or
// courtyard and the area's global id; the district (or no id): all rows —
// as the card on that area's page opens it: its Where and AreaWhere.
func (l List) In(level, id string, from, to, at time.Time) map[string]any {
	return with(AreaWhere(l.Connection, level, id), l.Where(from, to, at))
}

// AreaWhere is the where of the rows of a list (connection) that lie in an
// area: its own area column (townID, villageID, courtyardID), or a
// courtyard's id. The SPA writes the same (frontend/src/lib/area.ts
// areaWhere; the fixture of TestListsFixture holds both).
func AreaWhere(connection, level, id string) map[string]any {
	switch {
	case level == "district" || level == "" || id == "":
		return map[string]any{}
	case connection == "courtyards" && level == "courtyard":
		return map[string]any{"id": id}
	}
	return map[string]any{level + "ID": id}
}

// within bounds a time field of a list to [from, to).
func within(field string, from, to time.Time) map[string]any {
	return map[string]any{field + "GTE": from.UTC().Format(time.RFC3339Nano), field + "LT": to.UTC().Format(time.RFC3339Nano)}
}

// with adds fields to a where.
func with(where map[string]any, fields map[string]any) map[string]any {
	for k, v := range fields {
		where[k] = v
	}
	return where
}

// Lists are the lists behind the count metrics that have one, by metric
// name. A metric not here has none: a share, a sum or a mean is not a
// number of rows, and some counts (officers failing, posts vacant) are
// explained by a board instead (internal/analytics gaps).
var Lists = map[string]List{
	"COURTYARDS": {Connection: "courtyards", Where: func(_, _, _ time.Time) map[string]any { return map[string]any{} }},
	"ROLES_STAFFED": {Connection: "roleAssignments", Where: func(_, _, at time.Time) map[string]any {
		// At most one assignment holds a post at a time: the posts staffed
		// at an instant are the assignments active at it.
		t := at.UTC().Format(time.RFC3339Nano)
		return map[string]any{"startedAtLTE": t, "or": []any{map[string]any{"endedAtIsNil": true}, map[string]any{"endedAtGT": t}}}
	}},
	"TICKETS_SUBMITTED": {Connection: "tickets", Where: func(from, to, _ time.Time) map[string]any { return within("submittedAt", from, to) }},
	"TICKETS_COMPLETED": {Connection: "tickets", Where: func(from, to, _ time.Time) map[string]any {
		return with(within("completedAt", from, to), map[string]any{"status": "COMPLETED"})
	}},
	"TICKETS_OVERDUE": {Connection: "tickets", Where: func(_, _, at time.Time) map[string]any {
		return map[string]any{"overdue": true, "asOf": at.UTC().Format(time.RFC3339Nano)}
	}},
	"ISSUES_COLLECTED": {Connection: "issues", Where: func(from, to, _ time.Time) map[string]any { return within("collectedAt", from, to) }},
	"ISSUES_EVALUATED": {Connection: "issues", Where: func(from, to, _ time.Time) map[string]any { return within("evaluatedAt", from, to) }},
	"DISPUTES_MEDIATED": {Connection: "issues", Where: func(from, to, _ time.Time) map[string]any {
		return with(within("executedAt", from, to), map[string]any{"category": "DISPUTE"})
	}},
	"ISSUES_EMERGENCY": {Connection: "issues", Where: func(from, to, _ time.Time) map[string]any { return within("emergencyAt", from, to) }},
	"IDEAS_ADOPTED":    {Connection: "ideas", Where: func(from, to, _ time.Time) map[string]any { return within("adoptedAt", from, to) }},
	"LECTURES": {Connection: "sessions", Where: func(from, to, _ time.Time) map[string]any {
		return with(within("heldAt", from, to), map[string]any{"kind": "LECTURE"})
	}},
	"OFFICERS_REPLACED": {Connection: "roleAssignments", Where: func(from, to, _ time.Time) map[string]any {
		return with(within("endedAt", from, to), map[string]any{"endReason": "RATED_FAILING"})
	}},
	"AWARDS": {Connection: "awards", Where: func(from, to, _ time.Time) map[string]any {
		// Awards are recorded per half-year: those starting in the period.
		return map[string]any{"periodIn": orEmpty(period.LabelsIn(period.HalfYear, from, to))}
	}},
}

// orEmpty keeps an empty label list from reading as no filter (ent ignores
// an empty In): no label matches "none".
func orEmpty(s []string) []string {
	if len(s) == 0 {
		return []string{"none"}
	}
	return s
}
