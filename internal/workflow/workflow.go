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

// Kinds of refusal. Every refusal wraps one of them; each is declared with a
// kind of internal/apierr, which tells the API's code.
var (
	// ErrInvalid: the input is inconsistent (votes that do not add up, a
	// theme count outside 2–3, an amount below zero).
	ErrInvalid = apierr.New(apierr.ErrInvalid, "invalid input")
	// ErrState: the record is not in a state that allows this step (a step
	// skipped or repeated, a ticket already closed).
	ErrState = apierr.New(apierr.ErrConflict, "not allowed in the record's current state")
	// ErrConcurrent: someone else changed the record first (two agents
	// accepting one ticket); reload and try again.
	ErrConcurrent = apierr.New(apierr.ErrConflict, "changed by someone else first")
	// ErrActor: this account or resident may not take this step (only the
	// courtyard's active agent accepts its tickets).
	ErrActor = apierr.New(apierr.ErrNotPermitted, "not allowed for this account")
	// ErrGoverned: a generic update tried to change a field that only its
	// workflow changes.
	ErrGoverned = apierr.New(apierr.ErrInvalid, "changed only by its workflow")
	// ErrKeyReused: an idempotency key was sent again for another operation
	// or with another input.
	ErrKeyReused = apierr.New(apierr.ErrConflict, "idempotency key already used for another request")
	// ErrRule: the step breaks a rule the district or village set (quorum,
	// majority, a spending threshold that needs escalation first).
	ErrRule = apierr.New(apierr.ErrInvalid, "breaks a deliberation rule")
)

// Refusal is a workflow step refused for its input (apierr.Refusal).
type Refusal = apierr.Refusal

// Refuse builds a Refusal of kind (one of the Err… kinds above) for the
// input field, as apierr.Refuse does.
func Refuse(kind error, field, format string, args ...any) error {
	return apierr.Refuse(kind, field, format, args...)
}
