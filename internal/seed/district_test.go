package seed_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/household"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

// TestSameDataOnBothDatabases seeds the town scale into PostgreSQL (the test
// database) and into an in-memory SQLite database and compares every row.
func TestSameDataOnBothDatabases(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "compares PostgreSQL with SQLite")
	ctx := viewer.SystemContext(context.Background())
	pg := openDB(t)
	lite, err := store.Open(ctx, fmt.Sprintf("sqlite:file:seed_both_%d_%d?mode=memory&cache=shared", os.Getpid(), dbSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lite.Close() })
	if err := lite.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	opt := seed.Options{Scale: "town", Seed: 3, AsOf: asOf}
	sums := map[dialect.Dialect]seed.Summary{}
	for _, db := range []*store.DB{pg, lite} {
		sum, err := seed.Run(ctx, db, opt)
		if err != nil {
			t.Fatalf("%s: %v", db.Dialect, err)
		}
		sums[db.Dialect] = sum
	}
	if a, b := fmt.Sprint(sums[dialect.Postgres]), fmt.Sprint(sums[dialect.SQLite]); a != b {
		t.Errorf("summaries differ:\npostgres %s\nsqlite   %s", a, b)
	}
	if a, b := digest(t, pg.SQL), digest(t, lite.SQL); a != b {
		t.Errorf("PostgreSQL and SQLite hold different data: %s vs %s", a, b)
	}
	// Ids keep coming after the seed's own on both: a district adds targets.
	for _, db := range []*store.DB{pg, lite} {
		d := db.Client.District.Query().OnlyX(ctx)
		for _, m := range []string{"TICKETS_COMPLETED", "TICKETS_ON_TIME"} {
			if err := db.Client.MetricTarget.Create().SetDistrict(d).SetMetric(m).SetTarget(100).Exec(ctx); err != nil {
				t.Errorf("%s: a target added after the seed: %v", db.Dialect, err)
			}
		}
	}
	t.Logf("town scale: %v", sums[dialect.SQLite])
}

// TestTownScale checks the town scale: 临江镇 with its real share of villages.
func TestTownScale(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := openDB(t)
	sum, err := seed.Run(ctx, db, seed.Options{Scale: "town", Seed: 5, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	c := db.Client
	if tw := c.Town.Query().OnlyX(ctx); tw.Name != "临江镇" || tw.Code != "500154104" {
		t.Errorf("town %s %s", tw.Name, tw.Code)
	}
	if n := sum["Village"]; n < 10 || n > 14 {
		t.Errorf("%d villages, want about 12", n)
	}
	if n := sum["Courtyard"]; n != 160 {
		t.Errorf("%d courtyards, want 160", n)
	}
	if n := c.Village.Query().Where(village.Name("三星村")).CountX(ctx); n != 1 {
		t.Errorf("三星村 ×%d", n)
	}
	t.Logf("town scale: %v", sum)
}

// TestCreateAfterSeed: ordinary inserts after seeding get fresh ids in their
// type's range on both databases (the identity sequences moved past the
// sample).
func TestCreateAfterSeed(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := openDB(t)
	run(t, db, 11)
	c := db.Client
	last := func(table string) int {
		var id int
		if err := db.SQL.QueryRow(`SELECT max(id) FROM "` + table + `"`).Scan(&id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	cy := c.Courtyard.Query().Order(ent.Asc(courtyard.FieldID)).FirstX(ctx)
	maxItem, maxAward := last(issueitem.Table), last(award.Table)
	item, err := c.IssueItem.Create().SetCode("NEW_ITEM").SetName("新事项").SetCategory(issueitem.CategoryDISPUTE).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	aw, err := c.Award.Create().SetPeriod("2025H1").SetCategory(award.CategoryCOURTYARD).SetCourtyardID(cy.ID).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if item.ID != maxItem+1 || ent.TypeOfID(item.ID) != "IssueItem" {
		t.Errorf("new issue item id %d after %d (%s)", item.ID, maxItem, ent.TypeOfID(item.ID))
	}
	if aw.ID != maxAward+1 || ent.TypeOfID(aw.ID) != "Award" {
		t.Errorf("new award id %d after %d (%s)", aw.ID, maxAward, ent.TypeOfID(aw.ID))
	}
	if aw.TownID != cy.TownID || aw.VillageID != cy.VillageID {
		t.Errorf("award area %d/%d, courtyard's %d/%d", aw.TownID, aw.VillageID, cy.TownID, cy.VillageID)
	}
}

// TestDistrictFigures seeds the full district (seed 1, as of 2026-06-30) and
// checks the report's figures with SQL and ent counts. It runs on PostgreSQL
// (TEST_DATABASE_URL) or with YBH_FULL_DISTRICT=1, never in -short mode.
func TestDistrictFigures(t *testing.T) {
	if testing.Short() || (testdb.Dialect() != dialect.Postgres && os.Getenv("YBH_FULL_DISTRICT") != "1") {
		t.Skip("full district: runs on PostgreSQL (set " + testdb.EnvURL + ") or with YBH_FULL_DISTRICT=1, not with -short")
	}
	ctx := viewer.SystemContext(context.Background())
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	db := openDB(t)
	began := time.Now()
	sum, err := seed.Run(ctx, db, seed.Options{Scale: "district", Seed: 1, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("seeded the district on %s in %v (Go heap obtained from the OS: %d MiB)", db.Dialect, time.Since(began).Round(time.Millisecond), ms.HeapSys>>20)
	t.Logf("rows: %v", sum)
	c := db.Client
	count := func(n int, err error) int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	sqlCount := func(q string) int {
		t.Helper()
		var n int
		if err := db.SQL.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	want := func(name string, got int, ok bool, what string) {
		t.Helper()
		if !ok {
			t.Errorf("%s = %d, want %s", name, got, what)
		} else {
			t.Logf("%-28s %9d", name, got)
		}
	}

	t.Run("places", func(t *testing.T) {
		n := count(c.Town.Query().Count(ctx))
		want("towns", n, n == 40, "40")
		kinds := map[town.Kind]int{}
		for _, tw := range c.Town.Query().AllX(ctx) {
			kinds[tw.Kind]++
		}
		if kinds[town.KindTOWN] == 0 || kinds[town.KindTOWNSHIP] == 0 || kinds[town.KindSTREET] == 0 {
			t.Errorf("town kinds %v", kinds)
		}
		n = count(c.Village.Query().Count(ctx))
		want("villages", n, n >= 450 && n <= 550, "about 500")
		n = count(c.Village.Query().Where(village.KindEQ(village.KindCOMMUNITY)).Count(ctx))
		want("communities", n, n > 50, "urban communities")
		n = count(c.Courtyard.Query().Count(ctx))
		want("courtyards", n, n == 6695, "exactly 6,695")
		n = count(c.Household.Query().Count(ctx))
		want("households", n, n >= 194_000 && n <= 206_000, "about 200,000 (±3%)")
		r := count(c.Resident.Query().Count(ctx))
		want("residents", r, float64(r)/float64(n) >= 2.6 && float64(r)/float64(n) <= 3.0, "about 2.8 per household")
		n = sqlCount(`SELECT count(*) FROM (SELECT household_id FROM residents GROUP BY household_id HAVING count(*) > 6) x`)
		want("households of 7+", n, n == 0, "0: sizes 1–6")
		named := []struct{ town, village string }{
			{"三汇口乡", "杨关村"}, {"临江镇", "三星村"}, {"满月镇", "满月村"}, {"云枫街道", "永先社区"}, {"高桥镇", "大坪村"},
		}
		for _, p := range named {
			n := count(c.Village.Query().Where(village.Name(p.village), village.HasTownWith(town.Name(p.town))).Count(ctx))
			want(p.town+p.village, n, n == 1, "1 (named in the report)")
			n = count(c.Village.Query().Where(village.Name(p.village)).Count(ctx))
			want(p.village+" anywhere", n, n == 1, "1")
		}
		n = count(c.Courtyard.Query().Where(courtyard.Name("水桶湾院坝"), courtyard.HasVillageWith(village.Name("杨关村"))).Count(ctx))
		want("杨关村水桶湾院坝", n, n == 1, "1")
		// Codes: 9, 12 and 15 digits, each prefixed by its parent's.
		n = sqlCount(`SELECT count(*) FROM towns WHERE length(code) <> 9 OR substr(code, 1, 6) <> '500154'`)
		want("bad town codes", n, n == 0, "0")
		n = sqlCount(`SELECT count(*) FROM villages v JOIN towns t ON t.id = v.town_id WHERE length(v.code) <> 12 OR substr(v.code, 1, 9) <> t.code`)
		want("bad village codes", n, n == 0, "0")
		n = sqlCount(`SELECT count(*) FROM courtyards c JOIN villages v ON v.id = c.village_id WHERE length(c.code) <> 15 OR substr(c.code, 1, 12) <> v.code OR c.town_id <> v.town_id`)
		want("bad courtyard codes", n, n == 0, "0")
		n = sqlCount(`SELECT count(*) FROM (SELECT town_id, name FROM villages GROUP BY town_id, name HAVING count(*) > 1) x`)
		want("duplicate village names", n, n == 0, "0 within a town")
		n = sqlCount(`SELECT count(*) FROM (SELECT village_id, name FROM courtyards GROUP BY village_id, name HAVING count(*) > 1) x`)
		want("duplicate courtyard names", n, n == 0, "0 within a village")
		n = count(c.Courtyard.Query().Where(courtyard.Or(courtyard.LatitudeLT(31.0), courtyard.LatitudeGT(31.6),
			courtyard.LongitudeLT(107.9), courtyard.LongitudeGT(108.9), courtyard.LatitudeIsNil())).Count(ctx))
		want("courtyards outside Kaizhou", n, n == 0, "0")
		// Courtyard sizes: most 20–40 households, a long tail of big ones.
		sizes := map[string]int{}
		rows, err := db.SQL.Query(`SELECT count(*) FROM households GROUP BY courtyard_id`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var k int
			rows.Scan(&k)
			switch {
			case k < 20:
				sizes["<20"]++
			case k <= 40:
				sizes["20–40"]++
			case k < 60:
				sizes["41–59"]++
			default:
				sizes["60+"]++
			}
		}
		rows.Close()
		t.Logf("courtyard sizes: %v", sizes)
		if sizes["20–40"]*2 < 6695 || sizes["60+"] < 100 {
			t.Errorf("courtyard sizes %v: want most 20–40 and a tail of 60+", sizes)
		}
	})

	t.Run("officers", func(t *testing.T) {
		// 30 posts (publicists' and informants') are vacant at AsOf: their
		// officer left in the last weeks and nobody is appointed yet.
		n := count(c.RoleAssignment.Query().Where(roleassignment.EndedAtIsNil()).Count(ctx))
		want("active assignments", n, n == 4*6695-30, "4 per courtyard, 30 posts vacant")
		vacant := 0
		for _, role := range []roleassignment.Role{roleassignment.RoleHEAD, roleassignment.RolePUBLICIST, roleassignment.RoleAGENT, roleassignment.RoleINFORMANT} {
			n := count(c.Courtyard.Query().Where(courtyard.Not(courtyard.HasRoleAssignmentsWith(
				roleassignment.RoleEQ(role), roleassignment.EndedAtIsNil()))).Count(ctx))
			ok := n == 0
			if role == roleassignment.RolePUBLICIST || role == roleassignment.RoleINFORMANT {
				ok, vacant = n > 0, vacant+n
			}
			want("courtyards without "+string(role), n, ok, "0 (some for publicists and informants)")
		}
		want("posts vacant", vacant, vacant == 30, "30")
		n = count(c.RoleAssignment.Query().Where(roleassignment.EndedAtNotNil(), roleassignment.Not(roleassignment.HasSuccessor())).Count(ctx))
		want("officers who left a vacancy", n, n == 240, "240")
		n = count(c.Resident.Query().Where(resident.HasRoleAssignmentsWith(roleassignment.EndedAtIsNil(),
			roleassignment.RoleNEQ(roleassignment.RoleHEAD))).Count(ctx))
		want("distinct appointed officers", n, n == 5698, "exactly 5,698")
		n = count(c.Resident.Query().Where(resident.HasRoleAssignmentsWith(roleassignment.EndedAtIsNil(),
			roleassignment.RoleEQ(roleassignment.RoleHEAD))).Count(ctx))
		want("distinct heads", n, n == 6695, "6,695: one courtyard each")
		n = count(c.Resident.Query().Where(resident.HasRoleAssignmentsWith(roleassignment.RoleEQ(roleassignment.RoleHEAD)),
			resident.HasRoleAssignmentsWith(roleassignment.RoleNEQ(roleassignment.RoleHEAD))).Count(ctx))
		want("heads holding other roles", n, n == 0, "0")
		n = count(c.RoleAssignment.Query().Where(roleassignment.RoleEQ(roleassignment.RoleHEAD), roleassignment.Or(
			roleassignment.SelectionNEQ(roleassignment.SelectionELECTED),
			roleassignment.HasResidentWith(resident.PartyMember(false)))).Count(ctx))
		want("heads not elected party members", n, n == 0, "0")
		n = count(c.RoleAssignment.Query().Where(roleassignment.RoleNEQ(roleassignment.RoleHEAD),
			roleassignment.SelectionNEQ(roleassignment.SelectionAPPOINTED)).Count(ctx))
		want("officers not appointed", n, n == 0, "0")
		shared := sqlCount(`SELECT count(*) FROM (SELECT resident_id FROM role_assignments WHERE ended_at IS NULL GROUP BY resident_id HAVING count(DISTINCT courtyard_id) > 1) x`)
		want("officers serving 2+ courtyards", shared, shared > 1000, "many")
		failing := c.RoleAssignment.Query().Where(roleassignment.EndReasonEQ(roleassignment.EndReasonRATED_FAILING)).AllX(ctx)
		want("rated failing", len(failing), len(failing) == 16, "exactly 16")
		for _, a := range failing {
			// Replaced a few weeks after the half-year in which residents
			// rated them 1–2, or (the most recent) during it.
			half := a.EndedAt.AddDate(0, -1, 0)
			period := fmt.Sprintf("%dH%d", half.Year(), (int(half.Month())-1)/6+1)
			if a.EndedAt.After(asOf.AddDate(0, -2, 0)) {
				period = fmt.Sprintf("%dH%d", a.EndedAt.Year(), (int(a.EndedAt.Month())-1)/6+1)
			}
			succ := count(c.RoleAssignment.Query().Where(roleassignment.CourtyardID(a.CourtyardID), roleassignment.RoleEQ(a.Role),
				roleassignment.StartedAt(*a.EndedAt), roleassignment.EndedAtIsNil()).Count(ctx))
			low := count(c.Rating.Query().Where(rating.RoleAssignmentID(a.ID), rating.Period(period), rating.ScoreLTE(2)).Count(ctx))
			high := count(c.Rating.Query().Where(rating.RoleAssignmentID(a.ID), rating.Period(period), rating.ScoreGTE(3)).Count(ctx))
			if succ != 1 || low == 0 || high > 0 || a.Role == roleassignment.RoleHEAD {
				t.Errorf("failing %s %d ended %v: %d successors; in %s %d low and %d other ratings", a.Role, a.ID, a.EndedAt, succ, period, low, high)
			}
		}
	})

	t.Run("proxy services", func(t *testing.T) {
		n := count(c.Ticket.Query().Count(ctx))
		want("tickets", n, n >= 24_000, "24,000+")
		n = count(c.Ticket.Query().Where(ticket.SubmittedAtGTE(asOf.AddDate(-1, 0, 0))).Count(ctx))
		want("tickets in the last year", n, n >= 24_000, "24,000+")
		for _, st := range []ticket.Status{ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS,
			ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN} {
			n := count(c.Ticket.Query().Where(ticket.StatusEQ(st)).Count(ctx))
			want("tickets "+string(st), n, n > 0, "some")
		}
		n = count(c.Ticket.Query().Where(ticket.StatusIn(ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS),
			ticket.DueAtLT(asOf)).Count(ctx))
		want("overdue tickets", n, n > 0, "some")
		rated := count(c.Rating.Query().Where(rating.DimensionEQ(rating.DimensionPROXY_SERVICE), rating.HasTicket()).Count(ctx))
		happy := count(c.Rating.Query().Where(rating.DimensionEQ(rating.DimensionPROXY_SERVICE), rating.HasTicket(), rating.ScoreGTE(4)).Count(ctx))
		want("ticket ratings ≥ 4 (‰)", happy*1000/max(rated, 1), rated > 0 && happy*100 >= 95*rated, "≥ 950‰")
	})

	t.Run("deliberation", func(t *testing.T) {
		n := count(c.Issue.Query().Where(issue.CategoryEQ(issue.CategoryDISPUTE), issue.StageIn(issue.StageEXECUTED, issue.StageEVALUATED)).Count(ctx))
		want("mediated disputes", n, n >= 15_000, "15,000+")
		n = count(c.Issue.Query().Where(issue.CategoryEQ(issue.CategoryCUSTOMS), issue.StageIn(issue.StageEXECUTED, issue.StageEVALUATED),
			issue.HasItemWith(issueitem.Code("NEEDLESS_BANQUET"))).Count(ctx))
		want("stopped needless banquets", n, n >= 800, "800+")
		for _, cat := range []issue.Category{issue.CategoryPUBLIC_FACILITY, issue.CategoryLIVING_ENVIRONMENT, issue.CategoryDISPUTE, issue.CategoryCUSTOMS} {
			for _, st := range issueStages {
				if n := count(c.Issue.Query().Where(issue.CategoryEQ(cat), issue.StageEQ(st)).Count(ctx)); n == 0 {
					t.Errorf("no %s issue at %s", cat, st)
				}
			}
		}
		n = count(c.Issue.Query().Where(issue.EscalatedAtNotNil()).Count(ctx))
		want("escalated to the village", n, n > 0, "some")
		n = count(c.Issue.Query().Where(issue.CollectiveFundFenNotNil(), issue.VotesForNotNil()).Count(ctx))
		want("votes on collective funds", n, n > 0, "some")
		ideas := count(c.Idea.Query().Count(ctx))
		adopted := count(c.Idea.Query().Where(idea.Adopted(true)).Count(ctx))
		want("adopted golden ideas", adopted, adopted >= 1_800 && ideas > adopted, "1,800+ among more")
	})

	t.Run("lectures", func(t *testing.T) {
		lectures := c.Session.Query().Where(session.KindEQ(session.KindLECTURE)).WithQuarterTheme().AllX(ctx)
		want("lectures", len(lectures), len(lectures) >= 12_000, "12,000+")
		attendance, topics := 0, map[int]int{}
		for _, s := range lectures {
			attendance += s.Attendance
			th := s.Edges.QuarterTheme
			q := fmt.Sprintf("%dQ%d", s.HeldAt.Year(), (int(s.HeldAt.Month())-1)/3+1)
			if th == nil || th.VillageID != s.VillageID || th.Quarter != q || s.TopicID == nil || *s.TopicID != th.TopicID {
				t.Fatalf("lecture %d (village %d, %s, %v) does not follow its theme %+v", s.ID, s.VillageID, q, s.TopicID, th)
			}
			topics[*s.TopicID]++
		}
		want("lecture attendance", attendance, attendance >= 200_000, "200,000+")
		want("lecture topics", len(topics), len(topics) == 8, "8")
		n := sqlCount(`SELECT count(*) FROM (SELECT village_id, quarter FROM quarter_themes GROUP BY village_id, quarter HAVING count(*) < 2 OR count(*) > 3) x`)
		want("village quarters without 2–3 themes", n, n == 0, "0")
	})

	t.Run("ratings", func(t *testing.T) {
		for _, p := range []string{"2025H1", "2025H2", "2026H1"} {
			for _, d := range []rating.Dimension{rating.DimensionDELIBERATION, rating.DimensionPROXY_SERVICE, rating.DimensionPUBLICITY} {
				n := count(c.Rating.Query().Where(rating.Period(p), rating.DimensionEQ(d), rating.TargetEQ(rating.TargetCOURTYARD)).Count(ctx))
				want("self-evaluations "+p+" "+string(d), n, n == 6695, "one per courtyard")
				n = count(c.Rating.Query().Where(rating.Period(p), rating.DimensionEQ(d), rating.TargetEQ(rating.TargetOFFICER)).Count(ctx))
				want("officer ratings "+p+" "+string(d), n, n > 0, "some")
			}
		}
	})

	t.Run("incentives", func(t *testing.T) {
		n := count(c.Resident.Query().Where(resident.HasHouseholdWith(household.HasPointEntries())).Count(ctx))
		want("residents with points", n, n >= 200_000, "200,000+")
		// Redemptions never exceed the household's balance at the time.
		type event struct {
			at     time.Time
			points int
		}
		events := map[int][]event{}
		for _, e := range c.PointEntry.Query().Where(pointentry.HouseholdIDNotNil()).AllX(ctx) {
			events[*e.HouseholdID] = append(events[*e.HouseholdID], event{e.AwardedAt, e.Points})
		}
		for _, r := range c.PointRedemption.Query().AllX(ctx) {
			events[r.HouseholdID] = append(events[r.HouseholdID], event{r.RedeemedAt, -r.Points - 1_000_000})
		}
		overdrawn := 0
		for _, es := range events {
			// Entries before redemptions at the same instant.
			slices.SortFunc(es, func(a, b event) int {
				if c := a.at.Compare(b.at); c != 0 {
					return c
				}
				return b.points - a.points
			})
			balance := 0
			for _, e := range es {
				if e.points < -500_000 {
					balance += e.points + 1_000_000
					if balance < 0 {
						overdrawn++
					}
				} else {
					balance += e.points
				}
			}
		}
		want("overdrawn redemptions", overdrawn, overdrawn == 0, "0")
		var fen int64
		for _, g := range c.Grant.Query().AllX(ctx) {
			fen += g.AmountFen
		}
		want("grants (yuan)", int(fen/100), fen == 870_000_000, "exactly 8,700,000 yuan")
		periods := map[string]map[award.Category]int{}
		for _, a := range c.Award.Query().AllX(ctx) {
			if periods[a.Period] == nil {
				periods[a.Period] = map[award.Category]int{}
			}
			periods[a.Period][a.Category]++
		}
		for _, p := range []string{"2025H1", "2025H2"} {
			for _, cat := range []award.Category{award.CategoryCOURTYARD, award.CategoryHEAD, award.CategoryAGENT, award.CategoryPUBLICIST, award.CategoryINFORMANT} {
				want("awards "+p+" "+string(cat), periods[p][cat], periods[p][cat] == 100, "exactly 100")
			}
		}
		if len(periods) != 2 {
			t.Errorf("awards in periods %v, want the completed half-years 2025H1 and 2025H2", periods)
		}
		n = count(c.Grant.Query().Where(grant.PeriodNotIn("2025H1", "2025H2")).Count(ctx))
		want("grants outside completed half-years", n, n == 0, "0")
	})
}
