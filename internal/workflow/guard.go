package workflow

import (
	"context"

	"entgo.io/ent"

	"yuanbahui/ent/hook"
	"yuanbahui/internal/rule"
)

// GuardFields is the ent hook that keeps the fields a workflow owns (an
// issue's stage, a ticket's status, an assignment's end) out of reach of
// generic updates: an update setting, adding to or clearing any of them is
// refused with ErrGoverned unless it runs in a workflow step (Governed) or as
// the system (seeding, the CLI).
func GuardFields(fields ...string) ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !IsGoverned(ctx) && !rule.System(ctx) {
				for _, f := range fields {
					_, added := m.AddedField(f)
					if _, set := m.Field(f); set || added || m.FieldCleared(f) {
						return nil, Refuse(ErrGoverned, f, "%s of a %s is changed only by its workflow steps", f, m.Type())
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpUpdate|ent.OpUpdateOne)
}
