package schema

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
// hooks (hooks.go). The system (seeding, the CLI, logins) passes unscoped.

// Errors of the access rules; graph maps them to UNAUTHENTICATED and FORBIDDEN.
var (
	ErrUnauthenticated = privacy.Denyf("authentication required")
	ErrReadOnly        = privacy.Denyf("this account may not change data")
	ErrRole            = privacy.Denyf("this account's role may not change this kind of record")
	ErrOutsideArea     = privacy.Denyf("the record lies outside this account's area")
)

// scope builds the predicate that keeps a viewer's rows.
type scope func(v *viewer.Viewer) entql.P

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
	// recordScope: rows with town_id, village_id and courtyard_id.
	recordScope scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("village_id", v.VillageIDs), optional("courtyard_id", v.CourtyardIDs))
	}
	courtyardScope scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("village_id", v.VillageIDs), optional("id", v.CourtyardIDs))
	}
	villageScope scope = func(v *viewer.Viewer) entql.P {
		return all(in("town_id", v.TownIDs), optional("id", v.VillageIDs))
	}
	townScope     scope = func(v *viewer.Viewer) entql.P { return in("id", v.TownIDs) }
	districtScope scope = func(v *viewer.Viewer) entql.P { return entql.FieldEQ("id", v.DistrictID) }
	residentScope scope = func(v *viewer.Viewer) entql.P { return entql.HasEdgeWith("household", recordScope(v)) }
	// villageChildScope: rows belonging to a village (themes, supermarket goods).
	villageChildScope scope = func(v *viewer.Viewer) entql.P {
		if v.VillageIDs != nil {
			return in("village_id", v.VillageIDs)
		}
		return entql.HasEdgeWith("village", in("town_id", v.TownIDs))
	}
	// everyone: catalogues any signed-in account may read.
	everyone scope = nil
)

// system tells whether ctx acts as the system.
func system(ctx context.Context) bool {
	if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
		return true
	}
	v := viewer.FromContext(ctx)
	return v != nil && v.System
}

// readScope narrows queries (and updates and deletes) to the viewer's area.
func readScope(s scope) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if system(ctx) {
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
		if system(ctx) {
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

// policy is the policy of an area-scoped entity.
func policy(s scope, roles ...viewer.Role) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readScope(s), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{writers(roles...), readScope(s), privacy.AlwaysAllowRule()},
	}
}

// Who may write what.
var (
	admins          = []viewer.Role{viewer.DistrictAdmin}
	townUp          = []viewer.Role{viewer.DistrictAdmin, viewer.TownOfficial}
	villageUp       = []viewer.Role{viewer.DistrictAdmin, viewer.TownOfficial, viewer.VillageCadre}
	everyoneWorking = []viewer.Role{viewer.DistrictAdmin, viewer.TownOfficial, viewer.VillageCadre, viewer.CourtyardOfficer}
)

// systemOnly lets only the system write (accounts, tokens, audit events are
// written by the auth and audit code acting as the system).
var systemOnly = privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
	if system(ctx) {
		return privacy.Allow
	}
	if viewer.FromContext(ctx) == nil {
		return ErrUnauthenticated
	}
	return ErrRole
})

func userPolicy() ent.Policy {
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

func tokenPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readScope(func(v *viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) }), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{systemOnly},
	}
}

func auditPolicy() ent.Policy {
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
