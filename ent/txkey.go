// Hand-written (not generated): the identity of a transaction, and a raw
// statement inside it.

package ent

import (
	"context"
	stdsql "database/sql"
)

// Key identifies the database transaction tx belongs to: the Tx values that
// a transaction's mutations return (Mutation.Tx) are distinct, their keys
// equal. Hooks that gather what a transaction changes, to act once at its
// commit (internal/live), key their state by it.
func (tx *Tx) Key() any { return tx.config.driver }

// Exec runs a statement inside the transaction through its ent driver (so
// that wrapped drivers, such as the tests' statement counter, see it), e.g.
// the pg_notify that PostgreSQL delivers when the transaction commits.
func (tx *Tx) Exec(ctx context.Context, query string, args ...any) error {
	var res stdsql.Result
	return tx.config.driver.Exec(ctx, query, args, &res)
}
