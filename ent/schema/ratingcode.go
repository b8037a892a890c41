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

// RatingCode is a short single-use code handed to a resident after a ticket
// is completed (the applicant) or a lecture is given (one per listener): with
// it the resident rates the agent or publicist without an account
// (rateWithCode). The code is looked up by its digest; the code itself is
// kept only while it can still be used, so that the officer can print it on
// a slip or show it as a QR code until the resident rates (ratingSlips):
// using a code clears it, and ratingSlips never lists an expired one.
type RatingCode struct{ ent.Schema }

// Mixin of RatingCode.
func (RatingCode) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}}
}

// Fields of RatingCode.
func (RatingCode) Fields() []ent.Field {
	return []ent.Field{
		field.String("digest").Unique().NotEmpty().Sensitive().
			Comment("SHA-256 of the code, hex-encoded; the code itself is never stored."),
		field.String("code").Optional().Nillable().Sensitive().
			Comment("The code in plain text while unused, for the officer's slips; cleared when the code is used. Codes issued before slips existed have none."),
		field.Enum("dimension").Values("PROXY_SERVICE", "PUBLICITY").
			Comment("What the rating is about: the ticket's service or the lecture."),
		field.Time("expires_at").Comment("When the code stops working (30 days after issue)."),
		field.Time("used_at").Optional().Nillable().Comment("When the code was used; a code rates once."),
		field.Int("courtyard_id").Comment("Courtyard of the ticket or lecture."),
		field.Int("ticket_id").Optional().Nillable().Comment("Ticket the code rates."),
		field.Int("session_id").Optional().Nillable().Comment("Lecture the code rates."),
		field.Int("resident_id").Optional().Nillable().Comment("Resident the code was issued to (the applicant), when known."),
		field.Int("role_assignment_id").Optional().Nillable().Comment("Officer's assignment the rating goes to (the agent or the publicist)."),
		field.Int("rating_id").Optional().Nillable().Comment("The rating given with the code."),
	}
}

// Edges of RatingCode.
func (RatingCode) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("courtyard", Courtyard.Type).Field("courtyard_id").Unique().Required(),
		edge.To("ticket", Ticket.Type).Field("ticket_id").Unique(),
		edge.To("session", Session.Type).Field("session_id").Unique(),
		edge.To("resident", Resident.Type).Field("resident_id").Unique(),
		edge.To("role_assignment", RoleAssignment.Type).Field("role_assignment_id").Unique(),
		edge.To("rating", Rating.Type).Field("rating_id").Unique(),
	}
}

// Indexes of RatingCode.
func (RatingCode) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id"),
		index.Fields("ticket_id"),
		index.Fields("session_id"),
		index.Fields("resident_id"),
		index.Fields("role_assignment_id"),
		index.Fields("rating_id").Unique(),
		index.Fields("expires_at"),
	}
}

// Policy of RatingCode: read within the area; written only by the workflow
// steps that issue and redeem codes.
func (RatingCode) Policy() ent.Policy { return rule.Policy(rule.RecordScope, rule.EveryoneWorking...) }

// Annotations of RatingCode: not part of the GraphQL API (codes are handed
// out by completeTicket and recordLecture, used by rateWithCode).
func (RatingCode) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), workflow.Owns}
}
