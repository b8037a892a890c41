// Package refusal declares the kinds of refusal a workflow step or a read
// below it (internal/standing) gives with apierr.Refuse, each declared with
// a kind of internal/apierr, which tells the API's code. internal/workflow
// re-exports them under the same names.
package refusal

import "yuanbahui/internal/apierr"

// Kinds of refusal. Every refusal wraps one of them.
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
