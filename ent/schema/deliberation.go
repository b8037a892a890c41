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

	"entgo.io/ent/entql"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// governed keeps a workflow-owned field or edge out of entgql's create and
// update inputs. What the workflows own is declared with workflow.Owned (on
// the field or edge, or on the record type an edge leads to), and the test
// TestSecurityGenericInputsOmitWorkflowOwned fails if an input still offers it.
var governed = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// issueGoverned are the Issue fields only the deliberation steps change.
var issueGoverned = []string{
	"stage", "confirmed_at", "visited_at", "decided_at", "executed_at", "evaluated_at",
	"escalated_at", "escalation_approved_at", "closed_at",
	"votes_for", "votes_against", "votes_abstain", "votes_present", "collective_fund_fen", "version",
	"emergency_at", "emergency_action", "custom_outcome",
}

// issueCategories are the four categories of deliberated issues.
var issueCategories = []string{"PUBLIC_FACILITY", "LIVING_ENVIRONMENT", "DISPUTE", "CUSTOMS"}

// IssueItem is one of the 17 high-frequency items (高频事项) issues are filed under.
type IssueItem struct{ ent.Schema }

// Mixin of IssueItem.
func (IssueItem) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of IssueItem.
func (IssueItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).Validate(bound.OneLine(bound.Line)).
			Comment("Stable code of the item, e.g. WATER_SUPPLY. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
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
			Annotations(entgql.RelayConnection(), governed),
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
	return append([]ent.Field{
		field.String("title").NotEmpty().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Short title. 标题").
			Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Optional().Validate(bound.MultiLine(bound.Long)).Comment("What the residents raised. 事项描述"),
		field.Enum("category").Values(issueCategories...).
			Comment("公益设施维护 PUBLIC_FACILITY, 人居环境整治 LIVING_ENVIRONMENT, 矛盾纠纷调处 DISPUTE or 移风易俗 CUSTOMS.").
			Annotations(entgql.OrderField("CATEGORY")),
		field.Enum("stage").Values("COLLECTED", "CONFIRMED", "VISITED", "DECIDED", "EXECUTED", "EVALUATED", "CLOSED").Default("COLLECTED").
			Comment("Step reached in the six-step loop: 收集 → 确定 → 走访 → 议定 → 执行 → 评价; CLOSED when dismissed or rejected (已关闭).").
			Annotations(entgql.OrderField("STAGE"), governed),
		field.Time("collected_at").Comment("When the issue was collected. 收集时间").
			Annotations(entgql.OrderField("COLLECTED_AT")),
		field.Time("confirmed_at").Optional().Nillable().Comment("When the issue was confirmed for deliberation. 确定时间").Annotations(governed),
		field.Time("visited_at").Optional().Nillable().Comment("When the parties were visited. 走访时间").Annotations(governed),
		field.Time("decided_at").Optional().Nillable().Comment("When the courtyard decided. 议定时间").
			Annotations(entgql.OrderField("DECIDED_AT"), governed),
		field.Time("executed_at").Optional().Nillable().Comment("When the decision was carried out. 执行时间").Annotations(governed),
		field.Time("evaluated_at").Optional().Nillable().Comment("When residents evaluated the outcome. 评价时间").Annotations(governed),
		field.Time("escalated_at").Optional().Nillable().
			Comment("When the issue was escalated to the village (大事不出村社); null if it stayed in the courtyard. 上报村社时间").Annotations(governed),
		field.Time("escalation_approved_at").Optional().Nillable().
			Comment("When the village approved the escalated issue (its own recorded step). 村社审批时间").Annotations(governed),
		field.Time("closed_at").Optional().Nillable().
			Comment("When the issue was closed: dismissed at confirmation or rejected at the meeting. 关闭时间").Annotations(governed),
		field.Text("close_reason").Optional().Validate(bound.MultiLine(bound.Long)).Comment("Why the issue was closed. 关闭原因"),
		field.Text("scope").Optional().Validate(bound.MultiLine(bound.Long)).Comment("Scope confirmed for deliberation: who and what it concerns. 议事范围"),
		field.Int("households_visited").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("Households visited before the meeting. 走访户数"),
		field.Text("visit_notes").Optional().Validate(bound.MultiLine(bound.Long)).Comment("What the visits found. 走访情况"),
		field.String("fund_purpose").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("What the collective funds pay for. 资金用途"),
		field.String("executed_by").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Who carried out the decision. 执行人"),
		field.Int64("cost_fen").Optional().Nillable().Validate(bound.Int64(0, bound.MaxFen)).Comment("What carrying it out cost, in fen. 实际花费（分）"),
		field.Strings("receipts").Optional().Validate(bound.List(bound.Line)).Comment("Receipts for the spending, as numbered items. 票据"),
		field.Bool("satisfied").Optional().Nillable().
			Comment("Residents' verdict at evaluation; an unsatisfied verdict reopens execution. 群众是否满意"),
		field.Text("mediation_result").Optional().Validate(bound.MultiLine(bound.Long)).Comment("For disputes: the result of mediation. 调解结果"),
		field.Text("custom_change").Optional().Validate(bound.MultiLine(bound.Long)).
			Comment("For customs issues: what was stopped or changed, e.g. a needless banquet called off. 移风易俗成效"),
		field.Int64("collective_fund_fen").Optional().Nillable().Validate(bound.Int64(0, bound.MaxFen)).
			Comment("Village collective funds the decision spends, in fen (1 yuan = 100 fen). 集体资金（分）").Annotations(governed),
		field.Int("votes_for").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("Residents voting for. 赞成票").Annotations(governed),
		field.Int("votes_against").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("Residents voting against. 反对票").Annotations(governed),
		field.Int("votes_abstain").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("Residents abstaining. 弃权票").Annotations(governed),
		field.Int("votes_present").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("Residents present at the vote. 到场人数").Annotations(governed),
		field.Text("decision").Optional().Validate(bound.MultiLine(bound.Long)).Comment("What was decided. 议定结果"),
		field.Text("outcome").Optional().Validate(bound.MultiLine(bound.Long)).Comment("How it turned out. 执行结果"),
		field.Int("version").Default(0).NonNegative().
			Comment("Bumped by every step; two steps racing on one version: the second is refused.").
			Annotations(governed),
		field.Int("courtyard_id").Comment("Courtyard deliberating the issue."),
		field.Int("item_id").Optional().Nillable().Comment("High-frequency item the issue is filed under."),
		field.Int("raised_by_id").Optional().Nillable().Comment("Resident who raised the issue."),
	}, issueDecisionFields()...)
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
		edge.To("steps", IssueStep.Type).Comment("The steps taken, in order: who and when. 流程记录"),
		edge.To("parties", IssueParty.Type).Comment("For disputes: the residents in dispute. 纠纷当事人"),
		edge.To("ideas", Idea.Type).Comment("Golden ideas adopted as this issue. 采纳的金点子"),
	}
}

// Hooks of Issue: the workflow owns its stage, step times and vote; a vote
// always adds up.
func (Issue) Hooks() []ent.Hook {
	return []ent.Hook{workflow.GuardFields(issueGoverned...), workflow.IssueVotesAddUp}
}

// Indexes of Issue.
func (Issue) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "collected_at"),
		index.Fields("item_id"),
		index.Fields("raised_by_id"),
		index.Fields("stage"),
		index.Fields("category"),
		// Analytics (internal/metrics): issues reaching each step in a period.
		index.Fields("collected_at"),
		index.Fields("decided_at"),
		index.Fields("executed_at"),
		index.Fields("evaluated_at"),
		index.Fields("closed_at"),
		index.Fields("emergency_at"),
	}
}

// Annotations of Issue: a vote adds up in the database too.
func (Issue) Annotations() []schema.Annotation {
	return append(connectable("An issue deliberated in a courtyard (议事协商到院坝). 议事事项", false), workflow.Owns,
		entsql.Checks(map[string]string{"issue_votes_add_up": "votes_for IS NULL OR votes_for + votes_against + votes_abstain = votes_present"}))
}

// Idea is a "golden idea" (金点子) a resident submits; it may be adopted.
type Idea struct{ ent.Schema }

// Mixin of Idea.
func (Idea) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Idea.
func (Idea) Fields() []ent.Field {
	return []ent.Field{
		field.Text("content").NotEmpty().Validate(bound.MultiLine(bound.Long)).Comment("The idea. 内容"),
		field.Time("submitted_at").Comment("When it was submitted. 提交时间").
			Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Bool("adopted").Default(false).Comment("Whether the idea was adopted. 是否采纳").Annotations(governed),
		field.Time("adopted_at").Optional().Nillable().Comment("When it was adopted. 采纳时间").Annotations(governed),
		field.Int("courtyard_id").Comment("Courtyard the idea was submitted in."),
		field.Int("proposer_id").Optional().Nillable().Comment("Resident who proposed it."),
		field.Int("issue_id").Optional().Nillable().Comment("Issue the adopted idea became.").Annotations(governed),
	}
}

// Edges of Idea.
func (Idea) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("ideas").Field("courtyard_id").Unique().Required().
			Comment("Courtyard the idea was submitted in. 所属院坝"),
		edge.From("proposer", Resident.Type).Ref("ideas").Field("proposer_id").Unique().
			Comment("Resident who proposed it. 提出人"),
		edge.From("issue", Issue.Type).Ref("ideas").Field("issue_id").Unique().
			Comment("Issue the adopted idea became. 转化的议事事项"),
	}
}

// Indexes of Idea.
func (Idea) Indexes() []ent.Index {
	return []ent.Index{index.Fields("courtyard_id", "submitted_at"), index.Fields("proposer_id"), index.Fields("issue_id")}
}

// Hooks of Idea: adoption is the adoptIdea step's.
func (Idea) Hooks() []ent.Hook {
	return []ent.Hook{workflow.GuardFields("adopted", "adopted_at", "issue_id")}
}

// Annotations of Idea.
func (Idea) Annotations() []schema.Annotation {
	return append(connectable("A golden idea (金点子) submitted by a resident. 金点子", false), workflow.Owns)
}

// issueSteps are the steps an issue's history records.
var issueSteps = []string{"RAISED", "CONFIRMED", "DISMISSED", "VISITED", "ESCALATED", "ESCALATION_APPROVED",
	"DECIDED", "EXECUTED", "EVALUATED", "EMERGENCY"}

// IssueStep is one step taken on an issue: which, when, by which account,
// with the step's notes. Together the steps are the issue's history.
type IssueStep struct{ ent.Schema }

// Mixin of IssueStep.
func (IssueStep) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of IssueStep.
func (IssueStep) Fields() []ent.Field {
	return append([]ent.Field{
		field.Enum("step").Values(issueSteps...).Immutable().
			Comment("收集 RAISED, 确定 CONFIRMED or 不予受理 DISMISSED, 走访 VISITED, 上报 ESCALATED, 村社审批 ESCALATION_APPROVED, 议定 DECIDED, 执行 EXECUTED, 评价 EVALUATED, 应急处置 EMERGENCY (先处置后报备).").
			Annotations(entgql.OrderField("STEP")),
		field.Time("at").Immutable().Comment("When the step was taken (occurred), as the officer stated it or the time of recording; the issue's step times and the metrics use it. 发生时间").Annotations(entgql.OrderField("AT")),
		field.Time("recorded_at").Immutable().Default(now).Comment("When the step was recorded (typed in); later than at when the work was entered after the fact. 录入时间").
			Annotations(entsql.DefaultExpr("CURRENT_TIMESTAMP")),
		field.Text("notes").Optional().Immutable().Validate(bound.MultiLine(bound.Long)).Comment("What the step recorded, in words. 记录"),
		field.Int("issue_id").Immutable().Comment("Issue the step was taken on."),
		field.Int("courtyard_id").Immutable().Comment("Courtyard of the issue."),
		field.Int("actor_id").Optional().Nillable().Immutable().Comment("Account that took the step."),
		field.String("actor_name").Optional().MaxLen(64).Immutable().
			Comment("Name of the account that took the step, kept with the step (its resident's name for a courtyard officer, else the account's display name or username) so that whoever sees the step sees who took it (personal data). 操作人姓名").
			Annotations(personal("NAME")),
		field.Enum("actor_role").GoType(viewer.Role("")).Optional().Nillable().Immutable().
			Comment("Role of the account that took the step, kept with the step. 操作人角色").
			Annotations(entgql.Type("UserRole")),
	}, issueStepDecisionFields()...)
}

// Edges of IssueStep.
func (IssueStep) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("issue", Issue.Type).Ref("steps").Field("issue_id").Unique().Required().Immutable().
			Comment("Issue the step was taken on. 议事事项"),
		edge.To("courtyard", Courtyard.Type).Field("courtyard_id").Unique().Required().Immutable().
			Comment("Courtyard of the issue. 所属院坝"),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable().
			Comment("Account that took the step. 操作人"),
		edge.To("photos", Photo.Type).Comment("Photos of the step: its work, or receipts of the execution. 照片"),
	}
}

// Hooks of IssueStep: the actor's name and role are kept with the step.
func (IssueStep) Hooks() []ent.Hook { return []ent.Hook{workflow.FillStepActor} }

// Indexes of IssueStep.
func (IssueStep) Indexes() []ent.Index {
	return []ent.Index{index.Fields("issue_id", "at"), index.Fields("courtyard_id"), index.Fields("actor_id")}
}

// Annotations of IssueStep.
func (IssueStep) Annotations() []schema.Annotation {
	return append(connectable("A step taken on an issue: who and when. 议事流程记录", false), workflow.Owns)
}

// IssueParty is a resident who is a party to a dispute.
type IssueParty struct{ ent.Schema }

// Mixin of IssueParty.
func (IssueParty) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of IssueParty.
func (IssueParty) Fields() []ent.Field {
	return []ent.Field{
		field.Int("issue_id").Immutable().Comment("The dispute."),
		field.Int("resident_id").Immutable().Comment("The resident in dispute."),
	}
}

// Edges of IssueParty.
func (IssueParty) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("issue", Issue.Type).Ref("parties").Field("issue_id").Unique().Required().Immutable().
			Comment("The dispute. 纠纷"),
		edge.To("resident", Resident.Type).Field("resident_id").Unique().Required().Immutable().
			Comment("The resident in dispute. 当事人"),
	}
}

// Indexes of IssueParty: a resident is a party to a dispute once.
func (IssueParty) Indexes() []ent.Index {
	return []ent.Index{index.Fields("issue_id", "resident_id").Unique(), index.Fields("resident_id")}
}

// Policy of IssueParty: read and written with the dispute (through its steps).
func (IssueParty) Policy() ent.Policy {
	return rule.Policy(func(v *viewer.Viewer) entql.P { return entql.HasEdgeWith("issue", rule.RecordScope(v)) }, rule.EveryoneWorking...)
}

// Annotations of IssueParty.
func (IssueParty) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A resident who is a party to a dispute. 纠纷当事人"), workflow.Owns}
}

// DeliberationRule is the passing rule of deliberation meetings, as data: a
// district default (village_id null) that a village may override. A motion
// passes when votes for exceed majority × residents present, with households
// represented ≥ quorum × the courtyard's households; spending more collective
// funds than the threshold, or deciding an issue of a listed category, needs
// the village's approval first.
type DeliberationRule struct{ ent.Schema }

// Mixin of DeliberationRule.
func (DeliberationRule) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of DeliberationRule.
func (DeliberationRule) Fields() []ent.Field {
	return append([]ent.Field{
		field.Int("district_id").Comment("District the rule applies in."),
		field.Int("village_id").Optional().Nillable().Comment("Village overriding the district default; null for the default."),
		field.Int("majority_numerator").Validate(bound.Int(1, bound.MaxFraction)).Default(1).Comment("Votes for must exceed this fraction of those present (numerator). 多数比例分子"),
		field.Int("majority_denominator").Validate(bound.Int(1, bound.MaxFraction)).Default(2).Comment("Majority fraction (denominator). 多数比例分母"),
		field.Int("quorum_numerator").Validate(bound.Int(0, bound.MaxFraction)).Default(1).Comment("Households represented must reach this fraction of the courtyard's (numerator). 法定户数比例分子"),
		field.Int("quorum_denominator").Validate(bound.Int(1, bound.MaxFraction)).Default(2).Comment("Quorum fraction (denominator). 法定户数比例分母"),
		field.Int64("fund_threshold_fen").Validate(bound.Int64(0, bound.MaxFen)).
			Comment("Collective funds above this, in fen, need the village's approval first (大事不出村社). 集体资金上报门槛（分）"),
		field.Strings("escalate_categories").Optional().Validate(bound.List(bound.Line)).
			Comment("Issue categories the village must approve whatever they cost. 须上报的类别"),
	}, ruleExemptionFields()...)
}

// Edges of DeliberationRule.
func (DeliberationRule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("district", District.Type).Field("district_id").Unique().Required().Comment("District. 所属区县"),
		edge.To("village", Village.Type).Field("village_id").Unique().Comment("Village overriding the default. 村社区"),
	}
}

// Indexes of DeliberationRule: one default per district, one override per village.
func (DeliberationRule) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("district_id").Unique().Annotations(entsql.IndexWhere("village_id IS NULL")).StorageKey("deliberationrule_district_default"),
		index.Fields("district_id", "village_id"),
		index.Fields("village_id").Unique(),
	}
}

// Policy of DeliberationRule: every account reads the rules; the district sets
// its default and villages their overrides (workflow.CheckRuleWriter).
func (DeliberationRule) Policy() ent.Policy { return rule.Policy(rule.Everyone, rule.VillageUp...) }

// Hooks of DeliberationRule.
func (DeliberationRule) Hooks() []ent.Hook { return []ent.Hook{workflow.CheckRuleWriter} }

// Annotations of DeliberationRule.
func (DeliberationRule) Annotations() []schema.Annotation {
	return append(connectable("The passing rule of deliberation meetings: district default or village override. 议事规则", false), workflow.Owns)
}
