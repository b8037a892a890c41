// Package label holds the Chinese labels of the API's enum values: one table,
// keyed by the GraphQL enum type (e.g. TicketStatus), that the GraphQL schema
// (the enum values' descriptions and the enumLabels query), the exports and the
// analytics read. Every value of every ent enum has a label (tested).
package label

//go:generate go run gen.go ../../frontend/src/labels.gen.ts

import "slices"

// Value is one enum value with its labels.
type Value struct {
	// Value is the enum value as the API spells it, e.g. COMPLETED.
	Value string
	// Zh is the Chinese label, e.g. 已办结.
	Zh string
	// En is the English label, e.g. completed.
	En string
}

// vocabularies are value lists that several enums share.
var (
	issueCategories = []Value{
		{"PUBLIC_FACILITY", "公益设施维护", "public-facility upkeep"},
		{"LIVING_ENVIRONMENT", "人居环境整治", "living environment"},
		{"DISPUTE", "矛盾纠纷调处", "dispute mediation"},
		{"CUSTOMS", "移风易俗", "changing customs"},
	}
	dimensions = []Value{
		{"DELIBERATION", "议事协商", "deliberation"},
		{"PROXY_SERVICE", "代办服务", "proxy service"},
		{"PUBLICITY", "宣传宣讲", "publicity"},
	}
)

// enums maps each GraphQL enum type to its values, in the schema's order.
// userRoles label the roles of accounts (viewer.Role).
var userRoles = []Value{
	{"DISTRICT_ADMIN", "区级管理员", "district administrator"},
	{"TOWN_OFFICIAL", "镇街干部", "town official"},
	{"VILLAGE_CADRE", "村社干部", "village cadre"},
	{"COURTYARD_OFFICER", "院坝干部", "courtyard officer"},
	{"ANALYST", "数据分析员", "analyst"},
}

var enums = map[string][]Value{
	"AuditEventAction": {{"CREATE", "新增", "create"}, {"UPDATE", "修改", "update"}, {"DELETE", "删除", "delete"}, {"EXPORT", "导出", "export"}},
	"AuthTokenKind":    {{"SESSION", "登录会话", "session"}, {"PERSONAL", "个人令牌", "personal token"}},
	"AwardCategory": {
		{"COURTYARD", "最美院坝", "most beautiful courtyard"},
		{"HEAD", "最美院坝长", "most beautiful head"},
		{"AGENT", "最美代办员", "most beautiful agent"},
		{"PUBLICIST", "最美宣传员", "most beautiful publicist"},
		{"INFORMANT", "最美信息员", "most beautiful informant"},
	},
	"GrantPurpose": {
		{"COURTYARD_ECONOMY", "院坝经济", "courtyard economy"},
		{"BEAUTIFUL_COURTYARD", "美丽院坝", "beautiful courtyard"},
		{"SAFE_COMPOUND", "平安院落", "safe compound"},
		{"OTHER", "其他", "other"},
	},
	"IssueCategory":     issueCategories,
	"IssueItemCategory": issueCategories,
	"IssueStage": {
		{"COLLECTED", "收集", "collected"},
		{"CONFIRMED", "确定", "confirmed"},
		{"VISITED", "走访", "visited"},
		{"DECIDED", "议定", "decided"},
		{"EXECUTED", "执行", "executed"},
		{"EVALUATED", "评价", "evaluated"},
		{"CLOSED", "已关闭", "closed"},
	},
	"IssueStepStep": {
		{"RAISED", "收集", "raised"},
		{"CONFIRMED", "确定", "confirmed"},
		{"DISMISSED", "不予受理", "dismissed"},
		{"VISITED", "走访", "visited"},
		{"ESCALATED", "上报村社", "escalated"},
		{"ESCALATION_APPROVED", "村社审批", "escalation approved"},
		{"DECIDED", "议定", "decided"},
		{"EXECUTED", "执行", "executed"},
		{"EVALUATED", "评价", "evaluated"},
		{"EMERGENCY", "应急处置", "emergency action"},
	},
	"IssueCustomOutcome": {
		{"STOPPED", "已劝止", "stopped"},
		{"REDUCED", "已简办", "reduced"},
		{"PERSUADED", "已劝导", "persuaded"},
		{"HELD", "仍操办", "held anyway"},
	},
	"SessionMethod":       {{"VOTE", "表决", "vote"}, {"PERSUASION", "劝导", "persuasion"}, {"MEDIATION", "调解", "mediation"}},
	"LoginAttemptOutcome": {{"PENDING", "校验中", "checking"}, {"FAILED", "失败", "failed"}, {"SUCCEEDED", "成功", "succeeded"}},
	"PointEntryStatus": {
		{"PROPOSED", "待确认", "proposed"}, {"CONFIRMED", "已确认", "confirmed"}, {"REJECTED", "已驳回", "rejected"},
	},
	"RatingDimension":     dimensions,
	"RatingCodeDimension": {{"PROXY_SERVICE", "代办服务", "proxy service"}, {"PUBLICITY", "宣传宣讲", "publicity"}},
	"RatingTarget":        {{"OFFICER", "干部服务", "officer's service"}, {"COURTYARD", "院坝自治", "courtyard self-governance"}},
	"ResidentGender":      {{"MALE", "男", "male"}, {"FEMALE", "女", "female"}},
	"AreaBoundaryLevel":   {{"DISTRICT", "区县", "district"}, {"TOWN", "乡镇街道", "town"}, {"VILLAGE", "村社区", "village"}},
	"RoleAssignmentEndReason": {
		{"TERM_ENDED", "任期届满", "term ended"},
		{"RATED_FAILING", "评价不合格", "rated failing"},
		{"RESIGNED", "辞职", "resigned"},
		{"MOVED", "迁出", "moved away"},
		{"MERGED", "院坝合并", "courtyard merged"},
		{"OTHER", "其他", "other"},
	},
	"RoleAssignmentRole": {
		{"HEAD", "院坝长", "head"},
		{"PUBLICIST", "宣传员", "publicist"},
		{"AGENT", "代办员", "agent"},
		{"INFORMANT", "信息员", "informant"},
	},
	"RoleAssignmentSelection": {{"ELECTED", "选举产生", "elected"}, {"APPOINTED", "选派", "appointed"}},
	"SessionKind":             {{"LECTURE", "宣讲", "lecture"}, {"DELIBERATION", "议事会", "deliberation meeting"}},
	"SessionOutcome":          {{"APPROVED", "通过", "approved"}, {"REJECTED", "否决", "rejected"}, {"DEFERRED", "暂缓", "deferred"}},
	"PhotoKind":               {{"STEP", "现场照片", "step photo"}, {"RECEIPT", "票据", "receipt"}, {"DOCUMENT", "要件", "document"}},
	"TicketMode":              {{"ON_SITE", "现场代办", "on site"}, {"END_TO_END", "全程代办", "end to end"}, {"ASSISTED", "协助代办", "assisted"}},
	"TicketStatus": {
		{"SUBMITTED", "待受理", "submitted"},
		{"ACCEPTED", "已受理", "accepted"},
		{"IN_PROGRESS", "办理中", "in progress"},
		{"COMPLETED", "已办结", "completed"},
		{"REJECTED", "已退回", "rejected"},
		{"WITHDRAWN", "已撤回", "withdrawn"},
	},
	"TownKind": {{"TOWN", "镇", "town"}, {"TOWNSHIP", "乡", "township"}, {"STREET", "街道", "street"}},
	"UserRole": userRoles,
	// The role of a step's actor (IssueStep.actor_role, the GraphQL enum UserRole).
	"IssueStepActorRole": userRoles,
	"VillageRedBoardNames": {
		{"FULL", "全名", "full name"}, {"SURNAME", "仅姓氏", "surname only"}, {"HOUSEHOLD_NUMBER", "户号", "household number"},
	},
	"VillageKind":    {{"VILLAGE", "村", "village"}, {"COMMUNITY", "社区", "community"}},
	"OrderDirection": {{"ASC", "升序", "ascending"}, {"DESC", "降序", "descending"}},
}

// Register adds (or replaces) the labels of an enum declared outside ent,
// e.g. the analytics enums; call it from an init function.
func Register(typ string, values []Value) { enums[typ] = values }

// Of returns the Chinese label of value in GraphQL enum typ; the value itself
// when there is none (a new value never shows as blank).
func Of(typ, value string) string {
	if v, ok := Lookup(typ, value); ok {
		return v.Zh
	}
	return value
}

// Lookup returns value of GraphQL enum typ with its labels.
func Lookup(typ, value string) (Value, bool) {
	i := slices.IndexFunc(enums[typ], func(v Value) bool { return v.Value == value })
	if i < 0 {
		return Value{}, false
	}
	return enums[typ][i], true
}

// Values returns the values of GraphQL enum typ with their labels, in the
// schema's order; nil for an enum without labels.
func Values(typ string) []Value { return slices.Clone(enums[typ]) }

// Types lists the enums that have labels, sorted.
func Types() []string {
	out := make([]string, 0, len(enums))
	for t := range enums {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}
