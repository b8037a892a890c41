package account

import (
	"context"
	"fmt"
	"sync"
	"time"

	"yuanbahui/ent/user"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/viewer"
)

// ViewerCacheTTL is how long Authenticate trusts what it found behind a token
// (the token, its account and the account's area) without reading them again.
// Revoking a token, logging out and disabling an account through this
// process's Service take effect at once; done by another process (another
// replica, or the `yuanbahui user disable` command) they take effect here
// within ViewerCacheTTL, as do changes of a courtyard officer's roles.
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
	if now.Sub(e.cachedAt) >= ViewerCacheTTL || !now.Before(e.tokenExpires) {
		delete(c.entries, digest)
		return nil, false
	}
	if now.Sub(e.lastUsed) > time.Minute {
		e.lastUsed, due = now, true
	}
	cp := e.viewer
	return &cp, due
}

// begin returns the generation a lookup starts in, for put.
func (c *viewerCache) begin() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.generation
}

// put caches v for digest, unless something was evicted since generation.
func (c *viewerCache) put(generation uint64, digest string, v *viewer.Viewer, tokenExpires, lastUsed, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.generation != generation {
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
	c.entries[digest] = &cachedViewer{viewer: *v, tokenExpires: tokenExpires, cachedAt: now, lastUsed: lastUsed}
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
	if err := s.Client.User.UpdateOne(u).SetDisabled(true).Exec(ctx); err != nil {
		return err
	}
	s.viewers.evict(func(v *viewer.Viewer) bool { return v.UserID == u.ID })
	return nil
}

// markUsed records that a token was used now (last_used_at), as bookkeeping
// outside the audit trail; a failure to record it does not fail the request.
func (s *Service) markUsed(ctx context.Context, tokenID int, now time.Time) {
	_ = s.Client.AuthToken.UpdateOneID(tokenID).SetLastUsedAt(now).Exec(audit.Bookkeeping(viewer.SystemContext(ctx)))
}
