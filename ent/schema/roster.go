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
	"yuanbahui/internal/rule"
	"yuanbahui/internal/workflow"
)

// RoleAssignment is one resident serving one courtyard in one of the "一长三员"
// roles for a period; endedAt is null while the assignment is active. Its end
// (ended_at, end_reason) and its predecessor are set only by the roster and
// grid workflows (replaceOfficer, electHead, mergeCourtyards:
// internal/workflow/roster.go, grid.go).
type RoleAssignment struct{ ent.Schema }

// Mixin of RoleAssignment.
func (RoleAssignment) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{Writers: rule.VillageUp}}
}

// Fields of RoleAssignment.
func (RoleAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("role").Values("HEAD", "PUBLICIST", "AGENT", "INFORMANT").
			Comment("院坝长 HEAD, 宣传员 PUBLICIST, 代办员 AGENT or 信息员 INFORMANT.").
			Annotations(entgql.OrderField("ROLE")),
		field.Enum("selection").Values("ELECTED", "APPOINTED").
			Comment("Elected by residents (heads) or appointed by the town (officers). 产生方式"),
		field.Time("started_at").Comment("When the assignment began. 任职开始").
			Annotations(entgql.OrderField("STARTED_AT")),
		field.Time("ended_at").Optional().Nillable().
			Comment("When the assignment ended; null while active. Set only by the workflows (replaceOfficer, electHead, mergeCourtyards). 任职结束").
			Annotations(entgql.OrderField("ENDED_AT"), rosterGoverned),
		field.Enum("end_reason").Values("TERM_ENDED", "RATED_FAILING", "RESIGNED", "MOVED", "MERGED", "OTHER").Optional().Nillable().
			Comment("Why the assignment ended: RATED_FAILING when the scoring rule flagged the officer failing (docs/evaluation.md), MERGED when the courtyard was merged into another, etc. 离任原因").
			Annotations(rosterGoverned),
		field.Text("end_note").Optional().Validate(bound.MultiLine(bound.Long)).
			Comment("Free-text reason given when the assignment ended, e.g. why the officer was replaced. 离任说明").
			Annotations(rosterGoverned),
		field.Int("predecessor_id").Optional().Nillable().Unique().
			Comment("Assignment this one succeeded (same courtyard and role; it ended when this one started).").
			Annotations(rosterGoverned),
		field.Int("votes_for").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("Election of a head: votes for the elected resident. 赞成票").Annotations(rosterGoverned),
		field.Int("votes_against").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("Election of a head: votes against. 反对票").Annotations(rosterGoverned),
		field.Int("votes_abstain").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("Election of a head: abstentions. 弃权票").Annotations(rosterGoverned),
		field.Int("voters_present").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("Election of a head: residents present and voting; for + against + abstain equals it. 到会人数").Annotations(rosterGoverned),
		field.Int("resident_id").Comment("Resident holding the role."),
		field.Int("courtyard_id").Comment("Courtyard served."),
	}
}

// Edges of RoleAssignment.
func (RoleAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("resident", Resident.Type).Ref("role_assignments").Field("resident_id").Unique().Required().
			Comment("Resident holding the role. 任职人"),
		edge.From("courtyard", Courtyard.Type).Ref("role_assignments").Field("courtyard_id").Unique().Required().
			Comment("Courtyard served. 服务院坝"),
		edge.To("ratings", Rating.Type).Comment("Residents' ratings of this officer in this courtyard. 群众评价").
			Annotations(entgql.RelayConnection()),
		edge.To("successor", RoleAssignment.Type).Unique().
			Comment("Assignment that succeeded this one (replaceOfficer, electHead, mergeCourtyards). 继任").
			Annotations(rosterGoverned).
			From("predecessor").Field("predecessor_id").Unique().
			Comment("Assignment this one succeeded. 前任").
			Annotations(rosterGoverned),
	}
}

// Hooks of RoleAssignment: an assignment's end and its predecessor change
// only in the roster and grid workflows.
func (RoleAssignment) Hooks() []ent.Hook {
	return []ent.Hook{workflow.GuardFields("ended_at", "end_reason", "end_note", "predecessor_id")}
}

// Indexes of RoleAssignment: at most one active assignment per role per courtyard,
// enforced by a partial unique index in the database.
func (RoleAssignment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "role").Unique().
			Annotations(entsql.IndexWhere("ended_at IS NULL")).StorageKey("roleassignment_one_active_per_role"),
		// started_at included: the posts staffed at an instant (analytics)
		// are read from this index alone.
		index.Fields("courtyard_id", "role", "ended_at").Annotations(entsql.IncludeColumns("started_at")),
		index.Fields("resident_id"),
		// Analytics (internal/metrics): the assignments started and ended
		// in the month of an instant (the posts staffed at it).
		index.Fields("started_at"),
		index.Fields("ended_at"),
	}
}

// Annotations of RoleAssignment: a workflow record (assignRole, electHead,
// replaceOfficer, mergeCourtyards); no generic create or update.
func (RoleAssignment) Annotations() []schema.Annotation {
	return append(connectable("A resident serving a courtyard as head or officer (一长三员) for a period. 岗位任职", false), workflow.Owns)
}

// rosterGoverned keeps a field the roster and grid workflows own out of the
// generic create and update mutations' inputs.
var rosterGoverned = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
