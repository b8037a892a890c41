package apierr

import (
	"errors"
	"strings"

	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/ent/privacy"
	"yuanbahui/internal/dberr"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/naming"
)

// Class is what a client is told about an error.
type Class struct {
	// Code is the error's code.
	Code Code
	// Message is the message shown to the client: never SQL, paths or stacks.
	// Classify gives it in English, ClassifyIn in the language asked for.
	Message string
	// Text is the message as its key and arguments (internal/msg).
	Text msg.Text
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

// fixed is a class with a fixed message (a message key, internal/msg).
func fixed(c Code, key string) func(error) Class {
	return func(error) Class { return Class{Code: c, Text: msg.T(key)} }
}

// own is a class showing the error's own message (written for clients): a
// Text it keeps, or a declared error's words and what the error adds after
// them (data such as an area code), else its text as it is.
func own(c Code) func(error) Class {
	return func(err error) Class {
		var kept interface{ Text() msg.Text }
		if errors.As(err, &kept) {
			return Class{Code: c, Text: kept.Text()}
		}
		var s *Sentinel
		if errors.As(err, &s) {
			if rest, ok := strings.CutPrefix(err.Error(), s.Error()); ok {
				return Class{Code: c, Text: msg.T("%s%s", msg.T(s.words), rest)}
			}
		}
		return Class{Code: c, Text: msg.T("%s", err.Error())}
	}
}

// ownText is the message told for err: the Text it keeps (a Refusal, a
// msg.Text, an error with a Text method), or the words of the domain error
// declared in err (New), else err's own text as it is.
func ownText(err error) msg.Text {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Text
	}
	var kept interface{ Text() msg.Text }
	if errors.As(err, &kept) {
		return kept.Text()
	}
	var s *Sentinel
	if errors.As(err, &s) {
		return msg.T(s.words)
	}
	var t *msg.Text
	if errors.As(err, &t) {
		return *t
	}
	return msg.T("%s", err.Error())
}

// told is a class telling the words of the domain error declared in err
// (New), or err's own message.
func told(c Code) func(error) Class {
	return func(err error) Class { return Class{Code: c, Text: ownText(err)} }
}

// forbidden explains a denial by the access rules in the declared error's
// words.
func forbidden(err error) Class {
	c := told(Forbidden)(err)
	c.Text = msg.T("forbidden: %s", c.Text)
	return c
}

// refused reports a Refusal as a userError with code c.
func refused(c Code) func(error) Class {
	return func(err error) Class {
		var r *Refusal
		if errors.As(err, &r) {
			return Class{Code: c, Text: r.Text, Input: true, Field: r.Field}
		}
		return Class{Code: c, Text: ownText(err), Input: true, Field: []string{"input"}}
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
		return Class{Code: NotFound, Text: msg.T("no such record in this account's area"), Input: true, Field: []string{"input"}}
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
		return Class{Code: BadUserInput, Text: msg.T("invalid %s: %s", name, invalidBecause(verr)), Input: true, Field: []string{"input", name}}
	}},
	{as[*ent.NotFoundError], func(error) Class {
		return Class{Code: NotFound, Text: msg.T("not found: no such record"), Input: true, Field: []string{"input", "id"}}
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

// Classify tells what a client is told about err, in English; ok is false
// for errors the table does not know, which are internal.
func Classify(err error) (c Class, ok bool) { return ClassifyIn(msg.En, err) }

// ClassifyIn tells what a client is told about err, its message in l; ok is
// false for errors the table does not know, which are internal.
func ClassifyIn(l msg.Lang, err error) (c Class, ok bool) {
	c, ok = classify(err)
	c.Message = c.Text.In(l)
	return c, ok
}

// classify is Classify without the message rendered.
func classify(err error) (c Class, ok bool) {
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
	return Class{Code: Internal, Text: msg.T("internal error")}, false
}

// entValidators are the messages of ent's built-in validators (NotEmpty,
// MaxLen, Range, Match, …) and of its required-field and enum checks, in the
// words a client is shown.
var entValidators = []struct {
	ent    string
	client msg.Text
}{
	{"value is less than the required length", msg.T("must not be empty")},
	{"value is less than the required rune length", msg.T("is too short")},
	{"value is greater than the required length", msg.T("is too long")},
	{"value is greater than the required rune length", msg.T("is too long")},
	{"value out of range", msg.T("is out of range")},
	{"value does not match validation", msg.T("is not in the expected format")},
	{"missing required field", msg.T("is required")},
	{"missing required edge", msg.T("is required")},
	{"invalid enum value", msg.T("is not one of the allowed values")},
}

// invalidBecause says why ent refused a field's value, without ent's type
// and column names: a bound's own message (internal/bound's errors have a Reason), ent's built-in
// validators' in plain words, or another validator's own message.
func invalidBecause(verr *ent.ValidationError) msg.Text {
	var r interface{ Reason() msg.Text }
	if errors.As(verr, &r) {
		return r.Reason()
	}
	text := verr.Error()
	for _, v := range entValidators {
		if strings.Contains(text, v.ent) {
			return v.client
		}
	}
	// A schema's own validator: its message, after ent's prefix naming the
	// type and column.
	if inner := errors.Unwrap(errors.Unwrap(verr)); inner != nil {
		return ownText(inner)
	}
	return msg.T("is not valid")
}

// constraint explains a database constraint violation without exposing SQL.
func constraint(err *ent.ConstraintError) Class {
	text := err.Error()
	switch {
	case strings.Contains(text, "FOREIGN KEY") || strings.Contains(text, "foreign key"):
		return Class{Code: NotFound, Text: msg.T("a referenced record does not exist"), Input: true, Field: []string{"input"}}
	case strings.Contains(text, "roleassignment_one_active_per_role") ||
		strings.Contains(text, "role_assignments.courtyard_id, role_assignments.role"):
		return Class{Code: Conflict, Text: msg.T("the courtyard already has an active assignment for this role; end it first"), Input: true, Field: []string{"input", "role"}}
	}
	for _, col := range uniqueColumns {
		if strings.Contains(text, "."+col.name) || strings.Contains(text, "_"+col.name+"\"") || strings.Contains(text, "_"+col.name+"_") {
			return Class{Code: Conflict, Text: col.exists, Input: true, Field: []string{"input", col.name}}
		}
	}
	return Class{Code: Conflict, Text: msg.T("the change conflicts with an existing record"), Input: true, Field: []string{"input"}}
}

// uniqueColumns are the unique columns a duplicate is told by, each with its
// message.
var uniqueColumns = []struct {
	name   string
	exists msg.Text
}{
	{"code", msg.T("a record with this code already exists")},
	{"username", msg.T("a record with this username already exists")},
	{"number", msg.T("a record with this number already exists")},
	{"quarter", msg.T("a record with this quarter already exists")},
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
