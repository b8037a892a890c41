package testdb

import (
	"context"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// Counter is an ent driver that counts the SQL statements sent through it,
// and the transactions it opens.
type Counter struct {
	dialect.Driver
	n   atomic.Int64
	txs atomic.Int64
}

// CountStatements wraps a driver in a Counter and hands the Counter to keep.
func CountStatements(keep **Counter) func(dialect.Driver) dialect.Driver {
	return func(d dialect.Driver) dialect.Driver {
		c := &Counter{Driver: d}
		*keep = c
		return c
	}
}

// Count returns the statements counted so far.
func (c *Counter) Count() int64 { return c.n.Load() }

// Txs returns the transactions opened so far.
func (c *Counter) Txs() int64 { return c.txs.Load() }

// Reset sets the counts back to zero.
func (c *Counter) Reset() { c.n.Store(0); c.txs.Store(0) }

// Exec implements dialect.Driver.
func (c *Counter) Exec(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Exec(ctx, query, args, v)
}

// Query implements dialect.Driver.
func (c *Counter) Query(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Query(ctx, query, args, v)
}

// Tx implements dialect.Driver; statements inside transactions count too.
func (c *Counter) Tx(ctx context.Context) (dialect.Tx, error) {
	c.txs.Add(1)
	tx, err := c.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, n: &c.n}, nil
}

type countingTx struct {
	dialect.Tx
	n *atomic.Int64
}

func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}
