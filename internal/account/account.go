// Package account is the life of Yuanbahui accounts: creating them, logging
// in (failed logins slow down per username and client address, throttle.go;
// nothing locks an owner out), sessions and personal API tokens, and turning
// a presented token into the request's viewer.
package account

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/authtoken"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/district"
	"yuanbahui/ent/loginattempt"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/town"
	"yuanbahui/ent/user"
	"yuanbahui/ent/village"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/auth"
	"yuanbahui/internal/jobs"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
)

// Errors of logins and tokens, declared with the kinds of internal/apierr.
var (
	// ErrBadCredentials: unknown user, wrong password or disabled account (not told apart).
	ErrBadCredentials = apierr.New(apierr.ErrUnauthenticated, "wrong username or password")
	// ErrInvalidToken: unknown, expired or revoked token.
	ErrInvalidToken = apierr.New(apierr.ErrUnauthenticated, "invalid or expired token")
	// ErrBadArea: the area code does not fit the role or does not exist.
	ErrBadArea = apierr.New(apierr.ErrBadRequest, "area code does not match the role or does not exist")
)

// Options tune a Service; a zero field takes its default.
type Options struct {
	// SessionTTL is how long a login session lasts (default 12 h).
	SessionTTL time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Jobs runs the hourly sweep of old login attempts, on one replica at a
	// time (jobs.Exclusive; default jobs.Always).
	Jobs jobs.Runner
}

// withDefaults returns o with its zero fields set to the defaults.
func (o Options) withDefaults() Options {
	if o.SessionTTL == 0 {
		o.SessionTTL = 12 * time.Hour
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Jobs == nil {
		o.Jobs = jobs.Always
	}
	return o
}

// Service manages accounts over an ent client. Its settings are fixed when
// New builds it, so one Service serves concurrent requests.
type Service struct {
	// Client is the ent client the accounts live in.
	Client *ent.Client
	opts   Options

	// viewers caches Authenticate's answers (cache.go).
	viewers viewerCache
	// swept is when old login attempts were last deleted (throttle.go).
	swept sweeper
}

// New returns an account service over client, with opts' zero fields set to
// their defaults.
func New(client *ent.Client, opts Options) *Service {
	return &Service{Client: client, opts: opts.withDefaults()}
}

func (s *Service) now() time.Time { return s.opts.Now().UTC() }

// areaDigits is the length of the area code each role is bound to: a
// district (6 digits), a town (9), a village (12) or, for a courtyard
// officer, a courtyard (15), whose code the accounts form fills in; AddUser
// (the CLI, the seed) also takes the district's code for an officer. An
// officer's scope is every courtyard where its resident holds an active role.
var areaDigits = map[viewer.Role]int{viewer.DistrictAdmin: 6, viewer.Analyst: 6, viewer.TownOfficial: 9, viewer.VillageCadre: 12, viewer.CourtyardOfficer: courtyardDigits}

// courtyardDigits is the length of a courtyard's code.
const courtyardDigits = 15

// districtDigits is the length of a district's code.
const districtDigits = 6

// AddUser creates an account. The area code must be a district (6 digits) for
// DISTRICT_ADMIN and ANALYST, a town (9) for TOWN_OFFICIAL, a village (12) for
// VILLAGE_CADRE and the district for COURTYARD_OFFICER (whose courtyards come
// from residentID's active roles); it must exist.
func (s *Service) AddUser(ctx context.Context, username string, role viewer.Role, areaCode, password string, residentID *int, demo bool) (*ent.User, error) {
	ctx = viewer.SystemContext(ctx)
	if want := areaDigits[role]; len(areaCode) != want && (role != viewer.CourtyardOfficer || len(areaCode) != districtDigits) {
		return nil, fmt.Errorf("%w: %s needs a %d-digit code", ErrBadArea, role, areaDigits[role])
	}
	if _, err := resolveArea(ctx, s.Client, role, areaCode); err != nil {
		return nil, err
	}
	if role == viewer.CourtyardOfficer && residentID == nil {
		return nil, fmt.Errorf("a courtyard officer's account needs the resident who holds the role")
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return nil, err
	}
	return s.Client.User.Create().SetUsername(username).SetRole(role).SetAreaCode(areaCode).
		SetPasswordHash(hash).SetDemoPassword(demo).SetNillableResidentID(residentID).Save(ctx)
}

// Login checks a password tried from a client address ("" when unknown)
// and opens a session; it returns the bearer token. Unknown usernames,
// disabled accounts and wrong passwords fail alike with ErrBadCredentials;
// while failed logins of the username (from this address) make it wait, it
// fails with a *ThrottledError (ErrThrottled) without checking the password
// (throttle.go).
func (s *Service) Login(ctx context.Context, username, password, address string) (string, *ent.AuthToken, error) {
	sys := audit.Bookkeeping(viewer.SystemContext(ctx))
	u, err := s.Client.User.Query().Where(user.Username(username)).Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return "", nil, err
	}
	var userID *int
	if u != nil {
		userID = &u.ID
	}
	now := s.now()
	if err := s.sweep(sys, now); err != nil {
		return "", nil, err
	}
	attempt, err := s.beginAttempt(sys, clip(username), clip(address), userID, now)
	if err != nil {
		if errors.Is(err, ErrThrottled) {
			telemetry.LoginFailures.WithLabelValues("throttled").Inc()
		}
		return "", nil, err
	}
	ok := false
	if u != nil && !u.Disabled {
		ok, err = auth.VerifyPassword(ctx, u.PasswordHash, password)
	} else {
		err = auth.DummyVerify(ctx, password)
	}
	if err != nil {
		return "", nil, errors.Join(err, s.endAttempt(sys, attempt, loginattempt.OutcomeFAILED, false))
	}
	if !ok {
		if err := s.endAttempt(sys, attempt, loginattempt.OutcomeFAILED, true); err != nil {
			return "", nil, err
		}
		telemetry.LoginFailures.WithLabelValues("bad_credentials").Inc()
		return "", nil, ErrBadCredentials
	}
	if err := s.endAttempt(sys, attempt, loginattempt.OutcomeSUCCEEDED, true); err != nil {
		return "", nil, err
	}
	if err := s.Client.User.UpdateOne(u).SetLastLoginAt(now).Exec(sys); err != nil {
		return "", nil, err
	}
	return s.issue(sys, u.ID, authtoken.KindSESSION, "", now.Add(s.opts.SessionTTL))
}

func (s *Service) issue(ctx context.Context, userID int, kind authtoken.Kind, name string, expires time.Time) (string, *ent.AuthToken, error) {
	token, digest := auth.NewToken()
	t, err := s.Client.AuthToken.Create().SetUserID(userID).SetKind(kind).SetName(name).
		SetDigest(digest).SetExpiresAt(expires).Save(ctx)
	return token, t, err
}

// CreateToken issues a personal API token for the viewer, valid for ttl.
func (s *Service) CreateToken(ctx context.Context, v *viewer.Viewer, name string, ttl time.Duration) (string, *ent.AuthToken, error) {
	if v == nil || v.UserID == 0 {
		return "", nil, ErrInvalidToken
	}
	return s.issue(onBehalf(ctx, v), v.UserID, authtoken.KindPERSONAL, name, s.now().Add(ttl))
}

// onBehalf acts as the system for an account: unscoped, but audited as the account.
func onBehalf(ctx context.Context, v *viewer.Viewer) context.Context {
	return viewer.NewContext(ctx, &viewer.Viewer{System: true, UserID: v.UserID, Username: v.Username})
}

// Revoke revokes one of the viewer's own tokens.
func (s *Service) Revoke(ctx context.Context, v *viewer.Viewer, tokenID int) error {
	if v == nil {
		return ErrInvalidToken
	}
	ctx = onBehalf(ctx, v)
	t, err := s.Client.AuthToken.Query().
		Where(authtoken.ID(tokenID), authtoken.UserID(v.UserID), authtoken.RevokedAtIsNil()).Only(ctx)
	if err != nil {
		return err
	}
	if err := s.Client.AuthToken.UpdateOne(t).SetRevokedAt(s.now()).Exec(ctx); err != nil {
		return err
	}
	s.forgetToken(tokenID)
	return nil
}

// Authenticate turns a bearer token into a viewer. What it reads (the token,
// the account, the area) is cached for ViewerCacheTTL, so most requests read
// nothing; the token's last_used_at is written at most once a minute.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if !auth.LooksLikeToken(token) {
		return nil, ErrInvalidToken
	}
	digest, now := auth.TokenDigest(token), s.now()
	if v, due := s.viewers.get(digest, now); v != nil {
		telemetry.ViewerCache.WithLabelValues("hit").Inc()
		if due {
			s.markUsed(ctx, v.TokenID, now)
		}
		return v, nil
	}
	telemetry.ViewerCache.WithLabelValues("miss").Inc()
	began := s.viewers.begin()
	sys := audit.Bookkeeping(viewer.SystemContext(ctx))
	t, err := s.Client.AuthToken.Query().Where(authtoken.Digest(digest)).WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrInvalidToken
	}
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil || !now.Before(t.ExpiresAt) || t.Edges.User.Disabled {
		return nil, ErrInvalidToken
	}
	var lastUsed time.Time
	if t.LastUsedAt != nil {
		lastUsed = *t.LastUsedAt
	}
	if now.Sub(lastUsed) > time.Minute {
		s.markUsed(ctx, t.ID, now)
		lastUsed = now
	}
	v, err := resolveArea(sys, s.Client, t.Edges.User.Role, t.Edges.User.AreaCode)
	if err != nil {
		return nil, err
	}
	u := t.Edges.User
	v.UserID, v.Username, v.Role, v.TokenID = u.ID, u.Username, u.Role, t.ID
	if u.Role == viewer.CourtyardOfficer {
		if err := s.officerScope(sys, v, u.ResidentID); err != nil {
			return nil, err
		}
	}
	s.viewers.put(began, digest, v, t.ExpiresAt, lastUsed, now)
	return v, nil
}

// badArea is the error of looking up an area code: ErrBadArea when no
// place has the code; any other error (the database unreachable, a
// connection the database ended) as it is, so that it answers UNAVAILABLE
// and a client tries again, rather than BAD_USER_INPUT for a valid account.
func badArea(code string, err error) error {
	if ent.IsNotFound(err) || ent.IsNotSingular(err) {
		return fmt.Errorf("%w: %s", ErrBadArea, code)
	}
	return err
}

// resolveArea finds the ids behind an area code, reading through c.
func resolveArea(ctx context.Context, c *ent.Client, role viewer.Role, code string) (*viewer.Viewer, error) {
	v := &viewer.Viewer{}
	switch len(code) {
	case 6:
		d, err := c.District.Query().Where(district.Code(code)).Only(ctx)
		if err != nil {
			return nil, badArea(code, err)
		}
		v.DistrictID = d.ID
		if v.TownIDs, err = d.QueryTowns().IDs(ctx); err != nil {
			return nil, err
		}
	case 9:
		t, err := c.Town.Query().Where(town.Code(code)).Only(ctx)
		if err != nil {
			return nil, badArea(code, err)
		}
		v.DistrictID, v.TownIDs = t.DistrictID, []int{t.ID}
	case 12:
		vl, err := c.Village.Query().Where(village.Code(code)).WithTown().Only(ctx)
		if err != nil {
			return nil, badArea(code, err)
		}
		v.DistrictID, v.TownIDs, v.VillageIDs = vl.Edges.Town.DistrictID, []int{vl.TownID}, []int{vl.ID}
	case courtyardDigits:
		cy, err := c.Courtyard.Query().Where(courtyard.Code(code)).WithTown().Only(ctx)
		if err != nil {
			return nil, badArea(code, err)
		}
		v.DistrictID, v.TownIDs, v.VillageIDs, v.CourtyardIDs = cy.Edges.Town.DistrictID, []int{cy.TownID}, []int{cy.VillageID}, []int{cy.ID}
	default:
		return nil, fmt.Errorf("%w: %s", ErrBadArea, code)
	}
	return v, nil
}

// officerScope narrows a courtyard officer to the courtyards where the
// account's resident holds an active role.
func (s *Service) officerScope(ctx context.Context, v *viewer.Viewer, residentID *int) error {
	v.TownIDs, v.VillageIDs, v.CourtyardIDs = []int{}, []int{}, []int{}
	if residentID == nil {
		return nil
	}
	v.ResidentID = *residentID
	ras, err := s.Client.RoleAssignment.Query().
		Where(roleassignment.ResidentID(*residentID), roleassignment.EndedAtIsNil()).All(ctx)
	if err != nil {
		return err
	}
	for _, ra := range ras {
		v.CourtyardIDs = appendNew(v.CourtyardIDs, ra.CourtyardID)
		v.VillageIDs = appendNew(v.VillageIDs, ra.VillageID)
		v.TownIDs = appendNew(v.TownIDs, ra.TownID)
	}
	return nil
}

func appendNew(s []int, x int) []int {
	if slices.Contains(s, x) {
		return s
	}
	return append(s, x)
}
