package graph

import (
	"context"
	"errors"

	"entgo.io/contrib/entgql"

	"yuanbahui/graph/model"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/period"
)

// Option configures the root resolver.
type Option func(*Resolver)

// WithAnalytics gives the resolver the analytics of its database (stats,
// overview, ranking, gaps); without it those fields answer an error.
func WithAnalytics(a *analytics.Service) Option { return func(r *Resolver) { r.analytics = a } }

// enumLabels lists the labels of the named enums (every labelled enum when
// types is empty); an enum without labels is left out.
func enumLabels(types []string) []*model.EnumLabels {
	if len(types) == 0 {
		types = label.Types()
	}
	var out []*model.EnumLabels
	for _, t := range types {
		vs := label.Values(t)
		if vs == nil {
			continue
		}
		e := &model.EnumLabels{Type: t}
		for _, v := range vs {
			e.Values = append(e.Values, &model.EnumLabel{Value: v.Value, Label: v.Zh, LabelEn: v.En})
		}
		out = append(out, e)
	}
	return out
}

// metricDefinition is the GraphQL view of a catalogue metric.
func metricDefinition(m *metrics.Metric) *model.MetricDefinition {
	d := &model.MetricDefinition{Metric: model.Metric(m.Name), Label: m.Label, LabelEn: m.LabelEn, Definition: m.Definition,
		Unit: m.Unit, Filters: m.Filters(), Snapshot: m.Fact.Snapshot, SQL: m.SQL(),
		Better: model.MetricPolarity(m.Better)}
	for _, k := range m.GroupBy() {
		d.GroupBy = append(d.GroupBy, model.StatsKey(k))
	}
	return d
}

func metricDefinitions(ms []*metrics.Metric) []*model.MetricDefinition {
	out := make([]*model.MetricDefinition, len(ms))
	for i, m := range ms {
		out[i] = metricDefinition(m)
	}
	return out
}

// catalogued returns the catalogue's metric of a GraphQL Metric.
func catalogued(m model.Metric) (*metrics.Metric, error) {
	if c, ok := metrics.ByName(string(m)); ok {
		return c, nil
	}
	return nil, badInput("unknown metric %s", m)
}

// badInput is a BAD_USER_INPUT error; its format is a message key of
// internal/msg.
func badInput(format string, a ...any) error {
	return apierr.Errorf(apierr.BadUserInput, format, a...)
}

// analyticsError turns a refused analytics request into BAD_USER_INPUT.
func analyticsError(err error) error {
	if errors.Is(err, analytics.ErrInvalid) {
		var why interface{ Text() msg.Text }
		if errors.As(err, &why) {
			return badInput("invalid statistics request: %s", why.Text())
		}
		return badInput("%s", err.Error())
	}
	return err
}

// statsFilter turns the GraphQL filter into the analytics one.
func statsFilter(in *model.StatsFilter) analytics.Filter {
	var f analytics.Filter
	if in == nil {
		return f
	}
	if in.Area != nil {
		f.Area = *in.Area
	}
	if in.Period != nil {
		f.Period = *in.Period
	}
	f.From, f.To, f.AsOf = in.From, in.To, in.AsOf
	f.Values = map[string][]any{}
	add := func(name string, n int, at func(int) any) {
		if n == 0 {
			return
		}
		for i := range n {
			f.Values[name] = append(f.Values[name], at(i))
		}
	}
	add("categories", len(in.Categories), func(i int) any { return string(in.Categories[i]) })
	add("itemIDs", len(in.ItemIDs), func(i int) any { return in.ItemIDs[i] })
	add("stages", len(in.Stages), func(i int) any { return string(in.Stages[i]) })
	add("serviceTypeIDs", len(in.ServiceTypeIDs), func(i int) any { return in.ServiceTypeIDs[i] })
	add("statuses", len(in.Statuses), func(i int) any { return string(in.Statuses[i]) })
	add("modes", len(in.Modes), func(i int) any { return string(in.Modes[i]) })
	add("topics", len(in.Topics), func(i int) any { return in.Topics[i] })
	add("dimensions", len(in.Dimensions), func(i int) any { return string(in.Dimensions[i]) })
	add("roles", len(in.Roles), func(i int) any { return string(in.Roles[i]) })
	add("outcomes", len(in.Outcomes), func(i int) any { return string(in.Outcomes[i]) })
	return f
}

// keyValue is the GraphQL view of a group key's value.
func keyValue(kv analytics.KeyValue) *model.StatsKeyValue {
	out := &model.StatsKeyValue{Key: model.StatsKey(kv.Key), Code: kv.Code, Name: kv.Name}
	if kv.Key == metrics.Officer {
		out.Key = model.StatsKeyRole
	}
	if kv.ID != 0 {
		id := kv.ID
		out.ID = &id
	}
	if kv.ParentName != "" {
		p := kv.ParentName
		out.ParentName = &p
	}
	return out
}

// stats answers the stats field.
func (r *Resolver) stats(ctx context.Context, ms []model.Metric, where *model.StatsFilter, groupBy []model.StatsKey,
	bucket *model.TimeBucket, orderBy *model.StatsOrder, first *int) (*model.StatsResult, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	req := analytics.Request{Where: statsFilter(where)}
	for _, m := range ms {
		c, err := catalogued(m)
		if err != nil {
			return nil, err
		}
		req.Metrics = append(req.Metrics, c)
	}
	for _, k := range groupBy {
		req.Keys = append(req.Keys, metrics.Key(k))
	}
	if bucket != nil {
		req.Bucket = period.Bucket(*bucket)
	}
	if orderBy != nil {
		c, err := catalogued(orderBy.Metric)
		if err != nil {
			return nil, err
		}
		req.OrderBy = c
		req.Ascending = orderBy.Direction != nil && *orderBy.Direction == entgql.OrderDirectionAsc
		if !contains(req.Metrics, c) {
			return nil, badInput("orderBy.metric %s is not among the metrics asked for", c.Name)
		}
	}
	if first != nil {
		if *first <= 0 {
			return nil, badInput("first must be positive")
		}
		req.First = *first
	}
	res, err := r.analytics.Stats(ctx, req)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.StatsResult{Metrics: metricDefinitions(res.Metrics), TotalRows: res.Total, Rows: make([]*model.StatsRow, len(res.Rows))}
	for i, row := range res.Rows {
		sr := &model.StatsRow{Values: row.Values, Keys: make([]*model.StatsKeyValue, len(row.Keys))}
		if row.Bucket != nil {
			sr.Bucket = &model.StatsBucket{Label: row.Bucket.Label, Start: row.Bucket.Start.UTC(), End: row.Bucket.End.UTC()}
		}
		for j, kv := range row.Keys {
			sr.Keys[j] = keyValue(kv)
		}
		out.Rows[i] = sr
	}
	return out, nil
}

func contains(ms []*metrics.Metric, m *metrics.Metric) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// overview answers the overview field.
func (r *Resolver) overview(ctx context.Context, area *int, periodLabel *string) (*model.Overview, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	a := 0
	if area != nil {
		a = *area
	}
	label, err := periodOrLatest(ctx, r.client, periodLabel)
	if err != nil {
		return nil, err
	}
	o, err := r.analytics.Overview(ctx, a, label)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.Overview{Period: o.Period.Label, PreviousPeriod: o.Previous.Label, Partial: o.Partial, AsOf: o.AsOf.UTC()}
	if o.Partial {
		out.Through, out.PreviousThrough = &o.Through, &o.PreviousThrough
	}
	if o.Area != nil {
		out.Area = keyValue(*o.Area)
	}
	for _, f := range o.Figures {
		out.Figures = append(out.Figures, &model.OverviewFigure{Metric: model.Metric(f.Metric.Name), Label: f.Metric.Label, Unit: f.Metric.Unit,
			Value: f.Value, Previous: f.Previous, Better: model.MetricPolarity(f.Metric.Better)})
	}
	return out, nil
}

// ranking answers the ranking field.
func (r *Resolver) ranking(ctx context.Context, metric model.Metric, level model.RankingLevel, where *model.StatsFilter, bottom *bool, first *int) ([]*model.RankingEntry, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	m, err := catalogued(metric)
	if err != nil {
		return nil, err
	}
	key := metrics.Key(level)
	if level == model.RankingLevelOfficer {
		key = metrics.Officer
	}
	n := 10
	if first != nil {
		n = *first
	}
	ranked, err := r.analytics.Ranking(ctx, m, key, statsFilter(where), bottom != nil && *bottom, n)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := make([]*model.RankingEntry, len(ranked))
	for i, e := range ranked {
		out[i] = &model.RankingEntry{Rank: e.Rank, Subject: keyValue(e.Subject), Value: e.Value}
	}
	return out, nil
}

// gaps answers the gaps field.
func (r *Resolver) gaps(ctx context.Context, kind model.GapKind, where *model.StatsFilter, first *int) (*model.GapList, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	n := 100
	if first != nil {
		n = *first
	}
	items, total, err := r.analytics.Gaps(ctx, analytics.GapKind(kind), statsFilter(where), n)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &model.GapList{Kind: kind, TotalCount: total, Items: make([]*model.Gap, len(items))}
	for i, g := range items {
		out.Items[i] = &model.Gap{Place: keyValue(g.Place), ID: g.ID, Subject: g.Subject, Since: g.Since, Value: g.Value}
	}
	return out, nil
}

// allMetrics is the metrics field.
func allMetrics() []*model.MetricDefinition { return metricDefinitions(metrics.Catalogue) }
