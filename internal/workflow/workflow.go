// Package workflow is the 院坝汇 method as software: the state machines of the
// four pillars (deliberation's six steps, proxy-service tickets, lectures,
// two-way evaluation and the roster) and the rules each step obeys. Workflow
// functions run inside one transaction (Run) and mark their context as
// Governed, so the ent hooks that guard workflow-owned fields let them
// through while generic update mutations are refused. Rules that no client
// may skip are ent hooks declared here and composed by ent/schema.
package workflow

import (
	"context"
	"time"

	"yuanbahui/internal/apierr"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/refusal"
	"yuanbahui/internal/viewer"
)

type governedKey struct{}

// Governed returns ctx marked as a workflow step: the hooks guarding the
// fields a workflow owns (an issue's stage, a ticket's status, an
// assignment's end) let its writes through.
func Governed(ctx context.Context) context.Context {
	return context.WithValue(ctx, governedKey{}, true)
}

// IsGoverned tells whether ctx is a workflow step's.
func IsGoverned(ctx context.Context) bool {
	g, _ := ctx.Value(governedKey{}).(bool)
	return g
}

// serialised runs touch, a write of the row of the record a step is about
// to check (its updated_at), before the step reads what it checks: a
// concurrent step on the same record then waits for this one's commit
// (PostgreSQL's row lock; SQLite has one writer) and sees its effect. The
// write only orders the steps: bookkeeping, as the system, unaudited.
func serialised(ctx context.Context, touch func(context.Context) error) error {
	return touch(audit.Bookkeeping(viewer.SystemContext(ctx)))
}

type clockKey struct{}

// WithClock returns ctx whose workflow steps read the time from now (tests
// replay the article's scenes on their own dates).
func WithClock(ctx context.Context, now func() time.Time) context.Context {
	return context.WithValue(ctx, clockKey{}, now)
}

// Now is the time of a workflow step, in UTC.
func Now(ctx context.Context) time.Time {
	if now, ok := ctx.Value(clockKey{}).(func() time.Time); ok {
		return now().UTC()
	}
	return time.Now().UTC()
}

// The kinds of refusal of internal/refusal, which apierr classifies into
// codes; see there what each means.
var (
	ErrInvalid    = refusal.ErrInvalid
	ErrState      = refusal.ErrState
	ErrConcurrent = refusal.ErrConcurrent
	ErrActor      = refusal.ErrActor
	ErrGoverned   = refusal.ErrGoverned
	ErrKeyReused  = refusal.ErrKeyReused
	ErrRule       = refusal.ErrRule
)

// Refusal is a step refused for its input (apierr.Refusal).
type Refusal = apierr.Refusal

// Refuse builds a Refusal of kind for the input field: a snake_case or
// camelCase name, dotted for nested fields ("items.quantity"), or "" for the
// input as a whole.
func Refuse(kind error, field, format string, args ...any) error {
	return apierr.Refuse(kind, field, format, args...)
}
