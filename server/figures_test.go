package server_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/workflow"
)

// TestDistrictFigures seeds the full demo district and reads the report's
// figures back through the GraphQL API. It runs on PostgreSQL (CI) or when
// YBH_FULL_DISTRICT=1; the fast suite covers the same code at village scale.
func TestDistrictFigures(t *testing.T) {
	if testing.Short() || (testdb.Dialect() != dialect.Postgres && os.Getenv("YBH_FULL_DISTRICT") != "1") {
		t.Skip("full district: runs on PostgreSQL (set " + testdb.EnvURL + ") or with YBH_FULL_DISTRICT=1, not with -short")
	}
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	a := newAPI(t)
	start := time.Now()
	if _, err := seed.Run(ctx(), a.db, seed.Options{Scale: "district", Seed: 1, AsOf: asOf}); err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded the district on %s in %s", a.db.Dialect, time.Since(start).Round(time.Millisecond))

	// count runs `field(where: …) { totalCount }` queries, one request each:
	// dozens of counts over large tables in one operation would cost more
	// than one operation may (see graph.OperationCost).
	count := func(fields map[string]string) map[string]int {
		t.Helper()
		got := map[string]int{}
		for alias, sel := range fields {
			var out map[string]struct{ TotalCount int }
			a.query(fmt.Sprintf("{ %s: %s { totalCount } }", alias, sel), nil, &out)
			got[alias] = out[alias].TotalCount
		}
		return got
	}
	expect := func(got map[string]int, name string, ok func(int) bool, want string) {
		t.Helper()
		if !ok(got[name]) {
			t.Errorf("%s = %d, want %s", name, got[name], want)
		}
	}
	eq := func(n int) func(int) bool { return func(v int) bool { return v == n } }
	atLeast := func(n int) func(int) bool { return func(v int) bool { return v >= n } }
	between := func(lo, hi int) func(int) bool { return func(v int) bool { return v >= lo && v <= hi } }

	places := count(map[string]string{
		"towns":       `towns`,
		"villages":    `villages`,
		"courtyards":  `courtyards`,
		"households":  `households`,
		"yangguan":    `villages(where: {name: "杨关村", hasTownWith: {name: "三汇口乡"}})`,
		"shuitongwan": `courtyards(where: {name: "水桶湾院坝", hasVillageWith: {name: "杨关村"}})`,
		"sanxing":     `villages(where: {name: "三星村", hasTownWith: {name: "临江镇"}})`,
		"manyue":      `villages(where: {name: "满月村"})`,
		"yongxian":    `villages(where: {name: "永先社区", hasTownWith: {name: "云枫街道"}})`,
		"daping":      `villages(where: {name: "大坪村", hasTownWith: {name: "高桥镇"}})`,
	})
	expect(places, "towns", eq(40), "40")
	expect(places, "villages", between(450, 550), "about 500")
	expect(places, "courtyards", eq(6695), "exactly 6,695")
	expect(places, "households", between(194_000, 206_000), "about 200,000")
	for _, p := range []string{"yangguan", "shuitongwan", "sanxing", "manyue", "yongxian", "daping"} {
		expect(places, p, eq(1), "1 (a place the report names)")
	}

	staff := map[string]string{
		"active":       `roleAssignments(where: {endedAtIsNil: true})`,
		"officers":     `residents(where: {hasRoleAssignmentsWith: {endedAtIsNil: true, roleNEQ: HEAD}})`,
		"heads":        `residents(where: {hasRoleAssignmentsWith: {endedAtIsNil: true, role: HEAD}})`,
		"badHeads":     `roleAssignments(where: {role: HEAD, endedAtIsNil: true, or: [{selectionNEQ: ELECTED}, {hasResidentWith: {partyMember: false}}]})`,
		"ratedFailing": `roleAssignments(where: {endReason: RATED_FAILING})`,
	}
	for _, role := range []string{"HEAD", "PUBLICIST", "AGENT", "INFORMANT"} {
		staff["without"+role] = fmt.Sprintf(`courtyards(where: {not: {hasRoleAssignmentsWith: {role: %s, endedAtIsNil: true}}})`, role)
	}
	got := count(staff)
	expect(got, "active", eq(4*6695-30), "4 per courtyard but the 30 posts left vacant at the seed date")
	expect(got, "officers", eq(5698), "exactly 5,698 distinct officers (宣传员, 代办员, 信息员), some serving several courtyards")
	expect(got, "heads", eq(6695), "one head per courtyard")
	expect(got, "badHeads", eq(0), "0: heads are elected party members")
	expect(got, "ratedFailing", eq(16), "16 officers rated failing and replaced")
	// The scoring rule flags those 16 among the officers rated poorly in
	// each half-year (residents rate all through every half-year), and the
	// district breaks no workflow rule.
	flagged, scoring := map[string]bool{}, time.Now()
	for _, p := range []string{"2024H2", "2025H1", "2025H2", "2026H1"} {
		var out struct {
			FailingOfficers []struct{ RoleAssignment struct{ ID string } }
		}
		a.query(`query($p: String!) { failingOfficers(period: $p) { roleAssignment { id } } }`, map[string]any{"p": p}, &out)
		for _, f := range out.FailingOfficers {
			flagged[f.RoleAssignment.ID] = true
		}
	}
	t.Logf("failingOfficers over 4 half-years of the district: %s", time.Since(scoring).Round(time.Millisecond))
	expect(map[string]int{"flagged": len(flagged)}, "flagged", eq(225), "225 officers flagged failing by the scoring rule over 4 half-years")
	checking := time.Now()
	if vs, err := workflow.Check(ctx(), a.db.Client); err != nil || len(vs) > 0 {
		t.Errorf("rule check over the district: %v; %d violations, first: %v", err, len(vs), vs[:min(len(vs), 10)])
	}
	t.Logf("rule check over the district: %s", time.Since(checking).Round(time.Millisecond))
	// The half-year's "五个最美" round: 100 winners in each category (incentives_test.go).
	var grants struct{ GrantYearTotal struct{ AmountFen int64 } }
	a.query(`{ grantYearTotal(year: 2025) { amountFen } }`, nil, &grants)
	expect(map[string]int{"grants": int(grants.GrantYearTotal.AmountFen / 100)}, "grants", eq(8_700_000), "8,700,000 yuan granted in 2025")
	for cat, n := range awardRound(t, a, a.token, "2026H1") {
		expect(map[string]int{cat: n}, cat, eq(100), "100 winners of 2026H1")
	}
	// Heads and agents are always in post; publicists and informants leave
	// posts vacant until a successor is appointed: 30 at the seed date.
	for _, role := range []string{"HEAD", "AGENT"} {
		expect(got, "without"+role, eq(0), "0: every courtyard has one")
	}
	vacant := map[string]int{"vacant": got["withoutPUBLICIST"] + got["withoutINFORMANT"]}
	expect(vacant, "vacant", eq(30), "30 courtyards waiting for a publicist or an informant")

	asOfText := asOf.Format(time.RFC3339)
	work := map[string]string{
		"tickets":      `tickets`,
		"overdue":      `tickets(where: {statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS], dueAtLT: "` + asOfText + `"})`,
		"overdueNow":   `tickets(where: {overdue: true})`,
		"lateTickets":  `tickets(where: {onTime: false})`,
		"serviceRated": `ratings(where: {dimension: PROXY_SERVICE, hasTicket: true})`,
		"serviceHappy": `ratings(where: {dimension: PROXY_SERVICE, hasTicket: true, scoreGTE: 4})`,
		"disputes":     `issues(where: {category: DISPUTE, stageIn: [EXECUTED, EVALUATED]})`,
		"banquets":     `issues(where: {category: CUSTOMS, stageIn: [EXECUTED, EVALUATED]})`,
		"escalated":    `issues(where: {escalatedAtNotNil: true})`,
		"votes":        `issues(where: {collectiveFundFenNotNil: true, votesForNotNil: true})`,
		"ideas":        `ideas`,
		"adopted":      `ideas(where: {adopted: true})`,
		"lectures":     `sessions(where: {kind: LECTURE})`,
		"offTheme":     `sessions(where: {kind: LECTURE, hasQuarterTheme: false})`,
		"pointsPeople": `residents(where: {hasHouseholdWith: {hasPointEntries: true}})`,
		"redemptions":  `pointRedemptions`,
	}
	for _, s := range []string{"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED", "REJECTED", "WITHDRAWN"} {
		work["status"+s] = fmt.Sprintf(`tickets(where: {status: %s})`, s)
	}
	for _, c := range []string{"PUBLIC_FACILITY", "LIVING_ENVIRONMENT", "DISPUTE", "CUSTOMS"} {
		for _, s := range []string{"COLLECTED", "CONFIRMED", "VISITED", "DECIDED", "EXECUTED", "EVALUATED"} {
			work["issue"+c+s] = fmt.Sprintf(`issues(where: {category: %s, stage: %s})`, c, s)
		}
	}
	for _, topic := range []string{"THEORY", "POLICY", "HEALTH", "LAW", "ROLE_MODEL", "TECHNOLOGY", "SAFETY", "CHANGE"} {
		work["topic"+topic] = fmt.Sprintf(`sessions(where: {kind: LECTURE, hasTopicWith: {code: "%s"}})`, topic)
	}
	for _, p := range []string{"2025H1", "2025H2"} {
		for _, d := range []string{"DELIBERATION", "PROXY_SERVICE", "PUBLICITY"} {
			work["rating"+p+d] = fmt.Sprintf(`ratings(where: {period: "%s", dimension: %s})`, p, d)
		}
	}
	got = count(work)
	expect(got, "tickets", atLeast(24_000), "24,000+")
	expect(got, "overdue", atLeast(1), "some overdue tickets")
	expect(got, "overdueNow", atLeast(got["overdue"]), "at least those overdue at the seed's date (filter overdue: true)")
	expect(got, "lateTickets", atLeast(1), "some tickets completed late (filter onTime: false)")
	expect(got, "disputes", atLeast(15_000), "15,000+ mediated disputes")
	expect(got, "banquets", atLeast(800), "800+ stopped banquets")
	expect(got, "escalated", atLeast(1), "escalations to the village")
	expect(got, "votes", atLeast(1), "votes on collective funds")
	expect(got, "adopted", atLeast(1_800), "1,800+ adopted ideas")
	expect(got, "lectures", atLeast(12_000), "12,000+ lectures")
	expect(got, "offTheme", eq(0), "0: lectures follow the village's quarter themes")
	expect(got, "pointsPeople", atLeast(200_000), "200,000+ residents with points")
	expect(got, "redemptions", atLeast(1), "redemptions")
	if got["ideas"] <= got["adopted"] {
		t.Errorf("ideas %d, adopted %d: some ideas should not be adopted", got["ideas"], got["adopted"])
	}
	if got["serviceRated"] == 0 || float64(got["serviceHappy"]) < 0.95*float64(got["serviceRated"]) {
		t.Errorf("satisfaction %d of %d ticket ratings, want at least 95%%", got["serviceHappy"], got["serviceRated"])
	}
	for alias, n := range got {
		for _, prefix := range []string{"status", "issue", "topic", "rating"} {
			if strings.HasPrefix(alias, prefix) && n < 1 {
				t.Errorf("%s = 0: every status, stage × category, topic and dimension × half-year should occur", alias)
			}
		}
	}

	awards := map[string]string{}
	for _, p := range []string{"2024H2", "2025H1", "2025H2", "2026H1"} {
		for _, c := range []string{"COURTYARD", "HEAD", "AGENT", "PUBLICIST", "INFORMANT"} {
			awards["award"+p+c] = fmt.Sprintf(`awards(where: {period: "%s", category: %s})`, p, c)
		}
	}
	got = count(awards)
	for alias, n := range got {
		complete := strings.Contains(alias, "2025H1") || strings.Contains(alias, "2025H2")
		if (complete && n != 100) || (!complete && n != 0 && n != 100) {
			t.Errorf("%s = %d, want 100 per category per completed half-year", alias, n)
		}
	}

	// Sums are read page by page, as an analyst exporting them would.
	if fen := sumPages(t, a, "grants", "amountFen"); fen != 870_000_000 {
		t.Errorf("grants total %d fen, want 8,700,000 yuan", fen)
	}
	if people := sumPages(t, a, "sessions(where: {kind: LECTURE})", "attendance"); people < 200_000 {
		t.Errorf("lecture attendance %d, want 200,000+", people)
	}
}

// sumPages pages through a connection 500 at a time and sums an integer field.
func sumPages(t *testing.T, a *api, conn, field string) int64 {
	t.Helper()
	name, args, _ := strings.Cut(conn, "(")
	args = strings.TrimSuffix(args, ")")
	if args != "" {
		args += ", "
	}
	q := fmt.Sprintf(`query($after: Cursor) { %s(%sfirst: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { %s } } } }`, name, args, field)
	var total int64
	var after any
	for {
		var out map[string]struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct{ Node map[string]int64 }
		}
		a.query(q, map[string]any{"after": after}, &out)
		page := out[name]
		for _, e := range page.Edges {
			total += e.Node[field]
		}
		if !page.PageInfo.HasNextPage {
			return total
		}
		after = page.PageInfo.EndCursor
	}
}
