package workflow

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestOccurred: nil is now; a stated time is kept, and refused in the
// future, before the previous step or beyond the backdate limit.
func TestOccurred(t *testing.T) {
	now := time.Date(2024, 7, 12, 18, 0, 0, 0, time.UTC)
	ctx := WithClock(context.Background(), func() time.Time { return now })
	p := func(t time.Time) *time.Time { return &t }
	storm := now.Add(-72 * time.Hour)
	for _, c := range []struct {
		name     string
		given    *time.Time
		previous time.Time
		days     int
		want     time.Time
		refused  bool
	}{
		{name: "nil is now", want: now, days: 30},
		{name: "three days back", given: p(storm), days: 30, want: storm},
		{name: "a fast phone", given: p(now.Add(30 * time.Second)), days: 30, want: now.Add(30 * time.Second)},
		{name: "in the future", given: p(now.Add(time.Hour)), days: 30, refused: true},
		{name: "before the previous step", given: p(storm), previous: storm.Add(time.Minute), days: 30, refused: true},
		{name: "at the previous step", given: p(storm), previous: storm, days: 30, want: storm},
		{name: "beyond the limit", given: p(now.AddDate(0, 0, -31)), days: 30, refused: true},
		{name: "limit 0", given: p(now.Add(-time.Hour)), days: 0, refused: true},
	} {
		got, err := occurred(ctx, c.given, c.previous, c.days)
		if c.refused {
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("%s: %v, %v; want ErrInvalid", c.name, got, err)
			}
			continue
		}
		if err != nil || !got.Equal(c.want) {
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}
