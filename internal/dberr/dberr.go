// Package dberr tells the database's failures apart for the layers above:
// Unavailable is the database unreachable, shutting down, out of connections
// or too busy to answer in time — a failure of the moment, which the API
// answers UNAVAILABLE with HTTP 503 and Retry-After (internal/apierr), never
// as bad input or an internal error. Both dialects' signs are listed here.
package dberr

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
)

// sqlState is a PostgreSQL error (lib/pq's *pq.Error) with its SQLSTATE.
type sqlState interface{ SQLState() string }

// sqliteCode is a SQLite error (modernc's *sqlite.Error) with its result code.
type sqliteCode interface{ Code() int }

// PostgreSQL's SQLSTATEs of a statement that ran out of time, the ones Busy
// reads.
const (
	lockNotAvailable = "55P03" // waited past lock_timeout
	queryCanceled    = "57014" // statement_timeout, or the caller's cancellation
	deadlockDetected = "40P01" // lost a deadlock
)

// unavailableStates are the SQLSTATEs and classes (two characters) of a
// PostgreSQL server that cannot answer now: connection exceptions (08),
// insufficient resources such as too many connections (53), an operator or
// a crash shutting it down or starting it (57P01–57P03), a statement or a
// lock wait cancelled by its timeout (57014, 55P03).
var unavailableStates = []string{"08", "53", "57P01", "57P02", "57P03", queryCanceled, lockNotAvailable}

// Busy tells whether err, from a statement run under ctx, is PostgreSQL's
// answer to a write that ran out of time: it waited past lock_timeout, lost
// a deadlock, or was cancelled by statement_timeout — not by ctx, whose
// cancellation lib/pq reports with the same code. Nothing was changed and
// the same write may succeed a moment later. It is the one place where
// PostgreSQL's timeouts are told apart (internal/store makes them ErrBusy).
func Busy(ctx context.Context, err error) bool {
	var st sqlState
	if err == nil || !errors.As(err, &st) {
		return false
	}
	switch st.SQLState() {
	case lockNotAvailable, deadlockDetected:
		return true
	case queryCanceled:
		return ctx.Err() == nil
	}
	return false
}

// SQLite's result codes of a database busy or locked by another writer.
const (
	sqliteBusy   = 5
	sqliteLocked = 6
)

// Unavailable tells whether err is the database failing for the moment: the
// connection pool closed or out of time waiting for a connection, the server
// unreachable, refusing connections or shutting down, a lock or statement
// timeout, or SQLite busy.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var st sqlState
	if errors.As(err, &st) {
		code := st.SQLState()
		for _, s := range unavailableStates {
			if code == s || (len(s) == 2 && strings.HasPrefix(code, s)) {
				return true
			}
		}
		return false
	}
	var lite sqliteCode
	if errors.As(err, &lite) {
		c := lite.Code() & 0xff // the primary code of an extended one
		return c == sqliteBusy || c == sqliteLocked
	}
	var netErr net.Error
	switch {
	case errors.Is(err, sql.ErrConnDone), errors.Is(err, driver.ErrBadConn),
		errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF),
		errors.As(err, &netErr):
		return true
	}
	// database/sql does not export these.
	msg := err.Error()
	return strings.Contains(msg, "sql: database is closed") || strings.Contains(msg, "database is locked")
}
