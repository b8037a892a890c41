package account

import (
	"context"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"

	"entgo.io/ent"

	gen "yuanbahui/ent"
	"yuanbahui/internal/live"
	"yuanbahui/internal/viewer"
)

// EvictChannel is the PostgreSQL channel on which replicas tell each other
// which cached viewers to drop (BroadcastHook sends, Listen receives).
const EvictChannel = "yuanbahui_evict"

// The payloads on EvictChannel: "token:ID" drops the viewers of one token;
// everything else ("areas") drops every cached viewer.
const (
	evictToken = "token:"
	evictAreas = "areas"
)

// BroadcastHook is the ent hook (installed by internal/store on PostgreSQL)
// that tells the other replicas, through notify (a pg_notify on
// EvictChannel), what a committed change retires from their caches: a token
// revoked or deleted ("token:ID"), or a change Hook counts as altering
// viewers ("areas"). notify is called after the change commits, so a replica
// that drops its entry and reads again reads the change.
func BroadcastHook(notify func(ctx context.Context, key string)) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			keys := evictionKeys(ctx, m)
			if keys == nil {
				return next.Mutate(ctx, m)
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if txm, ok := m.(interface{ Tx() (*gen.Tx, error) }); ok {
				if tx, err := txm.Tx(); err == nil {
					afterCommit(tx, keys, notify)
					return v, nil
				}
			}
			for _, k := range keys {
				notify(ctx, k)
			}
			return v, nil
		})
	}
}

// pendingKeys holds, per open transaction (gen.Tx.Key: each mutation's Tx()
// is a wrapper of its own around the one transaction), the payloads its
// mutations will broadcast once it commits: a transaction sends each payload
// once, however many rows it changed (a seed's batch of thousands of places
// sends one "areas").
var pendingKeys sync.Map // gen.Tx.Key() → *txKeys

// txKeys are the payloads of one transaction, in the order first seen.
type txKeys struct {
	mu   sync.Mutex
	seen map[string]bool
	keys []string
}

// afterCommit adds keys to tx's payloads, registering on its first call the
// commit hook that sends them (and the rollback hook that drops them).
func afterCommit(tx *gen.Tx, keys []string, notify func(ctx context.Context, key string)) {
	key := tx.Key()
	p, loaded := pendingKeys.LoadOrStore(key, &txKeys{seen: map[string]bool{}})
	tk := p.(*txKeys)
	tk.mu.Lock()
	for _, k := range keys {
		if !tk.seen[k] {
			tk.seen[k] = true
			tk.keys = append(tk.keys, k)
		}
	}
	tk.mu.Unlock()
	if loaded {
		return
	}
	tx.OnCommit(func(c gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			pendingKeys.Delete(key)
			err := c.Commit(ctx, tx)
			if err == nil {
				tk.mu.Lock()
				keys := slices.Clone(tk.keys)
				tk.mu.Unlock()
				for _, k := range keys {
					notify(ctx, k)
				}
			}
			return err
		})
	})
	tx.OnRollback(func(r gen.Rollbacker) gen.Rollbacker {
		return gen.RollbackFunc(func(ctx context.Context, tx *gen.Tx) error {
			pendingKeys.Delete(key)
			return r.Rollback(ctx, tx)
		})
	})
}

// evictionKeys are the payloads a mutation broadcasts, nil when none.
func evictionKeys(ctx context.Context, m ent.Mutation) []string {
	if altersViewers(m) {
		return []string{evictAreas}
	}
	tm, ok := m.(*gen.AuthTokenMutation)
	if !ok {
		return nil
	}
	_, revoked := tm.RevokedAt()
	if !revoked && !m.Op().Is(ent.OpDelete|ent.OpDeleteOne) && !tm.RevokedAtCleared() {
		return nil
	}
	ids, err := tm.IDs(ctx)
	if err != nil || len(ids) > 100 {
		return []string{evictAreas}
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = evictToken + strconv.Itoa(id)
	}
	return keys
}

// evictKey applies one payload of EvictChannel to this process's cache.
func (s *Service) evictKey(key string) {
	if id, ok := strings.CutPrefix(key, evictToken); ok {
		if n, err := strconv.Atoi(id); err == nil {
			s.forgetToken(n)
			return
		}
	}
	s.forgetAll()
}

// forgetAll drops every cached viewer (and keeps lookups under way from
// caching what they read).
func (s *Service) forgetAll() {
	s.viewers.evict(func(*viewer.Viewer) bool { return true })
}

// Evictions is the handler of EvictChannel (for live.Listen, the process's
// one listener): each payload drops what it names from this process's
// cache; after a reconnection, when notifications may have been missed,
// every cached viewer is dropped.
func (s *Service) Evictions() live.Handler {
	return live.Handler{Channel: EvictChannel, Deliver: s.evictKey, Lost: s.forgetAll}
}

// Listen applies, until ctx ends, the evictions other replicas broadcast on
// EvictChannel of the PostgreSQL database at dsn, on a connection of its own
// (live.Listen with Evictions alone; `serve` listens once for evictions and
// live events together). ready, if not nil, is closed once it listens.
func (s *Service) Listen(ctx context.Context, dsn string, log *slog.Logger, ready chan<- struct{}) error {
	return live.Listen(ctx, dsn, log, ready, s.Evictions())
}
