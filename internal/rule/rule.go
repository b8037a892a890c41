// Package rule holds Yuanbahui's access rules and their errors: who may read
// which rows (scopes narrowing every query to the viewer's area), who may
// write which kinds of records, and the area checks of writes. ent/schema only
// composes them in its Policy() and Hooks() methods (as ent's privacytenant
// example does), so graph and server can name the errors without importing
// codegen input.
package rule

import (
	"context"

	"yuanbahui/ent/privacy"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/viewer"
)

// Errors of the access rules. Each wraps privacy.Deny (a denial to ent) and
// a kind of internal/apierr (how the API answers it).
var (
	// ErrUnauthenticated: the request has no viewer.
	ErrUnauthenticated = apierr.New(apierr.ErrUnauthenticated, "authentication required", privacy.Deny)
	// ErrReadOnly: the viewer's role may not change anything (analysts).
	ErrReadOnly = apierr.New(apierr.ErrForbidden, "this account may not change data", privacy.Deny)
	// ErrRole: the viewer's role may not change this kind of record.
	ErrRole = apierr.New(apierr.ErrForbidden, "this account's role may not change this kind of record", privacy.Deny)
	// ErrOutsideArea: a write refers to a place outside the viewer's area.
	ErrOutsideArea = apierr.New(apierr.ErrOutsideArea, "the record lies outside this account's area", privacy.Deny)
)

// System tells whether ctx acts as the system (seeding, the CLI, logins):
// either privacy.Allow is in the context or the viewer is the system.
func System(ctx context.Context) bool {
	if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
		return true
	}
	v := viewer.FromContext(ctx)
	return v != nil && v.System
}
