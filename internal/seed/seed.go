// Package seed loads a realistic demo sample of the 院坝汇 programme into an
// empty database: Kaizhou district, its towns, villages and courtyard
// micro-grids, households and residents, the "一长三员" officers, the
// catalogues, and 18 months of deliberation, proxy services, lectures,
// evaluations and incentives.
//
// A run is deterministic: the same Options.Seed and Options.AsOf produce the
// same rows (ids included, on a fresh database). Every timestamp derives from
// AsOf, randomness comes from math/rand/v2 PCG streams seeded by Seed (one
// stream per stage), and nothing depends on map iteration order. Rows are
// written in bulk, batch by batch, through the ent client; records carrying
// town_id/village_id get them set here, so the area hooks need no lookups.
package seed

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/privacy"
)

// Options of a seeding run.
type Options struct {
	// Scale names the size of the sample: "village" is one town (临江镇) of four
	// villages, about 25 courtyards, 700 households and 2,000 residents.
	Scale string
	// Seed seeds the math/rand/v2 PCG generators; the same Seed and AsOf give
	// the same data.
	Seed int64
	// AsOf anchors the sample: the history covers the 18 months before AsOf,
	// and every timestamp is derived from it (in UTC). It must be set.
	AsOf time.Time
	// Progress, when not nil, is called after every batch written with the
	// entity being written (e.g. "Resident"), the rows written so far and the
	// rows to write for that entity.
	Progress func(stage string, done, total int)
}

// Summary counts what was written, per entity name (e.g. "Courtyard": 24).
type Summary map[string]int

// ErrNotEmpty is returned (wrapped) when the database already holds places.
var ErrNotEmpty = errors.New("seed: the database is not empty")

// batchSize is the number of rows per bulk insert and transaction.
const batchSize = 500

// pcgStream is the second PCG word; each stage mixes its name into it so that
// stages draw from independent streams.
const pcgStream uint64 = 0x59424855_49534544 // "YBHUISED"

// historyMonths is how far back the sample's history reaches from AsOf.
const historyMonths = 18

// span is an inclusive range of counts.
type span struct{ Min, Max int }

// draw returns a count in the span.
func (s span) draw(r *rand.Rand) int {
	if s.Max <= s.Min {
		return s.Min
	}
	return s.Min + r.IntN(s.Max-s.Min+1)
}

// scale is the size of a sample, expressed as counts and rates only: the
// generators are the same for every scale.
type scale struct {
	Towns                  int
	VillagesPerTown        span
	CourtyardsPerVillage   span
	HouseholdsPerCourtyard span
	// HouseholdSize weights household sizes 1, 2, 3, … residents.
	HouseholdSize []int
	// MovedShare is the share of households that moved between courtyards.
	MovedShare float64
	// SharedOfficerShare is the chance that an appointed officer of a courtyard
	// also serves the previous courtyard of the village.
	SharedOfficerShare float64
	// ReplacementsPerTown is the number of officers replaced per town; the
	// reasons cycle through replacementReasons, starting with RATED_FAILING.
	ReplacementsPerTown int
	// Per courtyard over the whole history.
	IssuesPerCourtyard  span
	IdeasPerCourtyard   span
	TicketsPerCourtyard span
	PointsPerCourtyard  span
	// Per courtyard per quarter.
	LecturesPerQuarter span
	// Per village per quarter.
	ThemesPerQuarter span
	// Residents rating each officer per half-year.
	RatersPerOfficer span
	GoodsPerVillage  span
	// Per town per completed half-year.
	AwardsPerCategory int
	GrantsPerHalf     span
}

// scaleNames lists the scale names Run accepts, sorted.
func scaleNames() []string {
	names := make([]string, 0, len(scales))
	for name := range scales {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// scales are the known sample sizes. Add a scale by adding counts here.
var scales = map[string]scale{
	"village": {
		Towns:                  1,
		VillagesPerTown:        span{4, 4},
		CourtyardsPerVillage:   span{5, 8},
		HouseholdsPerCourtyard: span{15, 40},
		HouseholdSize:          []int{12, 28, 25, 20, 15},
		MovedShare:             0.02,
		SharedOfficerShare:     0.25,
		ReplacementsPerTown:    3,
		IssuesPerCourtyard:     span{8, 16},
		IdeasPerCourtyard:      span{3, 10},
		TicketsPerCourtyard:    span{10, 22},
		PointsPerCourtyard:     span{8, 20},
		LecturesPerQuarter:     span{1, 3},
		ThemesPerQuarter:       span{2, 3},
		RatersPerOfficer:       span{1, 2},
		GoodsPerVillage:        span{6, 8},
		AwardsPerCategory:      2,
		GrantsPerHalf:          span{3, 5},
	},
}

// Run writes the sample described by opt into client's database, which must
// hold no District yet, and returns the number of rows written per entity.
//
// Run is a system operation: it bypasses ent privacy rules. Rows are written in
// batches of 500, each batch in its own transaction (or, when client is itself
// transactional, in the caller's transaction), so a failure part-way leaves the
// batches already committed; reset the database before retrying.
func Run(ctx context.Context, client *ent.Client, opt Options) (Summary, error) {
	sc, ok := scales[opt.Scale]
	if !ok {
		return nil, fmt.Errorf("seed: unknown scale %q (known: %s)", opt.Scale, strings.Join(scaleNames(), ", "))
	}
	if opt.AsOf.IsZero() {
		return nil, errors.New("seed: Options.AsOf must be set (the sample never reads the clock)")
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	n, err := client.District.Query().Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("seed: checking the database is empty: %w", err)
	}
	if n > 0 {
		return nil, fmt.Errorf("%w: it already holds %d district(s); seed a fresh database", ErrNotEmpty, n)
	}
	s := newSeeder(client, opt, sc)
	if err := s.run(ctx); err != nil {
		return s.summary, err
	}
	return s.summary, nil
}

// seeder carries one run: its options, the plan of every row, and the ids
// the database returned.
type seeder struct {
	client  *ent.Client
	opt     Options
	sc      scale
	summary Summary

	asOf  time.Time // AsOf in UTC, to the second
	start time.Time // start of the history
	from  time.Time // earliest time of any activity (officers start at start)

	// Catalogue ids in catalogue order.
	itemIDs, serviceIDs, ruleIDs []int

	districtID  int
	towns       []*townPlan
	villages    []*villagePlan
	courtyards  []*courtyardPlan
	households  []*householdPlan
	residents   []*residentPlan
	moves       []*movePlan
	assignments []*assignmentPlan
	goods       []*goodPlan
	themes      []*themePlan
	issues      []*issuePlan
	ideas       []*ideaPlan
	tickets     []*ticketPlan
	sessions    []*sessionPlan
	ratings     []*ratingPlan
	entries     []*entryPlan
	redemptions []*redemptionPlan
	awards      []*awardPlan
	grants      []*grantPlan

	// byCourtyard indexes tickets and sessions (positions in the slices
	// above, in time order) per courtyard.
	byCourtyard struct{ tickets, sessions [][]int }
}

func newSeeder(client *ent.Client, opt Options, sc scale) *seeder {
	asOf := opt.AsOf.UTC().Truncate(time.Second)
	start := asOf.AddDate(0, -historyMonths, 0)
	return &seeder{
		client:  client,
		opt:     opt,
		sc:      sc,
		summary: Summary{},
		asOf:    asOf,
		start:   start,
		from:    start.Add(24 * time.Hour),
	}
}

// run plans and writes the sample stage by stage; each stage plans its rows
// (which may refer to ids written by earlier stages) and writes them.
func (s *seeder) run(ctx context.Context) error {
	stages := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"catalogues", s.writeCatalogues},
		{"places", s.writePlaces},
		{"people", s.writePeople},
		{"officers", s.writeOfficers},
		{"village catalogues", s.writeVillageCatalogues},
		{"issues", s.writeIssues},
		{"ideas", s.writeIdeas},
		{"tickets", s.writeTickets},
		{"sessions", s.writeSessions},
		{"ratings", s.writeRatings},
		{"points", s.writePoints},
		{"awards", s.writeAwards},
	}
	for _, st := range stages {
		if err := st.fn(ctx); err != nil {
			return fmt.Errorf("seed: %s: %w", st.name, err)
		}
	}
	return nil
}

// rng returns the random stream of a stage: independent of the other stages,
// so changing what one stage draws leaves the others' data alone.
func (s *seeder) rng(stage string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(stage))
	return rand.New(rand.NewPCG(uint64(s.opt.Seed), pcgStream^h.Sum64()))
}

// progress reports a batch written.
func (s *seeder) progress(stage string, done, total int) {
	if s.opt.Progress != nil {
		s.opt.Progress(stage, done, total)
	}
}

// insert writes n rows of one entity in batches: build makes the builder of row
// i on the (transactional) client c, save writes a batch and returns the rows,
// id extracts a row's id. It returns the ids in row order.
func insert[B, E any](ctx context.Context, s *seeder, entity string, n int,
	build func(c *ent.Client, i int) B,
	save func(ctx context.Context, c *ent.Client, bs []B) ([]E, error),
	id func(E) int,
) ([]int, error) {
	ids := make([]int, 0, n)
	for lo := 0; lo < n; lo += batchSize {
		hi := min(lo+batchSize, n)
		err := s.inTx(ctx, func(c *ent.Client) error {
			bs := make([]B, 0, hi-lo)
			for i := lo; i < hi; i++ {
				bs = append(bs, build(c, i))
			}
			rows, err := save(ctx, c, bs)
			if err != nil {
				return err
			}
			if len(rows) != hi-lo {
				return fmt.Errorf("wrote %d rows, expected %d", len(rows), hi-lo)
			}
			for _, r := range rows {
				ids = append(ids, id(r))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("writing %s rows %d–%d of %d: %w", entity, lo+1, hi, n, err)
		}
		s.progress(entity, hi, n)
	}
	s.summary[entity] += n
	return ids, nil
}

// inTx runs fn in a transaction, or directly when the client is already
// transactional (the caller then owns atomicity).
func (s *seeder) inTx(ctx context.Context, fn func(c *ent.Client) error) error {
	tx, err := s.client.Tx(ctx)
	if errors.Is(err, ent.ErrTxStarted) {
		return fn(s.client)
	}
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return err
	}
	return tx.Commit()
}

// --- small helpers shared by the generators ---

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted returns an index drawn with the given weights (at least one positive).
func weighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += max(w, 0)
	}
	if total == 0 {
		return r.IntN(len(weights))
	}
	x := r.IntN(total)
	for i, w := range weights {
		if w <= 0 {
			continue
		}
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// People meet, apply and rate in the daytime, Beijing time (UTC+8):
// 08:30–20:30, i.e. 00:30–12:30 UTC.
const (
	daytimeStart = 30 * time.Minute
	daytimeLen   = 12 * time.Hour
	secondsOfDay = int64(day / time.Second)
	daytimeSecs  = int64(daytimeLen / time.Second)
)

// daytimeClock counts the daytime seconds from the Unix epoch to t; it is
// monotone in t and flat during the night.
func daytimeClock(t time.Time) int64 {
	u := t.Unix()
	tod := time.Duration(u%secondsOfDay) * time.Second
	in := min(max(tod-daytimeStart, 0), daytimeLen)
	return (u/secondsOfDay)*daytimeSecs + int64(in/time.Second)
}

// fromDaytimeClock inverts daytimeClock onto daytime instants.
func fromDaytimeClock(x int64) time.Time {
	d, rem := x/daytimeSecs, x%daytimeSecs
	return time.Unix(d*secondsOfDay+int64(daytimeStart/time.Second)+rem, 0).UTC()
}

// between returns a daytime instant drawn uniformly in [a, b), to the second;
// a when the range holds no daytime.
func between(r *rand.Rand, a, b time.Time) time.Time {
	fa, fb := daytimeClock(a), daytimeClock(b)
	if fb <= fa {
		return a
	}
	t := fromDaytimeClock(fa + r.Int64N(fb-fa))
	if t.Before(a) { // only when a is not on a whole second
		return a
	}
	return t
}

// later returns t plus a duration drawn in [lo, hi).
func later(r *rand.Rand, t time.Time, lo, hi time.Duration) time.Time {
	return between(r, t.Add(lo), t.Add(hi))
}

// day is 24 hours; the sample's times are UTC, so days have no DST.
const day = 24 * time.Hour

// earliest and latest of two times.
func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// period is a labelled half-open interval of time, e.g. 2025Q1 or 2025H1.
type period struct {
	Label    string
	From, To time.Time
}

// quarterOf returns the quarter containing t.
func quarterOf(t time.Time) period {
	q := (int(t.Month()) - 1) / 3
	from := time.Date(t.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, time.UTC)
	return period{Label: fmt.Sprintf("%dQ%d", t.Year(), q+1), From: from, To: from.AddDate(0, 3, 0)}
}

// halfOf returns the half-year containing t.
func halfOf(t time.Time) period {
	h := (int(t.Month()) - 1) / 6
	from := time.Date(t.Year(), time.Month(h*6+1), 1, 0, 0, 0, 0, time.UTC)
	return period{Label: fmt.Sprintf("%dH%d", t.Year(), h+1), From: from, To: from.AddDate(0, 6, 0)}
}

// periods returns the consecutive periods (by of) that intersect [from, to).
func periods(of func(time.Time) period, from, to time.Time) []period {
	var ps []period
	for p := of(from); p.From.Before(to); p = of(p.To) {
		ps = append(ps, p)
	}
	return ps
}

// sortStable sorts xs by key, keeping the order of equal keys.
func sortStable[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}
