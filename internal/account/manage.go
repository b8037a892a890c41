package account

import (
	"context"
	"errors"
	"slices"
	"strings"

	"yuanbahui/ent"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/user"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/auth"
	"yuanbahui/internal/viewer"
)

// NewAccount is what an administrator (or, for a courtyard officer's
// account, a town official or village cadre) gives for a new account.
type NewAccount struct {
	Username, Password string
	Role               viewer.Role
	// AreaCode is the district, town or village the account is bound to, or,
	// for a courtyard officer, the courtyard (15 digits; see AddAccount).
	AreaCode string
	// ResidentID is the resident behind a courtyard officer's account.
	ResidentID *int
}

// AddAccount is the step (run by workflow.Run as a workflow.StepFunc) by
// which an account is added. A district administrator adds any account bound
// to an area of the district; a town official or a village cadre adds
// courtyard officers' accounts only, for courtyards of its town or village. A
// courtyard officer's account is bound to a courtyard (its 15-digit code)
// where its resident holds an active role; its scope is every courtyard where
// the resident holds one. Refused: another role, an area outside the
// caller's area or not matching the role, a short password, a username
// already taken, a courtyard officer without the resident who holds the role
// in the courtyard.
func (s *Service) AddAccount(in NewAccount) func(context.Context, *ent.Client) (*ent.User, error) {
	return func(ctx context.Context, c *ent.Client) (*ent.User, error) {
		by, err := accountManager(ctx, in.Role)
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
		if errors.Is(err, ErrBadArea) {
			return nil, apierr.Refuse(apierr.ErrInvalid, "areaCode", "no area has the code %s", in.AreaCode)
		}
		if err != nil {
			return nil, err // the database's failure, not the input's
		}
		if err := within(by, area, in.AreaCode); err != nil {
			return nil, err
		}
		if in.Role == viewer.CourtyardOfficer {
			if in.ResidentID == nil {
				return nil, apierr.Refuse(apierr.ErrInvalid, "residentId", "a courtyard officer's account needs the resident who holds the role")
			}
			holds, err := c.RoleAssignment.Query().Where(roleassignment.ResidentID(*in.ResidentID),
				roleassignment.CourtyardID(area.CourtyardIDs[0]), roleassignment.EndedAtIsNil()).Exist(sys)
			if err != nil {
				return nil, err
			}
			if !holds {
				return nil, apierr.Refuse(apierr.ErrInvalid, "residentId", "the resident holds no active role in the courtyard %s", in.AreaCode)
			}
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
			SetPasswordHash(hash).SetNillableResidentID(in.ResidentID).Save(onBehalf(ctx, by))
	}
}

// accountManager is the viewer of ctx when it may add an account of role: a
// district administrator any, a town official or a village cadre a courtyard
// officer's.
func accountManager(ctx context.Context, role viewer.Role) (*viewer.Viewer, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil || v.UserID == 0:
		return nil, apierr.Refuse(apierr.ErrNotPermitted, "", "only a district administrator manages accounts")
	case v.Role == viewer.DistrictAdmin:
		return v, nil
	case (v.Role == viewer.TownOfficial || v.Role == viewer.VillageCadre) && role == viewer.CourtyardOfficer:
		return v, nil
	case v.Role == viewer.TownOfficial || v.Role == viewer.VillageCadre:
		return nil, apierr.Refuse(apierr.ErrNotPermitted, "role", "a town or village adds courtyard officers' accounts only; %s accounts are added by the district", role)
	}
	return nil, apierr.Refuse(apierr.ErrNotPermitted, "", "only a district administrator manages accounts")
}

// within refuses an area (resolved from code) outside the manager's own: the
// district for an administrator, the town or the village for a town official
// or a village cadre.
func within(by *viewer.Viewer, area *viewer.Viewer, code string) error {
	switch {
	case area.DistrictID != by.DistrictID:
		return apierr.Refuse(apierr.ErrNotPermitted, "areaCode", "the area %s is outside your district", code)
	case by.Role == viewer.TownOfficial && !slices.Contains(by.TownIDs, area.TownIDs[0]):
		return apierr.Refuse(apierr.ErrNotPermitted, "areaCode", "the courtyard %s is outside your town", code)
	case by.Role == viewer.VillageCadre && !slices.Contains(by.VillageIDs, area.VillageIDs[0]):
		return apierr.Refuse(apierr.ErrNotPermitted, "areaCode", "the courtyard %s is outside your village", code)
	}
	return nil
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
		area, err := resolveArea(sys, c, u.Role, u.AreaCode)
		if err != nil && !errors.Is(err, ErrBadArea) {
			return nil, err // the database's failure
		}
		if err != nil || area.DistrictID != admin.DistrictID {
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
