package analytics

import (
	"context"
	"math"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/metrictarget"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// TargetStatus is a cell's traffic light (GraphQL TargetStatus).
type TargetStatus string

// The traffic lights.
const (
	// Green: the target is met (UP: value ≥ target; DOWN: value ≤ target).
	Green TargetStatus = "GREEN"
	// Amber: missed by at most AmberBand of the target's magnitude.
	Amber TargetStatus = "AMBER"
	// Red: missed by more.
	Red TargetStatus = "RED"
	// NoData: no value (nothing counted in the period).
	NoData TargetStatus = "NONE"
)

// AmberBand is the amber band, defined once: a value that misses its target
// by at most this share of the target's magnitude (|target|) is AMBER, e.g.
// on-time share 0.87 against ≥ 0.95 (missed by 0.08 ≤ 0.095). A target of 0
// has no band: anything past it is RED.
const AmberBand = 0.10

// Judge is the traffic light of value against target for polarity p (UP or
// DOWN; nil value: NONE).
func Judge(value *float64, target float64, p metrics.Polarity) TargetStatus {
	if value == nil {
		return NoData
	}
	miss := target - *value // how far short an UP metric falls
	if p == metrics.Down {
		miss = -miss
	}
	switch {
	case miss <= 0:
		return Green
	case miss <= AmberBand*math.Abs(target)+1e-9:
		return Amber
	}
	return Red
}

// TargetColumn is one targeted metric of a matrix.
type TargetColumn struct {
	// Metric is the metric.
	Metric *metrics.Metric
	// Target is the district's target for it.
	Target float64
}

// TargetCell is one area's figures for one targeted metric.
type TargetCell struct {
	// Value is the period's value (nil: none), Status its light.
	Value  *float64
	Status TargetStatus
	// YearToDate is the value from Jan 1 of the period's year to the period's end, YTDStatus its light.
	YearToDate *float64
	YTDStatus  TargetStatus
	// LastYear is the value of the same period a year earlier.
	LastYear *float64
	// Change is Value − LastYear (nil when either is missing).
	Change *float64
}

// TargetRow is one area of a matrix with one cell per column.
type TargetRow struct {
	// Area is the area (id, code, name).
	Area KeyValue
	// Cells are in the columns' order.
	Cells []TargetCell
}

// TargetMatrix is the areas below an area against the district's targets.
type TargetMatrix struct {
	// Area is the area whose children are the rows (a district or town).
	Area KeyValue
	// Level is the rows' level (TOWN or VILLAGE).
	Level metrics.Key
	// Period, YearToDate and LastYear are the three windows, [Start, End).
	Period, YearToDate, LastYear period.Period
	// AsOf is the instant the period's snapshot metrics are taken at (its end, or now if sooner).
	AsOf time.Time
	// Columns are the targeted metrics that can be grouped by Level, in the catalogue's order.
	Columns []TargetColumn
	// Rows are the children in the viewer's scope, by code; Total is the area itself.
	Rows  []TargetRow
	Total TargetRow
}

// TargetMatrix returns the children of area (a district's towns, a town's
// villages; 0: the viewer's district, or a town official's town) against
// the district's targets for period: the period's value, the year to date
// and the same period a year earlier, each from Stats grouped by the
// children's level and scoped as every read (a town official's matrix of
// the district has its own town only).
func (s *Service) TargetMatrix(ctx context.Context, area int, label string) (*TargetMatrix, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, ErrUnauthenticated
	}
	if area == 0 {
		area = v.DistrictID
		if v.Role == viewer.TownOfficial && len(v.TownIDs) == 1 {
			area = v.TownIDs[0]
		}
	}
	level := map[string]metrics.Key{"District": metrics.Town, "Town": metrics.Village}[ent.TypeOfID(area)]
	if level == "" {
		return nil, invalid("area must be a district or a town")
	}
	p, err := period.Parse(label)
	if err != nil {
		return nil, invalid("%v", err)
	}
	ytd := period.Period{Label: p.Start.Format("2006") + "-YTD", Start: time.Date(p.Start.Year(), 1, 1, 0, 0, 0, 0, p.Start.Location()), End: p.End}
	last := period.Period{Label: p.Label, Start: p.Start.AddDate(-1, 0, 0), End: p.End.AddDate(-1, 0, 0)}
	targets, err := s.client.MetricTarget.Query().Where(metrictarget.DistrictID(v.DistrictID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &TargetMatrix{Level: level, Period: p, YearToDate: ytd, LastYear: last, AsOf: instant(p.End, workflow.Now(ctx))}
	for _, m := range metrics.Catalogue {
		i := slices.IndexFunc(targets, func(t *ent.MetricTarget) bool { return t.Metric == m.Name })
		if i < 0 || m.Better == metrics.Neither {
			continue
		}
		if _, ok := m.Fact.For([]metrics.Key{level}, nil).Keys[level]; !ok {
			continue
		}
		out.Columns = append(out.Columns, TargetColumn{Metric: m, Target: targets[i].Target})
	}
	out.Area, err = s.areaOf(ctx, area)
	if err != nil {
		return nil, err
	}
	if len(out.Columns) == 0 {
		return out, nil
	}
	ms := make([]*metrics.Metric, len(out.Columns))
	for i, c := range out.Columns {
		ms[i] = c.Metric
	}
	windows := []period.Period{p, ytd, last}
	var grouped, totals [3]*Result
	for w, win := range windows {
		from, to := win.Start, win.End
		f := Filter{Area: area, From: &from, To: &to}
		if grouped[w], err = s.Stats(ctx, Request{Metrics: ms, Where: f, Keys: []metrics.Key{level}, First: MaxRows}); err != nil {
			return nil, err
		}
		if totals[w], err = s.Stats(ctx, Request{Metrics: ms, Where: f}); err != nil {
			return nil, err
		}
	}
	// The rows: every child in scope that has a value in any window.
	index := map[int]int{}
	for w := range windows {
		for _, r := range grouped[w].Rows {
			if _, ok := index[r.Keys[0].ID]; !ok {
				index[r.Keys[0].ID] = len(out.Rows)
				out.Rows = append(out.Rows, TargetRow{Area: r.Keys[0], Cells: make([]TargetCell, len(ms))})
			}
		}
	}
	values := func(w int, id int) []*float64 {
		for _, r := range grouped[w].Rows {
			if r.Keys[0].ID == id {
				return r.Values
			}
		}
		return make([]*float64, len(ms))
	}
	for i := range out.Rows {
		id := out.Rows[i].Area.ID
		out.Rows[i].Cells = out.cells(values(0, id), values(1, id), values(2, id))
	}
	slices.SortStableFunc(out.Rows, func(a, b TargetRow) int {
		if a.Area.Code < b.Area.Code {
			return -1
		}
		if a.Area.Code > b.Area.Code {
			return 1
		}
		return 0
	})
	first := func(r *Result) []*float64 {
		if len(r.Rows) == 0 {
			return make([]*float64, len(ms))
		}
		return r.Rows[0].Values
	}
	out.Total = TargetRow{Area: out.Area, Cells: out.cells(first(totals[0]), first(totals[1]), first(totals[2]))}
	return out, nil
}

// cells judges one row's values of the three windows against the columns' targets.
func (m *TargetMatrix) cells(now, ytd, last []*float64) []TargetCell {
	out := make([]TargetCell, len(m.Columns))
	for i, c := range m.Columns {
		cell := TargetCell{Value: now[i], YearToDate: ytd[i], LastYear: last[i]}
		cell.Status = Judge(now[i], c.Target, c.Metric.Better)
		cell.YTDStatus = Judge(ytd[i], c.Target, c.Metric.Better)
		if now[i] != nil && last[i] != nil {
			d := round(*now[i] - *last[i])
			cell.Change = &d
		}
		out[i] = cell
	}
	return out
}

// areaOf names a district or town (its rows are scoped by Stats; the name
// is read as the system, like the red flags' district).
func (s *Service) areaOf(ctx context.Context, id int) (KeyValue, error) {
	ctx = viewer.SystemContext(ctx)
	if ent.TypeOfID(id) == "District" {
		d, err := s.client.District.Get(ctx, id)
		if err != nil {
			return KeyValue{}, invalid("no such area")
		}
		return KeyValue{ID: d.ID, Code: d.Code, Name: d.Name}, nil
	}
	t, err := s.client.Town.Get(ctx, id)
	if err != nil {
		return KeyValue{}, invalid("no such area")
	}
	return KeyValue{Key: metrics.Town, ID: t.ID, Code: t.Code, Name: t.Name}, nil
}
