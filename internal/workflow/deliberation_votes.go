package workflow

import (
	"context"
	"fmt"

	"entgo.io/ent"
)

// oldFielder is a mutation that can read a field's value before an UpdateOne.
type oldFielder interface {
	OldField(ctx context.Context, name string) (ent.Value, error)
}

// votesAddUp returns the hook refusing a vote whose votes for, against and
// abstaining do not add up to the residents present (the field named
// present). It reads each field from the mutation, or for a single-row
// update from the row, so no write path can leave a vote that does not add up.
func votesAddUp(present string) ent.Hook {
	fields := []string{"votes_for", "votes_against", "votes_abstain", present}
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			touched := false
			for _, f := range fields {
				if _, ok := m.Field(f); ok || m.FieldCleared(f) {
					touched = true
				}
			}
			if !touched {
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(ent.OpUpdate) {
				return nil, fmt.Errorf("%s votes are changed one record at a time", m.Type())
			}
			vals := make([]*int, len(fields))
			for i, f := range fields {
				if m.FieldCleared(f) {
					continue
				}
				v, ok := m.Field(f)
				if !ok && m.Op().Is(ent.OpUpdateOne) {
					var err error
					if v, err = m.(oldFielder).OldField(ctx, f); err != nil {
						return nil, err
					}
					ok = true
				}
				if n, isInt := deref(v); ok && isInt {
					vals[i] = &n
				}
			}
			if vals[0] == nil && vals[1] == nil && vals[2] == nil {
				return next.Mutate(ctx, m)
			}
			for i, v := range vals {
				if v == nil {
					return nil, Refuse(ErrInvalid, fields[i], "a vote records votes for, against, abstaining and those present together; %s is missing", fields[i])
				}
			}
			if err := checkSum(*vals[0], *vals[1], *vals[2], *vals[3]); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}
}

// checkSum refuses votes for, against and abstaining that do not add up to
// the residents present.
func checkSum(votesFor, against, abstain, present int) error {
	if sum := votesFor + against + abstain; sum != present {
		return Refuse(ErrInvalid, "votes_for", "votes for (%d), against (%d) and abstaining (%d) add up to %d, not the %d residents present",
			votesFor, against, abstain, sum, present)
	}
	return nil
}

// deref reads an int or *int field value.
func deref(v ent.Value) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case *int:
		if n != nil {
			return *n, true
		}
	}
	return 0, false
}

var (
	// IssueVotesAddUp is Issue's hook: its vote adds up to votes_present.
	IssueVotesAddUp = votesAddUp("votes_present")
	// SessionVotesAddUp is Session's hook: a meeting's vote adds up to its attendance.
	SessionVotesAddUp = votesAddUp("attendance")
)
