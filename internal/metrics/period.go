package metrics

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Bucket is a time bucket of a series, in Asia/Shanghai (GraphQL TimeBucket).
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

// Span returns the label, start and end of the bucket b whose SQL key is key
// (a label; for WEEK the date of its Monday).
func (b Bucket) Span(key string) (label string, start, end time.Time, err error) {
	if b == Week {
		d, err := time.ParseInLocation("2006-01-02", key, Shanghai)
		if err != nil {
			return "", time.Time{}, time.Time{}, fmt.Errorf("week %q: %w", key, err)
		}
		y, w := d.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w), d, d.AddDate(0, 0, 7), nil
	}
	p, err := ParsePeriod(key)
	if err != nil {
		return "", time.Time{}, time.Time{}, err
	}
	return p.Label, p.Start, p.End, nil
}

// Period is a calendar period in Asia/Shanghai: a year (2024), half-year
// (2024H1), quarter (2024Q2), month (2024-06) or day (2024-06-30). The
// quarter and half-year labels are those the model uses (QuarterTheme.quarter,
// Rating.period).
type Period struct {
	// Label is the period's label, e.g. 2024Q2.
	Label string
	// Kind is the bucket the period is one of.
	Kind Bucket
	// Start is its first instant, End the first instant after it.
	Start, End time.Time
}

var periodPattern = regexp.MustCompile(`^(\d{4})(?:H([12])|Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$`)

// ParsePeriod parses a period label.
func ParsePeriod(s string) (Period, error) {
	m := periodPattern.FindStringSubmatch(s)
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
		p.End = p.Start.AddDate(0, 6, 0)
	case m[3] != "":
		q, _ := strconv.Atoi(m[3])
		p = Period{Kind: Quarter, Start: at(3*q-2, 1)}
		p.End = p.Start.AddDate(0, 3, 0)
	case m[5] != "":
		mo, _ := strconv.Atoi(m[4])
		d, _ := strconv.Atoi(m[5])
		p = Period{Kind: Day, Start: at(mo, d)}
		if p.Start.Month() != time.Month(mo) || mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("period %q is not a date", s)
		}
		p.End = p.Start.AddDate(0, 0, 1)
	case m[4] != "":
		mo, _ := strconv.Atoi(m[4])
		if mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("period %q is not a month", s)
		}
		p = Period{Kind: Month, Start: at(mo, 1)}
		p.End = p.Start.AddDate(0, 1, 0)
	default:
		p = Period{Kind: Year, Start: at(1, 1)}
		p.End = p.Start.AddDate(1, 0, 0)
	}
	p.Label = Label(p.Kind, p.Start)
	return p, nil
}

// Label is the label of the bucket of kind b that contains t (Asia/Shanghai).
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

// Previous is the period of the same kind just before p.
func (p Period) Previous() Period {
	var start time.Time
	switch p.Kind {
	case Day:
		start = p.Start.AddDate(0, 0, -1)
	case Month:
		start = p.Start.AddDate(0, -1, 0)
	case Quarter:
		start = p.Start.AddDate(0, -3, 0)
	case HalfYear:
		start = p.Start.AddDate(0, -6, 0)
	default:
		start = p.Start.AddDate(-1, 0, 0)
	}
	return Period{Label: Label(p.Kind, start), Kind: p.Kind, Start: start, End: p.Start}
}

// labelsIn lists the labels of the periods of kind b (QUARTER or HALF_YEAR)
// that start in [from, to).
func labelsIn(b Bucket, from, to time.Time) []any {
	step := 3
	if b == HalfYear {
		step = 6
	}
	from = from.In(Shanghai)
	m := (int(from.Month())-1)/step*step + 1
	t := time.Date(from.Year(), time.Month(m), 1, 0, 0, 0, 0, Shanghai)
	if t.Before(from) {
		t = t.AddDate(0, step, 0)
	}
	var out []any
	for ; t.Before(to) && len(out) < 1000; t = t.AddDate(0, step, 0) {
		out = append(out, Label(b, t))
	}
	return out
}
