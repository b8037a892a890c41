// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/workflow"
)

// Photo is a photo attached to a record: an issue step (a receipt when on
// the execution step) or a ticket's documents. The picture is stored once
// by its SHA-256 under the deployment's photo directory (internal/photo),
// checked by its content and stripped of location data; the record here
// says whose it is. It carries the area of its record's courtyard, so a
// viewer sees a photo exactly when they may see its record (the AreaMixin's
// RecordScope, the scope of issue steps and tickets), and only the attachPhoto
// step (internal/workflow/photo.go) creates one, checked as the record's steps are.
type Photo struct{ ent.Schema }

// Mixin of Photo.
func (Photo) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}, TimeMixin{}, AreaMixin{}} }

// photoKinds are what a photo shows, as Photo.kind spells them.
var photoKinds = []string{"STEP", "RECEIPT", "DOCUMENT"}

// Fields of Photo.
func (Photo) Fields() []ent.Field {
	return []ent.Field{
		field.String("sha256").MaxLen(64).MinLen(64).Immutable().
			Comment("SHA-256 of the stored picture (hex), the name it is stored under. 内容摘要"),
		field.String("content_type").MaxLen(32).Immutable().
			Comment("MIME type found from the content: image/jpeg or image/png. 文件类型"),
		field.Int64("size").NonNegative().Immutable().Comment("Size of the stored picture, in bytes. 文件大小（字节）"),
		field.Int("width").Positive().Immutable().Comment("Width in pixels. 宽度（像素）"),
		field.Int("height").Positive().Immutable().Comment("Height in pixels. 高度（像素）"),
		field.Enum("kind").Values(photoKinds...).Immutable().
			Comment("What the photo shows: 现场 STEP (a step's work), 票据 RECEIPT (a receipt of the execution step) or 要件 DOCUMENT (a ticket's document). 照片类别").
			Annotations(entgql.OrderField("KIND")),
		field.String("document").Optional().MaxLen(100).Immutable().
			Comment("For a ticket's document: which of the service's required documents it shows. 要件名称"),
		field.Int("issue_step_id").Optional().Nillable().Immutable().Comment("Issue step the photo is attached to."),
		field.Int("ticket_id").Optional().Nillable().Immutable().Comment("Ticket whose document the photo shows."),
		field.Int("courtyard_id").Immutable().Comment("Courtyard of the record the photo belongs to."),
		field.Int("uploaded_by_id").Optional().Nillable().Immutable().Comment("Account that attached the photo."),
	}
}

// Edges of Photo.
func (Photo) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("issue_step", IssueStep.Type).Ref("photos").Field("issue_step_id").Unique().Immutable().
			Comment("Issue step the photo is attached to. 议事流程记录"),
		edge.From("ticket", Ticket.Type).Ref("photos").Field("ticket_id").Unique().Immutable().
			Comment("Ticket whose document the photo shows. 代办事项"),
		edge.To("courtyard", Courtyard.Type).Field("courtyard_id").Unique().Required().Immutable().
			Comment("Courtyard of the record the photo belongs to. 所属院坝"),
		edge.To("uploaded_by", User.Type).Field("uploaded_by_id").Unique().Immutable().
			Comment("Account that attached the photo. 上传人"),
	}
}

// Indexes of Photo: every edge column, and the courtyard's latest photos.
func (Photo) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("courtyard_id", "created_at"),
		index.Fields("issue_step_id"),
		index.Fields("ticket_id"),
		index.Fields("uploaded_by_id"),
		index.Fields("sha256"),
	}
}

// Annotations of Photo.
func (Photo) Annotations() []schema.Annotation {
	return append(connectable("A photo attached to an issue step, a receipt or a ticket's documents. 照片", false), workflow.Owns)
}
