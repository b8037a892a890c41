package workflow

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/idempotencykey"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/viewer"
)

// KeepKeys is how long idempotency keys are kept: a repeat within this time
// returns the first result.
const KeepKeys = 7 * 24 * time.Hour

// Run runs one workflow step, fn, in its own transaction with a governed
// context, and returns the record it produced (detached from the
// transaction). With a non-empty key from a signed-in account, the step is
// idempotent: the key is claimed in the same transaction before fn runs, so
// a repeat — sequential or concurrent — returns the first call's record and
// changes nothing; a key reused for another operation is refused.
func Run[T ent.Noder](ctx context.Context, client *ent.Client, op string, key *string, fn func(context.Context, *ent.Client) (T, error)) (T, error) {
	var zero T
	v := viewer.FromContext(ctx)
	idempotent := key != nil && *key != "" && v != nil && v.UserID != 0
	if idempotent {
		if rec, ok, err := replay[T](ctx, client, v.UserID, op, *key); ok || err != nil {
			return rec, err
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return zero, fmt.Errorf("starting transaction: %w", err)
	}
	rec, err := step(ctx, tx, op, key, idempotent, fn)
	if err == nil {
		err = tx.Commit()
	} else if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = errors.Join(err, fmt.Errorf("rolling back: %w", rerr))
	}
	if err != nil {
		if idempotent && ent.IsConstraintError(err) {
			// Another call with the same key committed first.
			if rec, ok, rerr := replay[T](ctx, client, v.UserID, op, *key); ok || rerr != nil {
				return rec, rerr
			}
		}
		return zero, err
	}
	if u, ok := any(rec).(interface{ Unwrap() T }); ok {
		rec = u.Unwrap()
	}
	return rec, nil
}

// step claims the key (if any), runs fn and records its result.
func step[T ent.Noder](ctx context.Context, tx *ent.Tx, op string, key *string, idempotent bool, fn func(context.Context, *ent.Client) (T, error)) (T, error) {
	var zero T
	book := audit.Bookkeeping(viewer.SystemContext(ctx))
	var claim *ent.IdempotencyKey
	if idempotent {
		var err error
		claim, err = tx.IdempotencyKey.Create().SetUserID(viewer.FromContext(ctx).UserID).
			SetKey(*key).SetOperation(op).Save(book)
		if err != nil {
			return zero, err
		}
	}
	rec, err := fn(Governed(ctx), tx.Client())
	if err != nil || claim == nil {
		return rec, err
	}
	return rec, tx.IdempotencyKey.UpdateOne(claim).SetRecordID(recordID(rec)).Exec(book)
}

// replay returns the record of an earlier call with the same key, if any.
func replay[T ent.Noder](ctx context.Context, client *ent.Client, userID int, op, key string) (T, bool, error) {
	var zero T
	k, err := client.IdempotencyKey.Query().
		Where(idempotencykey.UserID(userID), idempotencykey.Key(key)).Only(viewer.SystemContext(ctx))
	switch {
	case ent.IsNotFound(err):
		return zero, false, nil
	case err != nil:
		return zero, false, err
	case k.Operation != op:
		return zero, false, Refuse(ErrKeyReused, "idempotency_key", "this idempotency key was already used for %s; use a new key for %s", k.Operation, op)
	case k.RecordID == nil:
		return zero, false, fmt.Errorf("idempotency key %d has no record", k.ID)
	}
	n, err := client.Noder(ctx, *k.RecordID)
	if err != nil {
		return zero, false, err
	}
	rec, ok := n.(T)
	if !ok {
		return zero, false, fmt.Errorf("idempotency key %d: record %d is a %T", k.ID, *k.RecordID, n)
	}
	return rec, true, nil
}

// recordID reads the ID field every ent entity has (the one use of
// reflection here, once per idempotent step).
func recordID(rec any) int {
	return int(reflect.ValueOf(rec).Elem().FieldByName("ID").Int())
}

// SweepKeys deletes idempotency keys older than KeepKeys (the server runs it
// hourly) and returns how many it deleted.
func SweepKeys(ctx context.Context, client *ent.Client) (int, error) {
	return client.IdempotencyKey.Delete().
		Where(idempotencykey.CreatedAtLT(Now(ctx).Add(-KeepKeys))).Exec(audit.Bookkeeping(viewer.SystemContext(ctx)))
}
