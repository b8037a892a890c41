package apierr

import (
	"errors"
	"strings"

	"yuanbahui/internal/msg"
	"yuanbahui/internal/naming"
)

// Kinds of error, one per way the API answers: the domain packages (the
// access rules, accounts, the workflow, the store) declare their errors with
// them (New, Refuse), and the table (table.go) gives each kind its code and
// the message a client is shown. A kind's own text is never shown.
var (
	// ErrUnauthenticated: no session, wrong credentials or an invalid
	// token; UNAUTHENTICATED, told in the declared error's words.
	ErrUnauthenticated = errors.New("unauthenticated")
	// ErrForbidden: the viewer may not do this; FORBIDDEN, told as
	// "forbidden: " and the declared error's words.
	ErrForbidden = errors.New("forbidden")
	// ErrOutsideArea: a record outside the viewer's area; NOT_FOUND, told
	// like a missing record so that writes cannot probe other areas.
	ErrOutsideArea = errors.New("outside the area")
	// ErrRateLimited: too many tries; RATE_LIMITED, told in the error's own
	// message.
	ErrRateLimited = errors.New("rate limited")
	// ErrBadRequest: a request malformed or naming nothing that exists;
	// BAD_USER_INPUT (not a userError), told in the error's own message.
	ErrBadRequest = errors.New("bad request")
	// ErrInvalid: a step refused for an inconsistent input; a BAD_USER_INPUT
	// userError (see Refusal).
	ErrInvalid = errors.New("invalid input")
	// ErrConflict: a step refused for the record's state or a concurrent
	// change; a CONFLICT userError (see Refusal).
	ErrConflict = errors.New("conflict")
	// ErrNotPermitted: a step refused for who takes it; a FORBIDDEN
	// userError (see Refusal).
	ErrNotPermitted = errors.New("not permitted")
	// ErrBusy: the records were busy and nothing changed; UNAVAILABLE, told
	// in the declared error's words.
	ErrBusy = errors.New("busy")
)

// Sentinel is an error a domain package declares with a kind (New).
type Sentinel struct {
	kind  error
	words string
	cause error
}

// New declares a domain error of kind whose message is words (a message key
// of internal/msg: the catalogue holds its Chinese). A cause (such
// as ent's privacy.Deny for the access rules) is wrapped as well, its text
// after the words: errors.Is holds for the kind and the cause.
func New(kind error, words string, cause ...error) *Sentinel {
	s := &Sentinel{kind: kind, words: words}
	if len(cause) > 0 {
		s.cause = cause[0]
	}
	return s
}

// Error implements error.
func (s *Sentinel) Error() string {
	if s.cause != nil {
		return s.words + ": " + s.cause.Error()
	}
	return s.words
}

// Unwrap returns the cause, if any, and the kind.
func (s *Sentinel) Unwrap() []error {
	if s.cause != nil {
		return []error{s.cause, s.kind}
	}
	return []error{s.kind}
}

// Refusal is a step refused for its input: which input field is at fault,
// why (a kind, or a domain error declared with one), and a message for the
// person.
type Refusal struct {
	// Kind is a kind (ErrInvalid, ErrConflict, ErrNotPermitted) or an error
	// declared with one (such as workflow.ErrState).
	Kind error
	// Field is the path of the input field at fault, e.g. ["input", "votesFor"].
	Field []string
	// Message explains the refusal in words a courtyard officer understands,
	// in English (Text renders it in another language).
	Message string
	// Text is the message as its key (the English format) and arguments,
	// which the API renders in the request's language (internal/msg).
	Text msg.Text
}

// Error implements error.
func (r *Refusal) Error() string { return r.Message }

// Unwrap returns the kind, so errors.Is(err, workflow.ErrState) works.
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
	text := msg.T(format, args...)
	return &Refusal{Kind: kind, Field: path, Message: text.In(msg.En), Text: text}
}
