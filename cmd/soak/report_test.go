package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"yuanbahui/ent"
)

// TestReportCountsLostAndDuplicateWrites: an acknowledged write is lost when
// its record is not in the database under its marker (absent, or another
// id); a key with two records is a duplicate; a write never answered but
// committed is counted apart and is no failure; a code a valid request must
// not get fails the run, an UNAVAILABLE does not; the verdict follows.
func TestReportCountsLostAndDuplicateWrites(t *testing.T) {
	start, ok := ent.GlobalIDStart("Issue")
	if !ok {
		t.Fatal("no Issue range")
	}
	up := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	w := func(key string, n int, attempts int) *write {
		wr := &write{key: key, marker: "soak " + key, attempts: attempts}
		if n > 0 {
			wr.id, wr.ackAt = ent.EncodeGlobalID(start+n), up.Add(time.Duration(n)*time.Millisecond)
		}
		return wr
	}
	c := &client{writes: []*write{
		w("found", 1, 1),
		w("retried", 2, 3),
		w("absent", 3, 1),
		w("other-id", 4, 1),
		w("twice", 5, 1),
		w("unanswered-committed", 0, 9),
		w("unanswered", 0, 9),
		{key: "refused", marker: "soak refused", attempts: 1, refused: "FORBIDDEN"},
	}, samples: []sample{
		{write: true, dur: 10 * time.Millisecond, end: up.Add(time.Millisecond)},
		{write: true, dur: 3 * time.Millisecond, end: up.Add(-time.Second), code: "UNAVAILABLE", msg: "down"},
		{dur: 5 * time.Millisecond, end: up.Add(time.Second)},
		{dur: time.Millisecond, end: up.Add(time.Minute), code: "BAD_USER_INPUT", msg: "area code"},
	}}
	f := found{
		"soak found":                {start + 1},
		"soak retried":              {start + 2},
		"soak other-id":             {start + 40},
		"soak twice":                {start + 5, start + 6},
		"soak unanswered-committed": {start + 7},
	}
	var acks ackClock
	for _, wr := range c.writes {
		if wr.id != "" {
			acks.note(wr.ackAt)
		}
	}
	r := report([]*client{c}, f, outage{stopAt: up.Add(-5 * time.Second), downAt: up.Add(-4 * time.Second), upAt: up}, &acks, time.Minute)
	if !slices.Equal(r.lost, []string{"absent", "other-id"}) || !slices.Equal(r.duplicates, []string{"twice"}) {
		t.Errorf("lost %v, duplicates %v", r.lost, r.duplicates)
	}
	if r.sent != 8 || r.acked != 5 || r.ackRetry != 1 || r.refused != 1 || r.gaveUp != 2 || r.unackedCommitted != 1 {
		t.Errorf("sent %d acked %d ackRetry %d refused %d gaveUp %d unackedCommitted %d", r.sent, r.acked, r.ackRetry, r.refused, r.gaveUp, r.unackedCommitted)
	}
	if r.requests != 4 || r.failed != 2 || r.errors["write UNAVAILABLE"] != 1 || r.inOutage["write UNAVAILABLE"] != 1 ||
		r.errors["read BAD_USER_INPUT"] != 1 || r.inOutage["read BAD_USER_INPUT"] != 0 || r.unexpected != 1 || len(r.reads) != 1 || len(r.writes) != 1 {
		t.Errorf("requests %d failed %d errors %v in the outage %v unexpected %d", r.requests, r.failed, r.errors, r.inOutage, r.unexpected)
	}
	if got := r.firstWrite.Sub(up); got != time.Millisecond {
		t.Errorf("recovery %s, want 1ms", got)
	}
	if r.ok() {
		t.Error("lost and duplicate writes pass")
	}
	var out bytes.Buffer
	r.print(&out, config{clients: 1, stopMode: "fast", outage: 5 * time.Second})
	for _, want := range []string{"lost writes     2", "duplicates      1", "recovery time   1ms", "FAIL: 2 acknowledged writes lost; 1 keys recorded twice; 1 requests failed with a code a valid request must not get"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}

	// Without the lost and duplicated keys and the BAD_USER_INPUT, and with
	// a write after the restart, it passes.
	c.writes = slices.DeleteFunc(c.writes, func(w *write) bool {
		return w.key == "absent" || w.key == "other-id" || w.key == "twice"
	})
	c.samples = c.samples[:3]
	if r := report([]*client{c}, f, outage{upAt: up}, &acks, time.Minute); !r.ok() {
		t.Errorf("clean run fails: %v", r.failures())
	}
	// No write acknowledged after PostgreSQL came back: no recovery.
	if r := report([]*client{c}, f, outage{upAt: up.Add(time.Hour)}, &acks, time.Minute); r.ok() || !slices.Contains(r.failures(), "no recovery") {
		t.Errorf("no write after the restart: ok %v, failures %v", r.ok(), r.failures())
	}
}

// TestPercentile: nearest rank over unsorted input.
func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if p50, p99 := percentile(ds, 50), percentile(ds, 99); p50 != 50*time.Millisecond || p99 != 99*time.Millisecond {
		t.Errorf("p50 %s p99 %s", p50, p99)
	}
	if percentile(nil, 50) != 0 || percentile(ds[:1], 99) != 100*time.Millisecond {
		t.Error("empty or single sample")
	}
}
