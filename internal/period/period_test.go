package period_test

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"yuanbahui/internal/period"
)

// vectors are the shared test vectors of testdata/labels.json, which
// frontend/src/lib/period.test.ts checks too: labels parsed (or refused,
// with the server's message) and instants labelled, per kind.
type vectors struct {
	OffsetHours int `json:"offsetHours"`
	Parse       []struct {
		In, Kind, Label, From, To, Previous, Error string
	} `json:"parse"`
	At []struct{ At, Kind, Label string } `json:"at"`
}

func load(t *testing.T) vectors {
	t.Helper()
	b, err := os.ReadFile("testdata/labels.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func utc(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func TestOffset(t *testing.T) {
	v := load(t)
	if _, off := time.Date(2024, 6, 30, 0, 0, 0, 0, period.Shanghai).Zone(); off != v.OffsetHours*3600 || v.OffsetHours != period.OffsetHours {
		t.Errorf("Shanghai is UTC%+d, the vectors say %+d", off/3600, v.OffsetHours)
	}
}

func TestParse(t *testing.T) {
	for _, c := range load(t).Parse {
		p, err := period.Parse(c.In)
		switch {
		case c.Error != "":
			if err == nil || err.Error() != c.Error {
				t.Errorf("Parse(%q) = %+v, %v; want error %q", c.In, p, err, c.Error)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", c.In, err)
		case string(p.Kind) != c.Kind || p.Label != c.Label || utc(p.Start) != c.From || utc(p.End) != c.To || p.Previous().Label != c.Previous:
			t.Errorf("Parse(%q) = %s %s [%s, %s) after %s; want %s %s [%s, %s) after %s", c.In,
				p.Kind, p.Label, utc(p.Start), utc(p.End), p.Previous().Label, c.Kind, c.Label, c.From, c.To, c.Previous)
		case p.Previous().End != p.Start || p.Next().Start != p.End || p.Next().Previous().Label != p.Label:
			t.Errorf("%s: its neighbours do not adjoin it", c.In)
		}
	}
}

func TestLabelAndOf(t *testing.T) {
	for _, c := range load(t).At {
		at, err := time.Parse(time.RFC3339, c.At)
		if err != nil {
			t.Fatal(err)
		}
		b := period.Bucket(c.Kind)
		if l := period.Label(b, at); l != c.Label {
			t.Errorf("Label(%s, %s) = %s, want %s", b, c.At, l, c.Label)
		}
		p := period.Of(b, at)
		if p.Label != c.Label || p.Kind != b || at.Before(p.Start) || !at.Before(p.End) {
			t.Errorf("Of(%s, %s) = %s [%s, %s), want %s holding the instant", b, c.At, p.Label, utc(p.Start), utc(p.End), c.Label)
		}
		if b == period.Week {
			if l, start, end, err := b.Span(p.Start.Format("2006-01-02")); err != nil || l != p.Label || !start.Equal(p.Start) || !end.Equal(p.End) {
				t.Errorf("Week.Span of %s = %s [%s, %s) %v, want %s", c.At, l, utc(start), utc(end), err, p.Label)
			}
			continue
		}
		if q, err := period.Parse(p.Label); err != nil || !q.Start.Equal(p.Start) || !q.End.Equal(p.End) {
			t.Errorf("Of(%s, %s) = [%s, %s), but its label parses to [%s, %s) %v", b, c.At, utc(p.Start), utc(p.End), utc(q.Start), utc(q.End), err)
		}
	}
}

func TestParseHalfYear(t *testing.T) {
	if p, err := period.ParseHalfYear("2024H2"); err != nil || p.Label != "2024H2" || utc(p.Start) != "2024-06-30T16:00:00Z" {
		t.Errorf("ParseHalfYear(2024H2) = %+v, %v", p, err)
	}
	for _, s := range []string{"2024", "2024Q1", "2024-06", "2024H3", "2024h1", ""} {
		if _, err := period.ParseHalfYear(s); err == nil || err.Error() != `period "`+s+`" is not a half-year such as 2024H1` {
			t.Errorf("ParseHalfYear(%q): %v", s, err)
		}
	}
}

func TestSpanRefusesBadKeys(t *testing.T) {
	for b, key := range map[period.Bucket]string{period.Week: "2024-W26", period.Month: "2024-13", period.Quarter: "2024Q5"} {
		if _, _, _, err := b.Span(key); err == nil {
			t.Errorf("%s.Span(%q) accepted", b, key)
		}
	}
}

func TestLabelsIn(t *testing.T) {
	at := func(s string) time.Time { p, _ := period.Parse(s); return p.Start }
	for _, c := range []struct {
		kind     period.Bucket
		from, to time.Time
		want     []string
	}{
		{period.Quarter, at("2024"), at("2025"), []string{"2024Q1", "2024Q2", "2024Q3", "2024Q4"}},
		{period.Quarter, at("2024-02"), at("2024-07"), []string{"2024Q2"}},
		{period.HalfYear, at("2024-02"), at("2025-07"), []string{"2024H2", "2025H1"}},
		{period.HalfYear, at("2024H1"), at("2024H1").Add(time.Second), []string{"2024H1"}},
		{period.HalfYear, at("2024-02"), at("2024-03"), nil},
	} {
		if got := period.LabelsIn(c.kind, c.from, c.to); !slices.Equal(got, c.want) {
			t.Errorf("LabelsIn(%s, %s, %s) = %v, want %v", c.kind, utc(c.from), utc(c.to), got, c.want)
		}
	}
	if n := len(period.LabelsIn(period.Quarter, at("2000"), at("2600"))); n != 1000 {
		t.Errorf("LabelsIn is capped at 1000 labels, got %d", n)
	}
}

func TestOverlapping(t *testing.T) {
	from, _ := time.Parse(time.RFC3339, "2024-05-15T00:00:00Z")
	to, _ := time.Parse(time.RFC3339, "2024-07-01T00:00:00Z") // 2024-07-01 08:00 in Shanghai
	var got []string
	for _, p := range period.Overlapping(period.Quarter, from, to) {
		got = append(got, p.Label)
	}
	if !slices.Equal(got, []string{"2024Q2", "2024Q3"}) {
		t.Errorf("Overlapping = %v", got)
	}
}
func TestParseExamples(t *testing.T) {
	for s, want := range map[string]string{"2024": "2024-01-01/2025-01-01", "2024H2": "2024-07-01/2025-01-01", "2024Q2": "2024-04-01/2024-07-01",
		"2024-02": "2024-02-01/2024-03-01", "2024-02-29": "2024-02-29/2024-03-01"} {
		p, err := period.Parse(s)
		if err != nil || p.Label != s || p.Start.Format("2006-01-02")+"/"+p.End.Format("2006-01-02") != want {
			t.Errorf("%s: %+v %v", s, p, err)
		}
		if _, off := p.Start.Zone(); off != 8*3600 {
			t.Errorf("%s starts in zone offset %d", s, off)
		}
	}
	for _, s := range []string{"2024Q5", "2024-13", "2024-02-30", "24Q1"} {
		if _, err := period.Parse(s); err == nil {
			t.Errorf("%s parsed", s)
		}
	}
	p, _ := period.Parse("2024Q1")
	if prev := p.Previous(); prev.Label != "2023Q4" {
		t.Errorf("before 2024Q1: %s", prev.Label)
	}
	if l, _, _, _ := period.Week.Span("2024-06-24"); l != "2024-W26" {
		t.Errorf("week of 2024-06-24: %s", l)
	}
}

// TestAsFarInto: the previous period's instant as far into it as an instant
// is into the current one, by calendar, clamped to the month's end.
func TestAsFarInto(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, period.Shanghai) }
	for _, c := range []struct {
		label string
		t     time.Time
		want  time.Time
	}{
		{"2026Q4", at(2026, 12, 6, 10), at(2026, 9, 6, 10)},
		{"2026Q4", at(2026, 10, 1, 0), at(2026, 7, 1, 0)},
		{"2024Q2", at(2024, 5, 31, 12), at(2024, 2, 29, 24)},
		{"2024", at(2024, 2, 29, 8), at(2023, 3, 1, 0)},
		{"2026-12", at(2026, 12, 6, 10), at(2026, 11, 6, 10)},
		{"2026-03", at(2026, 3, 31, 10), at(2026, 3, 1, 0)},
		{"2026H2", at(2026, 12, 6, 10), at(2026, 6, 6, 10)},
		{"2026-12-06", at(2026, 12, 6, 10), at(2026, 12, 5, 10)},
	} {
		p, err := period.Parse(c.label)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Previous().AsFarInto(p, c.t); !got.Equal(c.want) {
			t.Errorf("%s at %v: previous through %v, want %v", c.label, c.t, got, c.want)
		}
	}
}
