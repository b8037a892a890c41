package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/village"
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

// fillArea sets town_id and village_id from the record's courtyard whenever the
// courtyard is set (on create, or when a record such as a household moves).
// Bulk writers that already know both ids set them and skip the lookup.
func fillArea(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		am, ok := m.(areaMutation)
		if !ok {
			return nil, fmt.Errorf("area hook: unexpected mutation %T", m)
		}
		cid, hasCourtyard := am.CourtyardID()
		_, hasTown := am.TownID()
		if hasCourtyard && (!hasTown || !m.Op().Is(ent.OpCreate)) {
			if m.Op().Is(ent.OpUpdate) {
				return nil, fmt.Errorf("moving %s records to another courtyard in bulk is not supported", m.Type())
			}
			c, err := am.Client().Courtyard.Query().Where(courtyard.ID(cid)).
				Select(courtyard.FieldTownID, courtyard.FieldVillageID).Only(ctx)
			if err != nil {
				return nil, fmt.Errorf("courtyard %d: %w", cid, err)
			}
			am.SetTownID(c.TownID)
			am.SetVillageID(c.VillageID)
		}
		return next.Mutate(ctx, m)
	})
}

// fillCourtyardTown keeps a courtyard's town_id equal to its village's town.
var fillCourtyardTown = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.CourtyardFunc(func(ctx context.Context, m *gen.CourtyardMutation) (ent.Value, error) {
		if vid, ok := m.VillageID(); ok {
			if _, set := m.TownID(); !set || !m.Op().Is(ent.OpCreate) {
				v, err := m.Client().Village.Query().Where(village.ID(vid)).Select(village.FieldTownID).Only(ctx)
				if err != nil {
					return nil, fmt.Errorf("village %d: %w", vid, err)
				}
				m.SetTownID(v.TownID)
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)
