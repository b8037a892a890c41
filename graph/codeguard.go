package graph

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Guessing rating codes. rateWithCode needs no login, so besides the
// endpoint's per-address request and cost limits, each client address may
// send only a few unknown codes: CodeGuesses, refilled one every
// CodeGuessEvery; then rateWithCode answers RATE_LIMITED until one refills.

// Limits on unknown rating codes per client address.
const (
	CodeGuesses    = 10
	CodeGuessEvery = 6 * time.Minute
)

type clientAddrKey struct{}

// WithClientAddr returns ctx carrying the request's client address (the
// server sets it), which rateWithCode's guessing limit is kept by.
func WithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, addr)
}

// clientAddr is the client address of ctx's request ("" when unknown).
func clientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey{}).(string)
	return a
}

// codeGuards counts the unknown codes each client address sent.
type codeGuards struct {
	mu    sync.Mutex
	byKey map[string]*rate.Limiter
	sweep time.Time
}

// limiter returns the bucket of a client address.
func (g *codeGuards) limiter(addr string) *rate.Limiter {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := time.Now()
	if g.byKey == nil || now.Sub(g.sweep) > time.Hour {
		// Full buckets carry no information: drop them.
		for k, l := range g.byKey {
			if l.TokensAt(now) >= CodeGuesses {
				delete(g.byKey, k)
			}
		}
		if g.byKey == nil {
			g.byKey = map[string]*rate.Limiter{}
		}
		g.sweep = now
	}
	l, ok := g.byKey[addr]
	if !ok {
		l = rate.NewLimiter(rate.Every(CodeGuessEvery), CodeGuesses)
		g.byKey[addr] = l
	}
	return l
}

// exhausted tells whether addr has no unknown codes left to send.
func (g *codeGuards) exhausted(addr string) bool {
	return g.limiter(addr).TokensAt(time.Now()) < 1
}

// failed spends one of addr's unknown codes.
func (g *codeGuards) failed(addr string) { g.limiter(addr).Allow() }
