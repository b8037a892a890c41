package graph

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"yuanbahui/graph/model"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/live"
	"yuanbahui/internal/viewer"
)

// Limits of live subscriptions.
const (
	// MaxSubscriptions is the most areaChanged subscriptions one account
	// may hold at once on one server (RATE_LIMITED beyond).
	MaxSubscriptions = 8
	// SessionRecheck is how often a subscription re-checks its session: a
	// session logged out, revoked or disabled ends the stream within it (on
	// another replica, within it plus the eviction's second).
	SessionRecheck = 2 * time.Second
)

// WithLive gives the resolver the bus its subscriptions listen on; without
// it areaChanged answers an error.
func WithLive(b *live.Bus) Option { return func(r *Resolver) { r.live = b } }

type sessionCheckKey struct{}

// WithSessionCheck returns ctx carrying check, which reads the request's
// session again (the server sets it): a subscription calls it every
// SessionRecheck and ends when it fails.
func WithSessionCheck(ctx context.Context, check func(context.Context) (*viewer.Viewer, error)) context.Context {
	return context.WithValue(ctx, sessionCheckKey{}, check)
}

// liveSlots counts each account's open subscriptions.
type liveSlots struct {
	mu     sync.Mutex
	byUser map[int]int
}

// take reserves one of userID's MaxSubscriptions, reporting false when all
// are taken; release gives it back.
func (s *liveSlots) take(userID int) (release func(), ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.byUser == nil {
		s.byUser = map[int]int{}
	}
	if s.byUser[userID] >= MaxSubscriptions {
		return nil, false
	}
	s.byUser[userID]++
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.byUser[userID]--; s.byUser[userID] <= 0 {
				delete(s.byUser, userID)
			}
		})
	}, true
}

// areaChanged subscribes the viewer to the changes in area (live.Match)
// and streams them, at most one message per live.MinInterval, until the
// client leaves or the session no longer checks out.
func (r *Resolver) areaChanged(ctx context.Context, area *int) (<-chan *model.AreaChange, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apierr.Errorf(apierr.Unauthenticated, "live updates need a session or token")
	}
	if r.live == nil {
		return nil, apierr.Errorf(apierr.Unavailable, "live updates are not available on this server")
	}
	a := 0
	if area != nil {
		a = *area
		// The area must be one the viewer may read (privacy answers not found).
		if _, err := r.client.Noder(ctx, a); err != nil {
			return nil, apierr.Errorf(apierr.NotFound, "no such area")
		}
	}
	var current atomic.Pointer[viewer.Viewer]
	current.Store(v)
	match, ok := live.Match(&current, a)
	if !ok {
		return nil, apierr.Errorf(apierr.BadUserInput, "area must be a district, town, village or courtyard")
	}
	release, ok := r.liveSlots.take(v.UserID)
	if !ok {
		return nil, apierr.Errorf(apierr.RateLimited, "at most %d live subscriptions per account at once", MaxSubscriptions)
	}
	sub := r.live.Subscribe(match)
	check, _ := ctx.Value(sessionCheckKey{}).(func(context.Context) (*viewer.Viewer, error))
	out := make(chan *model.AreaChange, 1)
	go func() {
		defer close(out)
		defer release()
		defer sub.Close()
		recheck := time.NewTicker(SessionRecheck)
		defer recheck.Stop()
		var last time.Time
		for {
			select {
			case <-ctx.Done():
				return
			case <-recheck.C:
				if check == nil {
					continue
				}
				nv, err := check(context.WithoutCancel(ctx))
				if err != nil || nv == nil || nv.UserID != v.UserID {
					return
				}
				current.Store(nv)
			case <-sub.Ready():
				if wait := time.Until(last.Add(live.MinInterval)); wait > 0 {
					select {
					case <-ctx.Done():
						return
					case <-time.After(wait):
					}
				}
				b := sub.Take()
				if b.Count == 0 {
					continue
				}
				select {
				case out <- areaChange(b):
					last = time.Now()
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

// areaChange is the message of a batch.
func areaChange(b live.Batch) *model.AreaChange {
	c := &model.AreaChange{Count: b.Count, Kinds: []live.Kind{}, Ids: make([]int, 0, len(b.Events))}
	seen := map[live.Kind]bool{}
	for _, e := range b.Events {
		if !seen[e.Kind] {
			seen[e.Kind] = true
			c.Kinds = append(c.Kinds, e.Kind)
		}
		c.Ids = append(c.Ids, e.ID)
		if e.At.After(c.At) {
			c.At = e.At
		}
	}
	return c
}
