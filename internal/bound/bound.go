// Package bound declares, in one place, the domain bounds of every number and
// text the API stores: how many points one ledger entry may carry, how large a
// grant or a fund may be, how many residents a vote may count, how long a
// title or a note may be, and which characters text may hold. ent/schema
// attaches the validators below to its fields (so every write path, the
// generic mutations, the workflows, the seeder and the CLI, is bounded), the
// store trims every text field before it is validated (Trim), and the API
// refuses NUL and control characters in any string it is sent (Clean).
//
// The bounds are realistic for a district of courtyards, with a margin:
//
//	points per ledger entry or rule      |points| ≤ 1,000 (1 point ≈ 1 yuan)
//	points cost of a good                1 … 10,000
//	stock of a good                      0 … 100,000
//	units of one good redeemed at once   1 … 100
//	an amount in fen (grant, cost, fund) 0 … 1,000,000,000 (10 million yuan)
//	residents, households, votes, attendance counted at one meeting  0 … 10,000
//	days (a service's time limit)        1 … 365
//	fractions (majority, quorum)         0 … 100
//	a rating's score                     1 … 5
//	a name or code                       64 characters (MaxLen in ent/schema)
//	a title, reason or other line        200 characters, one line
//	a description, note or decision      10,000 characters, lines and tabs allowed
//	a list of texts (receipts, documents) 100 items
//
// Text is counted in characters (runes), not bytes. Control characters (NUL
// and the rest of C0, DEL, C1) are refused everywhere except newline, tab and
// carriage return in long text.
package bound

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"entgo.io/ent"

	"yuanbahui/internal/msg"
)

// The numeric bounds.
const (
	// MaxPoints bounds the points of one ledger entry or rule, either sign.
	MaxPoints = 1000
	// MaxPointsCost bounds the points one unit of a good costs.
	MaxPointsCost = 10_000
	// MaxStock bounds a good's stock.
	MaxStock = 100_000
	// MaxQuantity bounds the units of one good redeemed at once.
	MaxQuantity = 100
	// MaxFen bounds an amount of money in fen (10 million yuan).
	MaxFen = 1_000_000_000
	// MaxPeople bounds residents, households, votes and attendance counted
	// at one meeting or visit.
	MaxPeople = 10_000
	// MaxDays bounds a time limit in days.
	MaxDays = 365
	// MaxFraction bounds the numerator and denominator of a fraction.
	MaxFraction = 100
	// MinScore and MaxScore bound a rating's score (1 failing, 5 excellent).
	MinScore, MaxScore = 1, 5
)

// The text bounds, in characters.
const (
	// Line bounds a title, reason or other one-line text.
	Line = 200
	// Long bounds a description, note, decision or other multi-line text.
	Long = 10_000
	// Items bounds the entries of a list of texts.
	Items = 100
)

// Error is a value outside its bounds; its message is written for clients
// and names no internals.
type Error struct {
	// Message tells what is wrong, without the field's name, in English.
	Message string
	// Text is the message as its key and arguments (internal/msg), which
	// the API renders in the request's language.
	Text msg.Text
}

// Error implements error.
func (e *Error) Error() string { return e.Message }

// Reason is the message, which internal/apierr shows clients after the
// field's name (in their language).
func (e *Error) Reason() msg.Text { return e.Text }

// Cut cuts s to at most n characters (runes): text composed from other
// text (a meeting's theme from an issue's title, a reason with a prefix)
// made to fit its bound.
func Cut(s string, n int) string {
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n])
	}
	return s
}

// errorf builds an Error.
func errorf(format string, args ...any) error {
	text := msg.T(format, args...)
	return &Error{Message: text.In(msg.En), Text: text}
}

// Int returns a validator refusing integers outside [lo, hi].
func Int(lo, hi int) func(int) error {
	return func(n int) error {
		if n < lo || n > hi {
			return errorf("must be between %d and %d, got %d", lo, hi, n)
		}
		return nil
	}
}

// Int64 returns a validator refusing integers outside [lo, hi].
func Int64(lo, hi int64) func(int64) error {
	return func(n int64) error {
		if n < lo || n > hi {
			return errorf("must be between %d and %d, got %d", lo, hi, n)
		}
		return nil
	}
}

// Points refuses points outside ±MaxPoints (and zero: an entry or rule
// without points records nothing).
func Points(n int) error {
	if n == 0 || n < -MaxPoints || n > MaxPoints {
		return errorf("must be between -%d and %d and not 0, got %d", MaxPoints, MaxPoints, n)
	}
	return nil
}

// OneLine returns a validator of one-line text of at most max characters:
// no control characters, no line breaks.
func OneLine(max int) func(string) error { return text(max, false) }

// MultiLine returns a validator of text of at most max characters that may
// hold line breaks and tabs but no other control characters.
func MultiLine(max int) func(string) error { return text(max, true) }

// text validates the characters and length of a text.
func text(max int, lines bool) func(string) error {
	return func(s string) error {
		if err := characters(s, lines); err != nil {
			return err
		}
		if n := utf8.RuneCountInString(s); n > max {
			return errorf("is %d characters long; at most %d are allowed", n, max)
		}
		return nil
	}
}

// List returns a validator of a list of at most Items one-line texts of at
// most max characters each, none empty.
func List(max int) func([]string) error {
	each := OneLine(max)
	return func(xs []string) error {
		if len(xs) > Items {
			return errorf("has %d items; at most %d are allowed", len(xs), Items)
		}
		for i, x := range xs {
			if strings.TrimSpace(x) == "" {
				return errorf("item %d is empty", i+1)
			}
			if err := each(x); err != nil {
				why := msg.T("%s", err.Error())
				if berr := (*Error)(nil); errors.As(err, &berr) {
					why = berr.Text
				}
				return errorf("item %d %s", i+1, why)
			}
		}
		return nil
	}
}

// Clean refuses text holding NUL or other control characters (newline, tab
// and carriage return are allowed: long texts hold them) or invalid UTF-8.
// The API applies it to every string it is sent, filters included.
func Clean(s string) error { return characters(s, true) }

// characters refuses invalid UTF-8 and control characters; lines allows
// newline, tab and carriage return.
func characters(s string, lines bool) error {
	if !utf8.ValidString(s) {
		return errorf("is not valid UTF-8 text")
	}
	for _, r := range s {
		switch {
		case r == 0:
			return errorf("contains a NUL character")
		case lines && (r == '\n' || r == '\t' || r == '\r'):
		case r == '\n' || r == '\r':
			return errorf("must be one line")
		case unicode.IsControl(r):
			return errorf("contains the control character %U", r)
		}
	}
	return nil
}

// trimmable is a mutation whose fields can be read and set by name.
type trimmable interface {
	Fields() []string
	Field(name string) (ent.Value, bool)
	SetField(name string, value ent.Value) error
}

// Trim is the ent hook that removes leading and trailing white space from
// every text field a mutation sets, before ent's validators run: a
// whitespace-only title then fails its NotEmpty check, and no record keeps
// padding a client sent. The store installs it on every client.
func Trim(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if tm, ok := m.(trimmable); ok {
			for _, name := range tm.Fields() {
				v, _ := tm.Field(name)
				s, ok := v.(string)
				if !ok {
					continue
				}
				if t := strings.TrimSpace(s); t != s {
					if err := tm.SetField(name, t); err != nil {
						return nil, fmt.Errorf("trimming %s: %w", name, err)
					}
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

// Is tells whether err is a bound's refusal.
func Is(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// IDs returns a validator of a list of at most max ids.
func IDs(max int) func([]int) error {
	return func(ids []int) error {
		if len(ids) > max {
			return errorf("has %d items; at most %d are allowed", len(ids), max)
		}
		return nil
	}
}
