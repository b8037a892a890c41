// Hand-written (not generated): the identity of a transaction.

package ent

// Key identifies the database transaction tx belongs to: the Tx values that
// a transaction's mutations return (Mutation.Tx) are distinct, their keys
// equal. Hooks that gather what a transaction changes, to act once at its
// commit (internal/live), key their state by it.
func (tx *Tx) Key() any { return tx.config.driver }
