package graph

import (
	"context"
	"errors"
	"fmt"

	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/msg"
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
		if ue := userErrors(ctx, err); ue != nil {
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

// userErrors reports the errors that apierr classifies as a refused input
// as UserErrors, their messages in the request's language (internal/msg);
// it returns nil for anything else.
func userErrors(ctx context.Context, err error) []*model.UserError {
	if c, ok := apierr.ClassifyIn(msg.LangOf(ctx), err); ok && c.Input {
		return []*model.UserError{{Field: c.Field, Message: c.Message, Code: c.Code}}
	}
	return nil
}
