// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/bound"
	"yuanbahui/internal/rule"
)

// IdempotencyKey remembers a workflow mutation an account sent with an
// idempotency key, bound to the request (a hash of the operation and its
// input), so that a repeat (a phone retrying on a flaky network) returns the
// first response and changes nothing, and the key reused with another input
// is refused. Kept at least 7 days, then swept.
type IdempotencyKey struct{ ent.Schema }

// Mixin of IdempotencyKey.
func (IdempotencyKey) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of IdempotencyKey.
func (IdempotencyKey) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Comment("Account that sent the mutation."),
		field.String("key").NotEmpty().MaxLen(128).Validate(bound.OneLine(bound.Line)).Comment("The client's idempotency key."),
		field.String("operation").NotEmpty().MaxLen(64).Comment("Workflow mutation the key was used for, e.g. acceptTicket."),
		field.Int("record_id").Optional().Nillable().Comment("Global id of the record the first call returned."),
		field.String("request_hash").Default("").MaxLen(64).
			Comment("SHA-256 (hex) of the operation and its input without the key: the same key with another input is refused."),
		field.Text("response").Optional().Sensitive().
			Comment("The first call's whole result as JSON (record ids, rating codes): a replay answers it again. Holds plain rating codes, so it lives only as long as the key (KeepKeys)."),
	}
}

// Edges of IdempotencyKey.
func (IdempotencyKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Comment("Account that sent the mutation."),
	}
}

// Indexes of IdempotencyKey: one key per account; old keys are swept by age.
func (IdempotencyKey) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "key").Unique(),
		index.Fields("created_at"),
	}
}

// Policy of IdempotencyKey: an account's own bookkeeping, written by the system.
func (IdempotencyKey) Policy() ent.Policy { return rule.AccountRecordsPolicy() }

// Annotations of IdempotencyKey: not part of the GraphQL API.
func (IdempotencyKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
