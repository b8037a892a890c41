package standing

import (
	"entgo.io/ent/dialect/sql"

	"yuanbahui/ent/predicate"
	"yuanbahui/ent/ticket"
)

// OnTimeIs filters completed tickets by OnTime, in SQL: completed_at
// compared with due_at (both UTC, so the comparison is the same on SQLite's
// text timestamps and PostgreSQL's).
func OnTimeIs(onTime bool) predicate.Ticket {
	cmp := sql.ColumnsLTE
	if !onTime {
		cmp = sql.ColumnsGT
	}
	return ticket.And(ticket.StatusEQ(ticket.StatusCOMPLETED), func(s *sql.Selector) {
		s.Where(cmp(s.C(ticket.FieldCompletedAt), s.C(ticket.FieldDueAt)))
	})
}
