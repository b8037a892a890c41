package graph

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/graph/model"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
)

// recordInstant reads the earliest (desc false) or the latest instant of one
// kind of record, in the account's area; ok false when it has none.
type recordInstant func(ctx context.Context, c *ent.Client, desc bool) (t time.Time, ok bool, err error)

// order is ent's ascending or descending order on field.
func order(field string, desc bool) orderBy {
	if desc {
		return ent.Desc(field)
	}
	return ent.Asc(field)
}

// recordInstants are the facts' timestamps dataRange spans: each read by
// one statement over its index, ordered and cut to one row.
var recordInstants = []recordInstant{
	instants(ticket.FieldSubmittedAt, func(ctx context.Context, c *ent.Client, o orderBy) (*ent.Ticket, error) {
		return c.Ticket.Query().Order(o).First(ctx)
	}, func(r *ent.Ticket) time.Time { return r.SubmittedAt }),
	func(ctx context.Context, c *ent.Client, desc bool) (time.Time, bool, error) {
		if !desc { // completed after it was submitted
			return time.Time{}, false, nil
		}
		r, err := c.Ticket.Query().Where(ticket.CompletedAtNotNil()).Order(order(ticket.FieldCompletedAt, desc)).First(ctx)
		return instantOf(r, err, func(r *ent.Ticket) time.Time { return *r.CompletedAt })
	},
	instants(rating.FieldRatedAt, func(ctx context.Context, c *ent.Client, o orderBy) (*ent.Rating, error) {
		return c.Rating.Query().Order(o).First(ctx)
	}, func(r *ent.Rating) time.Time { return r.RatedAt }),
	instants(session.FieldHeldAt, func(ctx context.Context, c *ent.Client, o orderBy) (*ent.Session, error) {
		return c.Session.Query().Order(o).First(ctx)
	}, func(r *ent.Session) time.Time { return r.HeldAt }),
	instants(idea.FieldSubmittedAt, func(ctx context.Context, c *ent.Client, o orderBy) (*ent.Idea, error) {
		return c.Idea.Query().Order(o).First(ctx)
	}, func(r *ent.Idea) time.Time { return r.SubmittedAt }),
	instants(pointentry.FieldAwardedAt, func(ctx context.Context, c *ent.Client, o orderBy) (*ent.PointEntry, error) {
		return c.PointEntry.Query().Order(o).First(ctx)
	}, func(r *ent.PointEntry) time.Time { return r.AwardedAt }),
}

// orderBy orders a query's rows.
type orderBy = func(*sql.Selector)

// instants reads the earliest or latest field of a kind of record: first
// fetches its first row in an order, at is the row's instant.
func instants[R any](field string, first func(context.Context, *ent.Client, orderBy) (R, error), at func(R) time.Time) recordInstant {
	return func(ctx context.Context, c *ent.Client, desc bool) (time.Time, bool, error) {
		r, err := first(ctx, c, order(field, desc))
		return instantOf(r, err, at)
	}
}

// instantOf is at(r), or ok false when the query found no record.
func instantOf[R any](r R, err error, at func(R) time.Time) (time.Time, bool, error) {
	switch {
	case ent.IsNotFound(err):
		return time.Time{}, false, nil
	case err != nil:
		return time.Time{}, false, err
	}
	return at(r), true, nil
}

// DataRangeOf returns the earliest and the latest instant of the records the
// account of ctx sees (tickets submitted and completed, ratings, lectures,
// ideas, points entries), nil instants when it sees none. Each bound is one
// indexed statement per kind of record.
func DataRangeOf(ctx context.Context, c *ent.Client) (*model.DataRange, error) {
	from, err := boundOf(ctx, c, false)
	if err != nil {
		return nil, err
	}
	to, err := boundOf(ctx, c, true)
	if err != nil {
		return nil, err
	}
	return &model.DataRange{From: from, To: to}, nil
}

// boundOf is the earliest (latest when desc) instant, in UTC, of the records
// the account of ctx sees; nil when it sees none.
func boundOf(ctx context.Context, c *ent.Client, desc bool) (*time.Time, error) {
	var out *time.Time
	for _, read := range recordInstants {
		t, ok, err := read(ctx, c, desc)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		t = t.UTC()
		if out == nil || (desc && t.After(*out)) || (!desc && t.Before(*out)) {
			out = &t
		}
	}
	return out, nil
}

// periodOrLatest is the period label given, else the label of the quarter
// that holds the latest record the account of ctx sees (dataRange's
// latestPeriod(QUARTER), what the screens default to), else of the current
// quarter (workflow.Now, the overview's clock).
func periodOrLatest(ctx context.Context, c *ent.Client, given *string) (string, error) {
	if given != nil {
		return *given, nil
	}
	to, err := boundOf(ctx, c, true)
	if err != nil {
		return "", err
	}
	if l := LatestPeriodOf(&model.DataRange{To: to}, model.TimeBucketQuarter); l != nil {
		return *l, nil
	}
	return period.Label(period.Quarter, workflow.Now(ctx)), nil
}

// LatestPeriodOf is the label of the period of bucket b (Asia/Shanghai) that
// holds r.To, nil when r has no records.
func LatestPeriodOf(r *model.DataRange, b model.TimeBucket) *string {
	if r == nil || r.To == nil {
		return nil
	}
	label := period.Label(period.Bucket(b), *r.To)
	return &label
}
