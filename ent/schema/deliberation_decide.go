// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"

	"yuanbahui/internal/bound"
)

// How the work is decided as it really happens (issue 19): urgent matters
// are handled first and reported after (先处置后报备), customs change by
// persuasion (劝导), disputes by mediation (调解); a show of hands is for
// spending and shared decisions. The fields below record it.

// decisionMethods are the ways a deliberation meeting decides.
var decisionMethods = []string{"VOTE", "PERSUASION", "MEDIATION"}

// customOutcomes are what became of a custom (移风易俗) a customs issue is about.
var customOutcomes = []string{"STOPPED", "REDUCED", "PERSUADED", "HELD"}

// issueDecisionFields are Issue's fields of the emergency path and of customs outcomes.
func issueDecisionFields() []ent.Field {
	return []ent.Field{
		field.Time("emergency_at").Optional().Nillable().
			Comment("When an urgent action was taken before any meeting (先处置后报备); the next meeting ratifies it or not. 应急处置时间").
			Annotations(entgql.OrderField("EMERGENCY_AT"), governed),
		field.Text("emergency_action").Optional().Validate(bound.MultiLine(bound.Long)).
			Comment("What was done at once in the emergency, by whom. 应急处置情况").Annotations(governed),
		field.Enum("custom_outcome").Values(customOutcomes...).Optional().Nillable().
			Comment("For customs issues: what became of the custom — 已劝止 STOPPED, 已简办 REDUCED, 已劝导 PERSUADED (the household agreed to change), 仍操办 HELD. 移风易俗结果").
			Annotations(governed),
	}
}

// issueStepDecisionFields are IssueStep's fields of the decide step: the
// ratification of an emergency and the meeting's free-text note.
func issueStepDecisionFields() []ent.Field {
	return []ent.Field{
		field.Bool("ratified").Optional().Nillable().Immutable().
			Comment("For the decide step after an emergency: whether the meeting ratified the action already taken. 是否追认"),
		field.Text("note").Optional().Immutable().Validate(bound.MultiLine(bound.Long)).
			Comment("A free-text note on the step, e.g. the reasons of a decision. 备注"),
	}
}

// sessionMethodField is how a deliberation meeting decided.
func sessionMethodField() ent.Field {
	return field.Enum("method").Values(decisionMethods...).Optional().Nillable().
		Comment("For deliberation meetings: how it decided — 表决 VOTE (quorum and majority apply), 劝导 PERSUASION (customs), 调解 MEDIATION (disputes); null on older meetings: VOTE when votes are recorded, else MEDIATION. 议定方式")
}

// ruleExemptionFields are DeliberationRule's lists of the categories exempt
// from a meeting or from its vote. Null means the default list
// (workflow.DefaultRule); an empty list means none.
func ruleExemptionFields() []ent.Field {
	return []ent.Field{
		field.Strings("emergency_categories").Optional().Validate(bound.List(bound.Line)).
			Comment("Issue categories a courtyard head or officer may handle at once before any meeting (先处置后报备); null: PUBLIC_FACILITY and LIVING_ENVIRONMENT. 可先处置后报备的类别"),
		field.Strings("persuasion_categories").Optional().Validate(bound.List(bound.Line)).
			Comment("Issue categories a meeting may decide by persuasion, without a vote or quorum; null: CUSTOMS. 可劝导议定的类别"),
		field.Strings("mediation_categories").Optional().Validate(bound.List(bound.Line)).
			Comment("Issue categories a meeting may decide by mediation, without a vote or quorum; null: DISPUTE. 可调解议定的类别"),
	}
}
