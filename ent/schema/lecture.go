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

// LectureTopic is a lecture topic of a district's catalogue: the eight
// lectures "院坝八讲" every district starts with (workflow.DefaultLectureTopics),
// and those its administrators add (e.g. 文明实践). A topic is deactivated,
// never deleted: lectures already given on it keep it.
type LectureTopic struct{ ent.Schema }

// Mixin of LectureTopic.
func (LectureTopic) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of LectureTopic.
func (LectureTopic) Fields() []ent.Field {
	return []ent.Field{
		field.Int("district_id").Comment("District whose catalogue holds the topic."),
		field.String("code").Match(mustCompile(lectureTopicCodePattern)).
			Comment("Stable code, unique in the district, e.g. THEORY or CIVILISATION. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name in Chinese, e.g. 理论. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.String("name_en").Optional().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name in English, e.g. theory. 英文名称"),
		field.Int("position").Validate(bound.Int(0, bound.MaxPeople)).Default(0).
			Comment("Place in the catalogue's order: the eight defaults first, added topics after. 排序").
			Annotations(entgql.OrderField("POSITION")),
		field.Bool("active").Default(true).
			Comment("Whether new quarter themes and lectures may use it; an inactive topic keeps its past lectures. 启用"),
	}
}

// lectureTopicCodePattern: upper-case letters, digits and underscores.
const lectureTopicCodePattern = `^[A-Z][A-Z0-9_]{1,31}$`

// Edges of LectureTopic.
func (LectureTopic) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("district", District.Type).Field("district_id").Unique().Required().
			Comment("District whose catalogue holds the topic. 所属区县"),
		edge.To("quarter_themes", QuarterTheme.Type).Comment("Village quarter themes on the topic. 季度主题").
			Annotations(entgql.RelayConnection()),
		edge.To("sessions", Session.Type).Comment("Lectures on the topic. 宣讲活动").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of LectureTopic.
func (LectureTopic) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id", "code").Unique()}
}

// Hooks of LectureTopic.
func (LectureTopic) Hooks() []ent.Hook { return []ent.Hook{workflow.CheckLectureTopicDistrict} }

// Policy of LectureTopic: every account reads its district's catalogue; the
// district's administrators add and deactivate topics.
func (LectureTopic) Policy() ent.Policy { return rule.Policy(rule.DistrictChildScope, rule.Admins...) }

// Annotations of LectureTopic: topics are added and changed by addLectureTopic
// and changeLectureTopic, not by generic mutations.
func (LectureTopic) Annotations() []schema.Annotation {
	return append(connectable("A lecture topic of the district's catalogue (院坝八讲 and those the district added). 宣讲类别", false), workflow.Owns)
}

// QuarterTheme is one of the 2–3 lecture themes a village picks for a quarter.
type QuarterTheme struct{ ent.Schema }

// Mixin of QuarterTheme.
func (QuarterTheme) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of QuarterTheme.
func (QuarterTheme) Fields() []ent.Field {
	return []ent.Field{
		field.String("quarter").Match(mustCompile(quarterPattern)).
			Comment("Quarter, e.g. 2024Q2. 季度").
			Annotations(entgql.OrderField("QUARTER")),
		field.Int("topic_id").Comment("Lecture topic of the district's catalogue the theme belongs to."),
		field.String("title").NotEmpty().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Title of the theme. 主题"),
		field.Int("village_id").Comment("Village that picked the theme."),
	}
}

// Edges of QuarterTheme.
func (QuarterTheme) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("village", Village.Type).Ref("quarter_themes").Field("village_id").Unique().Required().
			Comment("Village that picked the theme. 所属村社区"),
		edge.From("topic", LectureTopic.Type).Ref("quarter_themes").Field("topic_id").Unique().Required().
			Comment("Lecture topic the theme belongs to. 宣讲类别"),
		edge.To("sessions", Session.Type).Comment("Lectures given on the theme. 宣讲活动").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of QuarterTheme.
func (QuarterTheme) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("village_id", "quarter", "topic_id").Unique(),
		index.Fields("topic_id"),
		// Analytics (internal/metrics): the themes of a quarter.
		index.Fields("quarter"),
	}
}

// Hooks of QuarterTheme.
func (QuarterTheme) Hooks() []ent.Hook { return []ent.Hook{rule.CheckVillageChild} }

// Policy of QuarterTheme: see internal/rule.
func (QuarterTheme) Policy() ent.Policy {
	return rule.Policy(rule.VillageChildScope, rule.VillageUp...)
}

// Annotations of QuarterTheme.
func (QuarterTheme) Annotations() []schema.Annotation {
	// Themes are set a quarter at a time by setQuarterThemes (2–3 a quarter),
	// not by generic create/update mutations.
	return append(connectable("A lecture theme a village picked for a quarter. 季度宣讲主题", false), workflow.Owns)
}

// Session is a gathering in a courtyard: a publicity lecture (宣讲) or a
// deliberation meeting (议事会).
type Session struct{ ent.Schema }

// Mixin of Session.
func (Session) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("LECTURE", "DELIBERATION").
			Comment("宣讲 LECTURE or 议事会 DELIBERATION.").
			Annotations(entgql.OrderField("KIND")),
		field.Int("topic_id").Optional().Nillable().Comment("For lectures: the topic of the district's catalogue (the quarter theme's)."),
		field.String("theme").Optional().MaxLen(200).Validate(bound.OneLine(bound.Line)).Comment("Theme or agenda. 主题"),
		field.String("speaker_name").Optional().MaxLen(64).Validate(bound.OneLine(bound.Line)).Comment("Speaker when not a resident on record. 主讲人"),
		field.Time("held_at").Comment("When the session was held. 举办时间").
			Annotations(entgql.OrderField("HELD_AT")),
		field.Text("note").Optional().Validate(bound.MultiLine(bound.Long)).
			Comment("Free-text note on the session, e.g. the children's pledge read at a lecture. 备注"),
		field.Int("attendance").Validate(bound.Int(0, bound.MaxPeople)).Default(0).Comment("Residents attending. 参与人数").
			Annotations(entgql.OrderField("ATTENDANCE")),
		field.Ints("households_present").Optional().Validate(bound.IDs(bound.MaxPeople)).
			Comment("For lectures, optionally: ids of the courtyard's households present. 到场农户"),
		field.Int("courtyard_id").Comment("Courtyard where it was held."),
		field.Int("speaker_id").Optional().Nillable().Comment("Resident who spoke."),
		field.Int("quarter_theme_id").Optional().Nillable().Comment("Village quarter theme the lecture follows."),
		field.Int("issue_id").Optional().Nillable().Comment("Issue a deliberation meeting was about."),
		// Deliberation meetings: the vote, and turnout against the courtyard as it was that day.
		field.Int("households_represented").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("For deliberation meetings: households represented. 到场户数"),
		field.Int("households_total").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).
			Comment("For deliberation meetings: the courtyard's households that day, kept with the meeting. 院坝总户数（当日）"),
		field.Int("votes_for").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("For deliberation meetings: votes for. 赞成票"),
		field.Int("votes_against").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("For deliberation meetings: votes against. 反对票"),
		field.Int("votes_abstain").Optional().Nillable().Validate(bound.Int(0, bound.MaxPeople)).Comment("For deliberation meetings: abstentions. 弃权票"),
		field.Enum("outcome").Values("APPROVED", "REJECTED", "DEFERRED").Optional().Nillable().
			Comment("For deliberation meetings: 通过 APPROVED, 否决 REJECTED or 暂缓 DEFERRED. 表决结果"),
		sessionMethodField(),
	}
}

// Edges of Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("sessions").Field("courtyard_id").Unique().Required().
			Comment("Courtyard where it was held. 所属院坝"),
		edge.From("speaker", Resident.Type).Ref("lectures_given").Field("speaker_id").Unique().
			Comment("Resident who spoke. 主讲人"),
		edge.From("quarter_theme", QuarterTheme.Type).Ref("sessions").Field("quarter_theme_id").Unique().
			Comment("Village quarter theme the lecture follows. 季度主题"),
		edge.From("topic", LectureTopic.Type).Ref("sessions").Field("topic_id").Unique().
			Comment("For lectures: the topic of the district's catalogue. 宣讲类别"),
		edge.From("issue", Issue.Type).Ref("sessions").Field("issue_id").Unique().
			Comment("Issue a deliberation meeting was about. 议事事项"),
		edge.To("ratings", Rating.Type).Comment("Ratings following the session. 评价").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "held_at"),
		index.Fields("kind", "topic_id"),
		index.Fields("topic_id"),
		index.Fields("speaker_id"),
		// kind too: whether a theme was lectured on is read from the index.
		index.Fields("quarter_theme_id", "kind"),
		index.Fields("issue_id"),
		// Analytics (internal/metrics): lectures held in a period.
		index.Fields("held_at"),
	}
}

// Hooks of Session: a deliberation meeting's vote adds up to those present.
func (Session) Hooks() []ent.Hook { return []ent.Hook{workflow.SessionVotesAddUp} }

// Annotations of Session: the vote adds up in the database too.
func (Session) Annotations() []schema.Annotation {
	return append(connectable("A lecture (宣传宣讲进院坝) or deliberation meeting held in a courtyard. 院坝活动", false), workflow.Owns,
		entsql.Checks(map[string]string{"session_votes_add_up": "votes_for IS NULL OR votes_for + votes_against + votes_abstain = attendance"}))
}
