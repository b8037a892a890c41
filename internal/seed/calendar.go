package seed

import (
	"math/rand/v2"
	"time"
)

// The sample follows the rural calendar: little happens in the days around the
// Spring Festival (春节), when offices close and families gather; lectures
// crowd into the weeks before it, when migrant workers are home and the
// fields rest; proxy services peak when the medical-insurance year is renewed
// (autumn to December) and right after the festival.

// springFestivals are the first days of the lunar new year, 2015–2040.
var springFestivals = map[int]time.Time{}

func init() {
	for _, d := range []string{
		"2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25",
		"2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
		"2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
		"2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04",
		"2039-01-24", "2040-02-12",
	} {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			panic(err)
		}
		springFestivals[t.Year()] = t
	}
}

// springFestival returns the Spring Festival of a year (about 5 February
// outside the table).
func springFestival(year int) time.Time {
	if t, ok := springFestivals[year]; ok {
		return t
	}
	return time.Date(year, time.February, 5, 0, 0, 0, 0, time.UTC)
}

// daysFromFestival returns the whole days from the nearest Spring Festival to
// t in Beijing time (negative before it).
func daysFromFestival(t time.Time) int {
	bj := t.Add(8 * time.Hour)
	best := 1 << 30
	for y := bj.Year() - 1; y <= bj.Year()+1; y++ {
		diff := bj.Sub(springFestival(y))
		d := int(diff / day)
		if diff < 0 && diff%day != 0 {
			d-- // floor, not truncation
		}
		if abs(d) < abs(best) {
			best = d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// season is how the rate of an activity varies over the year.
type season struct {
	// month weights January … December (1 = average).
	month [12]float64
	// festival scales the days from festival[0] to festival[1] around the
	// Spring Festival (inclusive, relative to its first day) by festival[2];
	// before scales the weeks leading up to it, from before[0] to before[1],
	// by before[2].
	festival, before [3]float64
}

// The seasons of the sample's activities.
var (
	// Deliberation, ideas and points: steady, quieter around the festival.
	recordSeason = season{
		month:    [12]float64{0.9, 0.85, 1.1, 1.1, 1.0, 1.0, 1.05, 1.0, 1.0, 0.9, 1.0, 1.05},
		festival: [3]float64{-2, 6, 0.35},
	}
	// Proxy services: the insurance year-end, a catch-up after the festival.
	ticketSeason = season{
		month:    [12]float64{0.9, 0.75, 1.3, 1.1, 1.0, 0.85, 0.85, 0.9, 1.15, 1.0, 1.2, 1.3},
		festival: [3]float64{-3, 7, 0.25},
	}
	// Lectures: the slack winter months, most of all the weeks before the
	// festival; fewer in the busy farming months.
	lectureSeason = season{
		month:    [12]float64{1.3, 1.1, 1.0, 0.9, 0.75, 0.8, 0.9, 0.9, 0.8, 1.0, 1.1, 1.2},
		festival: [3]float64{-3, 6, 0.3},
		before:   [3]float64{-28, -4, 2.0},
	}
)

// weight returns the relative rate of the season at t.
func (se *season) weight(t time.Time) float64 {
	w := se.month[t.Add(8*time.Hour).Month()-1]
	d := float64(daysFromFestival(t))
	switch {
	case se.festival[2] != 0 && d >= se.festival[0] && d <= se.festival[1]:
		w *= se.festival[2]
	case se.before[2] != 0 && d >= se.before[0] && d <= se.before[1]:
		w *= se.before[2]
	}
	return w
}

// max is the largest weight of the season.
func (se *season) max() float64 {
	m := 0.0
	for _, w := range se.month {
		m = max(m, w)
	}
	return m * max(1, se.festival[2], se.before[2])
}

// seasonal returns a daytime instant in [a, b) drawn with the season's
// weights (by rejection).
func seasonal(r *rand.Rand, se *season, a, b time.Time) time.Time {
	top := se.max()
	for range 1000 {
		t := between(r, a, b)
		if r.Float64()*top < se.weight(t) {
			return t
		}
	}
	return between(r, a, b)
}
