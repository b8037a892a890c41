package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
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
		field.String("display_name").Optional().MaxLen(64).Comment("Name shown in the UI. 显示名"),
		field.Enum("role").Values("DISTRICT_ADMIN", "TOWN_OFFICIAL", "VILLAGE_CADRE", "COURTYARD_OFFICER", "ANALYST").
			Comment("Role, which decides what the account may see and change. 角色"),
		field.String("area_code").Match(mustCompile(`^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$`)).
			Comment("Statistical code of the area the role is bound to. 管辖区域代码"),
		field.String("password_hash").Sensitive().Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("disabled").Default(false).Comment("Disabled accounts cannot log in. 是否停用"),
	}
}

// Annotations of User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An account of the dashboard or API. 用户"),
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
	}
}
