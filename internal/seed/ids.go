package seed

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/internal/store"
)

// The schema lets the database number rows (ent generates no SetID for its
// default ids), but identity columns start differently on SQLite and
// PostgreSQL. So the seeder writes through its own ent client whose driver adds
// the ids: every batch INSERT of a seeding context gets an "id" column holding
// the batch's first id, +1, +2, … in row order. Everything else — builders,
// defaults, validators, hooks, the SQL ent generates — is ent's.

// firstIDKey carries the id of a batch's first row in the context.
type firstIDKey struct{}

// withFirstID returns a context whose batch inserts number rows from id.
func withFirstID(ctx context.Context, id int) context.Context {
	return context.WithValue(ctx, firstIDKey{}, id)
}

// seedClient returns an ent client over db's connections whose inserts take
// their ids from the context (see withFirstID).
func seedClient(db *store.DB) *ent.Client {
	return ent.NewClient(ent.Driver(idDriver{Driver: entsql.OpenDB(db.Dialect, db.SQL)}))
}

// idDriver adds ids to the batch inserts of a seeding context.
type idDriver struct{ dialect.Driver }

// Exec implements dialect.Driver.
func (d idDriver) Exec(ctx context.Context, query string, args, v any) error {
	query, args, err := withIDs(ctx, d.Dialect(), query, args)
	if err != nil {
		return err
	}
	return d.Driver.Exec(ctx, query, args, v)
}

// Query implements dialect.Driver.
func (d idDriver) Query(ctx context.Context, query string, args, v any) error {
	query, args, err := withIDs(ctx, d.Dialect(), query, args)
	if err != nil {
		return err
	}
	return d.Driver.Query(ctx, query, args, v)
}

// Tx implements dialect.Driver.
func (d idDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return idTx{Tx: tx, dialect: d.Dialect()}, nil
}

// idTx adds ids to the batch inserts of a seeding context in a transaction.
type idTx struct {
	dialect.Tx
	dialect string
}

// Exec implements dialect.Tx.
func (t idTx) Exec(ctx context.Context, query string, args, v any) error {
	query, args, err := withIDs(ctx, t.dialect, query, args)
	if err != nil {
		return err
	}
	return t.Tx.Exec(ctx, query, args, v)
}

// Query implements dialect.Tx.
func (t idTx) Query(ctx context.Context, query string, args, v any) error {
	query, args, err := withIDs(ctx, t.dialect, query, args)
	if err != nil {
		return err
	}
	return t.Tx.Query(ctx, query, args, v)
}

// withIDs rewrites `INSERT INTO t (c1, …, cn) VALUES (…), … [RETURNING …]`
// into `INSERT INTO t (id, c1, …, cn) VALUES (first, …), (first+1, …), …`
// when ctx carries a first id; other statements pass unchanged. ent writes
// each value as a placeholder (? or $n) or an inline NULL.
func withIDs(ctx context.Context, dialectName, query string, args any) (string, any, error) {
	first, ok := ctx.Value(firstIDKey{}).(int)
	if !ok || !strings.HasPrefix(query, "INSERT INTO ") {
		return query, args, nil
	}
	bad := func(why string) (string, any, error) {
		return "", nil, fmt.Errorf("seed: unexpected insert (%s): %.300q", why, query)
	}
	argv, ok := args.([]any)
	open := strings.Index(query, " (")
	values := strings.Index(query, ") VALUES (")
	if !ok || open < 0 || values < open {
		return bad("shape")
	}
	cols := query[open+2 : values]
	quote := cols[:1]
	if strings.Contains(cols, quote+"id"+quote) {
		return bad("ids already set")
	}
	ncols := strings.Count(cols, ",") + 1
	list, tail := query[values+len(") VALUES ("):], ""
	if i := strings.LastIndex(list, " RETURNING "); i >= 0 {
		list, tail = list[:i], list[i:]
	}
	list, ok = strings.CutSuffix(list, ")")
	if !ok {
		return bad("values")
	}
	rows := strings.Split(list, "), (")
	var b strings.Builder
	b.Grow(len(query) + len(rows)*8)
	b.WriteString(query[:open+2])
	b.WriteString(quote + "id" + quote + ", ")
	b.WriteString(cols)
	b.WriteString(") VALUES ")
	out := make([]any, 0, len(argv)+len(rows))
	n, used := 0, 0
	placeholder := func() {
		n++
		if dialectName == dialect.Postgres {
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		} else {
			b.WriteByte('?')
		}
	}
	for r, row := range rows {
		items := strings.Split(row, ", ")
		if len(items) != ncols {
			return bad("row width")
		}
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		placeholder()
		out = append(out, int64(first+r))
		for _, item := range items {
			b.WriteString(", ")
			switch {
			case item == "NULL":
				b.WriteString(item)
			case item == "?" || (item[0] == '$' && item[1:] == strconv.Itoa(used+1)):
				if used >= len(argv) {
					return bad("arguments")
				}
				placeholder()
				out = append(out, argv[used])
				used++
			default:
				return bad("value " + item)
			}
		}
		b.WriteByte(')')
	}
	if used != len(argv) {
		return bad("arguments")
	}
	b.WriteString(tail)
	return b.String(), out, nil
}
