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
