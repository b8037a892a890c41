package workflow

import (
	"context"
	"slices"

	gen "yuanbahui/ent"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/photo"
	stored "yuanbahui/internal/photo"
	"yuanbahui/internal/viewer"
)

// AttachPhotoInput is attachPhoto (上传照片): a photo already uploaded
// (POST /photos, which checks, cleans and stores it and answers its hash)
// attached to a record — an issue step (kind STEP; RECEIPT on the execution
// step) or a ticket's documents (kind DOCUMENT, naming one of the service's
// required documents). It is checked as the record's own steps are: the
// record must be in the viewer's area; an issue step's photo is for the
// roles that may take that step, a ticket's for those who handle the ticket
// (its courtyard's active agent, or the village).
type AttachPhotoInput struct {
	// Hash is the SHA-256 POST /photos answered.
	Hash string `json:"hash"`
	// IssueStepID is the issue step the photo is of.
	IssueStepID *int `json:"issueStepId,omitempty"`
	// TicketID is the ticket whose document the photo shows.
	TicketID *int `json:"ticketId,omitempty"`
	// Kind is what the photo shows; STEP by default on a step, DOCUMENT on a ticket.
	Kind *photo.Kind `json:"kind,omitempty"`
	// Document is, for a ticket, which of its service's documents the photo shows.
	Document *string `json:"document,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
	// Store is where uploaded photos are (set by the resolver, not the client).
	Store stored.Store `json:"-"`
}

// In returns the input reading uploads from s.
func (in AttachPhotoInput) In(s stored.Store) AttachPhotoInput {
	in.Store = s
	return in
}

// Run attaches the photo.
func (in AttachPhotoInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Photo], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in AttachPhotoInput) take(ctx context.Context, c *gen.Client) (*gen.Photo, error) {
	if (in.IssueStepID == nil) == (in.TicketID == nil) {
		return nil, Refuse(ErrInvalid, "", "attach the photo to an issue step or to a ticket, one of the two")
	}
	create := c.Photo.Create().SetNillableUploadedByID(actorID(ctx))
	var kind photo.Kind
	if in.IssueStepID != nil {
		st, err := c.IssueStep.Get(ctx, *in.IssueStepID)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(IssueTransitions, func(t IssueTransition) bool { return t.Step == st.Step })
		roles := []viewer.Role{}
		if i >= 0 {
			roles = IssueTransitions[i].Roles
		}
		if _, err := actor(ctx, "add photos to this step", roles); err != nil {
			return nil, err
		}
		kind = photo.KindSTEP
		if in.Kind != nil {
			kind = *in.Kind
		}
		switch {
		case kind == photo.KindDOCUMENT:
			return nil, Refuse(ErrInvalid, "kind", "a document photo belongs to a ticket")
		case kind == photo.KindRECEIPT && st.Step != issuestep.StepEXECUTED:
			return nil, Refuse(ErrInvalid, "kind", "receipts belong to the execution step")
		}
		create.SetIssueStepID(st.ID).SetCourtyardID(st.CourtyardID)
	} else {
		t, err := loadTicket(ctx, c, *in.TicketID)
		if err != nil {
			return nil, err
		}
		if _, err := handles(ctx, c, t, "add photos to"); err != nil {
			return nil, err
		}
		kind = photo.KindDOCUMENT
		if in.Kind != nil && *in.Kind != kind {
			return nil, Refuse(ErrInvalid, "kind", "a ticket's photos show its documents")
		}
		if in.Document != nil && *in.Document != "" {
			svc, err := c.ServiceType.Get(viewer.SystemContext(ctx), t.ServiceTypeID)
			if err != nil {
				return nil, err
			}
			if err := checkDocuments(svc, "document", []string{*in.Document}); err != nil {
				return nil, err
			}
			create.SetDocument(*in.Document)
		}
		create.SetTicketID(t.ID).SetCourtyardID(t.CourtyardID)
	}
	if in.Document != nil && *in.Document != "" && in.TicketID == nil {
		return nil, Refuse(ErrInvalid, "document", "only a ticket's photo names a document")
	}
	info, err := in.Store.Stat(in.Hash)
	if err != nil {
		return nil, Refuse(ErrInvalid, "hash", "no photo was uploaded with this hash: upload it first (POST /photos)")
	}
	return create.SetKind(kind).SetSha256(in.Hash).SetContentType(info.ContentType).
		SetSize(info.Size).SetWidth(info.Width).SetHeight(info.Height).Save(Governed(ctx))
}
