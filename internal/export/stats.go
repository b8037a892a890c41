package export

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// RegisterStats registers the export "stats": the rows of the API's stats
// query (GET /export/stats.csv?metrics=TICKETS_COMPLETED,TICKETS_ON_TIME&groupBy=TOWN&bucket=MONTH&where={"period":"2024H1"}),
// with a column for the time bucket, the name, code and parent of each
// group-by key, and one per metric headed by its Chinese label. It does
// nothing when the schema has no stats query.
func RegisterStats(r *Registry, s *ast.Schema, exec Executor) {
	if s.Query == nil || s.Query.Fields.ForName("stats") == nil {
		return
	}
	r.Register("stats", &stats{exec: exec, keyLabels: func(key string) string {
		if def := s.Types["StatsKey"]; def != nil {
			if v := def.EnumValues.ForName(key); v != nil {
				if zh, _, ok := strings.Cut(v.Description, " ("); ok {
					return zh
				}
			}
		}
		return key
	}})
}

// stats exports one stats query.
type stats struct {
	exec      Executor
	keyLabels func(key string) string
}

// statsQuery asks stats for everything an export writes.
const statsQuery = `query Stats($metrics: [Metric!]!, $where: StatsFilter, $groupBy: [StatsKey!], $bucket: TimeBucket, $orderBy: StatsOrder, $first: Int) {
  stats(metrics: $metrics, where: $where, groupBy: $groupBy, bucket: $bucket, orderBy: $orderBy, first: $first) {
    metrics { metric label unit }
    rows { bucket { label } keys { key code name parentName } values }
    totalRows
  }
}`

// statsResult is the answer of statsQuery.
type statsResult struct {
	Stats struct {
		Metrics []struct{ Metric, Label, Unit string }
		Rows    []struct {
			Bucket *struct{ Label string }
			Keys   []struct {
				Key, Code, Name string
				ParentName      *string
			}
			Values []*float64
		}
	}
}

// Open runs the stats query (its rows are at most 10,000, held in memory).
// Params: metrics and groupBy are comma-separated lists, bucket a TimeBucket,
// first a number, where a StatsFilter and orderBy a StatsOrder as JSON.
func (s *stats) Open(ctx context.Context, p Params) (Export, error) {
	list := func(name string) json.RawMessage {
		var vs []string
		for _, v := range p.Extra[name] {
			for _, part := range strings.Split(v, ",") {
				if part = strings.TrimSpace(part); part != "" {
					vs = append(vs, part)
				}
			}
		}
		if len(vs) == 0 {
			return nil
		}
		b, _ := json.Marshal(vs)
		return b
	}
	args := argsOf(p)
	args["metrics"], args["groupBy"] = list("metrics"), list("groupBy")
	if b := strings.TrimSpace(first(p.Extra["bucket"])); b != "" {
		args["bucket"], _ = json.Marshal(b)
	}
	if n := strings.TrimSpace(first(p.Extra["first"])); n != "" {
		if _, err := strconv.Atoi(n); err != nil {
			return nil, &Error{Code: "BAD_USER_INPUT", Message: "first 须为整数"}
		}
		args["first"] = json.RawMessage(n)
	}
	if args["metrics"] == nil {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: "请列出要导出的指标：?metrics=TICKETS_COMPLETED,TICKETS_ON_TIME"}
	}
	resp, err := run(ctx, s.exec, statsQuery, args)
	if err != nil {
		return nil, err
	}
	var out statsResult
	if err := json.Unmarshal(resp.Data, &out); err != nil {
		return nil, err
	}
	var keys []string
	_ = json.Unmarshal(args["groupBy"], &keys)
	return &statsExport{s: s, res: out, keys: keys, bucket: args["bucket"] != nil}, nil
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// statsExport is one answered stats query.
type statsExport struct {
	s      *stats
	res    statsResult
	keys   []string
	bucket bool
}

// withParent are the keys whose parent's name is a column of its own.
var withParent = map[string]bool{"VILLAGE": true, "COURTYARD": true, "ITEM": true}

func (e *statsExport) Title() string { return "分组统计" }
func (e *statsExport) Count() int    { return len(e.res.Stats.Rows) }

func (e *statsExport) Columns() []Column {
	var cols []Column
	if e.bucket {
		cols = append(cols, Column{Name: "bucket", Header: "时间段"})
	}
	for _, k := range e.keys {
		l := e.s.keyLabels(k)
		if withParent[k] {
			cols = append(cols, Column{Name: k + ".parent", Header: l + "上级"})
		}
		cols = append(cols, Column{Name: k, Header: l}, Column{Name: k + ".code", Header: l + "编码"})
	}
	for _, m := range e.res.Stats.Metrics {
		h := m.Label
		if m.Unit != "" && m.Unit != "count" {
			h += "（" + m.Unit + "）"
		}
		cols = append(cols, Column{Name: m.Metric, Header: h, Kind: Float})
	}
	return cols
}

func (e *statsExport) Rows(ctx context.Context, emit func(Row) error) error {
	for _, r := range e.res.Stats.Rows {
		var row Row
		if e.bucket {
			var b any
			if r.Bucket != nil {
				b = r.Bucket.Label
			}
			row = append(row, b)
		}
		for i, k := range e.keys {
			var name, code, parent any
			if i < len(r.Keys) {
				name, code = r.Keys[i].Name, r.Keys[i].Code
				if r.Keys[i].ParentName != nil {
					parent = *r.Keys[i].ParentName
				}
			}
			if withParent[k] {
				row = append(row, parent)
			}
			row = append(row, name, code)
		}
		for _, v := range r.Values {
			if v == nil {
				row = append(row, nil)
			} else {
				row = append(row, *v)
			}
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
