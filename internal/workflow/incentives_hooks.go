package workflow

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/village"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// The hooks keeping the incentive records honest whatever path writes them
// (composed by ent/schema/incentives.go).

// AppendOnlyLedger is the ent hook that makes the points ledger append-only:
// an entry is never deleted, and never changed except for one workflow
// transition — a PROPOSED entry confirmed or rejected by the village
// (status, decided_at and decided_by, one entry at a time). A mistake is undone by
// reversePointEntry, a new entry pointing at the one it reverses. The hook
// refuses every other update and every delete, the system's included.
var AppendOnlyLedger = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PointEntryFunc(func(ctx context.Context, m *gen.PointEntryMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
			return nil, Refuse(ErrGoverned, "id", "points entries are never deleted: undo one with reversePointEntry")
		}
		if !m.Op().Is(ent.OpUpdateOne) || !IsGoverned(ctx) {
			return nil, Refuse(ErrGoverned, "id", "points entries are never changed: undo one with reversePointEntry")
		}
		for _, f := range append(m.Fields(), m.ClearedFields()...) {
			if !slices.Contains([]string{"status", "decided_at", "decided_by_id", "updated_at"}, f) {
				return nil, Refuse(ErrGoverned, f, "%s of a points entry is never changed", f)
			}
		}
		if st, ok := m.Field("status"); ok {
			old, err := m.OldField(ctx, "status")
			if err != nil {
				return nil, err
			}
			if fmt.Sprint(old) != "PROPOSED" || fmt.Sprint(st) == "PROPOSED" {
				return nil, Refuse(ErrState, "id", "a %s points entry cannot become %s", old, st)
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)

// KeptRedemptions is the ent hook keeping redemptions for good: never
// deleted, and changed only by cancelRedemption (cancelled_at, one at a time).
var KeptRedemptions = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PointRedemptionFunc(func(ctx context.Context, m *gen.PointRedemptionMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpDelete|ent.OpDeleteOne) || !m.Op().Is(ent.OpUpdateOne) || !IsGoverned(ctx) {
			return nil, Refuse(ErrGoverned, "id", "redemptions are never changed or deleted: cancel one the same day with cancelRedemption")
		}
		for _, f := range append(m.Fields(), m.ClearedFields()...) {
			if f != "cancelled_at" && f != "updated_at" {
				return nil, Refuse(ErrGoverned, f, "%s of a redemption is never changed", f)
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)

// NeverEdited is the ent hook keeping published points rules as they were:
// a rule changes by publishing its next version (publishPointRule), so an
// update or delete of a rule is refused on every path.
var NeverEdited = hook.On(func(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		return nil, Refuse(ErrGoverned, "id", "a published %s is never edited: publish its next version", m.Type())
	})
}, ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)

// CheckPointRuleWriter is the ent hook that keeps each points catalogue with
// its owner: catalogue-wide rules are published by the district's
// administrators, a village's own rules by accounts covering the village.
var CheckPointRuleWriter = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PointRuleFunc(func(ctx context.Context, m *gen.PointRuleMutation) (ent.Value, error) {
		if rule.System(ctx) {
			return next.Mutate(ctx, m)
		}
		v := viewer.FromContext(ctx)
		raw, ok := m.Field("village_id")
		vid, _ := raw.(int)
		if !ok {
			if v == nil || v.Role != viewer.DistrictAdmin {
				return nil, Refuse(ErrActor, "village_id", "catalogue-wide points rules are published by the district; a village publishes its own")
			}
			return next.Mutate(ctx, m)
		}
		vl, err := m.Client().Village.Query().Where(village.ID(vid)).Only(viewer.SystemContext(ctx))
		if err != nil {
			return nil, missing(err, Refuse(ErrInvalid, "village_id", "no such village"))
		}
		if v == nil || !v.Covers(vl.TownID, vl.ID, 0) {
			return nil, rule.ErrOutsideArea
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate)
