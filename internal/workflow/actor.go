package workflow

import (
	"context"
	"strings"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/user"
	"yuanbahui/internal/viewer"
)

// FillStepActor is the ent hook (on IssueStep creation) keeping the name and
// role of the account that takes a step with the step itself: the account
// (the User edge actor) is visible to its owner and the district's
// administrators only, so without this a village cadre or a town official
// would see a courtyard officer's step with no one behind it. The name is
// the officer's resident's name, else the account's display name, else its
// username; it is personal data (masked for town officials and analysts by
// @personal, like every name). A step written by the system (seeding, the
// CLI) keeps what its writer set.
var FillStepActor = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.IssueStepFunc(func(ctx context.Context, m *gen.IssueStepMutation) (ent.Value, error) {
		v := viewer.FromContext(ctx)
		if v == nil || v.System || v.UserID == 0 {
			return next.Mutate(ctx, m)
		}
		// By field name: the hook is compiled before the generated setters exist.
		if _, set := m.Field("actor_name"); !set {
			name, err := actorName(ctx, m.Client(), v)
			if err != nil {
				return nil, err
			}
			if err := m.SetField("actor_name", name); err != nil {
				return nil, err
			}
		}
		if _, set := m.Field("actor_role"); !set {
			if err := m.SetField("actor_role", v.Role); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate)

// actorName is the name shown for the viewer's account on what it records:
// its resident's name for a courtyard officer, else its display name, else
// its username.
func actorName(ctx context.Context, c *gen.Client, v *viewer.Viewer) (string, error) {
	sys := viewer.SystemContext(ctx)
	u, err := c.User.Query().Where(user.ID(v.UserID)).WithResident().Only(sys)
	if err != nil {
		return "", err
	}
	if r := u.Edges.Resident; r != nil && strings.TrimSpace(r.Name) != "" {
		return r.Name, nil
	}
	if strings.TrimSpace(u.DisplayName) != "" {
		return u.DisplayName, nil
	}
	return u.Username, nil
}
