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
	"errors"
	"fmt"
	"strings"
	"time"

	"yuanbahui/internal/audit"
	"yuanbahui/internal/naming"
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

// Kinds of refusal. Every refusal wraps one of them; internal/apierr
// classifies each into a code (one table row per kind).
var (
	// ErrInvalid: the input is inconsistent (votes that do not add up, a
	// theme count outside 2–3, an amount below zero).
	ErrInvalid = errors.New("invalid input")
	// ErrState: the record is not in a state that allows this step (a step
	// skipped or repeated, a ticket already closed).
	ErrState = errors.New("not allowed in the record's current state")
	// ErrConcurrent: someone else changed the record first (two agents
	// accepting one ticket); reload and try again.
	ErrConcurrent = errors.New("changed by someone else first")
	// ErrActor: this account or resident may not take this step (only the
	// courtyard's active agent accepts its tickets).
	ErrActor = errors.New("not allowed for this account")
	// ErrGoverned: a generic update tried to change a field that only its
	// workflow changes.
	ErrGoverned = errors.New("changed only by its workflow")
	// ErrKeyReused: an idempotency key was sent again for another operation
	// or with another input.
	ErrKeyReused = errors.New("idempotency key already used for another request")
	// ErrRule: the step breaks a rule the district or village set (quorum,
	// majority, a spending threshold that needs escalation first).
	ErrRule = errors.New("breaks a deliberation rule")
)

// Refusal is a workflow step refused for its input: which input field is at
// fault, why (one of the kinds above), and a message for the person.
type Refusal struct {
	// Kind is one of the Err… kinds.
	Kind error
	// Field is the path of the input field at fault, e.g. ["input", "votesFor"].
	Field []string
	// Message explains the refusal in words a courtyard officer understands.
	Message string
}

// Error implements error.
func (r *Refusal) Error() string { return r.Message }

// Unwrap returns the kind, so errors.Is(err, ErrState) works.
func (r *Refusal) Unwrap() error { return r.Kind }

// Refuse builds a Refusal of kind for the input field: a snake_case or
// camelCase name, dotted for nested fields ("items.quantity"), or "" for the
// input as a whole.
func Refuse(kind error, field, format string, args ...any) error {
	path := []string{"input"}
	if field != "" {
		for _, part := range strings.Split(field, ".") {
			path = append(path, naming.LowerCamel(part))
		}
	}
	return &Refusal{Kind: kind, Field: path, Message: fmt.Sprintf(format, args...)}
}
