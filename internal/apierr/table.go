package apierr

import (
	"errors"
	"strings"

	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/ent/privacy"
	"yuanbahui/internal/dberr"
	"yuanbahui/internal/naming"
)

// Class is what a client is told about an error.
type Class struct {
	// Code is the error's code.
	Code Code
	// Message is the message shown to the client: never SQL, paths or stacks.
	Message string
	// Input marks errors that refuse a mutation's input: mutation payloads
	// report them as userErrors (and roll back), not as GraphQL errors.
	Input bool
	// Field is the path to the input field at fault, for Input errors.
	Field []string
}

// entry classifies the errors it matches.
type entry struct {
	match func(error) bool
	class func(error) Class
}

// is matches errors wrapping target.
func is(target error) func(error) bool {
	return func(err error) bool { return errors.Is(err, target) }
}

// as matches errors of type *T.
func as[T error](err error) bool {
	var t T
	return errors.As(err, &t)
}

// fixed is a class with a fixed message.
func fixed(c Code, msg string) func(error) Class {
	return func(error) Class { return Class{Code: c, Message: msg} }
}

// own is a class showing the error's own message (written for clients).
func own(c Code) func(error) Class {
	return func(err error) Class { return Class{Code: c, Message: err.Error()} }
}

// told is a class telling the words of the domain error declared in err
// (New), or err's own message.
func told(c Code) func(error) Class {
	return func(err error) Class {
		var s *Sentinel
		if errors.As(err, &s) {
			return Class{Code: c, Message: s.words}
		}
		return Class{Code: c, Message: err.Error()}
	}
}

// forbidden explains a denial by the access rules in the declared error's
// words.
func forbidden(err error) Class {
	c := told(Forbidden)(err)
	c.Message = "forbidden: " + c.Message
	return c
}

// refused reports a Refusal as a userError with code c.
func refused(c Code) func(error) Class {
	return func(err error) Class {
		var r *Refusal
		if errors.As(err, &r) {
			return Class{Code: c, Message: r.Message, Input: true, Field: r.Field}
		}
		return Class{Code: c, Message: err.Error(), Input: true, Field: []string{"input"}}
	}
}

// table is the classification of every Go error the API answers with
// something other than INTERNAL; the first match wins. The domain packages'
// errors are matched by their kind (kind.go); the errors of the database
// drivers and of ent, which declare none, by their type or content.
var table = []entry{
	// The database failing for the moment (internal/dberr), wherever it
	// surfaced: UNAVAILABLE, HTTP 503 with Retry-After.
	{dberr.Unavailable, fixed(Unavailable, "the service is unavailable for the moment (its database is unreachable or busy); try again shortly")},
	// No viewer, wrong credentials, an invalid token (internal/rule,
	// internal/account).
	{is(ErrUnauthenticated), told(Unauthenticated)},
	// The access rules (internal/rule).
	{is(ErrForbidden), forbidden},
	// Outside the account's area and non-existent look the same, so that
	// writes cannot probe other areas.
	{is(ErrOutsideArea), func(error) Class {
		return Class{Code: NotFound, Message: "no such record in this account's area", Input: true, Field: []string{"input"}}
	}},
	{is(privacy.Deny), fixed(Forbidden, "forbidden")},
	// Accounts (internal/account).
	{is(ErrRateLimited), own(RateLimited)},
	{is(ErrBadRequest), own(BadUserInput)},
	// Steps refused for their input (internal/workflow, internal/account):
	// the Refusal's own message and input field, the code by its kind.
	{is(ErrInvalid), refused(BadUserInput)},
	{is(ErrConflict), refused(Conflict)},
	{is(ErrNotPermitted), refused(Forbidden)},
	// The database (internal/store): a write that waited too long for a lock
	// or a write connection, or lost a deadlock; nothing changed.
	{is(ErrBusy), told(Unavailable)},
	// ent.
	{is(ent.ErrInvalidID), fixed(BadUserInput, "invalid ID: not an ID issued by this API")},
	{emptyFilter, fixed(BadUserInput, "an empty filter object (such as hasApplicantWith: {}) filters nothing: leave it out or give it a condition")},
	{as[*ent.ValidationError], func(err error) Class {
		var verr *ent.ValidationError
		errors.As(err, &verr)
		name := naming.LowerCamel(verr.Name)
		return Class{Code: BadUserInput, Message: "invalid " + name + ": " + invalidBecause(verr), Input: true, Field: []string{"input", name}}
	}},
	{as[*ent.NotFoundError], func(error) Class {
		return Class{Code: NotFound, Message: "not found: no such record", Input: true, Field: []string{"input", "id"}}
	}},
	{as[*ent.ConstraintError], func(err error) Class {
		var cerr *ent.ConstraintError
		errors.As(err, &cerr)
		return constraint(cerr)
	}},
}

// emptyFilter matches entgql's ErrEmpty…WhereInput errors (one generated
// variable per type, all with this message prefix): a has…With or not given
// an empty object.
func emptyFilter(err error) bool { return strings.HasPrefix(err.Error(), "ent: empty predicate ") }

// Classify tells what a client is told about err; ok is false for errors the
// table does not know, which are internal.
func Classify(err error) (c Class, ok bool) {
	// gqlgen wraps a resolver's error in a *gqlerror.Error whose message
	// starts with the query position (input:1:33:); the table reads the
	// error inside.
	var gerr *gqlerror.Error
	for errors.As(err, &gerr) && gerr.Err != nil {
		err = gerr.Err
	}
	for _, e := range table {
		if e.match(err) {
			return e.class(err), true
		}
	}
	return Class{Code: Internal, Message: "internal error"}, false
}

// entValidators are the messages of ent's built-in validators (NotEmpty,
// MaxLen, Range, Match, …) and of its required-field and enum checks, in the
// words a client is shown.
var entValidators = []struct{ ent, client string }{
	{"value is less than the required length", "must not be empty"},
	{"value is less than the required rune length", "is too short"},
	{"value is greater than the required length", "is too long"},
	{"value is greater than the required rune length", "is too long"},
	{"value out of range", "is out of range"},
	{"value does not match validation", "is not in the expected format"},
	{"missing required field", "is required"},
	{"missing required edge", "is required"},
	{"invalid enum value", "is not one of the allowed values"},
}

// invalidBecause says why ent refused a field's value, without ent's type
// and column names: a bound's own message (internal/bound's errors have a Reason), ent's built-in
// validators' in plain words, or another validator's own message.
func invalidBecause(verr *ent.ValidationError) string {
	var r interface{ Reason() string }
	if errors.As(verr, &r) {
		return r.Reason()
	}
	msg := verr.Error()
	for _, v := range entValidators {
		if strings.Contains(msg, v.ent) {
			return v.client
		}
	}
	// A schema's own validator: its message, after ent's prefix naming the
	// type and column.
	if inner := errors.Unwrap(errors.Unwrap(verr)); inner != nil {
		return inner.Error()
	}
	return "is not valid"
}

// constraint explains a database constraint violation without exposing SQL.
func constraint(err *ent.ConstraintError) Class {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "FOREIGN KEY") || strings.Contains(msg, "foreign key"):
		return Class{Code: NotFound, Message: "a referenced record does not exist", Input: true, Field: []string{"input"}}
	case strings.Contains(msg, "roleassignment_one_active_per_role") ||
		strings.Contains(msg, "role_assignments.courtyard_id, role_assignments.role"):
		return Class{Code: Conflict, Message: "the courtyard already has an active assignment for this role; end it first", Input: true, Field: []string{"input", "role"}}
	}
	for _, col := range []string{"code", "username", "number", "quarter"} {
		if strings.Contains(msg, "."+col) || strings.Contains(msg, "_"+col+"\"") || strings.Contains(msg, "_"+col+"_") {
			return Class{Code: Conflict, Message: "a record with this " + col + " already exists", Input: true, Field: []string{"input", col}}
		}
	}
	return Class{Code: Conflict, Message: "the change conflicts with an existing record", Input: true, Field: []string{"input"}}
}

// extensionCodes maps the codes that gqlgen itself puts in extensions.code to
// ours.
var extensionCodes = map[string]Code{
	errcode.ValidationFailed: BadUserInput,
	errcode.ParseFailed:      BadUserInput,
	// extension.ComplexityLimit's code is spelled like ours.
	string(ComplexityLimitExceeded): ComplexityLimitExceeded,
}

// FromExtensions returns the code already in a GraphQL error's extensions —
// set where the error arose (Set, Errorf) or by gqlgen — as one of ours.
func FromExtensions(ext map[string]any) (Code, bool) {
	raw, _ := ext["code"].(string)
	if c, ok := extensionCodes[raw]; ok {
		return c, true
	}
	for _, c := range Codes {
		if string(c) == raw {
			return c, true
		}
	}
	return "", false
}
