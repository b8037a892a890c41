package rule

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/household"
	"yuanbahui/ent/village"
	"yuanbahui/internal/viewer"
)

// areaMutation is a mutation of a record carrying AreaMixin.
type areaMutation interface {
	ent.Mutation
	Client() *gen.Client
	CourtyardID() (int, bool)
	TownID() (int, bool)
	SetTownID(int)
	SetVillageID(int)
}

// covers checks that a new or moved record's place lies in the viewer's area.
func covers(ctx context.Context, townID, villageID, courtyardID int) error {
	if System(ctx) || viewer.FromContext(ctx).Covers(townID, villageID, courtyardID) {
		return nil
	}
	return ErrOutsideArea
}

// FillArea sets town_id and village_id from the record's courtyard whenever the
// courtyard is set (on create, or when a record such as a household moves),
// and refuses a courtyard outside the viewer's area. Bulk writers acting as the
// system that already know both ids set them and skip the lookup.
func FillArea(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		am, ok := m.(areaMutation)
		if !ok {
			return nil, fmt.Errorf("area hook: unexpected mutation %T", m)
		}
		cid, hasCourtyard := am.CourtyardID()
		_, hasTown := am.TownID()
		if hasCourtyard && (!hasTown || !m.Op().Is(ent.OpCreate) || !System(ctx)) {
			if m.Op().Is(ent.OpUpdate) {
				return nil, fmt.Errorf("moving %s records to another courtyard in bulk is not supported", m.Type())
			}
			c, err := am.Client().Courtyard.Query().Where(courtyard.ID(cid)).
				Select(courtyard.FieldID, courtyard.FieldTownID, courtyard.FieldVillageID).Only(viewer.SystemContext(ctx))
			if err != nil {
				return nil, fmt.Errorf("courtyard: %w", err)
			}
			if err := covers(ctx, c.TownID, c.VillageID, c.ID); err != nil {
				return nil, err
			}
			am.SetTownID(c.TownID)
			am.SetVillageID(c.VillageID)
		}
		return next.Mutate(ctx, m)
	})
}

// FillCourtyardTown keeps a courtyard's town_id equal to its village's town and
// refuses villages outside the viewer's area.
var FillCourtyardTown = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.CourtyardFunc(func(ctx context.Context, m *gen.CourtyardMutation) (ent.Value, error) {
		if vid, ok := m.VillageID(); ok {
			if _, set := m.TownID(); !set || !m.Op().Is(ent.OpCreate) || !System(ctx) {
				v, err := m.Client().Village.Query().Where(village.ID(vid)).Select(village.FieldID, village.FieldTownID).Only(viewer.SystemContext(ctx))
				if err != nil {
					return nil, fmt.Errorf("village: %w", err)
				}
				if err := covers(ctx, v.TownID, v.ID, 0); err != nil {
					return nil, err
				}
				m.SetTownID(v.TownID)
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)

// CheckVillageTown refuses villages created in, or moved to, a town outside the
// viewer's area.
var CheckVillageTown = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.VillageFunc(func(ctx context.Context, m *gen.VillageMutation) (ent.Value, error) {
		if tid, ok := m.TownID(); ok && !System(ctx) {
			v := viewer.FromContext(ctx)
			if v == nil || v.VillageIDs != nil || !v.Covers(tid, 0, 0) {
				return nil, ErrOutsideArea
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)

// CheckTownDistrict refuses towns created in, or moved to, another district;
// new districts are created by the system only.
var CheckTownDistrict = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.TownFunc(func(ctx context.Context, m *gen.TownMutation) (ent.Value, error) {
		if did, ok := m.DistrictID(); ok && !System(ctx) {
			if v := viewer.FromContext(ctx); v == nil || v.DistrictID != did {
				return nil, ErrOutsideArea
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)

// OnlySystemCreatesDistricts: a district administrator runs one district.
var OnlySystemCreatesDistricts = hook.On(func(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if !System(ctx) {
			return nil, ErrRole
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate)

// CheckResidentHousehold refuses residents added to, or moved into, a household
// outside the viewer's area.
var CheckResidentHousehold = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.ResidentFunc(func(ctx context.Context, m *gen.ResidentMutation) (ent.Value, error) {
		if hid, ok := m.HouseholdID(); ok && !System(ctx) {
			h, err := m.Client().Household.Query().Where(household.ID(hid)).Only(viewer.SystemContext(ctx))
			if err != nil {
				return nil, fmt.Errorf("household: %w", err)
			}
			if err := covers(ctx, h.TownID, h.VillageID, h.CourtyardID); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)

// villageChild is a mutation of a record that belongs to a village.
type villageChild interface {
	ent.Mutation
	Client() *gen.Client
	VillageID() (int, bool)
}

// CheckVillageChild refuses themes and supermarket goods of villages outside
// the viewer's area.
func CheckVillageChild(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		vm, ok := m.(villageChild)
		if !ok {
			return nil, fmt.Errorf("village hook: unexpected mutation %T", m)
		}
		if vid, ok := vm.VillageID(); ok && !System(ctx) && m.Op().Is(ent.OpCreate|ent.OpUpdateOne) {
			v, err := vm.Client().Village.Query().Where(village.ID(vid)).Only(viewer.SystemContext(ctx))
			if err != nil {
				return nil, fmt.Errorf("village: %w", err)
			}
			if err := covers(ctx, v.TownID, v.ID, 0); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}
