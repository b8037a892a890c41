package workflow

import (
	"context"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/internal/rule"
)

// Owned is the ent schema annotation that declares what the workflows own.
// On a type it marks a workflow record (a ticket, a points entry, a rating…):
// its rows are written only by workflow steps, so every edge of another type
// that leads to it is workflow-owned too. On a field or an edge it marks that
// field or edge as workflow-owned. ent's code generation collects the
// declarations into ent.WorkflowOwned (ent/template/workflow.tmpl), which
// the guard hook below the API (GuardOwned) and the test of the generic
// mutation inputs read; entgql.Skip beside it keeps the field or edge out
// of those inputs.
type Owned struct {
	// From is OwnedFromCreate (no generic create or update sets it) or
	// OwnedAfterCreate (set when the record is created, then changed only
	// by workflows, e.g. a household's courtyard).
	From string `json:"from"`
}

// Name of the annotation, as ent's code generation keys it.
func (Owned) Name() string { return "WorkflowOwned" }

// The values of Owned.From.
const (
	OwnedFromCreate  = "create"
	OwnedAfterCreate = "update"
)

var (
	// Owns marks a workflow record type, or a field or edge no generic
	// mutation may set, add to, remove from or clear.
	Owns = Owned{From: OwnedFromCreate}
	// OwnsAfterCreate marks a field or edge a generic create may set but
	// only workflows change afterwards.
	OwnsAfterCreate = Owned{From: OwnedAfterCreate}
)

// GuardOwned is the ent hook (on every type, through ent/schema's IDMixin)
// that keeps what ent.WorkflowOwned lists out of reach of writes outside the
// workflows, whichever path they come by: a create linking a workflow-owned
// edge, or an update setting, adding to or clearing a workflow-owned field
// or adding, removing or clearing a workflow-owned edge (e.g. clearing a
// household's points entries or an officer's ratings), is refused with
// ErrGoverned unless it runs in a workflow step (Governed) or as the system
// (seeding, the CLI). Creating a workflow record is its step's business
// (there is no generic create of one), so creates of records are let by.
func GuardOwned(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		o := gen.WorkflowOwned[m.Type()]
		create := m.Op().Is(ent.OpCreate)
		if (create && o.Record) || IsGoverned(ctx) || rule.System(ctx) {
			return next.Mutate(ctx, m)
		}
		names := o.Update
		if create {
			names = o.Create
		}
		for _, name := range names {
			if touches(m, name, create) {
				return nil, Refuse(ErrGoverned, name, "%s of a %s is changed only by its workflow steps", name, m.Type())
			}
		}
		return next.Mutate(ctx, m)
	})
}

// touches tells whether m changes the field or edge name. A create's fields
// are not judged: ent has applied their defaults before the hooks run.
func touches(m ent.Mutation, name string, create bool) bool {
	if len(m.AddedIDs(name)) > 0 || len(m.RemovedIDs(name)) > 0 || m.EdgeCleared(name) {
		return true
	}
	if create {
		return false
	}
	_, set := m.Field(name)
	_, added := m.AddedField(name)
	return set || added || m.FieldCleared(name)
}
