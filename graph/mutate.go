package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"yuanbahui/internal/naming"

	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/rule"
)

// unwrapper is an ent entity that can detach itself from the transaction that
// created it, so that resolvers of its edges run on the plain client afterwards.
type unwrapper[T any] interface{ Unwrap() T }

// mutate runs fn in its own transaction. A refused input (ent validation,
// constraint or not-found error) rolls the transaction back and comes back as
// userErrors with a nil error; any other failure rolls back and is returned.
func mutate[T unwrapper[T]](ctx context.Context, client *ent.Client, fn func(*ent.Client) (T, error)) (T, []*model.UserError, error) {
	var zero T
	tx, err := client.Tx(ctx)
	if err != nil {
		return zero, nil, fmt.Errorf("starting transaction: %w", err)
	}
	v, err := fn(tx.Client())
	if err == nil {
		err = tx.Commit()
	} else {
		err = errors.Join(err, rollback(tx))
	}
	if err != nil {
		if ue := userErrors(err); ue != nil {
			return zero, ue, nil
		}
		return zero, nil, err
	}
	return v.Unwrap(), nil, nil
}

func rollback(tx *ent.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("rolling back: %w", err)
	}
	return nil
}

// userErrors maps the errors that mean "the input was refused" to UserErrors;
// it returns nil for anything else.
func userErrors(err error) []*model.UserError {
	var (
		verr *ent.ValidationError
		cerr *ent.ConstraintError
		nerr *ent.NotFoundError
	)
	switch {
	case errors.Is(err, rule.ErrOutsideArea):
		// Outside the account's area and non-existent look the same, so that
		// writes cannot probe other areas.
		return []*model.UserError{{Field: []string{"input"}, Message: "no such record in this account's area", Code: model.UserErrorCodeNotFound}}
	case errors.As(err, &verr):
		return []*model.UserError{{
			Field:   []string{"input", naming.LowerCamel(verr.Name)},
			Message: strings.TrimPrefix(verr.Error(), "ent: "),
			Code:    model.UserErrorCodeInvalid,
		}}
	case errors.As(err, &nerr):
		return []*model.UserError{{Field: []string{"input", "id"}, Message: "no such record", Code: model.UserErrorCodeNotFound}}
	case errors.As(err, &cerr):
		return []*model.UserError{constraintError(cerr)}
	}
	return nil
}

// constraintError explains a database constraint violation without exposing SQL.
func constraintError(err *ent.ConstraintError) *model.UserError {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "FOREIGN KEY") || strings.Contains(msg, "foreign key"):
		return &model.UserError{Field: []string{"input"}, Message: "a referenced record does not exist", Code: model.UserErrorCodeNotFound}
	case strings.Contains(msg, "roleassignment_one_active_per_role") ||
		strings.Contains(msg, "role_assignments.courtyard_id, role_assignments.role"):
		return &model.UserError{Field: []string{"input", "role"}, Message: "the courtyard already has an active assignment for this role; end it first", Code: model.UserErrorCodeConflict}
	}
	for _, col := range []string{"code", "username", "number", "quarter"} {
		if strings.Contains(msg, "."+col) || strings.Contains(msg, "_"+col+"\"") || strings.Contains(msg, "_"+col+"_") {
			return &model.UserError{Field: []string{"input", col}, Message: "a record with this " + col + " already exists", Code: model.UserErrorCodeConflict}
		}
	}
	return &model.UserError{Field: []string{"input"}, Message: "the change conflicts with an existing record", Code: model.UserErrorCodeConflict}
}
