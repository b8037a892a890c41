// Package apierr is the API's error vocabulary, declared once (after Go's
// pkgsite internal/derrors): the codes every error carries in
// extensions.code (and every userError in its code), the kinds of error the
// domain packages declare theirs with (New, Refuse: the access rules,
// accounts, the workflow, the store import apierr, never the reverse), and
// one table that classifies errors — by kind, and the database drivers' and
// ent's by type — into a code and the message a client is shown. The
// presenter, the resolvers' userErrors, the gqlgen extensions and the HTTP
// middleware all name codes through this package; the GraphQL enum ErrorCode
// (graph/schema.graphql) and through it the SPA's types mirror Codes, and a
// test keeps them equal.
//
// Its only imports from this module are leaves: ent and ent/privacy (ent's
// errors are generated and cannot declare a kind), internal/dberr (the
// drivers' errors, likewise), internal/naming (the API's field names) and
// internal/msg (each message in Chinese and English).
package apierr

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/internal/msg"
)

// Code is the kind of an API error, sent as extensions.code.
type Code string

// The codes of the API (the GraphQL enum ErrorCode).
const (
	// Unauthenticated: no valid session or token, or wrong credentials.
	Unauthenticated Code = "UNAUTHENTICATED"
	// Forbidden: the account may not do this (its role, or a read-only account).
	Forbidden Code = "FORBIDDEN"
	// NotFound: no such record in the account's area (records outside it
	// look missing, so that writes cannot probe other areas).
	NotFound Code = "NOT_FOUND"
	// BadUserInput: the request or a value in it is malformed or out of range.
	BadUserInput Code = "BAD_USER_INPUT"
	// Conflict: the change conflicts with existing data (a duplicate code, a
	// second active head of a courtyard).
	Conflict Code = "CONFLICT"
	// ComplexityLimitExceeded: the operation would cost more than allowed.
	ComplexityLimitExceeded Code = "COMPLEXITY_LIMIT_EXCEEDED"
	// RateLimited: too many requests, or too many failed logins; try later.
	RateLimited Code = "RATE_LIMITED"
	// Unavailable: the database is unreachable, or every connection is busy;
	// answered with HTTP 503 and Retry-After.
	Unavailable Code = "UNAVAILABLE"
	// Internal: the server failed; the details are in its log, not the answer.
	Internal Code = "INTERNAL"
)

// Codes lists every code, in the order of the GraphQL enum ErrorCode.
var Codes = []Code{Unauthenticated, Forbidden, NotFound, BadUserInput, Conflict, ComplexityLimitExceeded, RateLimited, Unavailable, Internal}

// summaries say what an error of each code means, for a person: one table
// of these messages in both languages (each an English message key whose
// Chinese is in internal/msg's catalogue). The SPA shows them above a
// refusal's own message, from its error.<CODE> strings
// (frontend/src/messages.ts), which TestSummariesAreTheSPAs keeps equal.
var summaries = map[Code]msg.Text{
	Unauthenticated:         msg.T("You are not signed in, or your session has expired. Please sign in."),
	Forbidden:               msg.T("This account may not do that."),
	NotFound:                msg.T("No such record in this account's area."),
	BadUserInput:            msg.T("Something in the input is wrong; please check it and try again."),
	Conflict:                msg.T("This conflicts with existing data (e.g. a duplicate code)."),
	ComplexityLimitExceeded: msg.T("The query is too complex; ask for smaller pages or fewer fields."),
	RateLimited:             msg.T("Too many requests; please try again later."),
	Unavailable:             msg.T("The service is unavailable for the moment (its database is busy or unreachable); please try again shortly."),
	Internal:                msg.T("The server failed; please try again later."),
}

// Summary says what an error of code c means, for a person, in both
// languages (Summary().In(lang)).
func (c Code) Summary() msg.Text { return summaries[c] }

// Status is the HTTP status of an error of code c answered outside GraphQL
// execution (by the HTTP middleware).
func (c Code) Status() int {
	switch c {
	case Unauthenticated:
		return http.StatusUnauthorized
	case Forbidden:
		return http.StatusForbidden
	case NotFound:
		return http.StatusNotFound
	case BadUserInput, ComplexityLimitExceeded:
		return http.StatusBadRequest
	case Conflict:
		return http.StatusConflict
	case RateLimited:
		return http.StatusTooManyRequests
	case Unavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// MarshalGQL implements graphql.Marshaler (the GraphQL enum ErrorCode).
func (c Code) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(c))) }

// UnmarshalGQL implements graphql.Unmarshaler (the GraphQL enum ErrorCode).
func (c *Code) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for _, known := range Codes {
		if string(known) == s {
			*c = known
			return nil
		}
	}
	return fmt.Errorf("%v is not an ErrorCode", v)
}

// Set gives a GraphQL error the code c and returns it.
func Set(err *gqlerror.Error, c Code) *gqlerror.Error {
	if err.Extensions == nil {
		err.Extensions = map[string]any{}
	}
	err.Extensions["code"] = string(c)
	return err
}

// Errorf builds a GraphQL error with the code c. Its message is in English;
// the error keeps it as a message key and arguments (internal/msg, in its
// Err) for the presenter to render in the request's language (Localize).
func Errorf(c Code, format string, args ...any) *gqlerror.Error {
	text := msg.T(format, args...)
	return Set(&gqlerror.Error{Message: text.In(msg.En), Err: &text}, c)
}

// ErrorAt is Errorf at the query position pos.
func ErrorAt(pos *ast.Position, c Code, format string, args ...any) *gqlerror.Error {
	text := msg.T(format, args...)
	err := gqlerror.ErrorPosf(pos, "%s", text.In(msg.En))
	err.Err = &text
	return Set(err, c)
}

// Localize renders err's message in l when err keeps a message key
// (Errorf, or an error presented with a msg.Text inside).
func Localize(err *gqlerror.Error, l msg.Lang) {
	var text *msg.Text
	if errors.As(err.Err, &text) {
		err.Message = text.In(l)
	}
}
