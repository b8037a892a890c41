// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/bound"
	"yuanbahui/internal/workflow"
)

// Rating is a resident's rating of an officer, or a courtyard's self-evaluation,
// on one dimension for one half-year (双向评价在院坝).
type Rating struct{ ent.Schema }

// Mixin of Rating.
func (Rating) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Rating.
func (Rating) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("target").Values("OFFICER", "COURTYARD").
			Comment("An officer's service (OFFICER) or the courtyard's self-governance (COURTYARD). 评价对象"),
		field.Enum("dimension").Values("DELIBERATION", "PROXY_SERVICE", "PUBLICITY").
			Comment("议事协商 DELIBERATION, 代办服务 PROXY_SERVICE or 宣传宣讲 PUBLICITY.").
			Annotations(entgql.OrderField("DIMENSION")),
		field.Int("score").Validate(bound.Int(bound.MinScore, bound.MaxScore)).Comment("Score from 1 (failing) to 5 (excellent). 评分").
			Annotations(entgql.OrderField("SCORE")),
		field.String("period").Match(mustCompile(halfYearPattern)).
			Comment("Half-year rated, e.g. 2024H1. 评价周期").
			Annotations(entgql.OrderField("PERIOD")),
		field.Time("rated_at").Comment("When the rating was given. 评价时间").
			Annotations(entgql.OrderField("RATED_AT")),
		field.String("comment").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).Comment("Free-text remark. 评语"),
		field.Int("residents_present").Optional().Nillable().Validate(bound.Int(1, bound.MaxPeople)).
			Comment("Courtyard self-evaluation (target COURTYARD): residents present when the head led it (evaluateCourtyard). 到场群众").
			Annotations(entgql.OrderField("RESIDENTS_PRESENT")),
		field.Int("courtyard_id").Comment("Courtyard rated or whose officer is rated."),
		field.Int("role_assignment_id").Optional().Nillable().Comment("Officer's assignment rated (target OFFICER)."),
		field.Int("rater_id").Optional().Nillable().Comment("Resident who rated."),
		field.Int("ticket_id").Optional().Nillable().Comment("Ticket the rating follows."),
		field.Int("session_id").Optional().Nillable().Comment("Session the rating follows."),
	}
}

// Edges of Rating.
func (Rating) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("ratings").Field("courtyard_id").Unique().Required().
			Comment("Courtyard rated or whose officer is rated. 所属院坝"),
		edge.From("role_assignment", RoleAssignment.Type).Ref("ratings").Field("role_assignment_id").Unique().
			Comment("Officer's assignment rated. 被评价岗位"),
		edge.From("rater", Resident.Type).Ref("ratings_given").Field("rater_id").Unique().
			Comment("Resident who rated. 评价人"),
		edge.From("ticket", Ticket.Type).Ref("ratings").Field("ticket_id").Unique().
			Comment("Ticket the rating follows. 代办事项"),
		edge.From("session", Session.Type).Ref("ratings").Field("session_id").Unique().
			Comment("Session the rating follows. 活动"),
	}
}

// Indexes of Rating.
func (Rating) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "period"),
		index.Fields("role_assignment_id", "period"),
		index.Fields("rater_id"),
		index.Fields("ticket_id"),
		index.Fields("session_id"),
		// Analytics (internal/metrics): ratings of tickets given in a period
		// (satisfaction, read from the index alone), officers' half-year scores.
		index.Fields("rated_at").Annotations(entsql.IndexWhere("ticket_id IS NOT NULL"), entsql.IncludeColumns("score")).
			StorageKey("rating_ticket_rated_at"),
		index.Fields("period", "target"),
		// dataRange (every page's default period): the earliest and the
		// latest rating, read as the first row of this index.
		index.Fields("rated_at"),
	}
}

// Annotations of Rating.
func (Rating) Annotations() []schema.Annotation {
	return append(connectable("A rating of an officer or a courtyard self-evaluation (双向评价). 评价", false), workflow.Owns)
}
