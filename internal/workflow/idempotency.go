package workflow

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/idempotencykey"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
)

// KeepKeys is how long idempotency keys are kept: a repeat within this time
// returns the first response. The responses they keep hold plain rating
// codes, which therefore live no longer than this either.
const KeepKeys = 7 * 24 * time.Hour

// Request is a workflow mutation as idempotency sees it: the operation, the
// client's idempotency key (nil or empty: none) and the coerced input, which
// binds the key (RequestHash).
type Request struct {
	// Op names the operation, e.g. acceptTicket (the mutation's field name).
	Op string
	// Key is the client's idempotency key, if any.
	Key *string
	// Input is the request's coerced input (a GraphQL field's arguments);
	// any idempotency key inside it is left out of the hash.
	Input any
}

// Result is a step's whole result, as the first call answers it and a
// replay under the same key answers it again.
type Result[T ent.Noder] struct {
	// Record is the record the step produced or changed.
	Record T
	// Related are the ids of further records the step produced, in order
	// (a redemption per good).
	Related []int
	// Codes are the rating codes the step issued, in plain text (shown once;
	// kept with the key only as long as the key, KeepKeys).
	Codes []string
}

// response is a Result as an IdempotencyKey stores it.
type response struct {
	Record  int      `json:"record"`
	Related []int    `json:"related,omitempty"`
	Codes   []string `json:"codes,omitempty"`
}

// Step is one workflow step: its input, whose Run takes the step with a
// client of the step's transaction and returns its whole result.
type Step[T ent.Noder] interface {
	Run(ctx context.Context, c *ent.Client) (Result[T], error)
}

// single is the Result of a step producing one record and nothing else.
func single[T ent.Noder](rec T, err error) (Result[T], error) {
	return Result[T]{Record: rec}, err
}

// StepFunc is a step producing one record that is not an input type: one
// that needs what an input cannot bear, such as the account service's caches
// (internal/account's steps, which must not import workflow).
type StepFunc[T ent.Noder] func(context.Context, *ent.Client) (T, error)

// Run runs the step.
func (f StepFunc[T]) Run(ctx context.Context, c *ent.Client) (Result[T], error) {
	rec, err := f(ctx, c)
	return Result[T]{Record: rec}, err
}

// Run runs one workflow step producing one record: RunResult's record.
func Run[T ent.Noder](ctx context.Context, client *ent.Client, req Request, s Step[T]) (T, error) {
	res, err := RunResult(ctx, client, req, s)
	return res.Record, err
}

// RunResult runs one workflow step, s, in its own transaction with a
// governed context, and returns its result (the record detached from the
// transaction). With a key from a signed-in account the step is idempotent,
// bound to the request as payment APIs are: the key is claimed with the hash
// of the operation and input in the same transaction before s runs, and the
// whole result is stored with it, so a repeat — sequential or concurrent —
// returns the first call's result and changes nothing; the key reused for
// another operation or with another input is refused (ErrKeyReused).
func RunResult[T ent.Noder](ctx context.Context, client *ent.Client, req Request, s Step[T]) (res Result[T], err error) {
	defer func() { countStep(req.Op, err) }()
	var zero Result[T]
	v := viewer.FromContext(ctx)
	idempotent := req.Key != nil && *req.Key != "" && v != nil && v.UserID != 0
	var hash string
	if idempotent {
		var err error
		if hash, err = RequestHash(req.Op, req.Input); err != nil {
			return zero, err
		}
		if res, ok, err := replay[T](ctx, client, v.UserID, req, hash); ok || err != nil {
			return res, err
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return zero, fmt.Errorf("starting transaction: %w", err)
	}
	res, err = step(ctx, tx, req, hash, idempotent, s)
	if err == nil {
		err = tx.Commit()
	} else if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = errors.Join(err, fmt.Errorf("rolling back: %w", rerr))
	}
	if err != nil {
		if idempotent && ent.IsConstraintError(err) {
			// Another call with the same key committed first.
			if res, ok, rerr := replay[T](ctx, client, v.UserID, req, hash); ok || rerr != nil {
				return res, rerr
			}
		}
		return zero, err
	}
	if u, ok := any(res.Record).(interface{ Unwrap() T }); ok {
		res.Record = u.Unwrap()
	}
	return res, nil
}

// countStep counts a workflow step of kind op in telemetry.WorkflowSteps:
// outcome ok, or the code of err (INTERNAL if apierr does not know it).
func countStep(op string, err error) {
	outcome := "ok"
	if err != nil {
		outcome = string(apierr.Internal)
		if c, ok := apierr.Classify(err); ok {
			outcome = string(c.Code)
		}
	}
	telemetry.WorkflowSteps.WithLabelValues(op, outcome).Inc()
}

// step claims the key (if any), runs s and stores its result with the key.
func step[T ent.Noder](ctx context.Context, tx *ent.Tx, req Request, hash string, idempotent bool, s Step[T]) (Result[T], error) {
	book := audit.Bookkeeping(viewer.SystemContext(ctx))
	var claim *ent.IdempotencyKey
	if idempotent {
		var err error
		claim, err = tx.IdempotencyKey.Create().SetUserID(viewer.FromContext(ctx).UserID).
			SetKey(*req.Key).SetOperation(req.Op).SetRequestHash(hash).Save(book)
		if err != nil {
			return Result[T]{}, err
		}
	}
	res, err := s.Run(Governed(ctx), tx.Client())
	if err != nil || claim == nil {
		return res, err
	}
	id := recordID(res.Record)
	stored, err := json.Marshal(response{Record: id, Related: res.Related, Codes: res.Codes})
	if err != nil {
		return res, err
	}
	return res, tx.IdempotencyKey.UpdateOne(claim).SetRecordID(id).SetResponse(string(stored)).Exec(book)
}

// replay returns the result of an earlier call with the same key, if any.
func replay[T ent.Noder](ctx context.Context, client *ent.Client, userID int, req Request, hash string) (Result[T], bool, error) {
	var zero Result[T]
	k, err := client.IdempotencyKey.Query().
		Where(idempotencykey.UserID(userID), idempotencykey.Key(*req.Key)).Only(viewer.SystemContext(ctx))
	switch {
	case ent.IsNotFound(err):
		return zero, false, nil
	case err != nil:
		return zero, false, err
	case k.Operation != req.Op:
		return zero, false, Refuse(ErrKeyReused, "idempotency_key", "this idempotency key was already used for %s; use a new key for %s", k.Operation, req.Op)
	case k.RequestHash != "" && k.RequestHash != hash: // "": a key stored before keys were bound to requests
		return zero, false, Refuse(ErrKeyReused, "idempotency_key", "this idempotency key was already used for %s with another input; use a new key for a new request", k.Operation)
	case k.RecordID == nil:
		return zero, false, fmt.Errorf("idempotency key %d has no record", k.ID)
	}
	resp := response{Record: *k.RecordID}
	if k.Response != "" {
		if err := json.Unmarshal([]byte(k.Response), &resp); err != nil {
			return zero, false, fmt.Errorf("idempotency key %d: %w", k.ID, err)
		}
	}
	n, err := client.Noder(ctx, resp.Record)
	if err != nil {
		return zero, false, err
	}
	rec, ok := n.(T)
	if !ok {
		return zero, false, fmt.Errorf("idempotency key %d: record %d is a %T", k.ID, resp.Record, n)
	}
	return Result[T]{Record: rec, Related: resp.Related, Codes: resp.Codes}, true, nil
}

// RequestHash is the hex SHA-256 of op and the canonical JSON of input
// (object keys sorted, any idempotencyKey left out): what binds a key to
// its request.
func RequestHash(op string, input any) (string, error) {
	raw, err := json.Marshal(input)
	if err != nil {
		return "", fmt.Errorf("hashing the request: %w", err)
	}
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return "", fmt.Errorf("hashing the request: %w", err)
	}
	canonical, err := json.Marshal(withoutKey(v))
	if err != nil {
		return "", fmt.Errorf("hashing the request: %w", err)
	}
	sum := sha256.Sum256(append([]byte(op+"\x00"), canonical...))
	return hex.EncodeToString(sum[:]), nil
}

// withoutKey drops every idempotencyKey member (any spelling of case) from
// a decoded JSON value; encoding/json then writes objects with sorted keys.
func withoutKey(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if strings.EqualFold(k, "idempotencyKey") {
				delete(v, k)
				continue
			}
			v[k] = withoutKey(x)
		}
	case []any:
		for i, x := range v {
			v[i] = withoutKey(x)
		}
	}
	return v
}

// recordID reads the ID field every ent entity has (the one use of
// reflection here, once per idempotent step).
func recordID(rec any) int {
	return int(reflect.ValueOf(rec).Elem().FieldByName("ID").Int())
}

// SweepKeys deletes idempotency keys older than KeepKeys (the server runs it
// hourly), with the responses and rating codes they keep, and returns how
// many it deleted.
func SweepKeys(ctx context.Context, client *ent.Client) (int, error) {
	return client.IdempotencyKey.Delete().
		Where(idempotencykey.CreatedAtLT(Now(ctx).Add(-KeepKeys))).Exec(audit.Bookkeeping(viewer.SystemContext(ctx)))
}
