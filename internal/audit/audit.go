// Package audit records every change to the data as an AuditEvent: who, when,
// which record, what changed. It is one ent hook over all mutations, installed
// on the client by internal/store, so no write path can skip it; the event is
// written in the same transaction as the change.
package audit

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"time"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/privacy"
	"yuanbahui/internal/viewer"
)

// skipped are the entity types whose changes are not audited: the audit trail
// itself. Login bookkeeping (sessions, failed-login counters, token use) is
// skipped through Bookkeeping.
var skipped = map[string]bool{"AuditEvent": true}

type bookkeepingKey struct{}

// Bookkeeping returns ctx whose writes are not audited (login counters,
// token use); it is for the auth code only.
func Bookkeeping(ctx context.Context) context.Context {
	return context.WithValue(ctx, bookkeepingKey{}, true)
}

// Hook is the ent hook that writes an AuditEvent for each create, update-one
// and delete-one, with every changed field and edge and its value before and
// after (Change). Bulk loads by the system (privacy.Allow in the context, as
// the seeder sets) are not audited row by row.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if skipped[m.Type()] || ctx.Value(bookkeepingKey{}) != nil || !m.Op().Is(ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne) {
				return next.Mutate(ctx, m)
			}
			if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
				return next.Mutate(ctx, m)
			}
			changes, err := diff(ctx, m)
			if err != nil {
				return nil, err
			}
			idm, _ := m.(interface{ ID() (int, bool) })
			var deletedID int
			if m.Op().Is(ent.OpDeleteOne) && idm != nil {
				deletedID, _ = idm.ID()
			}
			value, err := next.Mutate(ctx, m)
			if err != nil {
				return value, err
			}
			id := deletedID
			if idm != nil && id == 0 {
				id, _ = idm.ID()
			}
			client := m.(interface{ Client() *gen.Client }).Client()
			create := client.AuditEvent.Create().
				SetAt(time.Now().UTC()).
				SetAction(action(m.Op())).
				SetEntityType(m.Type()).
				SetEntityID(gen.EncodeGlobalID(id)).
				SetChanges(changes)
			v := viewer.FromContext(ctx)
			switch {
			case v == nil:
				create.SetUsername("anonymous")
			case v.System && v.UserID != 0:
				create.SetUsername(v.Username).SetUserID(v.UserID) // the system acting for an account
			case v.System:
				create.SetUsername("system")
			default:
				create.SetUsername(v.Username).SetUserID(v.UserID)
			}
			if t, ok := intField(value, "TownID"); ok {
				create.SetTownID(t)
			}
			if vid, ok := intField(value, "VillageID"); ok {
				create.SetVillageID(vid)
			}
			if err := create.Exec(viewer.SystemContext(ctx)); err != nil {
				return nil, err
			}
			return value, nil
		})
	}
}

// Change is what an AuditEvent records of one changed field or edge: its
// value before and after the change (personal data masked as the API masks
// it, ids as global IDs; an edge's value is the list of linked records'
// ids). A create has no before value.
type Change struct {
	Before any `json:"before"`
	After  any `json:"after"`
}

// diff returns the changes m makes, keyed by field or edge name; it runs
// before the mutation, while the old values can still be read.
func diff(ctx context.Context, m ent.Mutation) (map[string]any, error) {
	typ := m.Type()
	update := m.Op().Is(ent.OpUpdateOne)
	old := func(f string) any {
		if !update {
			return nil
		}
		v, err := m.OldField(ctx, f)
		if err != nil {
			return nil // the mutation itself will report why the record cannot be read
		}
		return v
	}
	changes := map[string]any{}
	for _, f := range m.Fields() {
		after, _ := m.Field(f)
		changes[f] = Change{Before: shown(typ, f, old(f)), After: shown(typ, f, after)}
	}
	for _, f := range m.AddedFields() {
		delta, _ := m.AddedField(f)
		before := old(f)
		changes[f] = Change{Before: shown(typ, f, before), After: shown(typ, f, sum(before, delta))}
	}
	for _, f := range m.ClearedFields() {
		changes[f] = Change{Before: shown(typ, f, old(f))}
	}
	edges := map[string]bool{}
	for _, list := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, e := range list {
			if _, held := gen.EdgeFields[typ+"."+e]; !held { // recorded as its field
				edges[e] = true
			}
		}
	}
	for e := range edges {
		before := []int{}
		if id, ok := m.(interface{ ID() (int, bool) }); ok && update {
			if id, ok := id.ID(); ok {
				var err error
				client := m.(interface{ Client() *gen.Client }).Client()
				if before, err = client.EdgeIDs(viewer.SystemContext(ctx), typ, id, e); err != nil {
					return nil, err
				}
				slices.Sort(before)
			}
		}
		after := []int{}
		if !m.EdgeCleared(e) {
			removed := map[int]bool{}
			for _, v := range m.RemovedIDs(e) {
				removed[v.(int)] = true
			}
			for _, id := range before {
				if !removed[id] {
					after = append(after, id)
				}
			}
		}
		for _, v := range m.AddedIDs(e) {
			if !slices.Contains(after, v.(int)) {
				after = append(after, v.(int))
			}
		}
		slices.Sort(after)
		changes[e] = Change{Before: globalIDs(before), After: globalIDs(after)}
	}
	return changes, nil
}

// shown is a field's value as the audit trail keeps it: personal data masked
// as the API masks it (@personal), ids as clients know them, secrets hidden.
func shown(typ, f string, v any) any {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		v = rv.Elem().Interface()
	}
	if v == nil {
		return nil
	}
	if kind, ok := gen.PersonalFields[typ+"."+f]; ok {
		if s, ok := v.(string); ok {
			return viewer.Mask(kind, s)
		}
	}
	if id, ok := v.(int); ok && strings.HasSuffix(f, "_id") {
		return gen.EncodeGlobalID(id)
	}
	if f == "password_hash" || f == "digest" {
		return "(changed)"
	}
	return v
}

// sum is a numeric field's value after adding delta to before.
func sum(before, delta any) any {
	b, d := reflect.ValueOf(before), reflect.ValueOf(delta)
	switch {
	case !b.IsValid():
		return delta
	case b.CanInt() && d.CanInt():
		return b.Int() + d.Int()
	case b.CanFloat() && d.CanFloat():
		return b.Float() + d.Float()
	}
	return delta
}

// globalIDs are ids as clients know them.
func globalIDs(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = gen.EncodeGlobalID(id)
	}
	return out
}

func action(op ent.Op) auditevent.Action {
	switch {
	case op.Is(ent.OpCreate):
		return auditevent.ActionCREATE
	case op.Is(ent.OpDeleteOne):
		return auditevent.ActionDELETE
	}
	return auditevent.ActionUPDATE
}

// intField reads an int field of an ent entity (e.g. Ticket.TownID).
func intField(value ent.Value, name string) (int, bool) {
	rv := reflect.ValueOf(value)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return 0, false
	}
	f := rv.Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.Int {
		return 0, false
	}
	return int(f.Int()), f.Int() != 0
}

// Exported is what one export wrote: which export (e.g. "tickets"), in which
// format, with which filter and ordering (as the request gave them), any
// further parameters (e.g. a stats export's metrics), and how many rows.
type Exported struct {
	Name, Format   string
	Where, OrderBy string
	Params         map[string][]string
	Rows           int
	// Personal tells that personal data was exported unmasked, and Reason
	// why (both recorded as personal and reason).
	Personal bool
	Reason   string
}

// Export records a download of data (internal/export) by the viewer of ctx as
// an AuditEvent with action EXPORT: who exported what. Reads are not
// mutations, so no hook sees them; the export calls this before it writes.
// The event carries the viewer's town when the viewer's area is one town (or
// within one), so the trail is scoped like the data.
func Export(ctx context.Context, client *gen.Client, e Exported) error {
	v := viewer.FromContext(ctx)
	create := client.AuditEvent.Create().
		SetAt(time.Now().UTC()).
		SetAction(auditevent.ActionEXPORT).
		SetEntityType(e.Name).
		SetEntityID("").
		SetChanges(map[string]any{"format": e.Format, "where": e.Where, "orderBy": e.OrderBy, "params": e.Params, "rows": e.Rows, "personal": e.Personal, "reason": e.Reason})
	switch {
	case v == nil:
		create.SetUsername("anonymous")
	default:
		create.SetUsername(v.Username)
		if v.UserID != 0 {
			create.SetUserID(v.UserID)
		}
		if !v.DistrictWide() && len(v.TownIDs) == 1 {
			create.SetTownID(v.TownIDs[0])
		}
		if len(v.VillageIDs) == 1 {
			create.SetVillageID(v.VillageIDs[0])
		}
	}
	return create.Exec(viewer.SystemContext(ctx))
}
