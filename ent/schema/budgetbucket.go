// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/rule"
)

// BudgetBucket is what is left of one request budget on PostgreSQL, shared
// by every replica (server/budget.go): the cost budget of an account (or of an
// anonymous client address) and its request rate, each a token bucket that
// fills at a steady rate up to what it holds when full. One statement per
// request refills and spends it. The table is UNLOGGED (migration
// 20261207090534_budget_buckets_unlogged): a crash empties it, which only
// fills every budget again. SQLite, one process, keeps its budgets in memory
// and leaves this table empty.
type BudgetBucket struct{ ent.Schema }

// Fields of BudgetBucket.
func (BudgetBucket) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").NotEmpty().MaxLen(128).Immutable().
			Comment("Which budget: kind and whose, e.g. cost:user:12 or rate:ip:10.0.0.7."),
		field.Float("points").
			Comment("Points left at `at`."),
		field.Float("spent").
			Comment("Points the last request took; 0 when it was refused (it spent nothing)."),
		field.Time("at").
			Comment("When the bucket was last refilled and spent from (the database's clock)."),
		field.Time("full_at").
			Comment("When the bucket is full again if nothing more is spent; a full bucket is the same as none, so rows past it are swept."),
	}
}

// Indexes of BudgetBucket: full buckets are swept by full_at.
func (BudgetBucket) Indexes() []ent.Index {
	return []ent.Index{index.Fields("full_at")}
}

// Policy of BudgetBucket: the system's bookkeeping; no account reads or writes it.
func (BudgetBucket) Policy() ent.Policy { return rule.SystemPolicy() }

// Annotations of BudgetBucket: not part of the GraphQL API.
func (BudgetBucket) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
