package workflow

import (
	"context"
	"math"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	gen "yuanbahui/ent"
	"yuanbahui/ent/district"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/metrictarget"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// Targets (指标目标): a district sets a target per metric of the catalogue;
// the target matrix (analytics.TargetMatrix) colours each area's value by it.
// A target's direction is its metric's polarity, so a metric whose change is
// neither good nor bad (NEITHER) takes none.

// CheckMetricTarget is the ent hook keeping targets sound whichever path
// writes them: the metric is a catalogued one with a direction, the target
// a finite number (a share between 0 and 1), the district the writer's own.
var CheckMetricTarget = hook.On(func(next gen.Mutator) gen.Mutator {
	return hook.MetricTargetFunc(func(ctx context.Context, m *gen.MetricTargetMutation) (gen.Value, error) {
		if name, ok := m.Metric(); ok {
			if err := TargetableMetric(name); err != nil {
				return nil, err
			}
			if t, ok := m.Target(); ok {
				if err := targetValue(name, t); err != nil {
					return nil, err
				}
			}
		}
		if d, ok := m.DistrictID(); ok && !rule.System(ctx) {
			if v := viewer.FromContext(ctx); !m.Op().Is(gen.OpCreate) || v == nil || v.DistrictID != d {
				return nil, Refuse(ErrActor, "district", "a district sets targets for its own metrics only")
			}
		}
		return next.Mutate(ctx, m)
	})
}, gen.OpCreate|gen.OpUpdate|gen.OpUpdateOne)

// TargetableMetric refuses a name that is no metric of the catalogue, or a
// metric of polarity NEITHER, which no target can be set for.
func TargetableMetric(name string) error {
	m, ok := metrics.ByName(name)
	switch {
	case !ok:
		return Refuse(ErrInvalid, "metric", "no metric %s in the catalogue", name)
	case m.Better == metrics.Neither:
		return Refuse(ErrInvalid, "metric", "%s is neither better higher nor lower: it takes no target", name)
	}
	return nil
}

// targetValue refuses a target that is not a number of the metric's unit.
func targetValue(name string, t float64) error {
	m, _ := metrics.ByName(name)
	switch {
	case math.IsNaN(t) || math.IsInf(t, 0):
		return Refuse(ErrInvalid, "target", "the target of %s is not a number", name)
	case m != nil && m.Unit == "share" && (t < 0 || t > 1):
		return Refuse(ErrInvalid, "target", "the target of %s is a share between 0 and 1, got %v", name, t)
	}
	return nil
}

// MetricTargetInput is one metric's target of setMetricTargets.
type MetricTargetInput struct {
	// Metric is the catalogue's metric, e.g. TICKETS_ON_TIME_SHARE.
	Metric string `json:"metric"`
	// Target is its target in the metric's unit (shares 0–1); nil removes it.
	Target *float64 `json:"target,omitempty"`
}

// SetMetricTargetsInput is setMetricTargets: the district's targets
// replaced by those given (a metric left out, or given a null target, has
// none afterwards).
type SetMetricTargetsInput struct {
	// District is the district, the administrator's own.
	District int `json:"district"`
	// Targets are the targets, one per metric.
	Targets []*MetricTargetInput `json:"targets"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run replaces the targets.
func (in SetMetricTargetsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.District], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the district.
func (in SetMetricTargetsInput) take(ctx context.Context, c *gen.Client) (*gen.District, error) {
	if viewer.FromContext(ctx) == nil {
		return nil, Refuse(ErrActor, "district", "sign in to set targets")
	}
	// Who may write is the targets' privacy policy (district administrators
	// of their own district), which the delete and creates below pass through.
	// The district's row is locked until the step commits (PostgreSQL: FOR
	// UPDATE; SQLite has one writer at a time), so that two administrators
	// saving at once replace the set one after the other: the second's
	// delete then sees the first's targets, instead of both inserting.
	if _, err := c.District.Query().Where(district.ID(in.District)).Modify(func(s *entsql.Selector) {
		s.Select(s.C(district.FieldID))
		if s.Dialect() != dialect.SQLite {
			s.ForUpdate()
		}
	}).Ints(ctx); err != nil {
		return nil, err
	}
	d, err := c.District.Get(ctx, in.District)
	if err != nil {
		return nil, missing(err, Refuse(ErrInvalid, "district", "no such district"))
	}
	seen := map[string]bool{}
	var creates []*gen.MetricTargetCreate
	for _, t := range in.Targets {
		name := strings.TrimSpace(t.Metric)
		if seen[name] {
			return nil, Refuse(ErrInvalid, "targets", "%s is given twice", name)
		}
		seen[name] = true
		if err := TargetableMetric(name); err != nil {
			return nil, err
		}
		if t.Target != nil {
			creates = append(creates, c.MetricTarget.Create().SetDistrictID(d.ID).SetMetric(name).SetTarget(*t.Target))
		}
	}
	if _, err := c.MetricTarget.Delete().Where(metrictarget.DistrictID(d.ID)).Exec(ctx); err != nil {
		return nil, err
	}
	if len(creates) > 0 {
		if err := c.MetricTarget.CreateBulk(creates...).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return d, nil
}
