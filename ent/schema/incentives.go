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
)

// PointRule is a published rule for earning or losing points (积分), e.g. +20 for
// giving land for a public road.
type PointRule struct{ ent.Schema }

// Mixin of PointRule.
func (PointRule) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of PointRule.
func (PointRule) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).Comment("Stable code. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(100).Comment("What earns or loses points. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Int("points").Comment("Points awarded (negative: deducted); 1 point ≈ 1 yuan. 分值").
			Annotations(entgql.OrderField("POINTS")),
		field.String("description").Optional().MaxLen(500).Comment("Details of the rule. 说明"),
		field.Bool("active").Default(true).Comment("Whether the rule is in force. 是否有效"),
	}
}

// Edges of PointRule.
func (PointRule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("entries", PointEntry.Type).Comment("Points given under the rule. 积分记录").
			Annotations(entgql.RelayConnection()),
	}
}

// Policy of PointRule: see internal/rule.
func (PointRule) Policy() ent.Policy { return rule.Policy(rule.Everyone, rule.Admins...) }

// Annotations of PointRule.
func (PointRule) Annotations() []schema.Annotation {
	return connectable("A published points rule. 积分规则", true)
}

// PointEntry is points earned or lost by a household (or by the courtyard as a whole
// when no household is given).
type PointEntry struct{ ent.Schema }

// Mixin of PointEntry.
func (PointEntry) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of PointEntry.
func (PointEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("points").Comment("Points earned (positive) or lost (negative). 积分").
			Annotations(entgql.OrderField("POINTS")),
		field.String("reason").NotEmpty().MaxLen(200).Comment("Why. 事由"),
		field.Time("awarded_at").Comment("When the points were given. 记分时间").
			Annotations(entgql.OrderField("AWARDED_AT")),
		field.Int("courtyard_id").Comment("Courtyard of the entry."),
		field.Int("household_id").Optional().Nillable().Comment("Household earning the points; null for the courtyard itself."),
		field.Int("rule_id").Optional().Nillable().Comment("Rule applied."),
	}
}

// Edges of PointEntry.
func (PointEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("point_entries").Field("courtyard_id").Unique().Required().
			Comment("Courtyard of the entry. 所属院坝"),
		edge.From("household", Household.Type).Ref("point_entries").Field("household_id").Unique().
			Comment("Household earning the points. 农户"),
		edge.From("rule", PointRule.Type).Ref("entries").Field("rule_id").Unique().
			Comment("Rule applied. 积分规则"),
	}
}

// Indexes of PointEntry.
func (PointEntry) Indexes() []ent.Index {
	return []ent.Index{index.Fields("household_id"), index.Fields("courtyard_id", "awarded_at"), index.Fields("rule_id"),
		// Analytics (internal/metrics): points given in a period.
		index.Fields("awarded_at")}
}

// Annotations of PointEntry.
func (PointEntry) Annotations() []schema.Annotation {
	return connectable("Points earned or lost (积分). 积分记录", false)
}

// SupermarketItem is a good in a village's points supermarket (积分超市).
type SupermarketItem struct{ ent.Schema }

// Mixin of SupermarketItem.
func (SupermarketItem) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of SupermarketItem.
func (SupermarketItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Comment("Name, e.g. 洗衣粉. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Int("points_cost").Positive().Comment("Points per unit. 所需积分").
			Annotations(entgql.OrderField("POINTS_COST")),
		field.Int("stock").NonNegative().Default(0).Comment("Units in stock. 库存"),
		field.Bool("active").Default(true).Comment("Whether it is on offer. 是否上架"),
		field.Int("village_id").Comment("Village whose supermarket offers it."),
	}
}

// Edges of SupermarketItem.
func (SupermarketItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("village", Village.Type).Ref("supermarket_items").Field("village_id").Unique().Required().
			Comment("Village whose supermarket offers it. 所属村社区"),
		edge.To("redemptions", PointRedemption.Type).Comment("Redemptions of the item. 兑换记录").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of SupermarketItem.
func (SupermarketItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("village_id")}
}

// Hooks of SupermarketItem.
func (SupermarketItem) Hooks() []ent.Hook { return []ent.Hook{rule.CheckVillageChild} }

// Policy of SupermarketItem: see internal/rule.
func (SupermarketItem) Policy() ent.Policy {
	return rule.Policy(rule.VillageChildScope, rule.VillageUp...)
}

// Annotations of SupermarketItem.
func (SupermarketItem) Annotations() []schema.Annotation {
	return connectable("A good in a village points supermarket (积分超市). 积分超市商品", true)
}

// PointRedemption is a household spending points on supermarket goods.
type PointRedemption struct{ ent.Schema }

// Mixin of PointRedemption.
func (PointRedemption) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of PointRedemption.
func (PointRedemption) Fields() []ent.Field {
	return []ent.Field{
		field.Int("quantity").Positive().Default(1).Comment("Units taken. 数量"),
		field.Int("points").Positive().Comment("Points spent in total. 消耗积分").
			Annotations(entgql.OrderField("POINTS")),
		field.Time("redeemed_at").Comment("When. 兑换时间").
			Annotations(entgql.OrderField("REDEEMED_AT")),
		field.Int("courtyard_id").Comment("Courtyard of the household."),
		field.Int("household_id").Comment("Household redeeming."),
		field.Int("item_id").Comment("Good taken."),
	}
}

// Edges of PointRedemption.
func (PointRedemption) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("point_redemptions").Field("courtyard_id").Unique().Required().
			Comment("Courtyard of the household. 所属院坝"),
		edge.From("household", Household.Type).Ref("point_redemptions").Field("household_id").Unique().Required().
			Comment("Household redeeming. 农户"),
		edge.From("item", SupermarketItem.Type).Ref("redemptions").Field("item_id").Unique().Required().
			Comment("Good taken. 商品"),
	}
}

// Indexes of PointRedemption.
func (PointRedemption) Indexes() []ent.Index {
	return []ent.Index{index.Fields("household_id"), index.Fields("courtyard_id", "redeemed_at"), index.Fields("item_id"),
		// Analytics (internal/metrics): points redeemed in a period.
		index.Fields("redeemed_at")}
}

// Annotations of PointRedemption.
func (PointRedemption) Annotations() []schema.Annotation {
	return connectable("Points redeemed at the points supermarket. 积分兑换", false)
}

// Award is one of the half-yearly "五个最美" awards: most beautiful courtyard,
// head, agent, publicist or informant.
type Award struct{ ent.Schema }

// Mixin of Award.
func (Award) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{Writers: rule.Admins}}
}

// Fields of Award.
func (Award) Fields() []ent.Field {
	return []ent.Field{
		field.String("period").Match(mustCompile(halfYearPattern)).Comment("Half-year, e.g. 2024H1. 评选周期").
			Annotations(entgql.OrderField("PERIOD")),
		field.Enum("category").Values("COURTYARD", "HEAD", "AGENT", "PUBLICIST", "INFORMANT").
			Comment("最美院坝 COURTYARD, 最美院坝长 HEAD, 最美代办员 AGENT, 最美宣传员 PUBLICIST or 最美信息员 INFORMANT.").
			Annotations(entgql.OrderField("CATEGORY")),
		field.String("citation").Optional().MaxLen(500).Comment("Why it was awarded. 事迹"),
		field.Int("courtyard_id").Comment("Courtyard awarded, or where the winner serves."),
		field.Int("winner_id").Optional().Nillable().Comment("Resident awarded (person categories)."),
	}
}

// Edges of Award.
func (Award) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("awards").Field("courtyard_id").Unique().Required().
			Comment("Courtyard awarded, or where the winner serves. 所属院坝"),
		edge.From("winner", Resident.Type).Ref("awards").Field("winner_id").Unique().
			Comment("Resident awarded. 获奖人"),
	}
}

// Indexes of Award.
func (Award) Indexes() []ent.Index {
	return []ent.Index{index.Fields("period", "category"), index.Fields("courtyard_id", "period"), index.Fields("winner_id")}
}

// Annotations of Award.
func (Award) Annotations() []schema.Annotation {
	return connectable("A half-yearly \"五个最美\" award. 五个最美评选", false)
}

// Grant is a project grant paid to a courtyard instead of direct investment (以奖代投).
type Grant struct{ ent.Schema }

// Mixin of Grant.
func (Grant) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{Writers: rule.Admins}}
}

// Fields of Grant.
func (Grant) Fields() []ent.Field {
	return []ent.Field{
		field.Int64("amount_fen").Positive().Comment("Amount in fen (1 yuan = 100 fen). 金额（分）").
			Annotations(entgql.OrderField("AMOUNT_FEN")),
		field.Enum("purpose").Values("COURTYARD_ECONOMY", "BEAUTIFUL_COURTYARD", "SAFE_COMPOUND", "OTHER").
			Comment("院坝经济 COURTYARD_ECONOMY, 美丽院坝 BEAUTIFUL_COURTYARD, 平安院落 SAFE_COMPOUND or OTHER."),
		field.String("description").Optional().MaxLen(500).Comment("What the grant pays for. 项目说明"),
		field.String("period").Match(mustCompile(halfYearPattern)).Comment("Half-year granted, e.g. 2024H1. 周期").
			Annotations(entgql.OrderField("PERIOD")),
		field.Int("courtyard_id").Comment("Courtyard granted."),
	}
}

// Edges of Grant.
func (Grant) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("grants").Field("courtyard_id").Unique().Required().
			Comment("Courtyard granted. 所属院坝"),
	}
}

// Indexes of Grant.
func (Grant) Indexes() []ent.Index {
	return []ent.Index{index.Fields("courtyard_id", "period")}
}

// Annotations of Grant.
func (Grant) Annotations() []schema.Annotation {
	return connectable("A project grant (以奖代投). 项目奖补", false)
}
