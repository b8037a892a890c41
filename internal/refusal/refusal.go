// Package refusal is the vocabulary of requests refused for their input:
// the kinds of refusal and the Refusal that names the input field at fault.
// The workflow steps (internal/workflow, which re-exports it) and the reads
// below them (internal/standing) refuse with it; internal/apierr classifies
// each kind into an API error code.
package refusal

import (
	"errors"
	"fmt"
	"strings"

	"yuanbahui/internal/naming"
)

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

// New builds a Refusal of kind for the input field: a snake_case or
// camelCase name, dotted for nested fields ("items.quantity"), or "" for the
// input as a whole.
func New(kind error, field, format string, args ...any) error {
	path := []string{"input"}
	if field != "" {
		for _, part := range strings.Split(field, ".") {
			path = append(path, naming.LowerCamel(part))
		}
	}
	return &Refusal{Kind: kind, Field: path, Message: fmt.Sprintf(format, args...)}
}
