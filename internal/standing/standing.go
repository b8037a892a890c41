// Package standing is the read side of the incentives and the evaluation:
// where households, courtyards and officers stand — the red board (红榜),
// the award candidates of the 五个最美, the officers' half-year scores under
// the district's scoring rule, and the grant totals (以奖代投). Nothing here
// changes a record; the workflow steps that do (internal/workflow) consult
// it, e.g. confirming awards refuses officers the scoring rule flags failing.
//
// Each read is a few SQL GROUP BY aggregates over rows scoped by the viewer's
// area (every query applies the privacy scope of the rows' own
// town_id/village_id/courtyard_id), finished in Go over the grouped rows.
package standing

import (
	"slices"

	"entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/period"
	"yuanbahui/internal/refusal"
)

// inArea keeps the rows of any record table whose column col (town_id,
// village_id, courtyard_id) equals id.
func inArea(col string, id int) func(*sql.Selector) {
	return func(s *sql.Selector) { s.Where(sql.EQ(s.C(col), id)) }
}

// areaColumn returns the area column and id for an area given by its global
// id: a town, village or courtyard ("" for the district or none: the
// viewer's scope applies anyway).
func areaColumn(area int, allowed ...string) (string, error) {
	t := gen.TypeOfID(area)
	if area == 0 || (t == "District" && slices.Contains(allowed, t)) {
		return "", nil
	}
	if slices.Contains(allowed, t) {
		return map[string]string{"Town": "town_id", "Village": "village_id", "Courtyard": "courtyard_id"}[t], nil
	}
	return "", apierr.Refuse(refusal.ErrInvalid, "area", "the area is a %v", allowed)
}

// HalfYearInput parses the half-year label of a request's input (field
// period), refusing anything else as invalid input.
func HalfYearInput(label string) (period.Period, error) {
	p, err := period.ParseHalfYear(label)
	if err != nil {
		return p, apierr.Refuse(refusal.ErrInvalid, "period", "%v", err)
	}
	return p, nil
}
