// Package seed loads a realistic demo sample of the 院坝汇 programme into an
// empty database: Kaizhou district, its towns, villages and courtyard
// micro-grids, households and residents, the "一长三员" officers, the
// catalogues, and 18 months of deliberation, proxy services, lectures,
// evaluations and incentives.
//
// Three scales share one generator: "village" (one town of four villages, for
// tests), "town" (临江镇 with its real share of the district) and "district"
// (all of Kaizhou at the report's scale: 40 towns, 500 villages, exactly 6,695
// courtyards and about 200,000 households).
//
// A run is deterministic, byte for byte and on either database: the same
// Options.Seed and Options.AsOf produce the same rows, ids included. Every
// timestamp derives from AsOf, randomness comes from math/rand/v2 PCG streams
// seeded by Seed (one stream per stage), nothing depends on map iteration order,
// and ids are assigned by the seeder (each type's global-ID range start + 1, 2,
// 3, …) rather than by the database. Rows are written in bulk through the ent
// client, so the schema's validators run; records carrying town_id/village_id
// get them set here, so the area hooks need no lookups.
package seed

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"yuanbahui/internal/dialect"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/deliberationrule"
	"yuanbahui/ent/district"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/household"
	"yuanbahui/ent/householdmove"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/issueparty"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/metrictarget"
	"yuanbahui/ent/migrate"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/privacy"
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/servicetype"
	"yuanbahui/ent/session"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/ent/ticket"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/store"
)

// Options of a seeding run.
type Options struct {
	// Scale names the size of the sample: "village" is one town (临江镇) of four
	// villages, about 26 courtyards, 700 households and 2,000 residents;
	// "town" is 临江镇 with its 12 villages (160 courtyards, 4,800
	// households); "district" is all of Kaizhou (40 towns, 500 villages,
	// 6,695 courtyards, about 200,000 households and 560,000 residents).
	Scale string
	// Seed seeds the math/rand/v2 PCG generators; the same Seed and AsOf give
	// the same data.
	Seed int64
	// AsOf anchors the sample: the history covers the 18 months before AsOf,
	// and every timestamp is derived from it (in UTC). It must be set.
	AsOf time.Time
	// Progress, when not nil, is called after every batch written with the
	// entity being written (e.g. "Resident"), the rows written so far and the
	// rows to write for that entity. Calls never overlap.
	Progress func(stage string, done, total int)
}

// Summary counts what was written, per entity name (e.g. "Courtyard": 24).
type Summary map[string]int

// ErrNotEmpty is returned (wrapped) when the database already holds rows of
// the entities the sample writes.
var ErrNotEmpty = errors.New("seed: the database is not empty")

// Batches: at most maxBatchRows rows per INSERT (and per transaction), fewer
// when the row's columns would exceed the dialect's bind-parameter limit
// (dialect.MaxParams).
const maxBatchRows = 2000

// postgresWriters is the number of batches written concurrently on
// PostgreSQL (each in its own transaction and connection), so that encoding
// one batch overlaps with the server storing another. SQLite has one writer.
const postgresWriters = 3

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

// scale is the size of a sample, expressed as totals and rates only: the
// generators are the same for every scale.
type scale struct {
	// Towns is how many towns of townTable the sample covers (the first ones).
	Towns int
	// VillagesPerTown, when positive, replaces the towns' real village counts
	// (townDef.VillageCount).
	VillagesPerTown int
	// Courtyards is the exact number of courtyards, shared unevenly among the
	// villages, MinCourtyards … MaxCourtyards each.
	Courtyards, MinCourtyards, MaxCourtyards int
	// Households per courtyard: mostly drawn in Base (peaking in the middle), a
	// TailShare of the courtyards in Tail (the long tail of big ones); busy
	// towns and urban communities have bigger courtyards. When Households is
	// positive, the sizes are then scaled to about that many households.
	Base, Tail span
	TailShare  float64
	Households int
	// HouseholdSize weights household sizes 1, 2, 3, … residents.
	HouseholdSize []int
	// MovedShare is the share of households that moved between courtyards.
	MovedShare float64
	// Officers is the exact number of distinct residents holding an appointed
	// role (publicist, agent, informant) at AsOf; each serves several
	// courtyards of their village.
	Officers int
	// FailingOfficers is the exact number of appointed officers replaced after
	// being rated failing; OtherReplacements more assignments (heads
	// included) end for other reasons. Each gets a successor.
	FailingOfficers, OtherReplacements int
	// Vacancies is the number of publicists and informants who leave
	// (resign or move away) before a successor is found: their post stays
	// vacant for days to weeks. The first OpenVacancies of them left in the
	// last weeks before AsOf and their posts are still vacant then.
	Vacancies, OpenVacancies int
	// Expected counts per courtyard of average activity over the whole
	// history: issues, golden ideas, proxy tickets and lectures.
	Issues, Ideas, Tickets, Lectures float64
	// PointsPerHousehold is the expected number of everyday points entries
	// per household over the history.
	PointsPerHousehold float64
	// Per village per quarter.
	ThemesPerQuarter span
	// Residents rating each officer per half-year.
	RatersPerOfficer span
	// PoorlyRated is the number of appointed officers per half-year whom
	// residents rate 1–2 often enough for the scoring rule to flag them
	// failing, without their being replaced (yet).
	PoorlyRated     int
	GoodsPerVillage span
	// AwardsPerCategory is the number of "五个最美" awards per category per
	// completed half-year over the whole sample (shared among the towns by
	// their number of courtyards).
	AwardsPerCategory int
	// GrantYuan is the total of the project grants over the history, in yuan
	// (a multiple of 10,000).
	GrantYuan int64
}

// householdSizes weights household sizes 1–6 (mean about 2.8 residents).
var householdSizes = []int{16, 32, 24, 15, 9, 4}

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
		Towns: 1, VillagesPerTown: 4,
		Courtyards: 26, MinCourtyards: 5, MaxCourtyards: 8,
		Base: span{15, 40}, HouseholdSize: householdSizes, MovedShare: 0.02,
		Officers: 22, FailingOfficers: 1, OtherReplacements: 2, Vacancies: 3, OpenVacancies: 1,
		Issues: 12, Ideas: 6.5, Tickets: 16, Lectures: 12, PointsPerHousehold: 0.5,
		ThemesPerQuarter: span{2, 3}, RatersPerOfficer: span{1, 4}, PoorlyRated: 1, GoodsPerVillage: span{6, 8},
		AwardsPerCategory: 2, GrantYuan: 600_000,
	},
	"town": {
		Towns:      1,
		Courtyards: 160, MinCourtyards: 3, MaxCourtyards: 40,
		Base: span{16, 40}, Tail: span{41, 100}, TailShare: 0.1, Households: 4_800,
		HouseholdSize: householdSizes, MovedShare: 0.02,
		Officers: 136, FailingOfficers: 1, OtherReplacements: 4, Vacancies: 8, OpenVacancies: 2,
		Issues: 8.8, Ideas: 0.75, Tickets: 5.6, Lectures: 2.85, PointsPerHousehold: 0.55,
		ThemesPerQuarter: span{2, 3}, RatersPerOfficer: span{1, 4}, PoorlyRated: 2, GoodsPerVillage: span{6, 10},
		AwardsPerCategory: 2, GrantYuan: 210_000,
	},
	"district": {
		Towns:      len(townTable),
		Courtyards: 6_695, MinCourtyards: 3, MaxCourtyards: 40,
		Base: span{16, 40}, Tail: span{41, 100}, TailShare: 0.1, Households: 200_000,
		HouseholdSize: householdSizes, MovedShare: 0.02,
		Officers: 5_698, FailingOfficers: 16, OtherReplacements: 120, Vacancies: 240, OpenVacancies: 30,
		Issues: 8.8, Ideas: 0.75, Tickets: 5.6, Lectures: 2.85, PointsPerHousehold: 0.55,
		ThemesPerQuarter: span{2, 3}, RatersPerOfficer: span{1, 4}, PoorlyRated: 60, GoodsPerVillage: span{6, 10},
		AwardsPerCategory: 100, GrantYuan: 8_700_000,
	},
}

// kind is an entity the sample writes; it indexes kinds.
type kind int

// The entities, in the order they are written.
const (
	kIssueItem kind = iota
	kServiceType
	kPointRule
	kDistrict
	kTown
	kVillage
	kCourtyard
	kHousehold
	kResident
	kHouseholdMove
	kRoleAssignment
	kSupermarketItem
	kLectureTopic
	kQuarterTheme
	kDeliberationRule
	kIssue
	kIssueStep
	kIssueParty
	kIdea
	kTicket
	kSession
	kRating
	kPointEntry
	kPointRedemption
	kAward
	kGrant
	numKinds
)

// kinds names each entity (its GraphQL type) and table.
var kinds = [numKinds]struct{ name, table string }{
	kIssueItem:        {"IssueItem", issueitem.Table},
	kServiceType:      {"ServiceType", servicetype.Table},
	kPointRule:        {"PointRule", pointrule.Table},
	kDistrict:         {"District", district.Table},
	kTown:             {"Town", town.Table},
	kVillage:          {"Village", village.Table},
	kCourtyard:        {"Courtyard", courtyard.Table},
	kHousehold:        {"Household", household.Table},
	kResident:         {"Resident", resident.Table},
	kHouseholdMove:    {"HouseholdMove", householdmove.Table},
	kRoleAssignment:   {"RoleAssignment", roleassignment.Table},
	kSupermarketItem:  {"SupermarketItem", supermarketitem.Table},
	kLectureTopic:     {"LectureTopic", lecturetopic.Table},
	kQuarterTheme:     {"QuarterTheme", quartertheme.Table},
	kDeliberationRule: {"DeliberationRule", deliberationrule.Table},
	kIssue:            {"Issue", issue.Table},
	kIssueStep:        {"IssueStep", issuestep.Table},
	kIssueParty:       {"IssueParty", issueparty.Table},
	kIdea:             {"Idea", idea.Table},
	kTicket:           {"Ticket", ticket.Table},
	kSession:          {"Session", session.Table},
	kRating:           {"Rating", rating.Table},
	kPointEntry:       {"PointEntry", pointentry.Table},
	kPointRedemption:  {"PointRedemption", pointredemption.Table},
	kAward:            {"Award", award.Table},
	kGrant:            {"Grant", grant.Table},
}

// Run writes the sample described by opt into db, which must hold none of the
// entities the sample writes (accounts may exist), and returns the number of
// rows written per entity.
//
// Run is a system operation: it bypasses ent privacy rules. It writes through
// db.Client in batches, each batch in its own transaction, so a failure part-way
// leaves the batches already committed; reset the database before retrying.
// Every row gets its id from the seeder (SetID: its type's global-ID range
// start + 1, 2, …), so the ids are the same on either database. On SQLite, Run enlarges
// the page cache and relaxes fsync on its connection while it writes
// (restoring both afterwards); on PostgreSQL it writes several batches at once
// and then moves each identity sequence past the ids it wrote, so that later
// inserts get fresh ids.
func Run(ctx context.Context, db *store.DB, opt Options) (Summary, error) {
	sc, ok := scales[opt.Scale]
	if !ok {
		return nil, fmt.Errorf("seed: unknown scale %q (known: %s)", opt.Scale, strings.Join(scaleNames(), ", "))
	}
	if opt.AsOf.IsZero() {
		return nil, errors.New("seed: Options.AsOf must be set (the sample never reads the clock)")
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	if err := checkEmpty(ctx, db); err != nil {
		return nil, err
	}
	s, err := newSeeder(db, opt, sc)
	if err != nil {
		return nil, err
	}
	// The rollups are rebuilt once at the end rather than kept row by row
	// by their triggers (the district in 2 minutes instead of 3 on SQLite).
	if err := s.rollups(ctx, metrics.Suspend); err != nil {
		return nil, err
	}
	restore, err := s.tune(ctx)
	if err != nil {
		return nil, err
	}
	err = s.run(ctx)
	if rerr := restore(); err == nil && rerr != nil {
		err = fmt.Errorf("seed: restoring connection settings: %w", rerr)
	}
	if err != nil {
		return s.summary, err
	}
	if err := s.syncSequences(ctx); err != nil {
		return s.summary, fmt.Errorf("seed: moving identity sequences past the sample: %w", err)
	}
	if err := s.rollups(ctx, metrics.Rebuild); err != nil {
		return s.summary, err
	}
	if err := s.analyze(ctx); err != nil {
		return s.summary, fmt.Errorf("seed: collecting planner statistics: %w", err)
	}
	return s.summary, nil
}

// checkEmpty refuses a database that already holds rows of any entity the
// sample writes (its explicit ids would collide with them).
func checkEmpty(ctx context.Context, db *store.DB) error {
	n, err := db.Client.District.Query().Count(ctx)
	if err != nil {
		return fmt.Errorf("seed: checking the database is empty: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("%w: it already holds %d district(s); seed a fresh database", ErrNotEmpty, n)
	}
	for _, k := range kinds {
		var one int
		err := db.SQL.QueryRowContext(ctx, fmt.Sprintf(`SELECT 1 FROM %q LIMIT 1`, k.table)).Scan(&one)
		switch {
		case err == nil:
			return fmt.Errorf("%w: table %s holds rows; seed a fresh database", ErrNotEmpty, k.table)
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("seed: checking the database is empty: %w", err)
		}
	}
	return nil
}

// seeder carries one run: its options, the plan of every row, and the id
// ranges.
type seeder struct {
	db      *store.DB
	client  *ent.Client
	opt     Options
	sc      scale
	summary Summary
	base    [numKinds]int // global-ID range start per entity
	cols    [numKinds]int // columns per entity (for batch sizes)
	// writers is the number of batches written concurrently.
	writers int

	asOf  time.Time // AsOf in UTC, to the second
	start time.Time // start of the history
	from  time.Time // earliest time of any activity (officers start at start)

	districtID  int
	topicIDs    []int // the district's lecture topics, as lectureTopics
	towns       []*townPlan
	villages    []*villagePlan
	courtyards  []*courtyardPlan
	households  []householdPlan
	residents   []residentPlan
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

func newSeeder(db *store.DB, opt Options, sc scale) (*seeder, error) {
	asOf := opt.AsOf.UTC().Truncate(time.Second)
	start := asOf.AddDate(0, -historyMonths, 0)
	s := &seeder{
		db:      db,
		client:  db.Client,
		opt:     opt,
		sc:      sc,
		summary: Summary{},
		asOf:    asOf,
		start:   start,
		from:    start.Add(24 * time.Hour),
		writers: 1,
	}
	for k, kd := range kinds {
		base, ok := ent.GlobalIDStart(kd.name)
		if !ok {
			return nil, fmt.Errorf("seed: no global-ID range for %s", kd.name)
		}
		s.base[k] = base
		for _, t := range migrate.Tables {
			if t.Name == kd.table {
				s.cols[k] = len(t.Columns)
			}
		}
		if s.cols[k] == 0 {
			return nil, fmt.Errorf("seed: no table %s in the schema", kd.table)
		}
	}
	if db.Dialect.Concurrent() {
		s.writers = postgresWriters
	}
	return s, nil
}

// id returns the id of row i (0-based, in write order) of entity k.
func (s *seeder) id(k kind, i int) int { return s.base[k] + 1 + i }

// run plans and writes the sample stage by stage; each stage plans its rows
// (which may refer to rows planned by earlier stages) and writes them.
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

// progress reports rows written.
func (s *seeder) progress(stage string, done, total int) {
	if s.opt.Progress != nil {
		s.opt.Progress(stage, done, total)
	}
}

// batchRows is the number of rows per batch of entity k on this database.
func (s *seeder) batchRows(k kind) int {
	return max(1, min(maxBatchRows, s.db.Dialect.MaxParams()/s.cols[k]))
}

// insert writes the n rows of entity k in batches, row i with id s.id(k, i):
// build makes the builder of row i on the transactional client c, and save
// writes a batch. Builders must not draw random numbers: on PostgreSQL several
// batches are built and written concurrently.
func insert[B interface{ SetID(int) B }](ctx context.Context, s *seeder, k kind, n int,
	build func(c *ent.Client, i int) B,
	save func(ctx context.Context, c *ent.Client, bs []B) error,
) error {
	entity := kinds[k].name
	size := s.batchRows(k)
	batches := (n + size - 1) / size
	var (
		next   atomic.Int64
		failed atomic.Bool
		mu     sync.Mutex
		done   int
		first  error
		wg     sync.WaitGroup
	)
	write := func(b int) error {
		lo, hi := b*size, min((b+1)*size, n)
		err := s.inTx(ctx, func(c *ent.Client) error {
			bs := make([]B, 0, hi-lo)
			for i := lo; i < hi; i++ {
				bs = append(bs, build(c, i).SetID(s.id(k, i)))
			}
			return save(ctx, c, bs)
		})
		if err != nil {
			return fmt.Errorf("writing %s rows %d–%d of %d: %w", entity, lo+1, hi, n, err)
		}
		mu.Lock()
		done += hi - lo
		s.progress(entity, done, n)
		mu.Unlock()
		return nil
	}
	worker := func() {
		defer wg.Done()
		for !failed.Load() {
			b := int(next.Add(1) - 1)
			if b >= batches {
				return
			}
			if err := write(b); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				failed.Store(true)
				return
			}
		}
	}
	workers := min(s.writers, batches)
	wg.Add(workers)
	for range workers - 1 {
		go worker()
	}
	if workers > 0 {
		worker()
	}
	wg.Wait()
	if first != nil {
		return first
	}
	s.summary[entity] += n
	return nil
}

// inTx runs fn in a transaction.
func (s *seeder) inTx(ctx context.Context, fn func(c *ent.Client) error) error {
	tx, err := s.client.Tx(ctx)
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

// tune prepares the connection for a bulk load and returns how to undo it.
// On SQLite (one connection) it enlarges the page cache to 64 MiB, keeps
// temporary data (the statement journals of multi-row inserts) in memory and
// stops syncing on every commit: an application crash loses nothing, a power
// cut may lose the sample, which is regenerated by seeding again.
func (s *seeder) tune(ctx context.Context) (restore func() error, err error) {
	if !s.db.Dialect.Embedded() {
		return func() error { return nil }, nil
	}
	conn := s.db.SQL
	var cache, sync, temp int
	for _, p := range []struct {
		name string
		v    *int
	}{{"cache_size", &cache}, {"synchronous", &sync}, {"temp_store", &temp}} {
		if err := conn.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(p.v); err != nil {
			return nil, fmt.Errorf("seed: reading PRAGMA %s: %w", p.name, err)
		}
	}
	set := func(cache, sync, temp int) error {
		for _, q := range []string{
			fmt.Sprintf("PRAGMA cache_size = %d", cache),
			fmt.Sprintf("PRAGMA synchronous = %d", sync),
			fmt.Sprintf("PRAGMA temp_store = %d", temp),
		} {
			if _, err := conn.ExecContext(context.WithoutCancel(ctx), q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	}
	if err := set(-64*1024, 0, 2); err != nil {
		return nil, fmt.Errorf("seed: tuning sqlite: %w", err)
	}
	return func() error { return set(cache, sync, temp) }, nil
}

// syncSequences moves every PostgreSQL identity sequence of the written tables
// past the largest id written (SQLite's AUTOINCREMENT follows explicit ids by
// itself).
func (s *seeder) syncSequences(ctx context.Context) error {
	if !s.db.Dialect.Sequences() {
		return nil
	}
	for _, k := range kinds {
		if s.summary[k.name] == 0 {
			continue
		}
		if err := s.syncSequence(ctx, k.table); err != nil {
			return err
		}
	}
	// The district's targets (writeTargets) are written with ids too.
	return s.syncSequence(ctx, metrictarget.Table)
}

// syncSequence moves table's identity sequence past its largest id.
func (s *seeder) syncSequence(ctx context.Context, table string) error {
	q := fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%q', 'id'), (SELECT max(id) FROM %q))`, table, table)
	if _, err := s.db.SQL.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	return nil
}

// rollups runs step (metrics.Suspend or Rebuild) on the analytics rollups
// in a transaction.
func (s *seeder) rollups(ctx context.Context, step func(context.Context, metrics.DB, dialect.Dialect) error) error {
	tx, err := s.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := step(ctx, tx, s.db.Dialect); err != nil {
		tx.Rollback()
		return fmt.Errorf("seed: %w", err)
	}
	return tx.Commit()
}

// analyze collects the planner statistics of the written tables. PostgreSQL's
// planner estimates from them; after a bulk load there are none until
// autovacuum gets to the tables (never, where it is off), and without them it
// picks plans such as, for `courtyards(where: {not: {hasRoleAssignmentsWith: …}})`,
// rereading every head's assignment once per courtyard (on the district: 23–38 ms
// per town instead of 3 ms). SQLite without statistics (sqlite_stat1) guesses
// each index equally selective: on the seeded district its overview took 2.8 s,
// after ANALYZE 0.43 s (and a CSV export ran 34k rows/s instead of 92k).
// PostgreSQL's tables are vacuumed as well.
func (s *seeder) analyze(ctx context.Context) error {
	if s.db.Dialect.Embedded() {
		_, err := s.db.SQL.ExecContext(ctx, "ANALYZE")
		return err
	}
	tables := make([]string, 0, len(kinds))
	for _, k := range kinds {
		if s.summary[k.name] > 0 {
			tables = append(tables, fmt.Sprintf("%q", k.table))
		}
	}
	if len(tables) == 0 {
		return nil
	}
	// Vacuumed too: the visibility map lets the rollups and the covering
	// indexes answer from the index alone from the start.
	tables = append(tables, metrics.RollupTables()...)
	_, err := s.db.SQL.ExecContext(ctx, "VACUUM (ANALYZE) "+strings.Join(tables, ", "))
	return err
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

// poisson draws a Poisson-distributed count of mean lambda (a normal
// approximation above 30).
func poisson(r *rand.Rand, lambda float64) int {
	switch {
	case lambda <= 0:
		return 0
	case lambda > 30:
		return max(0, int(math.Round(lambda+math.Sqrt(lambda)*r.NormFloat64())))
	}
	limit, k, p := math.Exp(-lambda), 0, r.Float64()
	for p > limit {
		k++
		p *= r.Float64()
	}
	return k
}

// apportion shares total among len(weights) parts in proportion to weights,
// each part within [lo, hi] (when feasible).
func apportion(total int, weights []float64, lo, hi int) []int {
	los, his := make([]int, len(weights)), make([]int, len(weights))
	for i := range weights {
		los[i], his[i] = lo, hi
	}
	return apportionWithin(total, weights, los, his)
}

// apportionWithin shares total among len(weights) parts in proportion to
// weights, part i within [lo[i], hi[i]] (when feasible): the integer parts of
// the shares first, then unit by unit to the part furthest below its share
// (ties to the lower index).
func apportionWithin(total int, weights []float64, lo, hi []int) []int {
	n := len(weights)
	out := make([]int, n)
	if n == 0 {
		return out
	}
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	quota := make([]float64, n)
	left := total
	for i, w := range weights {
		quota[i] = float64(total) * w / sum
		out[i] = min(lo[i], max(left, 0))
		left -= out[i]
	}
	for i := range out {
		if add := min(int(quota[i])-out[i], hi[i]-out[i], left); add > 0 {
			out[i] += add
			left -= add
		}
	}
	for ; left > 0; left-- {
		best := -1
		for i := range out {
			if out[i] < hi[i] && (best < 0 || quota[i]-float64(out[i]) > quota[best]-float64(out[best])) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		out[best]++
	}
	return out
}

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

// sortStable sorts xs by key, keeping the order of equal keys.
func sortStable[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}
