// Package audit records every change to the data as an AuditEvent: who, when,
// which record, what changed. It is one ent hook over all mutations, installed
// on the client by internal/store, so no write path can skip it; the event is
// written in the same transaction as the change.
package audit

import (
	"context"
	"reflect"
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
// and delete-one. Bulk loads by the system (privacy.Allow in the context, as
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
			changes := map[string]any{}
			for _, f := range m.Fields() {
				v, _ := m.Field(f)
				if kind, ok := gen.PersonalFields[m.Type()+"."+f]; ok {
					if s, ok := v.(string); ok {
						v = viewer.Mask(kind, s) // as the API masks it (@personal)
					}
				}
				if id, ok := v.(int); ok && strings.HasSuffix(f, "_id") {
					v = gen.EncodeGlobalID(id) // ids as clients know them
				}
				if f == "password_hash" || f == "digest" {
					v = "(changed)"
				}
				changes[f] = v
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
		SetChanges(map[string]any{"format": e.Format, "where": e.Where, "orderBy": e.OrderBy, "params": e.Params, "rows": e.Rows})
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
