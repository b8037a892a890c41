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

// LoginAttempt is one try to log in, kept so that failed logins slow down
// per username and client address (internal/account) on every server
// process, and so that an account's owner sees the failed tries. The
// username is the name tried, whether or not an account has it: the
// slowdown never tells which names exist.
type LoginAttempt struct{ ent.Schema }

// Mixin of LoginAttempt.
func (LoginAttempt) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}} }

// Fields of LoginAttempt.
func (LoginAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Immutable().MaxLen(64).
			Comment("The login name tried (cut to 64 characters). 尝试的用户名"),
		field.String("address").Immutable().MaxLen(64).
			Comment("Client address the try came from. 来源地址"),
		field.Time("at").Default(now).Immutable().
			Comment("When the try began (UTC). 时间"),
		field.Enum("outcome").Values("PENDING", "FAILED", "SUCCEEDED").Default("PENDING").
			Comment("PENDING while the password is checked, then FAILED or SUCCEEDED. 结果"),
		field.Int("user_id").Optional().Nillable().Immutable().
			Comment("The account with that username, if one has it."),
	}
}

// Indexes of LoginAttempt: the slowdown counts a username's tries (from one
// address, and from all); the owner lists an account's; old ones are swept by
// time.
func (LoginAttempt) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("username", "address", "at"),
		index.Fields("username", "at"),
		index.Fields("user_id", "at"),
		index.Fields("at"),
	}
}

// Policy of LoginAttempt: an account reads its own tries; only the system
// (internal/account) writes them. See internal/rule.
func (LoginAttempt) Policy() ent.Policy { return rule.AccountRecordsPolicy() }

// Annotations of LoginAttempt: not a GraphQL type of its own; the owner sees
// the failed tries through User.failedLogins (graph/auth.graphql).
func (LoginAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One try to log in. 登录尝试"),
		entgql.Skip(entgql.SkipAll),
	}
}
