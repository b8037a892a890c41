// Hand-written (not generated): the domain model, input of ent's code generation.

// Package schema holds the 院坝汇 (Yuanbahui) domain model: one file per entity,
// with the fields, edges, indexes and GraphQL annotations that every other layer
// derives from.
package schema

import (
	"regexp"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"
	"github.com/vektah/gqlparser/v2/ast"

	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// now is the clock used for default timestamps; always UTC.
func now() time.Time { return time.Now().UTC() }

// IDMixin declares the integer primary key explicitly, so that bulk loaders
// (the demo seeder) can set ids themselves; clients never set them. Ids are
// global: ent's sql/globalid feature gives each table its own range.
type IDMixin struct{ mixin.Schema }

// Fields of the IDMixin.
func (IDMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("id").Immutable().Comment("Primary key, inside the type's global ID range."),
	}
}

// Hooks of the IDMixin, which every type has: the guard of what the
// workflows own (workflow.Owned annotations, collected in ent.WorkflowOwned).
func (IDMixin) Hooks() []ent.Hook { return []ent.Hook{workflow.GuardOwned} }

// TimeMixin records when a row was created and last updated (UTC).
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(now).Immutable().
			Comment("When the record was created (UTC). 创建时间").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").Default(now).UpdateDefault(now).
			Comment("When the record was last changed (UTC). 更新时间").
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// AreaMixin denormalises the town and village of a courtyard-bound record onto the
// record itself (foreign keys town_id and village_id, exposed as the read-only
// edges town and village), so that area scoping and per-area lists filter on the
// row's own indexed columns instead of joining through courtyards. The values are
// filled from the record's courtyard by a hook (rule.FillArea, internal/rule/area.go) and are not
// client-settable.
type AreaMixin struct {
	mixin.Schema
	// Writers are the roles that may create and change the records (default:
	// every role but the read-only analyst).
	Writers []viewer.Role
}

// Fields of the AreaMixin.
func (AreaMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("town_id").
			Comment("Town of the record's courtyard (denormalised for scoping and per-town lists).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("village_id").
			Comment("Village of the record's courtyard (denormalised for scoping and per-village lists).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of the AreaMixin: read-only links to the record's town and village.
func (AreaMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("town", Town.Type).Field("town_id").Unique().Required().
			Comment("Town of the record's courtyard. 所属乡镇").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("village", Village.Type).Field("village_id").Unique().Required().
			Comment("Village of the record's courtyard. 所属村社区").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the AreaMixin.
func (AreaMixin) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("town_id"),
		index.Fields("village_id"),
	}
}

// Policy of the AreaMixin: rows are read and changed only inside the viewer's
// area; who may write is the Writers list.
func (m AreaMixin) Policy() ent.Policy {
	roles := m.Writers
	if roles == nil {
		roles = rule.EveryoneWorking
	}
	return rule.Policy(rule.RecordScope, roles...)
}

// Hooks of the AreaMixin.
func (AreaMixin) Hooks() []ent.Hook {
	return []ent.Hook{rule.FillArea}
}

// connectable returns the annotations shared by every entity that has a root Relay
// connection, optional create/update mutations and multi-field ordering.
func connectable(comment string, mutations bool) []schema.Annotation {
	ants := []schema.Annotation{
		schema.Comment(comment),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
	if mutations {
		ants = append(ants, entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()))
	}
	return ants
}

// Regular expressions of China's statistical division codes (统计用区划代码).
const (
	districtCodePattern  = `^\d{6}$`
	townCodePattern      = `^\d{9}$`
	villageCodePattern   = `^\d{12}$`
	courtyardCodePattern = `^\d{15}$`
	halfYearPattern      = `^\d{4}H[12]$`
	quarterPattern       = `^\d{4}Q[1-4]$`
)

// mustCompile compiles a field pattern; patterns are constants, so a failure is a bug.
func mustCompile(p string) *regexp.Regexp { return regexp.MustCompile(p) }

// personal marks a field as personal data: the GraphQL field carries
// @personal(kind:), and its value is masked for viewers who may not see it.
func personal(kind string) entgql.Annotation {
	return entgql.Directives(entgql.NewDirective("personal", &ast.Argument{
		Name:  "kind",
		Value: &ast.Value{Raw: kind, Kind: ast.EnumValue},
	}))
}
