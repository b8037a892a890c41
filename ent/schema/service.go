// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"fmt"
	"slices"

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

// ServiceType is a kind of paperwork an agent handles for residents, with its
// required documents (办理要件), process (流程) and time limit (时限).
type ServiceType struct{ ent.Schema }

// Mixin of ServiceType.
func (ServiceType) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}} }

// Fields of ServiceType.
func (ServiceType) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).Validate(bound.OneLine(bound.Line)).
			Comment("Stable code, e.g. MINIMUM_LIVING_ALLOWANCE. 编码").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(64).Validate(bound.OneLine(bound.Line)).
			Comment("Name, e.g. 低保申请. 名称").
			Annotations(entgql.OrderField("NAME")),
		field.Strings("required_documents").Default([]string{}).Validate(bound.List(bound.Line)).
			Comment("Documents the applicant must provide. 办理要件"),
		field.Strings("process_steps").Default([]string{}).Validate(bound.List(bound.Line)).
			Comment("Steps of the process, in order. 办理流程"),
		field.Int("time_limit_days").Validate(bound.Int(1, bound.MaxDays)).
			Comment("Time limit in days; a ticket is due this many days after it is accepted. 办理时限（天）").
			Annotations(entgql.OrderField("TIME_LIMIT_DAYS")),
		field.Strings("modes").Default(ticketModes).Validate(validModes).
			// A database default too, so that adding the column to a catalogue
			// that already has rows allows every mode, as before.
			Annotations(entsql.Default(`["ON_SITE","END_TO_END","ASSISTED"]`)).
			Comment("Modes the service may be handled in: ON_SITE 现场代办, END_TO_END 全程代办, ASSISTED 协助代办. 办理方式"),
	}
}

// ticketModes are the modes of handling a ticket, as Ticket.mode spells them.
var ticketModes = []string{"ON_SITE", "END_TO_END", "ASSISTED"}

// validModes refuses a service mode list that is empty or names an unknown mode.
func validModes(modes []string) error {
	if len(modes) == 0 {
		return fmt.Errorf("a service allows at least one mode")
	}
	for _, m := range modes {
		if !slices.Contains(ticketModes, m) {
			return fmt.Errorf("unknown mode %q: want one of %v", m, ticketModes)
		}
	}
	return nil
}

// Edges of ServiceType.
func (ServiceType) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tickets", Ticket.Type).Comment("Tickets of this service type. 代办事项").
			Annotations(entgql.RelayConnection(), governed),
	}
}

// Policy of ServiceType: see internal/rule.
func (ServiceType) Policy() ent.Policy { return rule.Policy(rule.Everyone, rule.Admins...) }

// Annotations of ServiceType.
func (ServiceType) Annotations() []schema.Annotation {
	return connectable("A proxy service an agent can handle, e.g. minimum-living allowance (低保). 代办服务事项", true)
}

// Ticket is one application an agent (代办员) handles on a resident's behalf.
type Ticket struct{ ent.Schema }

// Mixin of Ticket.
func (Ticket) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// Fields of Ticket. Status, agent, acceptance, due and completion times
// and the version are governed by the ticket workflow (internal/workflow's
// service.go): no generic input sets them.
func (Ticket) Fields() []ent.Field {
	governed := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		field.Enum("mode").Values(ticketModes...).
			Comment("现场代办 ON_SITE, 全程代办 END_TO_END or 协助代办 ASSISTED; one of the modes the service allows."),
		field.Enum("status").Values("SUBMITTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED", "REJECTED", "WITHDRAWN").Default("SUBMITTED").
			Comment("Where the ticket stands. 办理状态").
			Annotations(entgql.OrderField("STATUS"), governed),
		field.Time("submitted_at").Comment("When the resident applied. 申请时间").
			Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Time("accepted_at").Optional().Nillable().Comment("When the agent or village accepted it. 受理时间").
			Annotations(entgql.OrderField("ACCEPTED_AT"), governed),
		field.Time("due_at").Optional().Nillable().
			Comment("When the service's time limit runs out: the limit counted from the later of acceptance and documents complete (documents_complete_at); null until both (a ticket waiting for documents has no clock yet). The one due time TICKETS_OVERDUE, overdue and onTime read. 办结时限").
			Annotations(entgql.OrderField("DUE_AT"), governed),
		field.Time("completed_at").Optional().Nillable().Comment("When it was completed, rejected or withdrawn. 办结时间").
			Annotations(entgql.OrderField("COMPLETED_AT"), governed),
		field.Strings("documents_received").Default([]string{}).Validate(bound.List(bound.Line)).
			Annotations(entsql.Default(`[]`)).
			Comment("Documents the agent received from the applicant, each one of the service's required documents. 已收要件"),
		field.Time("documents_complete_at").Optional().Nillable().
			Comment("When the service's required documents were all received (要件齐全), at submission, acceptance or a later supplyDocuments; the time limit runs from the later of this and acceptance. Null while documents are awaited, and on tickets accepted before documents were tracked, whose documents count as complete at acceptance. 要件齐全时间").
			Annotations(governed),
		field.String("missing_documents_note").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).
			Comment("补正 note given when the ticket was accepted with documents missing: what the applicant was asked to supply, and how. 补正告知").
			Annotations(governed),
		field.Text("note").Optional().Validate(bound.MultiLine(bound.Long)).Comment("Agent's latest notes. 备注"),
		field.String("handed_to").Optional().MaxLen(100).Validate(bound.OneLine(bound.Line)).
			Comment("Office the agent handed the application to, e.g. 镇便民服务中心. 报送部门"),
		field.String("reason").Optional().MaxLen(500).Validate(bound.MultiLine(bound.Long)).
			Comment("Why it was rejected or withdrawn. 退回或撤回原因"),
		field.Int("version").Default(0).NonNegative().
			Comment("Bumped by every workflow step; two steps racing on one version: the second is refused.").
			Annotations(governed),
		field.Int("courtyard_id").Comment("Courtyard of the applicant."),
		field.Int("applicant_id").Comment("Resident who applied."),
		field.Int("service_type_id").Comment("Service applied for."),
		field.Int("agent_id").Optional().Nillable().Comment("Agent (代办员) handling the ticket: the courtyard's active agent at acceptance.").
			Annotations(governed),
	}
}

// Edges of Ticket.
func (Ticket) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("courtyard", Courtyard.Type).Ref("tickets").Field("courtyard_id").Unique().Required().
			Comment("Courtyard of the applicant. 所属院坝"),
		edge.From("applicant", Resident.Type).Ref("applications").Field("applicant_id").Unique().Required().
			Comment("Resident who applied. 申请人"),
		edge.From("service_type", ServiceType.Type).Ref("tickets").Field("service_type_id").Unique().Required().
			Comment("Service applied for. 服务事项"),
		edge.From("agent", Resident.Type).Ref("handled_tickets").Field("agent_id").Unique().
			Comment("Agent (代办员) handling the ticket. 代办员").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("ratings", Rating.Type).Comment("Applicant's ratings of the service. 服务评价").
			Annotations(entgql.RelayConnection()),
		edge.To("photos", Photo.Type).Comment("Photos of the ticket's documents. 要件照片"),
	}
}

// Indexes of Ticket.
func (Ticket) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("town_id", "status", "due_at"),
		index.Fields("courtyard_id", "submitted_at"),
		index.Fields("status", "due_at"),
		index.Fields("applicant_id"),
		index.Fields("agent_id"),
		index.Fields("service_type_id"),
		// Analytics (internal/metrics): tickets submitted and completed in a
		// period, and open at an instant (completed_at IS NULL OR > it).
		index.Fields("submitted_at"),
		index.Fields("completed_at"),
	}
}

// Hooks of Ticket: the legal transitions and the governed fields.
func (Ticket) Hooks() []ent.Hook {
	return []ent.Hook{
		workflow.TicketTransitions,
		workflow.GuardFields("status", "agent_id", "accepted_at", "due_at", "completed_at", "version",
			"documents_received", "documents_complete_at", "missing_documents_note"),
	}
}

// Annotations of Ticket.
func (Ticket) Annotations() []schema.Annotation {
	return append(connectable("A proxy-service ticket (代办服务入院坝): an application an agent handles for a resident. 代办事项", false), workflow.Owns)
}
