// Package period is the one home of the district's calendar: its time zone
// (Asia/Shanghai), the period labels the model and the API use — a year
// (2024), half-year (2024H1), quarter (2024Q2), month (2024-06), day
// (2024-06-30) and ISO week (2024-W26) — and the time buckets of the
// statistics, which are the same kinds. Themes are labelled by quarter,
// ratings, awards and grants by half-year, the red board by year or quarter.
//
// The SPA's frontend/src/lib/period.ts parses the same labels; the test
// vectors in testdata/labels.json are checked by this package's tests and by
// frontend/src/lib/period.test.ts, so both sides agree.
package period

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Shanghai is the district's clock: "the same day", the quarters and
// half-years that label themes, ratings and awards, and the statistics'
// buckets. China has kept UTC+8 without daylight saving since 1991, so a
// fixed zone needs no time-zone database (and the SQLite expressions, which
// add 8 hours, agree with PostgreSQL's AT TIME ZONE 'Asia/Shanghai').
var Shanghai = time.FixedZone("CST", OffsetHours*3600)

// OffsetHours is Shanghai's offset from UTC, in hours.
const OffsetHours = 8

// Bucket is a kind of period: a time bucket of a series (GraphQL
// TimeBucket), in Asia/Shanghai.
type Bucket string

// The buckets.
const (
	Day      Bucket = "DAY"
	Week     Bucket = "WEEK"
	Month    Bucket = "MONTH"
	Quarter  Bucket = "QUARTER"
	HalfYear Bucket = "HALF_YEAR"
	Year     Bucket = "YEAR"
)

// Buckets lists the buckets, finest first.
var Buckets = []Bucket{Day, Week, Month, Quarter, HalfYear, Year}

// step returns the start of the period of kind b after (n = 1) or before
// (n = -1) the one starting at start.
func (b Bucket) step(start time.Time, n int) time.Time {
	switch b {
	case Day:
		return start.AddDate(0, 0, n)
	case Week:
		return start.AddDate(0, 0, 7*n)
	case Month:
		return start.AddDate(0, n, 0)
	case Quarter:
		return start.AddDate(0, 3*n, 0)
	case HalfYear:
		return start.AddDate(0, 6*n, 0)
	}
	return start.AddDate(n, 0, 0)
}

// Span returns the label, start and end of the bucket b whose SQL key is key
// (a label; for WEEK the date of its Monday).
func (b Bucket) Span(key string) (label string, start, end time.Time, err error) {
	if b == Week {
		d, err := time.ParseInLocation("2006-01-02", key, Shanghai)
		if err != nil {
			return "", time.Time{}, time.Time{}, fmt.Errorf("week %q: %w", key, err)
		}
		return Label(Week, d), d, Week.step(d, 1), nil
	}
	p, err := Parse(key)
	if err != nil {
		return "", time.Time{}, time.Time{}, err
	}
	return p.Label, p.Start, p.End, nil
}

// Period is a calendar period in Asia/Shanghai: a year (2024), half-year
// (2024H1), quarter (2024Q2), month (2024-06), day (2024-06-30) or ISO week
// (2024-W26, only from Of). The quarter and half-year labels are those the
// model uses (QuarterTheme.quarter, Rating.period, Award.period).
type Period struct {
	// Label is the period's label, e.g. 2024Q2.
	Label string
	// Kind is the bucket the period is one of.
	Kind Bucket
	// Start is its first instant, End the first instant after it (both in
	// Shanghai).
	Start, End time.Time
}

// Pattern is the syntax of the labels Parse accepts: a year, then
// optionally H1–H2, Q1–Q4, -MM or -MM-DD (frontend/src/lib/period.ts
// accepts the same, bar days).
const Pattern = `^(\d{4})(?:H([12])|Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$`

var labelPattern = regexp.MustCompile(Pattern)

// Parse parses a period label: 2024, 2024H1, 2024Q2, 2024-06 or 2024-06-30.
func Parse(s string) (Period, error) {
	m := labelPattern.FindStringSubmatch(s)
	if m == nil {
		return Period{}, fmt.Errorf("period %q is none of 2024, 2024H1, 2024Q2, 2024-06, 2024-06-30", s)
	}
	y, _ := strconv.Atoi(m[1])
	at := func(month, day int) time.Time { return time.Date(y, time.Month(month), day, 0, 0, 0, 0, Shanghai) }
	var p Period
	switch {
	case m[2] != "":
		h, _ := strconv.Atoi(m[2])
		p = Period{Kind: HalfYear, Start: at(6*h-5, 1)}
	case m[3] != "":
		q, _ := strconv.Atoi(m[3])
		p = Period{Kind: Quarter, Start: at(3*q-2, 1)}
	case m[5] != "":
		mo, _ := strconv.Atoi(m[4])
		d, _ := strconv.Atoi(m[5])
		p = Period{Kind: Day, Start: at(mo, d)}
		if p.Start.Month() != time.Month(mo) || mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("period %q is not a date", s)
		}
	case m[4] != "":
		mo, _ := strconv.Atoi(m[4])
		if mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("period %q is not a month", s)
		}
		p = Period{Kind: Month, Start: at(mo, 1)}
	default:
		p = Period{Kind: Year, Start: at(1, 1)}
	}
	p.End = p.Kind.step(p.Start, 1)
	p.Label = Label(p.Kind, p.Start)
	return p, nil
}

// ParseHalfYear parses a half-year label such as 2024H1, the period of
// ratings, awards and grants.
func ParseHalfYear(s string) (Period, error) {
	p, err := Parse(s)
	if err != nil || p.Kind != HalfYear {
		return Period{}, fmt.Errorf("period %q is not a half-year such as 2024H1", s)
	}
	return p, nil
}

// Label is the label of the period of kind b that contains t (Asia/Shanghai).
func Label(b Bucket, t time.Time) string {
	t = t.In(Shanghai)
	switch b {
	case Day:
		return t.Format("2006-01-02")
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case Month:
		return t.Format("2006-01")
	case Quarter:
		return fmt.Sprintf("%dQ%d", t.Year(), (int(t.Month())+2)/3)
	case HalfYear:
		return fmt.Sprintf("%dH%d", t.Year(), (int(t.Month())+5)/6)
	}
	return strconv.Itoa(t.Year())
}

// Of is the period of kind b that contains t (a year for an unknown kind).
func Of(b Bucket, t time.Time) Period {
	l := t.In(Shanghai)
	y, m, d := l.Date()
	date := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, Shanghai) }
	var start time.Time
	switch b {
	case Day:
		start = date(m, d)
	case Week:
		start = date(m, d-(int(l.Weekday())+6)%7)
	case Month:
		start = date(m, 1)
	case Quarter:
		start = date((m-1)/3*3+1, 1)
	case HalfYear:
		start = date((m-1)/6*6+1, 1)
	default:
		b, start = Year, date(1, 1)
	}
	return Period{Label: Label(b, start), Kind: b, Start: start, End: b.step(start, 1)}
}

// Previous is the period of the same kind just before p.
func (p Period) Previous() Period {
	start := p.Kind.step(p.Start, -1)
	return Period{Label: Label(p.Kind, start), Kind: p.Kind, Start: start, End: p.Start}
}

// AsFarInto is the instant as far into p as t is into q (a period of the
// same kind, usually p.Next()): the same months, days and time of day from
// its start — 2026Q3's instant as far as 2026-12-06 10:00 is into 2026Q4 is
// 2026-09-06 10:00 — clamped to the end of the month it falls in (May 31
// into Q2 is Feb 28 or 29 into Q1) and to p's end. Days and weeks count the
// same duration from the start.
func (p Period) AsFarInto(q Period, t time.Time) time.Time {
	t = t.In(Shanghai)
	if p.Kind == Day || p.Kind == Week {
		return minTime(p.Start.Add(t.Sub(q.Start)), p.End)
	}
	start := q.Start.In(Shanghai)
	months := (t.Year()-start.Year())*12 + int(t.Month()-start.Month())
	intoMonth := t.Sub(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, Shanghai))
	month := p.Start.AddDate(0, months, 0)
	return minTime(month.Add(intoMonth), month.AddDate(0, 1, 0), p.End)
}

func minTime(ts ...time.Time) time.Time {
	m := ts[0]
	for _, t := range ts[1:] {
		if t.Before(m) {
			m = t
		}
	}
	return m
}

// Next is the period of the same kind just after p.
func (p Period) Next() Period {
	return Period{Label: Label(p.Kind, p.End), Kind: p.Kind, Start: p.End, End: p.Kind.step(p.End, 1)}
}

// LabelsIn lists the labels of the periods of kind b (QUARTER or HALF_YEAR)
// that start in [from, to), at most 1000.
func LabelsIn(b Bucket, from, to time.Time) []string {
	p := Of(b, from)
	if p.Start.Before(from) {
		p = p.Next()
	}
	var out []string
	for ; p.Start.Before(to) && len(out) < 1000; p = p.Next() {
		out = append(out, p.Label)
	}
	return out
}

// Overlapping lists the consecutive periods of kind b that overlap
// [from, to).
func Overlapping(b Bucket, from, to time.Time) []Period {
	var out []Period
	for p := Of(b, from); p.Start.Before(to); p = p.Next() {
		out = append(out, p)
	}
	return out
}
