package rule

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"yuanbahui/ent/privacy"
	"yuanbahui/internal/viewer"
)

// Access rules. Every read is narrowed to the viewer's area by a predicate on
// the row's own columns (town_id, village_id, courtyard_id, or the place's id),
// so no query shape — root list, node lookup, nested edge — returns rows from
// outside it. Updates and deletes carry the same predicate, so a row outside
// the area is "not found". Creates are checked against the area by the area
// hooks (area.go). The system (seeding, the CLI, logins) passes unscoped.

// Scope builds the predicate that keeps a viewer's rows.
type Scope func(v *viewer.Viewer) entql.P

// in is `col IN ids`, false for no ids.
func in(col string, ids []int) entql.P {
	if len(ids) == 0 {
		return entql.FieldEQ("id", -1)
	}
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	return entql.FieldIn(col, vs...)
}

// all joins predicates, skipping nils.
func all(ps ...entql.P) entql.P {
	var keep []entql.P
	for _, p := range ps {
		if p != nil {
			keep = append(keep, p)
		}
	}
	if len(keep) == 1 {
		return keep[0]
	}
	return entql.And(keep[0], keep[1], keep[2:]...)
}

func optional(col string, ids []int) entql.P {
	if ids == nil {
		return nil
	}
	return in(col, ids)
}

// Scopes of the kinds of records.
var (
	// RecordScope: rows with town_id, village_id and courtyard_id.
	RecordScope Scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("village_id", v.VillageIDs), optional("courtyard_id", v.CourtyardIDs))
	}
	// CourtyardScope: courtyards (their own id is the courtyard).
	CourtyardScope Scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("village_id", v.VillageIDs), optional("id", v.CourtyardIDs))
	}
	// VillageScope: villages.
	VillageScope Scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("id", v.VillageIDs))
	}
	// TownScope: towns.
	TownScope Scope = func(v *viewer.Viewer) entql.P { return in("id", v.TownIDs) }
	// DistrictScope: the viewer's district.
	DistrictScope Scope = func(v *viewer.Viewer) entql.P { return entql.FieldEQ("id", v.DistrictID) }
	// ResidentScope: residents, through their household.
	ResidentScope Scope = func(v *viewer.Viewer) entql.P { return entql.HasEdgeWith("household", RecordScope(v)) }
	// VillageChildScope: rows belonging to a village (themes, supermarket goods).
	VillageChildScope Scope = func(v *viewer.Viewer) entql.P {
		if v.VillageIDs != nil {
			return in("village_id", v.VillageIDs)
		}
		return entql.HasEdgeWith("village", in("town_id", v.TownIDs))
	}
	// DistrictChildScope: rows of the viewer's district's catalogues (lecture topics).
	DistrictChildScope Scope = func(v *viewer.Viewer) entql.P { return entql.FieldEQ("district_id", v.DistrictID) }
	// Everyone: catalogues any signed-in account may read.
	Everyone Scope = nil
)

// readScope narrows queries (and updates and deletes) to the viewer's area.
func readScope(s Scope) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if System(ctx) {
			return privacy.Allow
		}
		v := viewer.FromContext(ctx)
		if v == nil {
			return ErrUnauthenticated
		}
		if s != nil {
			if p := s(v); p != nil {
				f.Where(p)
			}
		}
		return privacy.Skip
	})
}

// writers lets the listed roles change records (within their area); the
// system may always, analysts and anonymous callers never.
func writers(roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if System(ctx) {
			return privacy.Allow
		}
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			return ErrUnauthenticated
		case v.ReadOnly():
			return ErrReadOnly
		}
		for _, r := range roles {
			if v.Role == r {
				return privacy.Skip
			}
		}
		return ErrRole
	})
}

// Policy is the policy of an area-scoped entity.
// Policy is the policy of an area-scoped entity: reads (and updates and
// deletes) narrowed by s, writes allowed to roles within the area.
func Policy(s Scope, roles ...viewer.Role) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readScope(s), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{writers(roles...), readScope(s), privacy.AlwaysAllowRule()},
	}
}

// Who may write what.
var (
	// Admins: district administrators only (places above villages, catalogues).
	Admins = []viewer.Role{viewer.DistrictAdmin}
	// VillageUp: administrators, town officials and village cadres.
	VillageUp = viewer.Roles(viewer.Role.VillageOrAbove)
	// EveryoneWorking: every role that records work (all but analysts).
	EveryoneWorking = viewer.Roles(viewer.Role.RecordsWork)
)

// systemOnly lets only the system write (accounts, tokens, audit events are
// written by the auth and audit code acting as the system).
var systemOnly = privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error { return systemOnlyDecision(ctx) })

// UserPolicy: district administrators read every account, others their own; only the system writes.
func UserPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{readScope(func(v *viewer.Viewer) entql.P {
			if v.Role == viewer.DistrictAdmin {
				return nil
			}
			return entql.FieldEQ("id", v.UserID)
		}), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{systemOnly},
	}
}

// AccountRecordsPolicy: an account reads its own bookkeeping rows (tokens,
// idempotency keys: rows with a user_id); only the system writes them.
func AccountRecordsPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readScope(func(v *viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) }), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{systemOnly},
	}
}

// AuditPolicy: district administrators read the trail of their district; only the system writes.
func AuditPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{readScope(func(v *viewer.Viewer) entql.P {
			if v.Role != viewer.DistrictAdmin {
				return entql.FieldEQ("id", -1)
			}
			return entql.Or(in("town_id", v.TownIDs), entql.FieldNil("town_id"))
		}), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{systemOnly},
	}
}

// SystemPolicy: rows only the system reads and writes (the shared request
// budgets of server/): no account, whatever its role, sees or changes them.
func SystemPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error { return systemOnlyDecision(ctx) })},
		Mutation: privacy.MutationPolicy{systemOnly},
	}
}

// systemOnlyDecision allows the system and denies everyone else.
func systemOnlyDecision(ctx context.Context) error {
	if System(ctx) {
		return privacy.Allow
	}
	if viewer.FromContext(ctx) == nil {
		return ErrUnauthenticated
	}
	return ErrRole
}
