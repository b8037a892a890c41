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

// issueCategories are the four categories of deliberated issues.
var issueCategories = []string{"PUBLIC_FACILITY", "LIVING_ENVIRONMENT", "DISPUTE", "CUSTOMS"}

// IssueItem is one of the 17 high-frequency items (高频事项) issues are filed under.
type IssueItem struct{ ent.Schema }

// Mixin of IssueItem.
func (IssueItem) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of IssueItem.
func (IssueItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).
			Comment("Stable code of the item, e.g. WATER_SUPPLY. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).
			Comment("Name, e.g. 饮水管网维修. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("category").Values(issueCategories...).
			Comment("Category the item belongs to. 类别"),
	}
}

// Edges of IssueItem.
func (IssueItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("issues", Issue.Type).Comment("Issues filed under the item. 议事事项").
			Annotations(entgql.RelayConnection()),
	}
}

// Policy of IssueItem: see internal/rule.
func (IssueItem) Policy() ent.Policy { return rule.Policy(rule.Everyone, rule.Admins...) }

// Annotations of IssueItem.
func (IssueItem) Annotations() []schema.Annotation {
	return connectable("A high-frequency deliberation item from the catalogue of 17. 高频议事事项", true)
}

// Issue is a matter deliberated in a courtyard through the six-step loop
// collect → confirm → visit → decide → execute → evaluate.
type Issue struct{ ent.Schema }

// Mixin of Issue.
func (Issue) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Issue.
func (Issue) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).Comment("Short title. 标题").
			Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Optional().Comment("What the residents raised. 事项描述"),
		field.Enum("category").Values(issueCategories...).
			Comment("公益设施维护 PUBLIC_FACILITY, 人居环境整治 LIVING_ENVIRONMENT, 矛盾纠纷调处 DISPUTE or 移风易俗 CUSTOMS.").
			Annotations(entgql.OrderField("CATEGORY")),
		field.Enum("stage").Values("COLLECTED", "CONFIRMED", "VISITED", "DECIDED", "EXECUTED", "EVALUATED").Default("COLLECTED").
			Comment("Step reached in the six-step loop: 收集 → 确定 → 走访 → 议定 → 执行 → 评价.").
			Annotations(entgql.OrderField("STAGE")),
		field.Time("collected_at").Comment("When the issue was collected. 收集时间").
			Annotations(entgql.OrderField("COLLECTED_AT")),
		field.Time("confirmed_at").Optional().Nillable().Comment("When the issue was confirmed for deliberation. 确定时间"),
		field.Time("visited_at").Optional().Nillable().Comment("When the parties were visited. 走访时间"),
		field.Time("decided_at").Optional().Nillable().Comment("When the courtyard decided. 议定时间").
			Annotations(entgql.OrderField("DECIDED_AT")),
		field.Time("executed_at").Optional().Nillable().Comment("When the decision was carried out. 执行时间"),
		field.Time("evaluated_at").Optional().Nillable().Comment("When residents evaluated the outcome. 评价时间"),
		field.Time("escalated_at").Optional().Nillable().
			Comment("When the issue was escalated to the village (大事不出村社); null if it stayed in the courtyard. 上报村社时间"),
		field.Int64("collective_fund_fen").Optional().Nillable().Min(0).
			Comment("Village collective funds the decision spends, in fen (1 yuan = 100 fen). 集体资金（分）"),
		field.Int("votes_for").Optional().Nillable().Min(0).Comment("Residents voting for. 赞成票"),
		field.Int("votes_against").Optional().Nillable().Min(0).Comment("Residents voting against. 反对票"),
		field.Int("votes_abstain").Optional().Nillable().Min(0).Comment("Residents abstaining. 弃权票"),
		field.Int("votes_present").Optional().Nillable().Min(0).Comment("Residents present at the vote. 到场人数"),
		field.Text("decision").Optional().Comment("What was decided. 议定结果"),
		field.Text("outcome").Optional().Comment("How it turned out. 执行结果"),
		field.Int("courtyard_id").Comment("Courtyard deliberating the issue."),
		field.Int("item_id").Optional().Nillable().Comment("High-frequency item the issue is filed under."),
		field.Int("raised_by_id").Optional().Nillable().Comment("Resident who raised the issue."),
	}
}

// Edges of Issue.
func (Issue) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("issues").Field("courtyard_id").Unique().Required().
			Comment("Courtyard deliberating the issue. 所属院坝"),
		edge.From("item", IssueItem.Type).Ref("issues").Field("item_id").Unique().
			Comment("High-frequency item the issue is filed under. 高频事项"),
		edge.From("raised_by", Resident.Type).Ref("raised_issues").Field("raised_by_id").Unique().
			Comment("Resident who raised the issue. 提出人"),
		edge.To("sessions", Session.Type).Comment("Deliberation meetings held on the issue. 议事会").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of Issue.
func (Issue) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "collected_at"),
		index.Fields("item_id"),
		index.Fields("raised_by_id"),
		index.Fields("stage"),
		index.Fields("category"),
	}
}

// Annotations of Issue.
func (Issue) Annotations() []schema.Annotation {
	return connectable("An issue deliberated in a courtyard (议事协商到院坝). 议事事项", false)
}

// Idea is a "golden idea" (金点子) a resident submits; it may be adopted.
type Idea struct{ ent.Schema }

// Mixin of Idea.
func (Idea) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Idea.
func (Idea) Fields() []ent.Field {
	return []ent.Field{
		field.Text("content").NotEmpty().Comment("The idea. 内容"),
		field.Time("submitted_at").Comment("When it was submitted. 提交时间").
			Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Bool("adopted").Default(false).Comment("Whether the idea was adopted. 是否采纳"),
		field.Time("adopted_at").Optional().Nillable().Comment("When it was adopted. 采纳时间"),
		field.Int("courtyard_id").Comment("Courtyard the idea was submitted in."),
		field.Int("proposer_id").Optional().Nillable().Comment("Resident who proposed it."),
	}
}

// Edges of Idea.
func (Idea) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("ideas").Field("courtyard_id").Unique().Required().
			Comment("Courtyard the idea was submitted in. 所属院坝"),
		edge.From("proposer", Resident.Type).Ref("ideas").Field("proposer_id").Unique().
			Comment("Resident who proposed it. 提出人"),
	}
}

// Indexes of Idea.
func (Idea) Indexes() []ent.Index {
	return []ent.Index{index.Fields("courtyard_id", "submitted_at"), index.Fields("proposer_id")}
}

// Annotations of Idea.
func (Idea) Annotations() []schema.Annotation {
	return connectable("A golden idea (金点子) submitted by a resident. 金点子", false)
}
