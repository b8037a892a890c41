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
	"yuanbahui/internal/viewer"
)

// User is an account of the dashboard or API, bound to an area by its role.
type User struct{ ent.Schema }

// Mixin of User.
func (User) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Unique().NotEmpty().MaxLen(64).Match(mustCompile(`^[a-zA-Z0-9_.-]+$`)).
			Comment("Login name. 用户名").
			Annotations(entgql.OrderField("USERNAME")),
		field.String("display_name").Optional().MaxLen(64).Validate(bound.OneLine(bound.Line)).Comment("Name shown in the UI. 显示名"),
		field.Enum("role").GoType(viewer.Role("")).
			Comment("Role, which decides what the account may see and change. 角色"),
		field.String("area_code").Match(mustCompile(`^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$`)).
			Comment("Statistical code of the area the role is bound to (district, town or village). 管辖区域代码"),
		field.String("password_hash").Sensitive().Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("demo_password").Default(false).
			Comment("The account still has the published demo password; production refuses to start.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("disabled").Default(false).Comment("Disabled accounts cannot log in. 是否停用"),
		field.Time("last_login_at").Optional().Nillable().Comment("Last successful login. 最近登录"),
		field.Int("resident_id").Optional().Nillable().
			Comment("Resident behind a courtyard officer's account."),
	}
}

// Edges of User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("resident", Resident.Type).Field("resident_id").Unique().
			Comment("Resident behind a courtyard officer's account. 对应群众"),
		edge.To("tokens", AuthToken.Type).Comment("Sessions and API tokens of the account.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of User.
func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("resident_id")}
}

// Policy of User: see internal/rule.
func (User) Policy() ent.Policy { return rule.UserPolicy() }

// Annotations of User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An account of the dashboard or API. 用户"),
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
	}
}

// AuthToken is a bearer credential of an account: a login session (also sent
// as an httpOnly cookie) or a personal API token. Only its SHA-256 is stored.
type AuthToken struct{ ent.Schema }

// Mixin of AuthToken.
func (AuthToken) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of AuthToken.
func (AuthToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("digest").Unique().Immutable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").Values("SESSION", "PERSONAL").Immutable().
			Comment("A login session or a personal API token. 类型"),
		field.String("name").Optional().MaxLen(64).Validate(bound.OneLine(bound.Line)).Comment("What a personal token is for. 名称"),
		field.Time("expires_at").Comment("When the token stops working. 过期时间"),
		field.Time("revoked_at").Optional().Nillable().Comment("When the token was revoked. 吊销时间"),
		field.Time("last_used_at").Optional().Nillable().Comment("Last request made with the token. 最近使用"),
		field.Int("user_id").Immutable().Comment("Account the token belongs to."),
	}
}

// Edges of AuthToken.
func (AuthToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("tokens").Field("user_id").Unique().Required().Immutable().
			Comment("Account the token belongs to. 所属用户"),
	}
}

// Indexes of AuthToken.
func (AuthToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id")}
}

// Policy of AuthToken: see internal/rule.
func (AuthToken) Policy() ent.Policy { return rule.AccountRecordsPolicy() }

// Annotations of AuthToken.
func (AuthToken) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A login session or personal API token of an account. 访问令牌")}
}

// AuditEvent records one change: who, when, which entity, what changed.
type AuditEvent struct{ ent.Schema }

// Mixin of AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}} }

// Fields of AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").Default(now).Immutable().Comment("When the change was committed (UTC). 时间").
			Annotations(entgql.OrderField("AT")),
		field.Int("user_id").Optional().Nillable().Immutable().Comment("Account that made the change (null: the system)."),
		field.String("username").Immutable().Comment("Login name of the account, kept if the account goes. 操作人"),
		field.Enum("action").Values("CREATE", "UPDATE", "DELETE", "EXPORT").Immutable().
			Comment("What was done; EXPORT is a download (internal/export): entity_type names the export, changes its format, filter and rows. 操作"),
		field.String("entity_type").Immutable().Comment("GraphQL type of the changed record, e.g. Village. 对象类型").
			Annotations(entgql.OrderField("ENTITY_TYPE")),
		field.String("entity_id").Immutable().Comment("Opaque global ID of the changed record. 对象ID"),
		field.JSON("changes", map[string]any{}).Immutable().Comment("Changed fields and edges, each as {before, after} (edges as lists of ids, personal data masked). 变更内容").
			Annotations(entgql.Type("Map")),
		field.Int("town_id").Optional().Nillable().Immutable().Comment("Town of the record, when it has one.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("village_id").Optional().Nillable().Immutable().Comment("Village of the record, when it has one.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of AuditEvent: the area scoping filters on town_id; village_id
// serves per-village history.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("town_id", "at"), index.Fields("village_id", "at")}
}

// Policy of AuditEvent: see internal/rule.
func (AuditEvent) Policy() ent.Policy { return rule.AuditPolicy() }

// Annotations of AuditEvent.
func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One change to the data: who, when, which record, what changed. 操作日志"),
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
	}
}
