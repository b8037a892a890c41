package live

import (
	"context"
	"database/sql"
	"reflect"
	"sync"
	"time"

	"entgo.io/ent"

	gen "yuanbahui/ent"
)

// kindOf is the kind of change of each ent type the boards follow.
var kindOf = map[string]Kind{
	"Ticket":          Ticket,
	"Issue":           Issue,
	"IssueStep":       Issue,
	"Idea":            Idea,
	"Session":         Lecture,
	"PointEntry":      Points,
	"PointRedemption": Points,
	"Rating":          Rating,
	"RoleAssignment":  Role,
}

// Execer runs a statement outside a transaction: the pool pg_notify goes
// through for a change made without one.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// notifySQL sends a payload on Channel.
const notifySQL = `SELECT pg_notify($1, $2)`

// Hook is the ent hook that publishes the changes of the records the boards
// follow (kindOf) once their transaction commits, exactly once. With a
// PostgreSQL pool (pg not nil), a transaction's events are sent by one
// pg_notify inside it, just before it commits: PostgreSQL delivers them at
// commit, to every process that listens (Listen), and never for a rollback.
// Without (SQLite), they are published on bus after the commit. A change
// made outside a transaction is sent at once. Bulk updates and deletes, which
// no workflow step makes, publish nothing.
func Hook(bus *Bus, pg Execer) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			kind, ok := kindOf[m.Type()]
			if !ok || !m.Op().Is(ent.OpCreate|ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			ev, ok := eventOf(kind, m, v)
			if !ok {
				return v, nil
			}
			if txm, ok := m.(interface{ Tx() (*gen.Tx, error) }); ok {
				if tx, err := txm.Tx(); err == nil {
					atCommit(tx, ev, bus, pg != nil)
					return v, nil
				}
			}
			if pg != nil {
				_, err = pg.ExecContext(context.WithoutCancel(ctx), notifySQL, Channel, encode([]Event{ev}))
				return v, err
			}
			bus.Publish(ev)
			return v, nil
		})
	}
}

// eventOf is the event of a created or updated record: its id and area
// columns, read from the mutation or, for those it leaves unset, from the
// record it returned.
func eventOf(kind Kind, m ent.Mutation, v ent.Value) (Event, bool) {
	ev := Event{Kind: kind, At: time.Now().UTC()}
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return ev, false
	}
	field := func(name string) int {
		if f := rv.FieldByName(name); f.IsValid() && f.CanInt() {
			return int(f.Int())
		}
		return 0
	}
	ev.ID, ev.Town, ev.Village, ev.Courtyard = field("ID"), field("TownID"), field("VillageID"), field("CourtyardID")
	for name, dst := range map[string]*int{"town_id": &ev.Town, "village_id": &ev.Village, "courtyard_id": &ev.Courtyard} {
		if x, ok := m.Field(name); ok {
			if n, ok := x.(int); ok {
				*dst = n
			}
		}
	}
	return ev, ev.ID != 0 && ev.Town != 0
}

// pending holds, per open transaction (gen.Tx.Key), the events it will
// publish once it commits.
var pending sync.Map // key → *txEvents

// txEvents are the events of one transaction: one per record (its last),
// at most MaxBatch, and how many records changed in all.
type txEvents struct {
	mu     sync.Mutex
	events []Event
}

// add keeps ev, replacing an earlier event of the same record.
func (t *txEvents) add(ev Event) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i, e := range t.events {
		if e.Kind == ev.Kind && e.ID == ev.ID {
			t.events[i] = ev
			return
		}
	}
	if len(t.events) < MaxBatch {
		t.events = append(t.events, ev)
	}
}

// take returns the events kept.
func (t *txEvents) take() []Event {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.events
}

// atCommit adds ev to tx's events, registering on the transaction's first
// event the commit hook that sends them (pg_notify inside the transaction
// on PostgreSQL, bus after the commit on SQLite) and the rollback hook that
// drops them.
func atCommit(tx *gen.Tx, ev Event, bus *Bus, viaPostgres bool) {
	key := tx.Key()
	p, loaded := pending.LoadOrStore(key, &txEvents{})
	te := p.(*txEvents)
	te.add(ev)
	if loaded {
		return
	}
	tx.OnCommit(func(c gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			pending.Delete(key)
			events := te.take()
			if viaPostgres {
				if err := tx.Exec(ctx, notifySQL, Channel, encode(events)); err != nil {
					return err
				}
				return c.Commit(ctx, tx)
			}
			if err := c.Commit(ctx, tx); err != nil {
				return err
			}
			bus.Publish(events...)
			return nil
		})
	})
	tx.OnRollback(func(r gen.Rollbacker) gen.Rollbacker {
		return gen.RollbackFunc(func(ctx context.Context, tx *gen.Tx) error {
			pending.Delete(key)
			return r.Rollback(ctx, tx)
		})
	})
}
