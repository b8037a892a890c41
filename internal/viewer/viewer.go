// Package viewer says who is asking: the account behind a request, its role
// and the area that role is bound to. The server puts a Viewer in the request
// context; ent privacy rules and field masking read it from there.
package viewer

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Role is an account's role; each is bound to an area.
type Role string

// The roles of Yuanbahui accounts.
const (
	DistrictAdmin    Role = "DISTRICT_ADMIN"    // a district: reads and writes everything in it
	TownOfficial     Role = "TOWN_OFFICIAL"     // a town
	VillageCadre     Role = "VILLAGE_CADRE"     // a village
	CourtyardOfficer Role = "COURTYARD_OFFICER" // the courtyards where the account's resident holds an active role
	Analyst          Role = "ANALYST"           // a district, read-only, personal data masked
)

// roles lists every role, in the order of the GraphQL enum UserRole.
var roles = []Role{DistrictAdmin, TownOfficial, VillageCadre, CourtyardOfficer, Analyst}

// Values lists the roles; it makes Role the Go type of ent's User.role enum
// (field.Enum(...).GoType), so the roles are declared once, here.
func (Role) Values() []string {
	vs := make([]string, len(roles))
	for i, r := range roles {
		vs[i] = string(r)
	}
	return vs
}

// Roles lists the roles in the set (a method of Role, such as
// Role.RecordsWork), in the order of the GraphQL enum UserRole.
func Roles(in func(Role) bool) []Role {
	var out []Role
	for _, r := range roles {
		if in(r) {
			out = append(out, r)
		}
	}
	return out
}

// The sets of roles, each declared once, here.

// RecordsWork tells whether the role records work: every role but analysts
// (a courtyard's officers and the cadres above them).
func (r Role) RecordsWork() bool {
	return r == DistrictAdmin || r == TownOfficial || r == VillageCadre || r == CourtyardOfficer
}

// VillageOrAbove tells whether the role is a village cadre or above: a
// village cadre, a town official or a district administrator.
func (r Role) VillageOrAbove() bool {
	return r == DistrictAdmin || r == TownOfficial || r == VillageCadre
}

// ReadOnly tells whether the role may not change anything (analysts).
func (r Role) ReadOnly() bool { return r == Analyst }

// MasksPersonalData tells whether personal data is masked for the role: for
// town officials and analysts, who work with aggregates.
func (r Role) MasksPersonalData() bool { return r == TownOfficial || r == Analyst }

// ExportsPersonalData tells whether the role may export personal data
// unmasked (/export with personal=1): district administrators alone. Cadres
// and officers see it unmasked in the API to serve residents face to face,
// but files of it leave the system only at an administrator's request.
func (r Role) ExportsPersonalData() bool { return r == DistrictAdmin }

// DistrictWide tells whether the role's area is a whole district
// (administrators and analysts).
func (r Role) DistrictWide() bool { return r == DistrictAdmin || r == Analyst }

// MarshalGQL implements graphql.Marshaler (the GraphQL enum UserRole).
func (r Role) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL implements graphql.Unmarshaler (the GraphQL enum UserRole).
func (r *Role) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(roles, Role(s)) {
		return fmt.Errorf("%v is not a valid UserRole", v)
	}
	*r = Role(s)
	return nil
}

// Viewer is the identity of a request.
type Viewer struct {
	// UserID is the account's id (0 for the system).
	UserID int
	// Username is the account's login name.
	Username string
	// Role decides what the account may see and change.
	Role Role
	// TokenID is the id of the token that authenticated the request.
	TokenID int
	// DistrictID is the district of the bound area.
	DistrictID int
	// TownIDs are the towns in scope: all towns of the district for district
	// roles, the one town for town and village roles, the towns of an
	// officer's courtyards.
	TownIDs []int
	// VillageIDs narrow the scope to villages (nil: every village of TownIDs).
	VillageIDs []int
	// CourtyardIDs narrow the scope to courtyards (nil: every courtyard of
	// VillageIDs): a courtyard officer's courtyards.
	CourtyardIDs []int
	// ResidentID is the resident behind a courtyard officer's account.
	ResidentID int
	// System marks internal work (seeding, migrations, the CLI): no scoping.
	System bool
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer of ctx, or nil for an anonymous request.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// SystemContext returns ctx acting as the system (no area scoping).
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, &Viewer{Username: "system", System: true})
}

// ReadOnly tells whether the viewer may not change anything.
func (v *Viewer) ReadOnly() bool { return v == nil || v.Role.ReadOnly() }

// MasksPersonalData tells whether personal data (given names, phones, ID
// numbers, addresses) is masked for the viewer. Cadres and officers who serve
// residents face to face, and the district's administrators, see it; town
// officials and analysts, who work with aggregates, do not.
func (v *Viewer) MasksPersonalData() bool {
	if v == nil {
		return true
	}
	if v.System {
		return false
	}
	return v.Role.MasksPersonalData()
}

// DistrictWide tells whether the viewer's area is a whole district (or all).
func (v *Viewer) DistrictWide() bool {
	return v != nil && (v.System || v.Role.DistrictWide())
}

// Covers tells whether a place (its town, village and courtyard ids; 0 for
// "none", e.g. a village has no courtyard) lies in the viewer's area.
func (v *Viewer) Covers(townID, villageID, courtyardID int) bool {
	if v == nil {
		return false
	}
	if v.System {
		return true
	}
	return slices.Contains(v.TownIDs, townID) &&
		(v.VillageIDs == nil || slices.Contains(v.VillageIDs, villageID)) &&
		(v.CourtyardIDs == nil || slices.Contains(v.CourtyardIDs, courtyardID))
}

// Level is how far down the viewer's area reaches: "district", "town",
// "village" or "courtyard".
func (v *Viewer) Level() string {
	switch {
	case v.System || v.DistrictWide():
		return "district"
	case v.CourtyardIDs != nil:
		return "courtyard"
	case v.VillageIDs != nil:
		return "village"
	}
	return "town"
}
