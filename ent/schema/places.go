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
	"yuanbahui/internal/workflow"
)

// District is a district (区), the top of the place hierarchy; Kaizhou is 500154.
type District struct{ ent.Schema }

// Mixin of District.
func (District) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of District.
func (District) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Match(mustCompile(districtCodePattern)).
			Comment("6-digit statistical division code, e.g. 500154. 区划代码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name, e.g. 开州区. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Int("backdate_days").Default(30).Range(0, 366).
			Comment("How many days back a step may be dated: officers record work after it happened, at most this long after (0: not at all). 可补录天数"),
		field.Int("flag_ticket_overdue_days").Default(7).Range(0, 366).
			Comment("Red flags: a ticket overdue by more than this many days is flagged. 红灯：代办超期天数"),
		field.Int("flag_issue_stuck_days").Default(30).Range(1, 366).
			Comment("Red flags: an open issue with no step for more than this many days is flagged as stuck. 红灯：议事停滞天数"),
		field.Float("flag_failing_margin").Default(0.5).Range(0, 4).
			Comment("Red flags: an officer whose counted score lies at most this far above the failing line (but not below it) is flagged as near failing. 红灯：临近不合格分差"),
		field.Int("flag_quarter_end_days").Default(21).Range(1, 92).
			Comment("Red flags: within this many days of the quarter's end, the quarter's themes without a lecture are flagged. 红灯：季末提醒天数"),
	}
}

// Edges of District.
func (District) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("towns", Town.Type).Comment("Towns, townships and streets of the district. 乡镇街道").
			Annotations(entgql.RelayConnection()),
		edge.To("metric_targets", MetricTarget.Type).Comment("The district's targets per metric (setMetricTargets). 指标目标").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Hooks of District: a new district starts with the eight lecture topics.
func (District) Hooks() []ent.Hook {
	return []ent.Hook{rule.OnlySystemCreatesDistricts, workflow.DistrictLectureTopics}
}

// Policy of District: see internal/rule.
func (District) Policy() ent.Policy { return rule.Policy(rule.DistrictScope, rule.Admins...) }

// Annotations of District.
func (District) Annotations() []schema.Annotation {
	return connectable("A district (区): the top of the place hierarchy. 区县", true)
}

// Town is a town, township or street (镇 / 乡 / 街道).
type Town struct{ ent.Schema }

// Mixin of Town.
func (Town) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of Town.
func (Town) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Match(mustCompile(townCodePattern)).
			Comment("9-digit statistical division code. 区划代码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name, e.g. 临江镇. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").Values("TOWN", "TOWNSHIP", "STREET").Default("TOWN").
			Comment("Town (镇), township (乡) or street (街道)."),
		field.Int("district_id").Comment("District the town belongs to."),
	}
}

// Edges of Town.
func (Town) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("district", District.Type).Ref("towns").Field("district_id").Unique().Required().
			Comment("District the town belongs to. 所属区县"),
		edge.To("villages", Village.Type).Comment("Villages and communities of the town. 村社区").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of Town.
func (Town) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id")}
}

// Hooks of Town.
func (Town) Hooks() []ent.Hook { return []ent.Hook{rule.CheckTownDistrict} }

// Policy of Town: see internal/rule.
func (Town) Policy() ent.Policy { return rule.Policy(rule.TownScope, rule.Admins...) }

// Annotations of Town.
func (Town) Annotations() []schema.Annotation {
	return connectable("A town, township or street (镇 / 乡 / 街道). 乡镇街道", true)
}

// Village is an administrative village (村) or urban community (社区).
type Village struct{ ent.Schema }

// Mixin of Village.
func (Village) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of Village.
func (Village) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Match(mustCompile(villageCodePattern)).
			Comment("12-digit statistical division code. 区划代码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name, e.g. 三星村. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").Values("VILLAGE", "COMMUNITY").Default("VILLAGE").
			Comment("Rural village (村) or urban community (社区)."),
		field.Int("town_id").Comment("Town the village belongs to."),
		field.Int("points_confirm_above").Validate(bound.Int(0, bound.MaxPoints)).Default(20).
			Comment("Points entries above this many points (either sign), and every free-reason entry, whoever records them, wait for a second account of the village (village cadre or above, not the proposer) to confirm. 积分审核门槛"),
		field.Enum("red_board_names").Values("FULL", "SURNAME", "HOUSEHOLD_NUMBER").Default("SURNAME").
			Comment("How the public red board names households: FULL name, SURNAME only (付家) or HOUSEHOLD_NUMBER. 红榜显示方式"),
	}
}

// Edges of Village.
func (Village) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("town", Town.Type).Ref("villages").Field("town_id").Unique().Required().
			Comment("Town the village belongs to. 所属乡镇"),
		edge.To("courtyards", Courtyard.Type).Comment("Courtyard micro-grids of the village. 院坝微网格").
			Annotations(entgql.RelayConnection()),
		edge.To("quarter_themes", QuarterTheme.Type).Comment("Lecture themes the village picked per quarter (setQuarterThemes). 季度宣讲主题").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("supermarket_items", SupermarketItem.Type).Comment("Goods of the village points supermarket. 积分超市商品").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of Village.
func (Village) Indexes() []ent.Index {
	return []ent.Index{index.Fields("town_id")}
}

// Hooks of Village.
func (Village) Hooks() []ent.Hook { return []ent.Hook{rule.CheckVillageTown} }

// Policy of Village: see internal/rule.
func (Village) Policy() ent.Policy { return rule.Policy(rule.VillageScope, rule.VillageUp...) }

// Annotations of Village.
func (Village) Annotations() []schema.Annotation {
	return connectable("An administrative village (村) or urban community (社区). 村社区", true)
}

// Courtyard is a courtyard micro-grid (院坝微网格), the smallest governance unit.
type Courtyard struct{ ent.Schema }

// Mixin of Courtyard.
func (Courtyard) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of Courtyard.
func (Courtyard) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Match(mustCompile(courtyardCodePattern)).
			Comment("15-digit code: the village code plus 3 digits. 网格编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name, e.g. 杨家院坝. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Float("latitude").Optional().Nillable().Min(-90).Max(90).
			Comment("Latitude of the courtyard's centre (WGS-84). 纬度"),
		field.Float("longitude").Optional().Nillable().Min(-180).Max(180).
			Comment("Longitude of the courtyard's centre (WGS-84). 经度"),
		field.Int("village_id").Comment("Village the courtyard belongs to."),
		field.Int("town_id").Comment("Town of the courtyard's village (denormalised for scoping and per-town lists).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Courtyard.
func (Courtyard) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("village", Village.Type).Ref("courtyards").Field("village_id").Unique().Required().
			Comment("Village the courtyard belongs to. 所属村社区"),
		edge.To("town", Town.Type).Field("town_id").Unique().Required().
			Comment("Town of the courtyard's village. 所属乡镇").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("households", Household.Type).Comment("Households currently in the courtyard. 农户").
			Annotations(entgql.RelayConnection(), keptWhereItHappened, workflow.Owns),
		edge.To("role_assignments", RoleAssignment.Type).Comment("Head and officers, past and present (一长三员). 岗位任职").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("issues", Issue.Type).Comment("Issues deliberated in the courtyard. 议事事项").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("ideas", Idea.Type).Comment("Golden ideas submitted in the courtyard. 金点子").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("tickets", Ticket.Type).Comment("Proxy-service tickets of the courtyard's residents. 代办事项").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("sessions", Session.Type).Comment("Lectures and deliberation meetings held in the courtyard. 宣讲与议事活动").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("ratings", Rating.Type).Comment("Ratings of the courtyard's officers and self-evaluations. 评价").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("point_entries", PointEntry.Type).Comment("Points earned or lost in the courtyard. 积分记录").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("point_redemptions", PointRedemption.Type).Comment("Points redeemed by the courtyard's households. 积分兑换").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("awards", Award.Type).Comment("Awards won by the courtyard or its people (五个最美). 评优").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
		edge.To("grants", Grant.Type).Comment("Project grants received (以奖代投). 项目奖补").
			Annotations(entgql.RelayConnection(), keptWhereItHappened),
	}
}

// keptWhereItHappened keeps a courtyard's records out of the generic
// create and update inputs (no addTicketIDs…): a record stays with the
// courtyard where it happened, and households move only through the grid
// workflows, which keep the history.
var keptWhereItHappened = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// Indexes of Courtyard.
func (Courtyard) Indexes() []ent.Index {
	return []ent.Index{index.Fields("town_id"), index.Fields("village_id")}
}

// Hooks of Courtyard.
func (Courtyard) Hooks() []ent.Hook { return []ent.Hook{rule.FillCourtyardTown} }

// Policy of Courtyard: see internal/rule.
func (Courtyard) Policy() ent.Policy { return rule.Policy(rule.CourtyardScope, rule.VillageUp...) }

// Annotations of Courtyard.
func (Courtyard) Annotations() []schema.Annotation {
	return connectable("A courtyard micro-grid (院坝微网格): a few dozen neighbouring households, the smallest governance unit. 院坝", true)
}

// Household is a household (户); it belongs to one courtyard at a time.
type Household struct{ ent.Schema }

// Mixin of Household.
func (Household) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{Writers: rule.VillageUp}}
}

// Fields of Household.
func (Household) Fields() []ent.Field {
	return []ent.Field{
		field.String("number").NotEmpty().MaxLen(32).Validate(bound.OneLine(bound.Line)).
			Comment("Household number within the courtyard, e.g. 012. 户号").
			Annotations(entgql.OrderField("NUMBER")),
		field.String("head_name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name of the head of household (personal data). 户主姓名").
			Annotations(entgql.OrderField("HEAD_NAME"), personal("NAME")),
		field.String("address").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).
			Comment("Postal address (personal data). 住址").
			Annotations(personal("ADDRESS")),
		field.String("phone").Optional().MaxLen(32).Validate(bound.OneLine(bound.Line)).
			Comment("Contact phone (personal data). 联系电话").
			Annotations(personal("PHONE")),
		field.Int("courtyard_id").Comment("Courtyard the household currently belongs to; changed only by the grid workflows (moveHousehold, splitCourtyard, mergeCourtyards), which keep the move history.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput), workflow.OwnsAfterCreate),
		field.Int("point_balance").Default(0).
			Comment("Points held: confirmed entries minus redemptions not cancelled; changed only by the points workflows. 积分余额").
			Annotations(entgql.OrderField("POINT_BALANCE"), governed, workflow.Owns),
	}
}

// Edges of Household.
func (Household) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("households").Field("courtyard_id").Unique().Required().
			Comment("Courtyard the household currently belongs to. 所属院坝").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput), workflow.OwnsAfterCreate),
		edge.To("residents", Resident.Type).Comment("Members of the household. 家庭成员").
			Annotations(entgql.RelayConnection()),
		edge.To("moves", HouseholdMove.Type).Comment("History of the household's moves between courtyards. 迁移记录").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("point_entries", PointEntry.Type).Comment("Points the household earned or lost. 积分记录").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("point_redemptions", PointRedemption.Type).Comment("Points the household redeemed. 积分兑换").
			Annotations(entgql.RelayConnection(), governed),
	}
}

// Indexes of Household.
func (Household) Indexes() []ent.Index {
	return []ent.Index{index.Fields("courtyard_id", "number").Unique()}
}

// Annotations of Household.
func (Household) Annotations() []schema.Annotation {
	return connectable("A household (户); it belongs to one courtyard at a time and moves keep history. 农户", true)
}

// HouseholdMove records a household moving from one courtyard to another, e.g. when
// grids are redrawn.
type HouseholdMove struct{ ent.Schema }

// Mixin of HouseholdMove.
func (HouseholdMove) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{Writers: rule.VillageUp}}
}

// Fields of HouseholdMove.
func (HouseholdMove) Fields() []ent.Field {
	return []ent.Field{
		field.Time("moved_at").Comment("When the move took effect. 迁移时间").
			Annotations(entgql.OrderField("MOVED_AT")),
		field.String("reason").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Why the household moved, e.g. grid redrawn. 原因"),
		field.Int("household_id").Comment("Household that moved."),
		field.Int("from_courtyard_id").Optional().Nillable().Comment("Courtyard the household left."),
		field.Int("courtyard_id").Comment("Courtyard the household moved into."),
	}
}

// Edges of HouseholdMove.
func (HouseholdMove) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("household", Household.Type).Ref("moves").Field("household_id").Unique().Required().
			Comment("Household that moved. 农户"),
		edge.To("from_courtyard", Courtyard.Type).Field("from_courtyard_id").Unique().
			Comment("Courtyard the household left. 迁出院坝"),
		edge.To("courtyard", Courtyard.Type).Field("courtyard_id").Unique().Required().
			Comment("Courtyard the household moved into. 迁入院坝"),
	}
}

// Indexes of HouseholdMove.
func (HouseholdMove) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("household_id", "moved_at"),
		index.Fields("courtyard_id", "moved_at"),
		index.Fields("from_courtyard_id"),
	}
}

// Annotations of HouseholdMove.
func (HouseholdMove) Annotations() []schema.Annotation {
	return append(connectable("A household's move between courtyards. 农户迁移记录", false), workflow.Owns)
}

// Resident is a person (群众 / 村民) living in a household.
type Resident struct{ ent.Schema }

// Mixin of Resident.
func (Resident) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of Resident.
func (Resident) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Full name (personal data). 姓名").
			Annotations(entgql.OrderField("NAME"), personal("NAME")),
		field.Enum("gender").Values("MALE", "FEMALE").Optional().Nillable().
			Comment("Gender. 性别"),
		field.Int("birth_year").Optional().Nillable().Min(1900).Max(2100).
			Comment("Year of birth. 出生年份").
			Annotations(entgql.OrderField("BIRTH_YEAR")),
		field.String("phone").Optional().MaxLen(32).Validate(bound.OneLine(bound.Line)).
			Comment("Mobile phone (personal data). 手机号").
			Annotations(personal("PHONE")),
		field.String("id_card_number").Optional().MaxLen(18).Validate(bound.OneLine(bound.Line)).
			Comment("Resident identity card number (personal data). 身份证号").
			Annotations(personal("ID_CARD")),
		field.Bool("party_member").Default(false).
			Comment("Whether the resident is a Communist Party member. 是否党员"),
		field.Int("household_id").Comment("Household the resident belongs to."),
	}
}

// Edges of Resident.
func (Resident) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("household", Household.Type).Ref("residents").Field("household_id").Unique().Required().
			Comment("Household the resident belongs to. 所属农户"),
		edge.To("role_assignments", RoleAssignment.Type).Comment("Roles the resident holds or held (一长三员). 岗位任职").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("raised_issues", Issue.Type).Comment("Issues the resident raised. 提出的议事事项").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("ideas", Idea.Type).Comment("Golden ideas the resident proposed. 金点子").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("applications", Ticket.Type).Comment("Proxy-service tickets the resident applied for. 代办申请").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("handled_tickets", Ticket.Type).Comment("Tickets the resident handled as agent (代办员). 经办事项").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("lectures_given", Session.Type).Comment("Sessions where the resident spoke. 主讲活动").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("ratings_given", Rating.Type).Comment("Ratings the resident gave. 作出的评价").
			Annotations(entgql.RelayConnection(), governed),
		edge.To("awards", Award.Type).Comment("Awards the resident won. 获奖").
			Annotations(entgql.RelayConnection(), governed),
	}
}

// Indexes of Resident.
func (Resident) Indexes() []ent.Index {
	return []ent.Index{index.Fields("id_card_number"), index.Fields("household_id")}
}

// Hooks of Resident.
func (Resident) Hooks() []ent.Hook { return []ent.Hook{rule.CheckResidentHousehold} }

// Policy of Resident: see internal/rule.
func (Resident) Policy() ent.Policy { return rule.Policy(rule.ResidentScope, rule.VillageUp...) }

// Annotations of Resident.
func (Resident) Annotations() []schema.Annotation {
	return connectable("A resident (群众 / 村民): a person in a household; officers are residents too. 群众", true)
}
