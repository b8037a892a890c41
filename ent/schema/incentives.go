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

// PointRule is a published rule for earning or losing points (积分), e.g. +20 for
// giving land for a public road. A rule is catalogue-wide (village_id null) or
// a village's own, which overrides the catalogue-wide rule of the same code in
// that village. Rules are versioned, never edited in place: publishing a rule
// whose code is in force creates the next version, which supersedes it (every
// field is immutable; entries keep the points they were given).
type PointRule struct{ ent.Schema }

// Mixin of PointRule.
func (PointRule) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of PointRule.
func (PointRule) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(32).Validate(bound.OneLine(bound.Line)).Immutable().Comment("Stable code, shared by the rule's versions. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(100).Validate(bound.OneLine(bound.Line)).Immutable().Comment("What earns or loses points. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Int("points").Validate(bound.Points).Immutable().Comment("Points awarded (negative: deducted); 1 point ≈ 1 yuan. 分值").
			Annotations(entgql.OrderField("POINTS")),
		field.String("description").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).Immutable().Comment("Details of the rule. 说明"),
		field.Bool("active").Default(true).Immutable().Comment("Whether this version is in force; a rule is retired by publishing an inactive version. 是否有效"),
		field.Int("version").Positive().Default(1).Immutable().Comment("Version of the rule's code in its catalogue (1, 2, …). 版本").
			Annotations(entgql.OrderField("VERSION")),
		field.Int("village_id").Optional().Nillable().Immutable().Comment("Village whose own rule this is; null for the catalogue-wide rule."),
		field.Int("supersedes_id").Optional().Nillable().Immutable().Comment("The version this one supersedes."),
	}
}

// Edges of PointRule.
func (PointRule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("entries", PointEntry.Type).Comment("Points given under the rule. 积分记录").
			Annotations(entgql.RelayConnection()),
		edge.To("village", Village.Type).Field("village_id").Unique().Immutable().
			Comment("Village whose own rule this is (overrides the catalogue-wide rule). 所属村社区"),
		edge.To("superseded_by", PointRule.Type).Unique().Comment("The version that superseded this one. 新版本").
			From("supersedes").Field("supersedes_id").Unique().Immutable().
			Comment("The version this one supersedes. 上一版本"),
	}
}

// Indexes of PointRule: one rule per code and version in each catalogue.
func (PointRule) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("code", "version").Unique().Annotations(entsql.IndexWhere("village_id IS NULL")).StorageKey("pointrule_catalogue_version"),
		index.Fields("village_id", "code", "version").Unique(),
	}
}

// Policy of PointRule: every account reads the rules; the district publishes
// catalogue-wide rules, villages their own (workflow.CheckPointRuleWriter).
func (PointRule) Policy() ent.Policy { return rule.Policy(rule.Everyone, rule.VillageUp...) }

// Hooks of PointRule.
func (PointRule) Hooks() []ent.Hook {
	return []ent.Hook{workflow.CheckPointRuleWriter, workflow.NeverEdited}
}

// Annotations of PointRule.
func (PointRule) Annotations() []schema.Annotation {
	return append(connectable("A published points rule (one version of it). 积分规则", false), workflow.Owns)
}

// PointEntry is points earned or lost by a household (or by the courtyard as a whole
// when no household is given).
type PointEntry struct{ ent.Schema }

// Mixin of PointEntry.
func (PointEntry) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of PointEntry.
func (PointEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("points").Validate(bound.Points).Immutable().Comment("Points earned (positive) or lost (negative). 积分").
			Annotations(entgql.OrderField("POINTS")),
		field.String("reason").NotEmpty().MaxLen(200).Validate(bound.OneLine(bound.Line)).Immutable().Comment("Why. 事由"),
		field.Time("awarded_at").Immutable().Comment("When the points were given (proposed). 记分时间").
			Annotations(entgql.OrderField("AWARDED_AT")),
		field.Enum("status").Values("PROPOSED", "CONFIRMED", "REJECTED").Default("CONFIRMED").
			Comment("CONFIRMED entries count; an entry for a free reason or above the village's limit is PROPOSED until a second account of the village (not the proposer) confirms or rejects it. 状态").
			Annotations(governed),
		field.Time("decided_at").Optional().Nillable().
			Comment("When the village confirmed or rejected a proposed entry. 审核时间").Annotations(governed),
		field.Int("courtyard_id").Immutable().Comment("Courtyard where the points were earned (kept when the household moves)."),
		field.Int("household_id").Optional().Nillable().Immutable().Comment("Household earning the points; null for the courtyard itself."),
		field.Int("rule_id").Optional().Nillable().Immutable().Comment("Rule applied; null for a free reason the village approved."),
		field.Int("reverses_id").Optional().Nillable().Immutable().Comment("Entry this one reverses."),
		field.Int("issue_id").Optional().Nillable().Immutable().Comment("Issue the entry rests on."),
		field.Int("session_id").Optional().Nillable().Immutable().Comment("Session (meeting, lecture) the entry rests on."),
		field.Int("ticket_id").Optional().Nillable().Immutable().Comment("Proxy-service ticket the entry rests on."),
		field.Int("proposed_by_id").Optional().Nillable().Immutable().Comment("Account that recorded the entry.").Annotations(governed),
		field.Int("decided_by_id").Optional().Nillable().
			Comment("Account that confirmed or rejected a proposed entry (never the one that proposed it).").Annotations(governed),
	}
}

// Edges of PointEntry.
func (PointEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("point_entries").Field("courtyard_id").Unique().Required().Immutable().
			Comment("Courtyard where the points were earned. 所属院坝"),
		edge.From("household", Household.Type).Ref("point_entries").Field("household_id").Unique().Immutable().
			Comment("Household earning the points. 农户"),
		edge.From("rule", PointRule.Type).Ref("entries").Field("rule_id").Unique().Immutable().
			Comment("Rule applied. 积分规则"),
		edge.To("reversed_by", PointEntry.Type).Unique().Comment("The entry that reversed this one. 冲正记录").
			From("reverses").Field("reverses_id").Unique().Immutable().
			Comment("Entry this one reverses (an entry is reversed at most once). 冲正的记录"),
		edge.To("issue", Issue.Type).Field("issue_id").Unique().Immutable().Comment("Issue the entry rests on. 依据议事"),
		edge.To("session", Session.Type).Field("session_id").Unique().Immutable().Comment("Session the entry rests on. 依据活动"),
		edge.To("ticket", Ticket.Type).Field("ticket_id").Unique().Immutable().Comment("Ticket the entry rests on. 依据代办"),
		edge.To("proposed_by", User.Type).Field("proposed_by_id").Unique().Immutable().
			Comment("Account that recorded (proposed) the entry. 记分人").Annotations(governed),
		edge.To("decided_by", User.Type).Field("decided_by_id").Unique().
			Comment("Account that confirmed or rejected the proposed entry: a second account, never the proposer (四眼原则). 审核人").Annotations(governed),
	}
}

// Indexes of PointEntry.
func (PointEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("household_id", "status"), index.Fields("courtyard_id", "awarded_at"), index.Fields("rule_id"),
		index.Fields("village_id", "awarded_at"),
		index.Fields("issue_id"), index.Fields("session_id"), index.Fields("ticket_id"),
		index.Fields("proposed_by_id"), index.Fields("decided_by_id"),
		// Analytics (internal/metrics): points given in a period.
		index.Fields("awarded_at"),
	}
}

// Hooks of PointEntry: the ledger is append-only (workflow.AppendOnlyLedger).
func (PointEntry) Hooks() []ent.Hook { return []ent.Hook{workflow.AppendOnlyLedger} }

// Annotations of PointEntry.
func (PointEntry) Annotations() []schema.Annotation {
	return append(connectable("Points earned or lost (积分). 积分记录", false), workflow.Owns)
}

// SupermarketItem is a good in a village's points supermarket (积分超市).
type SupermarketItem struct{ ent.Schema }

// Mixin of SupermarketItem.
func (SupermarketItem) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of SupermarketItem.
func (SupermarketItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Validate(bound.OneLine(bound.Line)).Comment("Name, e.g. 洗衣粉. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Int("points_cost").Validate(bound.Int(1, bound.MaxPointsCost)).Comment("Points per unit. 所需积分").
			Annotations(entgql.OrderField("POINTS_COST")),
		field.Int("stock").Validate(bound.Int(0, bound.MaxStock)).Default(0).Comment("Units in stock; changed by restockItem and redemptions. 库存").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput), workflow.OwnsAfterCreate),
		field.Bool("active").Default(true).Comment("Whether it is on offer; changed by setItemActive. 是否上架").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput), workflow.OwnsAfterCreate),
		field.Int("village_id").Comment("Village whose supermarket offers it."),
	}
}

// Edges of SupermarketItem.
func (SupermarketItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("village", Village.Type).Ref("supermarket_items").Field("village_id").Unique().Required().
			Comment("Village whose supermarket offers it. 所属村社区"),
		edge.To("redemptions", PointRedemption.Type).Comment("Redemptions of the item. 兑换记录").
			Annotations(entgql.RelayConnection(), governed),
	}
}

// Indexes of SupermarketItem.
func (SupermarketItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("village_id")}
}

// Hooks of SupermarketItem.
func (SupermarketItem) Hooks() []ent.Hook {
	return []ent.Hook{rule.CheckVillageChild}
}

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
		field.Int("quantity").Validate(bound.Int(1, bound.MaxQuantity)).Default(1).Immutable().Comment("Units taken. 数量"),
		field.Int("points").Validate(bound.Int(1, bound.MaxQuantity*bound.MaxPointsCost)).Immutable().Comment("Points spent in total. 消耗积分").
			Annotations(entgql.OrderField("POINTS")),
		field.Time("redeemed_at").Immutable().Comment("When. 兑换时间").
			Annotations(entgql.OrderField("REDEEMED_AT")),
		field.Time("cancelled_at").Optional().Nillable().
			Comment("When the redemption was cancelled (the same day, Asia/Shanghai), restoring stock and points. 撤销时间").
			Annotations(governed),
		field.Int("courtyard_id").Immutable().Comment("Courtyard of the household."),
		field.Int("household_id").Immutable().Comment("Household redeeming."),
		field.Int("item_id").Immutable().Comment("Good taken."),
	}
}

// Edges of PointRedemption.
func (PointRedemption) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("point_redemptions").Field("courtyard_id").Unique().Required().Immutable().
			Comment("Courtyard of the household. 所属院坝"),
		edge.From("household", Household.Type).Ref("point_redemptions").Field("household_id").Unique().Required().Immutable().
			Comment("Household redeeming. 农户"),
		edge.From("item", SupermarketItem.Type).Ref("redemptions").Field("item_id").Unique().Required().Immutable().
			Comment("Good taken. 商品"),
	}
}

// Indexes of PointRedemption.
func (PointRedemption) Indexes() []ent.Index {
	return []ent.Index{index.Fields("household_id"), index.Fields("courtyard_id", "redeemed_at"), index.Fields("item_id"),
		// Analytics (internal/metrics): points redeemed in a period.
		index.Fields("redeemed_at")}
}

// Hooks of PointRedemption: kept for good; only cancelRedemption sets cancelled_at.
func (PointRedemption) Hooks() []ent.Hook { return []ent.Hook{workflow.KeptRedemptions} }

// Annotations of PointRedemption.
func (PointRedemption) Annotations() []schema.Annotation {
	return append(connectable("Points redeemed at the points supermarket. 积分兑换", false), workflow.Owns)
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
		field.String("citation").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).Comment("Why it was awarded. 事迹"),
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
	return []ent.Index{
		index.Fields("period", "category"), index.Fields("courtyard_id", "period"),
		// A person wins a category at most once per period, a courtyard the COURTYARD award likewise.
		index.Fields("winner_id", "period", "category").Unique(),
		index.Fields("courtyard_id", "period", "category").Unique().Annotations(entsql.IndexWhere("winner_id IS NULL")).StorageKey("award_courtyard_once"),
	}
}

// Annotations of Award.
func (Award) Annotations() []schema.Annotation {
	return append(connectable("A half-yearly \"五个最美\" award. 五个最美评选", false), workflow.Owns)
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
		field.Int64("amount_fen").Validate(bound.Int64(1, bound.MaxFen)).Comment("Amount in fen (1 yuan = 100 fen). 金额（分）").
			Annotations(entgql.OrderField("AMOUNT_FEN")),
		field.Enum("purpose").Values("COURTYARD_ECONOMY", "BEAUTIFUL_COURTYARD", "SAFE_COMPOUND", "OTHER").
			Comment("院坝经济 COURTYARD_ECONOMY, 美丽院坝 BEAUTIFUL_COURTYARD, 平安院落 SAFE_COMPOUND or OTHER."),
		field.String("description").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).Comment("What the grant pays for. 项目说明"),
		field.String("period").Match(mustCompile(halfYearPattern)).Comment("Half-year granted, e.g. 2024H1. 周期").
			Annotations(entgql.OrderField("PERIOD")),
		field.Int("courtyard_id").Comment("Courtyard granted."),
		field.Int("award_id").Optional().Nillable().Comment("Award the grant follows, if any."),
		field.String("basis").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Assessment the grant follows, e.g. 2025H1 院坝议事考核前十. 依据"),
	}
}

// Edges of Grant.
func (Grant) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("grants").Field("courtyard_id").Unique().Required().
			Comment("Courtyard granted. 所属院坝"),
		edge.To("award", Award.Type).Field("award_id").Unique().Comment("Award the grant follows. 依据奖项"),
	}
}

// Indexes of Grant.
func (Grant) Indexes() []ent.Index {
	return []ent.Index{index.Fields("courtyard_id", "period"), index.Fields("award_id"), index.Fields("period", "purpose")}
}

// Annotations of Grant.
func (Grant) Annotations() []schema.Annotation {
	return append(connectable("A project grant (以奖代投). 项目奖补", false), workflow.Owns)
}
