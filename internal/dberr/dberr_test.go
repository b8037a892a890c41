package dberr_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"

	"github.com/lib/pq"

	"yuanbahui/internal/dberr"
)

// TestSecurityUnavailableErrors: the database failing for the moment is told
// apart from the failures of a request (a duplicate, a bad value) and from
// bugs, on both dialects.
func TestSecurityUnavailableErrors(t *testing.T) {
	cases := []struct {
		err  error
		want bool
	}{
		{&pq.Error{Code: "53300", Message: "sorry, too many clients already"}, true},
		{&pq.Error{Code: "57P01", Message: "terminating connection due to administrator command"}, true},
		{&pq.Error{Code: "08006"}, true},
		{&pq.Error{Code: "55P03", Message: "canceling statement due to lock timeout"}, true},
		{&pq.Error{Code: "57014", Message: "canceling statement due to statement timeout"}, true},
		{fmt.Errorf("ent: %w", &pq.Error{Code: "23505"}), false},
		{&pq.Error{Code: "22021", Message: "invalid byte sequence"}, false},
		{&pq.Error{Code: "42601", Message: "syntax error"}, false},
		{sql.ErrConnDone, true},
		{fmt.Errorf("querying: %w", context.DeadlineExceeded), true},
		{&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, true},
		{errors.New("sql: database is closed"), true},
		{errors.New("database is locked (5) (SQLITE_BUSY)"), true},
		{sql.ErrNoRows, false},
		{errors.New("disk full"), false},
		{nil, false},
	}
	for _, c := range cases {
		if got := dberr.Unavailable(c.err); got != c.want {
			t.Errorf("Unavailable(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// TestBusyTellsTimeoutsFromCancellation: a write that waited past its lock
// timeout, lost a deadlock or ran past statement_timeout is busy; the same
// query_canceled after the caller cancelled is not (the caller gave up);
// other errors never are.
func TestBusyTellsTimeoutsFromCancellation(t *testing.T) {
	live := context.Background()
	cancelled, cancel := context.WithCancel(live)
	cancel()
	cases := []struct {
		ctx  context.Context
		err  error
		want bool
	}{
		{live, &pq.Error{Code: "55P03", Message: "canceling statement due to lock timeout"}, true},
		{live, fmt.Errorf("ent: %w", &pq.Error{Code: "40P01", Message: "deadlock detected"}), true},
		{live, &pq.Error{Code: "57014", Message: "canceling statement due to statement timeout"}, true},
		{cancelled, &pq.Error{Code: "57014", Message: "canceling statement due to user request"}, false},
		{cancelled, &pq.Error{Code: "55P03"}, true},
		{live, &pq.Error{Code: "23505"}, false},
		{live, &pq.Error{Code: "53300"}, false},
		{live, errors.New("database is locked (5) (SQLITE_BUSY)"), false},
		{live, nil, false},
	}
	for _, c := range cases {
		if got := dberr.Busy(c.ctx, c.err); got != c.want {
			t.Errorf("Busy(%v) with ctx err %v = %v, want %v", c.err, c.ctx.Err(), got, c.want)
		}
	}
}
