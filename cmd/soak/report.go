package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"yuanbahui/ent"
)

// result is what the soak measured and found.
type result struct {
	duration          time.Duration
	reads, writes     []time.Duration // latencies of successful requests
	requests, failed  int
	errors            map[string]int    // "read CODE" / "write CODE" → count
	inOutage          map[string]int    // of which from the stop to the first acknowledged write after it
	unexpected        int               // failures a valid request must not get, outage or not
	example           map[string]string // a message of each
	sent, acked       int
	retried, ackRetry int
	refused, gaveUp   int
	lost              []string // keys acknowledged but not in the database
	duplicates        []string // keys with more than one record
	unackedCommitted  int      // sent, never acknowledged, yet committed
	out               outage
	firstWrite        time.Time // first acknowledged write after PostgreSQL came back
	firstRead         time.Time // first successful read after PostgreSQL came back
	lastWriteBeforeUp time.Time
	firstFailure      time.Time // first failed request after the stop began
}

// report gathers the clients' samples and writes and the database's rows.
func report(clients []*client, f found, o outage, acks *ackClock, d time.Duration) *result {
	r := &result{duration: d, errors: map[string]int{}, inOutage: map[string]int{}, example: map[string]string{}, out: o}
	if !o.upAt.IsZero() {
		r.firstWrite = acks.firstAfter(o.upAt)
		r.lastWriteBeforeUp = acks.lastBefore(o.upAt)
	}
	for _, c := range clients {
		for _, s := range c.samples {
			r.requests++
			kind := "read"
			if s.write {
				kind = "write"
			}
			if s.code != "" {
				r.failed++
				r.errors[kind+" "+s.code]++
				if !o.stopAt.IsZero() && !s.end.Before(o.stopAt) && (r.firstWrite.IsZero() || !s.end.After(r.firstWrite)) {
					r.inOutage[kind+" "+s.code]++
				}
				if !expected(s.code) {
					r.unexpected++
				}
				if _, ok := r.example[kind+" "+s.code]; !ok {
					r.example[kind+" "+s.code] = s.msg
				}
				if !o.stopAt.IsZero() && !s.end.Before(o.stopAt) && (r.firstFailure.IsZero() || s.end.Before(r.firstFailure)) {
					r.firstFailure = s.end
				}
				continue
			}
			if s.write {
				r.writes = append(r.writes, s.dur)
			} else {
				r.reads = append(r.reads, s.dur)
				if !o.upAt.IsZero() && !s.end.Before(o.upAt) && (r.firstRead.IsZero() || s.end.Before(r.firstRead)) {
					r.firstRead = s.end
				}
			}
		}
		for _, w := range c.writes {
			r.sent++
			if w.attempts > 1 {
				r.retried++
			}
			switch {
			case w.id != "":
				r.acked++
				if w.attempts > 1 {
					r.ackRetry++
				}
				id, err := ent.DecodeGlobalID(w.id)
				if err != nil || !slices.Contains(f[w.marker], id) {
					r.lost = append(r.lost, w.key)
				}
			case w.refused != "":
				r.refused++
			default:
				r.gaveUp++
				if len(f[w.marker]) > 0 {
					r.unackedCommitted++
				}
			}
			if len(f[w.marker]) > 1 {
				r.duplicates = append(r.duplicates, w.key)
			}
		}
	}
	return r
}

// expected tells whether a valid request may fail with code: the database
// unavailable (during the outage, or every write connection busy), a limit,
// no answer. Anything else (BAD_USER_INPUT, UNAUTHENTICATED, INTERNAL, a
// userError) is a server's mistake about a request the soak knows is valid.
func expected(code string) bool {
	switch code {
	case "UNAVAILABLE", "RATE_LIMITED", "NETWORK", "HTTP_502", "HTTP_503", "HTTP_504":
		return true
	}
	return false
}

// ok: every acknowledged write found once, writes succeeded again after
// PostgreSQL came back, and no failure a valid request must not get.
func (r *result) ok() bool {
	return len(r.failures()) == 0
}

// percentile is the p-th percentile (0..100) of ds, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func (r *result) print(w io.Writer, c config) {
	secs := r.duration.Seconds()
	fmt.Fprintf(w, "\n== soak: %d clients, %s, PostgreSQL stopped (-m %s) for %s halfway\n", c.clients, r.duration, c.stopMode, c.outage)
	fmt.Fprintf(w, "requests        %d answered (%d failed): %.0f req/s, %.0f successful req/s\n",
		r.requests, r.failed, float64(r.requests)/secs, float64(r.requests-r.failed)/secs)
	fmt.Fprintf(w, "reads           %d ok: p50 %s, p99 %s\n", len(r.reads), ms(percentile(r.reads, 50)), ms(percentile(r.reads, 99)))
	fmt.Fprintf(w, "writes          %d ok: p50 %s, p99 %s\n", len(r.writes), ms(percentile(r.writes, 50)), ms(percentile(r.writes, 99)))
	fmt.Fprintf(w, "workflow writes %d sent, %d acknowledged (%d after a retry with the same key), %d retried, %d refused, %d never answered (%d of them committed)\n",
		r.sent, r.acked, r.ackRetry, r.retried, r.refused, r.gaveUp, r.unackedCommitted)
	fmt.Fprintln(w, "errors by code (all; from the stop to the first write acknowledged after the restart)")
	if len(r.errors) == 0 {
		fmt.Fprintln(w, "  none")
	}
	keys := make([]string, 0, len(r.errors))
	for k := range r.errors {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-24s %6d %6d  e.g. %s\n", k, r.errors[k], r.inOutage[k], cut(r.example[k], 90))
	}
	o := r.out
	if !o.upAt.IsZero() {
		fmt.Fprintf(w, "outage          stop took %s, down %s, accepting connections %s after the stop began\n",
			o.downAt.Sub(o.stopAt).Round(time.Millisecond), o.upAt.Sub(o.downAt).Round(time.Millisecond), o.upAt.Sub(o.stopAt).Round(time.Millisecond))
		if !r.firstFailure.IsZero() {
			fmt.Fprintf(w, "                first failed request %s after the stop began\n", r.firstFailure.Sub(o.stopAt).Round(time.Millisecond))
		}
	}
	if r.firstWrite.IsZero() {
		fmt.Fprintln(w, "recovery time   NONE: no write acknowledged after PostgreSQL came back")
	} else {
		fmt.Fprintf(w, "recovery time   %s (PostgreSQL accepting connections → first acknowledged write)\n", r.firstWrite.Sub(o.upAt).Round(time.Millisecond))
		if !r.firstRead.IsZero() {
			fmt.Fprintf(w, "                %s to the first successful read\n", r.firstRead.Sub(o.upAt).Round(time.Millisecond))
		}
		if !r.lastWriteBeforeUp.IsZero() {
			fmt.Fprintf(w, "                no write acknowledged for %s\n", r.firstWrite.Sub(r.lastWriteBeforeUp).Round(time.Millisecond))
		}
	}
	fmt.Fprintf(w, "lost writes     %d (acknowledged, not in the database)\n", len(r.lost))
	fmt.Fprintf(w, "duplicates      %d (keys with more than one record)\n", len(r.duplicates))
	for _, k := range first(r.lost, 10) {
		fmt.Fprintln(w, "  lost:", k)
	}
	for _, k := range first(r.duplicates, 10) {
		fmt.Fprintln(w, "  duplicate:", k)
	}
	if r.ok() {
		fmt.Fprintln(w, "PASS")
	} else {
		fmt.Fprintln(w, "FAIL: "+strings.Join(r.failures(), "; "))
	}
}

func (r *result) failures() []string {
	var f []string
	if r.acked == 0 {
		f = append(f, "no write acknowledged")
	}
	if len(r.lost) > 0 {
		f = append(f, fmt.Sprintf("%d acknowledged writes lost", len(r.lost)))
	}
	if len(r.duplicates) > 0 {
		f = append(f, fmt.Sprintf("%d keys recorded twice", len(r.duplicates)))
	}
	if r.firstWrite.IsZero() {
		f = append(f, "no recovery")
	}
	if r.unexpected > 0 {
		f = append(f, fmt.Sprintf("%d requests failed with a code a valid request must not get", r.unexpected))
	}
	return f
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

// cut shortens s to n bytes at most, on one line.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
