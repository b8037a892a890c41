package account

import (
	"context"
	"errors"
	"strings"

	"yuanbahui/ent"
	"yuanbahui/ent/user"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/auth"
	"yuanbahui/internal/viewer"
)

// NewAccount is what a district administrator gives for a new account.
type NewAccount struct {
	Username, Password string
	Role               viewer.Role
	// AreaCode is the district, town or village the account is bound to (see AddUser).
	AreaCode string
	// ResidentID is the resident behind a courtyard officer's account.
	ResidentID *int
}

// AddAccount is the step (run by workflow.Run as a workflow.StepFunc) by which a district
// administrator adds an account bound to an area of the district. Refused:
// another role, an area outside the district or not matching the role, a
// short password, a username already taken, a courtyard officer without the
// resident who holds the role.
func (s *Service) AddAccount(in NewAccount) func(context.Context, *ent.Client) (*ent.User, error) {
	return func(ctx context.Context, c *ent.Client) (*ent.User, error) {
		admin, err := administrator(ctx)
		if err != nil {
			return nil, err
		}
		sys := viewer.SystemContext(ctx)
		in.Username = strings.TrimSpace(in.Username)
		if in.Username == "" {
			return nil, apierr.Refuse(apierr.ErrInvalid, "username", "a username is needed")
		}
		want, ok := areaDigits[in.Role]
		if !ok {
			return nil, apierr.Refuse(apierr.ErrInvalid, "role", "unknown role %s", in.Role)
		}
		if len(in.AreaCode) != want {
			return nil, apierr.Refuse(apierr.ErrInvalid, "areaCode", "a %s account is bound to a %d-digit area code", in.Role, want)
		}
		area, err := resolveArea(sys, c, in.Role, in.AreaCode)
		if err != nil {
			return nil, apierr.Refuse(apierr.ErrInvalid, "areaCode", "no area has the code %s", in.AreaCode)
		}
		if area.DistrictID != admin.DistrictID {
			return nil, apierr.Refuse(apierr.ErrNotPermitted, "areaCode", "the area %s is outside your district", in.AreaCode)
		}
		if in.Role == viewer.CourtyardOfficer && in.ResidentID == nil {
			return nil, apierr.Refuse(apierr.ErrInvalid, "residentId", "a courtyard officer's account needs the resident who holds the role")
		}
		hash, err := auth.HashPassword(in.Password)
		if errors.Is(err, auth.ErrWeakPassword) {
			return nil, apierr.Refuse(apierr.ErrInvalid, "password", "the password needs at least %d characters", auth.MinPasswordLength)
		} else if err != nil {
			return nil, err
		}
		if taken, err := c.User.Query().Where(user.Username(in.Username)).Exist(sys); err != nil {
			return nil, err
		} else if taken {
			return nil, apierr.Refuse(apierr.ErrInvalid, "username", "the username %s is taken", in.Username)
		}
		return c.User.Create().SetUsername(in.Username).SetRole(in.Role).SetAreaCode(in.AreaCode).
			SetPasswordHash(hash).SetNillableResidentID(in.ResidentID).Save(onBehalf(ctx, admin))
	}
}

// SetAccountDisabled is the step by which a district administrator disables
// (or enables again) an account of the district. A disabled account can no
// longer log in, and its sessions and tokens stop working at once in this
// process (within ViewerCacheTTL in others). Administrators cannot disable
// their own account.
func (s *Service) SetAccountDisabled(userID int, disabled bool) func(context.Context, *ent.Client) (*ent.User, error) {
	return func(ctx context.Context, c *ent.Client) (*ent.User, error) {
		admin, err := administrator(ctx)
		if err != nil {
			return nil, err
		}
		if disabled && userID == admin.UserID {
			return nil, apierr.Refuse(apierr.ErrInvalid, "userId", "you cannot disable your own account")
		}
		sys := viewer.SystemContext(ctx)
		u, err := c.User.Get(sys, userID)
		if err != nil {
			return nil, err // NOT_FOUND
		}
		if area, err := resolveArea(sys, c, u.Role, u.AreaCode); err != nil || area.DistrictID != admin.DistrictID {
			return nil, &ent.NotFoundError{} // another district's accounts look absent
		}
		return s.saveDisabled(onBehalf(ctx, admin), c, u, disabled)
	}
}

// administrator is the viewer of ctx when it is a district administrator.
func administrator(ctx context.Context) (*viewer.Viewer, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.Role != viewer.DistrictAdmin || v.UserID == 0 {
		return nil, apierr.Refuse(apierr.ErrNotPermitted, "", "only a district administrator manages accounts")
	}
	return v, nil
}
