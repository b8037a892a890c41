package graph

import (
	"context"
	"errors"

	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/workflow"
)

// targetMatrix is the targetMatrix field: analytics.TargetMatrix as GraphQL.
func (r *Resolver) targetMatrix(ctx context.Context, area *int, period string) (*model.TargetMatrix, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	m, err := r.analytics.TargetMatrix(ctx, deref(area), period)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.TargetMatrix{Area: targetArea(m.Area), Level: model.StatsKey(m.Level), Period: m.Period.Label,
		YtdFrom: m.YearToDate.Start.UTC(), YtdTo: m.YearToDate.End.UTC(), AsOf: m.AsOf.UTC()}
	for _, c := range m.Columns {
		out.Columns = append(out.Columns, &model.TargetColumn{Metric: model.Metric(c.Metric.Name), Label: c.Metric.Label,
			LabelEn: c.Metric.LabelEn, Unit: c.Metric.Unit, Polarity: model.MetricPolarity(c.Metric.Better), Target: c.Target})
	}
	row := func(r analytics.TargetRow) *model.TargetRow {
		tr := &model.TargetRow{Area: targetArea(r.Area), Cells: make([]*model.TargetCell, len(r.Cells))}
		for i, c := range r.Cells {
			col := m.Columns[i]
			tr.Cells[i] = &model.TargetCell{Metric: model.Metric(col.Metric.Name), Value: c.Value, Status: model.TargetStatus(c.Status),
				Ytd: c.YearToDate, YtdStatus: model.TargetStatus(c.YTDStatus), LastYear: c.LastYear, Change: c.Change, Target: col.Target}
		}
		return tr
	}
	out.Rows = make([]*model.TargetRow, len(m.Rows))
	for i, r := range m.Rows {
		out.Rows[i] = row(r)
	}
	out.Total = row(m.Total)
	return out, nil
}

// targetArea is an area of the matrix.
func targetArea(kv analytics.KeyValue) *model.TargetArea {
	return &model.TargetArea{ID: kv.ID, Code: kv.Code, Name: kv.Name}
}

// setMetricTargets is the setMetricTargets mutation: workflow.SetMetricTargetsInput as a step.
func (r *Resolver) setMetricTargets(ctx context.Context, input workflow.SetMetricTargetsInput) (*model.SetMetricTargetsPayload, error) {
	d, ue, err := step[*ent.District](ctx, r.client, input.IdempotencyKey, input)
	return &model.SetMetricTargetsPayload{District: d, UserErrors: ue}, err
}
