package account

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/ent/user"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/viewer"
)

// ViewerCacheTTL is how long Authenticate trusts what it found behind a token
// (the token, its account and the account's area) without reading them again.
// Revoking a token, logging out, disabling or changing an account, and
// changing the places or roles that areas are made of take effect at once in
// the process that does it (Revoke, Disable, Hook); done by another process
// (another replica, or the `yuanbahui user` command against a running
// server's database) they take effect there within a second on PostgreSQL
// (BroadcastHook, Listen), and within ViewerCacheTTL should a notification
// be lost.
const ViewerCacheTTL = 30 * time.Second

// maxCachedViewers bounds the cache; past it, expired entries are dropped,
// and if none are, all.
const maxCachedViewers = 10000

// viewerCache maps token digests to the viewers behind them. Its zero value
// is ready to use.
type viewerCache struct {
	mu      sync.Mutex
	entries map[string]*cachedViewer
	// generation counts evictions: a lookup that started before one must not
	// put back what it read (it may be the revoked token).
	generation uint64
}

type cachedViewer struct {
	viewer       viewer.Viewer
	areas        uint64 // areasVersion when the lookup began
	tokenExpires time.Time
	cachedAt     time.Time
	// lastUsed is the token's last_used_at as last written (zero: never).
	lastUsed time.Time
}

// get returns the viewer cached for digest, if fresh and the token unexpired.
// due tells whether the token's last_used_at should be written now (more than
// a minute old); it is then marked written.
func (c *viewerCache) get(digest string, now time.Time) (v *viewer.Viewer, due bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[digest]
	if !ok {
		return nil, false
	}
	if now.Sub(e.cachedAt) >= ViewerCacheTTL || !now.Before(e.tokenExpires) || e.areas != areasVersion.Load() {
		delete(c.entries, digest)
		return nil, false
	}
	if now.Sub(e.lastUsed) > time.Minute {
		e.lastUsed, due = now, true
	}
	cp := e.viewer
	return &cp, due
}

// lookup is where a lookup began: what was evicted and changed by then.
type lookup struct{ generation, areas uint64 }

// begin returns where a lookup begins, for put.
func (c *viewerCache) begin() lookup {
	c.mu.Lock()
	defer c.mu.Unlock()
	return lookup{c.generation, areasVersion.Load()}
}

// put caches v for digest, unless something was evicted or changed since l.
func (c *viewerCache) put(l lookup, digest string, v *viewer.Viewer, tokenExpires, lastUsed, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.generation != l.generation || areasVersion.Load() != l.areas {
		return
	}
	if c.entries == nil {
		c.entries = map[string]*cachedViewer{}
	}
	if len(c.entries) >= maxCachedViewers {
		for k, e := range c.entries {
			if now.Sub(e.cachedAt) >= ViewerCacheTTL {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= maxCachedViewers {
			clear(c.entries)
		}
	}
	c.entries[digest] = &cachedViewer{viewer: *v, areas: l.areas, tokenExpires: tokenExpires, cachedAt: now, lastUsed: lastUsed}
}

// evict drops the entries whose viewer matches.
func (c *viewerCache) evict(match func(*viewer.Viewer) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.generation++
	for k, e := range c.entries {
		if match(&e.viewer) {
			delete(c.entries, k)
		}
	}
}

// forgetToken makes the next use of a token read it again.
func (s *Service) forgetToken(tokenID int) {
	s.viewers.evict(func(v *viewer.Viewer) bool { return v.TokenID == tokenID })
}

// Disable disables an account: it can no longer log in, and its sessions and
// tokens stop working at once in this process (within ViewerCacheTTL in others).
func (s *Service) Disable(ctx context.Context, username string) error {
	ctx = viewer.SystemContext(ctx)
	u, err := s.Client.User.Query().Where(user.Username(username)).Only(ctx)
	if err != nil {
		return fmt.Errorf("no user %q: %w", username, err)
	}
	_, err = s.saveDisabled(ctx, s.Client, u, true)
	return err
}

// saveDisabled disables (or enables) u through c and forgets the viewers of
// its sessions and tokens, so that disabling takes effect at once here.
func (s *Service) saveDisabled(ctx context.Context, c *gen.Client, u *gen.User, disabled bool) (*gen.User, error) {
	u, err := c.User.UpdateOne(u).SetDisabled(disabled).Save(ctx)
	if err != nil {
		return nil, err
	}
	s.viewers.evict(func(v *viewer.Viewer) bool { return v.UserID == u.ID })
	return u, nil
}

// markUsed records that a token was used now (last_used_at), as bookkeeping
// outside the audit trail; a failure to record it does not fail the request.
func (s *Service) markUsed(ctx context.Context, tokenID int, now time.Time) {
	_ = s.Client.AuthToken.UpdateOneID(tokenID).SetLastUsedAt(now).Exec(audit.Bookkeeping(viewer.SystemContext(ctx)))
}

// areasVersion counts the changes, in this process, to what accounts and
// their areas are made of; a cached viewer from before one is not used.
var areasVersion atomic.Uint64

// areaTypes are the entity types whose changes may change a viewer: the
// places an area code stands for and the roles behind a courtyard officer's.
var areaTypes = []string{"District", "Town", "Village", "RoleAssignment"}

// accountFields are the account fields a viewer is made of.
var accountFields = []string{user.FieldDisabled, user.FieldRole, user.FieldAreaCode, user.FieldResidentID}

// Hook is the ent hook (installed on every client by internal/store) that
// retires the cached viewers when a change may alter one: a place, a role
// assignment, or an account's status, role or area. Inside a transaction it
// does so again when the transaction commits, so that no lookup caches what
// it read before the commit.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !altersViewers(m) {
				return next.Mutate(ctx, m)
			}
			areasVersion.Add(1)
			if txm, ok := m.(interface{ Tx() (*gen.Tx, error) }); ok {
				if tx, err := txm.Tx(); err == nil {
					tx.OnCommit(func(c gen.Committer) gen.Committer {
						return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
							err := c.Commit(ctx, tx)
							areasVersion.Add(1)
							return err
						})
					})
				}
			}
			v, err := next.Mutate(ctx, m)
			areasVersion.Add(1)
			return v, err
		})
	}
}

func altersViewers(m ent.Mutation) bool {
	if slices.Contains(areaTypes, m.Type()) {
		return true
	}
	if m.Type() != "User" {
		return false
	}
	if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
		return true
	}
	return slices.ContainsFunc(accountFields, func(f string) bool {
		_, set := m.Field(f)
		return set || m.FieldCleared(f)
	})
}
