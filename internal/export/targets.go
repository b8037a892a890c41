package export

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/metrics"
)

// RegisterTargets registers the export "targets": the API's targetMatrix
// (GET /export/targets.xlsx?where={"period":"2024Q2","area":"<town id>"}),
// a row per area and the area's own totals last, with for each targeted
// metric the period's value, its light, the year to date, its light, the
// same period a year earlier, the change and the target; the lights in
// Chinese (the TargetStatus enum's labels). It does nothing when the schema
// has no targetMatrix query.
func RegisterTargets(r *Registry, s *ast.Schema, exec Executor) {
	if s.Query == nil || s.Query.Fields.ForName("targetMatrix") == nil {
		return
	}
	r.Register("targets", &targets{exec: exec, status: func(v string) string {
		if def := s.Types["TargetStatus"]; def != nil {
			if ev := def.EnumValues.ForName(v); ev != nil {
				if zh, _, ok := strings.Cut(ev.Description, " ("); ok {
					return zh
				}
			}
		}
		return v
	}})
}

// targets exports one target matrix.
type targets struct {
	exec   Executor
	status func(string) string
}

// targetsQuery asks targetMatrix for everything the export writes.
const targetsQuery = `query Targets($area: ID, $period: String!) {
  targetMatrix(area: $area, period: $period) {
    columns { metric label unit target }
    rows { area { code name } cells { value status ytd ytdStatus lastYear change target } }
    total { area { code name } cells { value status ytd ytdStatus lastYear change target } }
  }
}`

// targetsRow is one row of targetsQuery's answer.
type targetsRow struct {
	Area  struct{ Code, Name string }
	Cells []struct {
		Value, Ytd, LastYear, Change *float64
		Status, YtdStatus            string
		Target                       float64
	}
}

// targetsResult is the answer of targetsQuery.
type targetsResult struct {
	TargetMatrix struct {
		Columns []struct{ Metric, Label, Unit string }
		Rows    []targetsRow
		Total   targetsRow
	}
}

// Open runs the matrix query: where is {"period": …, "area": …}.
func (t *targets) Open(ctx context.Context, p Params) (Export, error) {
	var where struct {
		Period string          `json:"period"`
		Area   json.RawMessage `json:"area"`
	}
	if len(p.Where) > 0 {
		if err := json.Unmarshal(p.Where, &where); err != nil {
			return nil, &Error{Code: "BAD_USER_INPUT", Message: "where 不是合法的 JSON：" + err.Error()}
		}
	}
	if where.Period == "" {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: `请给出统计周期：?where={"period":"2024Q2"}`}
	}
	period, _ := json.Marshal(where.Period)
	resp, err := run(ctx, t.exec, targetsQuery, map[string]json.RawMessage{"period": period, "area": where.Area})
	if err != nil {
		return nil, err
	}
	var out targetsResult
	if err := json.Unmarshal(resp.Data, &out); err != nil {
		return nil, err
	}
	return &targetsExport{t: t, res: out}, nil
}

// targetsExport is one answered matrix.
type targetsExport struct {
	t   *targets
	res targetsResult
}

func (e *targetsExport) Title() string { return "目标矩阵" }
func (e *targetsExport) Count() int    { return len(e.res.TargetMatrix.Rows) + 1 }

func (e *targetsExport) Columns() []Column {
	cols := []Column{{Name: "name", Header: "区域"}, {Name: "code", Header: "区划代码"}}
	for _, c := range e.res.TargetMatrix.Columns {
		h := c.Label
		if u := metrics.UnitLabels[c.Unit]; u != "" && c.Unit != "count" {
			h += "（" + u + "）"
		}
		cols = append(cols,
			Column{Name: c.Metric, Header: h, Kind: Float},
			Column{Name: c.Metric + ".status", Header: h + "状态"},
			Column{Name: c.Metric + ".ytd", Header: h + "年初至今", Kind: Float},
			Column{Name: c.Metric + ".ytdStatus", Header: h + "年初至今状态"},
			Column{Name: c.Metric + ".lastYear", Header: h + "去年同期", Kind: Float},
			Column{Name: c.Metric + ".change", Header: h + "同比变化", Kind: Float},
			Column{Name: c.Metric + ".target", Header: h + "目标", Kind: Float})
	}
	return cols
}

func (e *targetsExport) Rows(ctx context.Context, emit func(Row) error) error {
	num := func(v *float64) any {
		if v == nil {
			return nil
		}
		return *v
	}
	for _, r := range append(e.res.TargetMatrix.Rows, e.res.TargetMatrix.Total) {
		row := Row{r.Area.Name, r.Area.Code}
		for _, c := range r.Cells {
			row = append(row, num(c.Value), e.t.status(c.Status), num(c.Ytd), e.t.status(c.YtdStatus), num(c.LastYear), num(c.Change), c.Target)
		}
		if err := emit(row); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}
