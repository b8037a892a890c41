package seed

import (
	"context"
	"fmt"
	"time"

	"yuanbahui/ent"
)

// DefaultTargets are the demo district's targets per metric (shares 0–1, as
// the catalogue's unit says): what a district would plausibly set.
var DefaultTargets = []struct {
	// Metric is the catalogue's metric.
	Metric string
	// Target is its target.
	Target float64
}{
	{"TICKETS_ON_TIME_SHARE", 0.95},
	{"TICKET_SATISFACTION", 0.90},
	{"THEME_COVERAGE", 1.0},
	{"TICKETS_OVERDUE", 0},
	{"OFFICERS_FAILING", 0},
	{"MEETING_TURNOUT", 0.6},
	{"ROLES_VACANT", 0},
	{"TICKET_DAYS_MEAN", 10},
}

// writeTargets gives the district its default targets, with the seed's ids
// (the first of the type's global-ID range, as every seeded row: the
// databases number a new table's rows differently — PostgreSQL from the
// range's start, SQLite after it — and a seed is the same on both).
func writeTargets(ctx context.Context, c *ent.Client, district int, at time.Time) error {
	base, ok := ent.GlobalIDStart("MetricTarget")
	if !ok {
		return fmt.Errorf("seed: no global-ID range for MetricTarget")
	}
	bs := make([]*ent.MetricTargetCreate, len(DefaultTargets))
	for i, t := range DefaultTargets {
		bs[i] = c.MetricTarget.Create().SetID(base + 1 + i).SetDistrictID(district).SetMetric(t.Metric).
			SetTarget(t.Target).SetCreatedAt(at).SetUpdatedAt(at)
	}
	return c.MetricTarget.CreateBulk(bs...).Exec(ctx)
}
