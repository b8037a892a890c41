// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/rule"
	"yuanbahui/internal/workflow"
)

// MetricTarget is a district's target for one metric of the catalogue
// (internal/metrics), e.g. on-time share ≥ 0.95. Its direction is the
// metric's polarity: UP is met at or above the target, DOWN at or below; a
// metric of polarity NEITHER takes no target. Set by setMetricTargets.
type MetricTarget struct{ ent.Schema }

// Mixin of MetricTarget.
func (MetricTarget) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of MetricTarget.
func (MetricTarget) Fields() []ent.Field {
	return []ent.Field{
		field.Int("district_id").Comment("District that sets the target."),
		field.String("metric").NotEmpty().MaxLen(64).
			Comment("Metric of the catalogue, e.g. TICKETS_ON_TIME_SHARE (GraphQL Metric). 指标"),
		field.Float("target").
			Comment("Target value in the metric's unit (shares 0–1): met at or above it for a metric whose rise is good, at or below it for one whose fall is good. 目标值"),
	}
}

// Edges of MetricTarget.
func (MetricTarget) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("district", District.Type).Ref("metric_targets").Field("district_id").Unique().Required().
			Comment("District that sets the target. 所属区县"),
	}
}

// Indexes of MetricTarget: one target per metric and district.
func (MetricTarget) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id", "metric").Unique()}
}

// Hooks of MetricTarget: the metric is a catalogued one with a direction,
// the target a finite number, the district the writer's own.
func (MetricTarget) Hooks() []ent.Hook { return []ent.Hook{workflow.CheckMetricTarget} }

// Policy of MetricTarget: every account reads its district's targets; the
// district's administrators set them.
func (MetricTarget) Policy() ent.Policy { return rule.Policy(rule.DistrictChildScope, rule.Admins...) }

// Annotations of MetricTarget: targets change only through setMetricTargets.
func (MetricTarget) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A district's target for one metric of the catalogue. 指标目标"),
		workflow.Owns,
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
