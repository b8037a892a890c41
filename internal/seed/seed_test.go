package seed_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/household"
	"yuanbahui/ent/householdmove"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/migrate"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	_ "yuanbahui/ent/runtime"
	"yuanbahui/ent/session"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/period"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// asOf anchors every run of the tests: the history is 2024-01-01 … 2025-07-01.
var asOf = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

var dbSeq atomic.Int64

// issueStages are the six steps of the loop in order.
var issueStages = []issue.Stage{issue.StageCOLLECTED, issue.StageCONFIRMED, issue.StageVISITED,
	issue.StageDECIDED, issue.StageEXECUTED, issue.StageEVALUATED}

// openDB opens a fresh migrated database (SQLite, or PostgreSQL when
// TEST_DATABASE_URL is set).
func openDB(t *testing.T) *store.DB {
	t.Helper()
	return testdb.Open(t)
}

func TestMain(m *testing.M) { testdb.Main(m) }

// tableCounts counts the rows of every table in the database.
func tableCounts(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, name := range tables(t, db) {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM "` + name + `"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		counts[name] = n
	}
	return counts
}

// tables lists the schema's tables by name.
func tables(t *testing.T, _ *sql.DB) []string {
	t.Helper()
	var names []string
	for _, tb := range migrate.Tables {
		names = append(names, tb.Name)
	}
	sort.Strings(names)
	return names
}

// digest hashes every row of every table in id order, all columns included
// (created_at and updated_at too: the seeder derives them from AsOf), each
// value in a canonical text that is the same on SQLite and PostgreSQL: ints in
// decimal, floats in shortest form, times as UTC RFC 3339, NULL as a marker,
// bools as true/false, JSON compacted.
func digest(t *testing.T, db *sql.DB) string {
	t.Helper()
	h := sha256.New()
	tbs := slices.Clone(migrate.Tables)
	slices.SortFunc(tbs, func(a, b *schema.Table) int { return strings.Compare(a.Name, b.Name) })
	for _, tb := range tbs {
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, fmt.Sprintf("%q", c.Name))
		}
		rows, err := db.Query(`SELECT ` + strings.Join(cols, ", ") + ` FROM "` + tb.Name + `" ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "table %s %v\n", tb.Name, cols)
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				s, err := canonical(tb.Columns[i].Type, v)
				if err != nil {
					t.Fatalf("%s.%s: %v", tb.Name, tb.Columns[i].Name, err)
				}
				h.Write([]byte(s))
				h.Write([]byte{0x1f})
			}
			h.Write([]byte{'\n'})
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}

// canonical returns the dialect-neutral text of a column value.
func canonical(typ field.Type, v any) (string, error) {
	if v == nil {
		return "\x00NULL", nil
	}
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	switch typ {
	case field.TypeBool:
		switch x := v.(type) {
		case bool:
			return strconv.FormatBool(x), nil
		case int64:
			return strconv.FormatBool(x != 0), nil
		}
	case field.TypeTime:
		var tm sqliteTime
		if err := tm.Scan(v); err != nil {
			return "", err
		}
		return time.Time(tm).UTC().Format(time.RFC3339Nano), nil
	case field.TypeJSON:
		if s, ok := v.(string); ok {
			var x any
			if err := json.Unmarshal([]byte(s), &x); err != nil {
				return "", err
			}
			b, err := json.Marshal(x)
			return string(b), err
		}
	case field.TypeFloat32, field.TypeFloat64:
		if f, ok := v.(float64); ok {
			return strconv.FormatFloat(f, 'g', -1, 64), nil
		}
	default:
		switch x := v.(type) {
		case int64:
			return strconv.FormatInt(x, 10), nil
		case string:
			return x, nil
		}
	}
	return "", fmt.Errorf("unexpected %T value %v for a %s column", v, v, typ)
}

func run(t *testing.T, db *store.DB, s int64) seed.Summary {
	t.Helper()
	sum, err := seed.Run(context.Background(), db, seed.Options{Scale: "village", Seed: s, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestRunVillage(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	sdb := openDB(t)
	client, db := sdb.Client, sdb.SQL

	progress := map[string][2]int{}
	calls := 0
	began := time.Now()
	sum, err := seed.Run(ctx, sdb, seed.Options{
		Scale: "village", Seed: 42, AsOf: asOf,
		Progress: func(stage string, done, total int) {
			calls++
			if last := progress[stage]; done <= last[0] && last[1] != 0 {
				t.Errorf("progress of %s went from %d to %d", stage, last[0], done)
			}
			progress[stage] = [2]int{done, total}
		},
	})
	elapsed := time.Since(began)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded in %v: %v", elapsed, sum)

	checkSample(t, client, db, asOf, sum, progress, calls)
}

// TestCollectsPlannerStatistics: on both databases the seeder leaves statistics of
// every table it wrote, so the first queries after a seed are planned from them.
func TestCollectsPlannerStatistics(t *testing.T) {
	sdb := openDB(t)
	sum := run(t, sdb, 5)
	if testdb.Dialect() != dialect.Postgres {
		for _, table := range []string{resident.Table, roleassignment.Table, courtyard.Table} {
			var n int
			if err := sdb.SQL.QueryRow(`SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = ?`, table).Scan(&n); err != nil || n == 0 {
				t.Errorf("%s: no planner statistics after seeding (%d rows of sqlite_stat1, %v)", table, n, err)
			}
		}
		return
	}
	for _, k := range []struct{ name, table string }{{"Resident", resident.Table}, {"RoleAssignment", roleassignment.Table}, {"Courtyard", courtyard.Table}} {
		if sum[k.name] == 0 {
			t.Fatalf("the sample wrote no %s", k.name)
		}
		var analyzed bool
		err := sdb.SQL.QueryRow(`SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = $1`, k.table).Scan(&analyzed)
		if err != nil {
			t.Fatal(err)
		}
		if !analyzed {
			t.Errorf("%s: no planner statistics after seeding", k.table)
		}
	}
}

// checkSample checks the invariants of a village-scale sample seeded as of asOf
// (progress and calls: what the Progress callback saw, nil when not watched).
func checkSample(t *testing.T, client *ent.Client, db *sql.DB, asOf time.Time, sum seed.Summary, progress map[string][2]int, calls int) {
	ctx := viewer.SystemContext(context.Background())
	asOf = asOf.UTC().Truncate(time.Second)
	from := asOf.AddDate(0, -18, 0)
	t.Run("summary matches the database", func(t *testing.T) {
		count := map[string]func(context.Context) (int, error){
			"District":         client.District.Query().Count,
			"Town":             client.Town.Query().Count,
			"Village":          client.Village.Query().Count,
			"Courtyard":        client.Courtyard.Query().Count,
			"Household":        client.Household.Query().Count,
			"HouseholdMove":    client.HouseholdMove.Query().Count,
			"Resident":         client.Resident.Query().Count,
			"RoleAssignment":   client.RoleAssignment.Query().Count,
			"IssueItem":        client.IssueItem.Query().Count,
			"ServiceType":      client.ServiceType.Query().Count,
			"PointRule":        client.PointRule.Query().Count,
			"SupermarketItem":  client.SupermarketItem.Query().Count,
			"LectureTopic":     client.LectureTopic.Query().Count,
			"QuarterTheme":     client.QuarterTheme.Query().Count,
			"Issue":            client.Issue.Query().Count,
			"IssueStep":        client.IssueStep.Query().Count,
			"IssueParty":       client.IssueParty.Query().Count,
			"DeliberationRule": client.DeliberationRule.Query().Count,
			"Idea":             client.Idea.Query().Count,
			"Ticket":           client.Ticket.Query().Count,
			"Session":          client.Session.Query().Count,
			"Rating":           client.Rating.Query().Count,
			"PointEntry":       client.PointEntry.Query().Count,
			"PointRedemption":  client.PointRedemption.Query().Count,
			"Award":            client.Award.Query().Count,
			"Grant":            client.Grant.Query().Count,
		}
		if len(sum) != len(count) {
			t.Errorf("summary has %d entities, want %d: %v", len(sum), len(count), sum)
		}
		for name, f := range count {
			n, err := f(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if sum[name] != n {
				t.Errorf("summary[%s] = %d, database holds %d", name, sum[name], n)
			}
			if n == 0 {
				t.Errorf("no %s rows", name)
			}
			if p, ok := progress[name]; progress != nil && (!ok || p[0] != n || p[1] != n) {
				t.Errorf("last progress of %s = %v, want done = total = %d", name, p, n)
			}
		}
		if sum["IssueItem"] != 17 {
			t.Errorf("%d issue items, want 17", sum["IssueItem"])
		}
		if c := sum["Courtyard"]; c < 20 || c > 32 {
			t.Errorf("%d courtyards, want 4 villages × 5–8", c)
		}
		if h, c := sum["Household"], sum["Courtyard"]; h < 15*c || h > 40*c {
			t.Errorf("%d households for %d courtyards", h, c)
		}
		if r, h := sum["Resident"], sum["Household"]; r < 2*h || r > 4*h {
			t.Errorf("%d residents for %d households: want about 3 per household", r, h)
		}
		if progress != nil && calls < len(count) {
			t.Errorf("progress called %d times", calls)
		}
	})

	t.Run("places and codes", func(t *testing.T) {
		d := client.District.Query().OnlyX(ctx)
		if d.Code != "500154" || d.Name != "开州区" {
			t.Errorf("district %s %s", d.Code, d.Name)
		}
		tw := client.Town.Query().OnlyX(ctx)
		if tw.Code != "500154104" || tw.Name != "临江镇" {
			t.Errorf("town %s %s", tw.Code, tw.Name)
		}
		vs := client.Village.Query().AllX(ctx)
		if len(vs) != 4 {
			t.Errorf("%d villages, want 4", len(vs))
		}
		vcode := map[int]string{}
		sanxing := false
		for _, v := range vs {
			vcode[v.ID] = v.Code
			sanxing = sanxing || v.Name == "三星村"
			if len(v.Code) != 12 || !strings.HasPrefix(v.Code, tw.Code) || v.TownID != tw.ID {
				t.Errorf("village %s code %s", v.Name, v.Code)
			}
		}
		if !sanxing {
			t.Error("三星村 missing")
		}
		perVillage := map[int]int{}
		for _, c := range client.Courtyard.Query().AllX(ctx) {
			perVillage[c.VillageID]++
			if len(c.Code) != 15 || !strings.HasPrefix(c.Code, vcode[c.VillageID]) || c.TownID != tw.ID {
				t.Errorf("courtyard %s code %s village %d town %d", c.Name, c.Code, c.VillageID, c.TownID)
			}
			if !strings.HasSuffix(c.Name, "院坝") {
				t.Errorf("courtyard name %q", c.Name)
			}
			if c.Latitude == nil || c.Longitude == nil || *c.Latitude < 30.9 || *c.Latitude > 31.4 || *c.Longitude < 108.1 || *c.Longitude > 108.7 {
				t.Errorf("courtyard %s at %v, %v: not near Kaizhou", c.Name, c.Latitude, c.Longitude)
			}
		}
		for vid, n := range perVillage {
			if n < 5 || n > 8 {
				t.Errorf("village %d has %d courtyards", vid, n)
			}
		}
		idRe := regexp.MustCompile(`^\d{17}[\dX]$`)
		phoneRe := regexp.MustCompile(`^1\d{2}0000\d{4}$`)
		for _, r := range client.Resident.Query().AllX(ctx) {
			if !idRe.MatchString(r.IDCardNumber) || !strings.HasPrefix(r.IDCardNumber, "500154") {
				t.Fatalf("resident %s id %q", r.Name, r.IDCardNumber)
			}
			if validIDCheck(r.IDCardNumber) {
				t.Fatalf("resident %s id %q has a valid GB 11643 check character: it could be a real person's", r.Name, r.IDCardNumber)
			}
			if r.Phone != "" && !phoneRe.MatchString(r.Phone) {
				t.Fatalf("resident %s phone %q", r.Name, r.Phone)
			}
			if r.BirthYear == nil || *r.BirthYear < 1920 || *r.BirthYear >= asOf.Year() {
				t.Fatalf("resident %s born %v", r.Name, r.BirthYear)
			}
		}
		if n := client.Resident.Query().Where(resident.PartyMember(true)).CountX(ctx); n == 0 {
			t.Error("no party members")
		}
	})

	t.Run("officers", func(t *testing.T) {
		cys := client.Courtyard.Query().AllX(ctx)
		all := client.RoleAssignment.Query().WithResident().AllX(ctx)
		active := map[int]map[roleassignment.Role]int{}
		perResident := map[int]int{}
		vacant := map[int][]roleassignment.Role{} // posts vacant at AsOf
		failing := 0
		for _, a := range all {
			if a.EndedAt != nil {
				if a.EndReason == nil || !a.EndedAt.After(a.StartedAt) {
					t.Errorf("ended assignment %d: reason %v, %v → %v", a.ID, a.EndReason, a.StartedAt, a.EndedAt)
				}
				if *a.EndReason == roleassignment.EndReasonRATED_FAILING {
					failing++
				}
				// A successor starts when (not before) the predecessor ends;
				// a post left vacant (resigned or moved away) may still be
				// vacant at AsOf.
				succ := 0
				for _, b := range all {
					if b.CourtyardID == a.CourtyardID && b.Role == a.Role && b.ID != a.ID && !b.StartedAt.Before(*a.EndedAt) {
						succ++
					}
				}
				if succ == 0 {
					vacant[a.CourtyardID] = append(vacant[a.CourtyardID], a.Role)
					if *a.EndReason != roleassignment.EndReasonRESIGNED && *a.EndReason != roleassignment.EndReasonMOVED {
						t.Errorf("ended assignment %d (%s) has no successor", a.ID, *a.EndReason)
					}
				}
				continue
			}
			if a.EndReason != nil {
				t.Errorf("active assignment %d has an end reason", a.ID)
			}
			if active[a.CourtyardID] == nil {
				active[a.CourtyardID] = map[roleassignment.Role]int{}
			}
			active[a.CourtyardID][a.Role]++
			perResident[a.ResidentID]++
			if a.Role == roleassignment.RoleHEAD {
				if !a.Edges.Resident.PartyMember || a.Selection != roleassignment.SelectionELECTED {
					t.Errorf("head %d: party member %v, %s", a.ID, a.Edges.Resident.PartyMember, a.Selection)
				}
			} else if a.Selection != roleassignment.SelectionAPPOINTED {
				t.Errorf("officer %d is %s", a.ID, a.Selection)
			}
		}
		for _, c := range cys {
			for _, role := range []roleassignment.Role{roleassignment.RoleHEAD, roleassignment.RolePUBLICIST, roleassignment.RoleAGENT, roleassignment.RoleINFORMANT} {
				want := 1
				if slices.Contains(vacant[c.ID], role) {
					want = 0
				}
				if n := active[c.ID][role]; n != want {
					t.Errorf("courtyard %s has %d active %s, want %d", c.Name, n, role, want)
				}
			}
		}
		if failing == 0 {
			t.Error("no officer replaced as RATED_FAILING")
		}
		shared := 0
		for _, n := range perResident {
			if n >= 2 {
				shared++
			}
		}
		if shared == 0 {
			t.Error("no officer serves two courtyards")
		}
	})

	t.Run("tickets", func(t *testing.T) {
		limits := map[int]int{}
		for _, st := range client.ServiceType.Query().AllX(ctx) {
			limits[st.ID] = st.TimeLimitDays
			if len(st.RequiredDocuments) == 0 || len(st.ProcessSteps) == 0 {
				t.Errorf("service %s lacks documents or steps", st.Code)
			}
		}
		cys := map[int]*ent.Courtyard{}
		for _, c := range client.Courtyard.Query().AllX(ctx) {
			cys[c.ID] = c
		}
		agents := client.RoleAssignment.Query().Where(roleassignment.RoleEQ(roleassignment.RoleAGENT)).AllX(ctx)
		statuses := map[ticket.Status]int{}
		overdue, waiting, late := 0, 0, 0
		for _, tk := range client.Ticket.Query().AllX(ctx) {
			statuses[tk.Status]++
			switch {
			case tk.AcceptedAt == nil && (tk.DueAt != nil || tk.AgentID != nil):
				t.Errorf("ticket %d not accepted but due %v, agent %v", tk.ID, tk.DueAt, tk.AgentID)
			case tk.AcceptedAt != nil && workflow.WaitingForDocuments(tk):
				waiting++
				if tk.MissingDocumentsNote == "" || tk.Status != ticket.StatusACCEPTED {
					t.Errorf("ticket %d %s waits for documents without a 补正 note %q", tk.ID, tk.Status, tk.MissingDocumentsNote)
				}
			case tk.AcceptedAt != nil && (tk.DueAt == nil || !tk.DueAt.Equal(workflow.DueAt(*workflow.ClockStart(tk.AcceptedAt, tk.DocumentsCompleteAt), limits[tk.ServiceTypeID]))):
				t.Errorf("ticket %d accepted %v, documents complete %v, due %v, want %d days after the later", tk.ID, tk.AcceptedAt, tk.DocumentsCompleteAt, tk.DueAt, limits[tk.ServiceTypeID])
			}
			if len(tk.DocumentsReceived) == 0 {
				t.Errorf("ticket %d has no documents received", tk.ID)
			}
			if tk.DocumentsCompleteAt != nil && tk.CompletedAt != nil && tk.DocumentsCompleteAt.After(*tk.CompletedAt) {
				t.Errorf("ticket %d documents complete %v after it closed %v", tk.ID, tk.DocumentsCompleteAt, tk.CompletedAt)
			}
			if tk.DocumentsCompleteAt != nil && tk.DocumentsCompleteAt.After(tk.SubmittedAt) {
				late++
			}
			c := cys[tk.CourtyardID]
			if tk.TownID != c.TownID || tk.VillageID != c.VillageID {
				t.Errorf("ticket %d area %d/%d, courtyard's %d/%d", tk.ID, tk.TownID, tk.VillageID, c.TownID, c.VillageID)
			}
			closed := tk.Status == ticket.StatusCOMPLETED || tk.Status == ticket.StatusREJECTED || tk.Status == ticket.StatusWITHDRAWN
			if closed != (tk.CompletedAt != nil) {
				t.Errorf("ticket %d %s completed %v", tk.ID, tk.Status, tk.CompletedAt)
			}
			if tk.CompletedAt != nil && (tk.CompletedAt.Before(tk.SubmittedAt) || tk.CompletedAt.After(asOf)) {
				t.Errorf("ticket %d completed %v outside %v … %v", tk.ID, tk.CompletedAt, tk.SubmittedAt, asOf)
			}
			if tk.SubmittedAt.After(asOf) || tk.SubmittedAt.Before(from) {
				t.Errorf("ticket %d submitted %v", tk.ID, tk.SubmittedAt)
			}
			if !closed && tk.DueAt != nil && tk.DueAt.Before(asOf) {
				overdue++
			}
			if tk.AcceptedAt == nil {
				continue
			}
			ok := false
			for _, a := range agents {
				if tk.AgentID != nil && a.ResidentID == *tk.AgentID && a.CourtyardID == tk.CourtyardID &&
					!tk.AcceptedAt.Before(a.StartedAt) && (a.EndedAt == nil || tk.AcceptedAt.Before(*a.EndedAt)) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("ticket %d agent %v is not the courtyard's agent at acceptance %v", tk.ID, tk.AgentID, tk.AcceptedAt)
			}
		}
		for _, st := range []ticket.Status{ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS, ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN} {
			if statuses[st] == 0 {
				t.Errorf("no %s ticket", st)
			}
		}
		if overdue == 0 {
			t.Error("no overdue ticket")
		}
		if waiting == 0 || late == 0 {
			t.Errorf("%d tickets waiting for documents, %d with documents handed in later; want some of each", waiting, late)
		}
		t.Logf("tickets by status %v, overdue %d, waiting for documents %d, documents handed in later %d", statuses, overdue, waiting, late)
	})

	t.Run("issues", func(t *testing.T) {
		items := map[int]*ent.IssueItem{}
		for _, it := range client.IssueItem.Query().AllX(ctx) {
			items[it.ID] = it
		}
		stages := map[issue.Stage]int{}
		cats := map[issue.Category]int{}
		escalated, voted, funded, emergencies := 0, 0, 0, 0
		for _, is := range client.Issue.Query().AllX(ctx) {
			stages[is.Stage]++
			cats[is.Category]++
			if is.ItemID == nil || string(items[*is.ItemID].Category) != string(is.Category) {
				t.Errorf("issue %d category %s, item %v", is.ID, is.Category, is.ItemID)
			}
			times := []*time.Time{&is.CollectedAt, is.ConfirmedAt, is.VisitedAt, is.DecidedAt, is.ExecutedAt, is.EvaluatedAt}
			reached := 0
			for i, st := range issueStages {
				if st == is.Stage {
					reached = i
				}
			}
			if is.Stage == issue.StageCLOSED {
				// Closed after a meeting rejected it: visited, not decided.
				reached = 2
				if is.ClosedAt == nil || is.VisitedAt == nil || !is.ClosedAt.After(*is.VisitedAt) || is.CloseReason == "" {
					t.Errorf("issue %d closed %v (visited %v): %q", is.ID, is.ClosedAt, is.VisitedAt, is.CloseReason)
				}
			}
			if is.EmergencyAt != nil {
				// The emergency path skips confirmation and the visit.
				emergencies++
				if is.ConfirmedAt != nil || is.VisitedAt != nil || is.EmergencyAction == "" {
					t.Errorf("issue %d emergency %v, yet confirmed %v, visited %v, action %q", is.ID, is.EmergencyAt, is.ConfirmedAt, is.VisitedAt, is.EmergencyAction)
				}
				times[1], times[2] = nil, is.EmergencyAt
				if reached >= 1 {
					reached = max(reached, 2)
				}
			}
			prev := time.Time{}
			for i, tm := range times {
				if is.EmergencyAt != nil && i == 1 {
					continue
				}
				if (tm != nil) != (i <= reached) {
					t.Errorf("issue %d at %s: step %d time %v", is.ID, is.Stage, i, tm)
					continue
				}
				if tm != nil {
					if !tm.After(prev) || tm.After(asOf) {
						t.Errorf("issue %d step %d at %v, after %v (as of %v)", is.ID, i, *tm, prev, asOf)
					}
					prev = *tm
				}
			}
			if is.EscalatedAt != nil {
				escalated++
				if is.VisitedAt == nil || is.EscalatedAt.Before(*is.VisitedAt) || is.EscalatedAt.After(asOf) ||
					(is.DecidedAt != nil && is.EscalatedAt.After(*is.DecidedAt)) {
					t.Errorf("issue %d escalated %v (visited %v, decided %v)", is.ID, is.EscalatedAt, is.VisitedAt, is.DecidedAt)
				}
			}
			if is.VotesPresent != nil {
				voted++
				if is.DecidedAt == nil || is.VotesFor == nil || is.VotesAgainst == nil || is.VotesAbstain == nil ||
					*is.VotesFor+*is.VotesAgainst+*is.VotesAbstain > *is.VotesPresent {
					t.Errorf("issue %d votes %v/%v/%v of %v", is.ID, is.VotesFor, is.VotesAgainst, is.VotesAbstain, is.VotesPresent)
				}
			}
			if is.CollectiveFundFen != nil {
				funded++
				if is.DecidedAt == nil || *is.CollectiveFundFen <= 0 || *is.CollectiveFundFen%100 != 0 {
					t.Errorf("issue %d fund %d", is.ID, *is.CollectiveFundFen)
				}
			}
		}
		for _, st := range issueStages {
			if stages[st] == 0 {
				t.Errorf("no issue at %s", st)
			}
		}
		for _, c := range []issue.Category{issue.CategoryPUBLIC_FACILITY, issue.CategoryLIVING_ENVIRONMENT, issue.CategoryDISPUTE, issue.CategoryCUSTOMS} {
			if cats[c] == 0 {
				t.Errorf("no %s issue", c)
			}
		}
		if escalated == 0 || voted == 0 || funded == 0 {
			t.Errorf("escalated %d, voted %d, funded %d", escalated, voted, funded)
		}
		t.Logf("issues by stage %v; escalated %d, voted %d, funded %d, emergencies %d", stages, escalated, voted, funded, emergencies)
	})

	t.Run("sessions follow themes", func(t *testing.T) {
		themes := map[int]*ent.QuarterTheme{}
		perVQ := map[string]int{}
		for _, th := range client.QuarterTheme.Query().AllX(ctx) {
			themes[th.ID] = th
			perVQ[fmt.Sprintf("%d/%s", th.VillageID, th.Quarter)]++
		}
		quarters := 0
		// Quarters are the district's (Asia/Shanghai): as of 2025-07-01
		// 00:00 UTC, 08:00 there, the third quarter has begun.
		local := from.In(period.Shanghai)
		for q := time.Date(local.Year(), (local.Month()-1)/3*3+1, 1, 0, 0, 0, 0, period.Shanghai); q.Before(asOf); q = q.AddDate(0, 3, 0) {
			quarters++
		}
		if len(perVQ) != 4*quarters {
			t.Errorf("themes cover %d village-quarters, want 4 villages × %d quarters", len(perVQ), quarters)
		}
		for k, n := range perVQ {
			if n < 2 || n > 3 {
				t.Errorf("%s has %d themes", k, n)
			}
		}
		topics := map[int]int{}
		deliberations := 0
		for _, s := range client.Session.Query().AllX(ctx) {
			if s.HeldAt.After(asOf) || s.HeldAt.Before(from) {
				t.Errorf("session %d held %v", s.ID, s.HeldAt)
			}
			if h := s.HeldAt.Add(8 * time.Hour).Hour(); h < 8 || h > 20 {
				t.Errorf("session %d held at %v, %d o'clock in Beijing", s.ID, s.HeldAt, h)
			}
			if s.Kind == session.KindDELIBERATION {
				deliberations++
				if s.IssueID == nil {
					t.Errorf("deliberation %d without issue", s.ID)
				}
				continue
			}
			th := themes[*s.QuarterThemeID]
			if s.TopicID == nil || *s.TopicID != th.TopicID || s.VillageID != th.VillageID {
				t.Errorf("lecture %d topic %v village %d, theme %d village %d", s.ID, s.TopicID, s.VillageID, th.TopicID, th.VillageID)
			}
			q := fmt.Sprintf("%dQ%d", s.HeldAt.Year(), (int(s.HeldAt.Month())-1)/3+1)
			if q != th.Quarter {
				t.Errorf("lecture %d held %v, theme of %s", s.ID, s.HeldAt, th.Quarter)
			}
			if s.Attendance <= 0 || (s.SpeakerID == nil) == (s.SpeakerName == "") {
				t.Errorf("lecture %d attendance %d speaker %v %q", s.ID, s.Attendance, s.SpeakerID, s.SpeakerName)
			}
			topics[*s.TopicID]++
		}
		if len(topics) != 8 || deliberations == 0 {
			t.Errorf("lecture topics %v, deliberations %d", topics, deliberations)
		}
	})

	t.Run("ratings", func(t *testing.T) {
		periodRe := regexp.MustCompile(`^\d{4}H[12]$`)
		high, low, total := 0, 0, 0
		dims := map[rating.Dimension]int{}
		for _, r := range client.Rating.Query().AllX(ctx) {
			total++
			dims[r.Dimension]++
			if !periodRe.MatchString(r.Period) {
				t.Errorf("rating %d period %q", r.ID, r.Period)
			}
			if r.Score >= 4 {
				high++
			}
			if r.Score <= 2 {
				low++
			}
			if (r.Target == rating.TargetOFFICER) != (r.RoleAssignmentID != nil) {
				t.Errorf("rating %d target %s assignment %v", r.ID, r.Target, r.RoleAssignmentID)
			}
		}
		if len(dims) != 3 || high*100 < total*80 || low == 0 {
			t.Errorf("dimensions %v; %d of %d high, %d low", dims, high, total, low)
		}
	})

	t.Run("area columns match the courtyard", func(t *testing.T) {
		for _, table := range []string{household.Table, householdmove.Table, roleassignment.Table, issue.Table,
			idea.Table, ticket.Table, session.Table, rating.Table, pointentry.Table, pointredemption.Table,
			award.Table, grant.Table} {
			var bad int
			q := fmt.Sprintf(`SELECT count(*) FROM %q x JOIN %q c ON c.id = x.courtyard_id
				WHERE x.town_id <> c.town_id OR x.village_id <> c.village_id`, table, courtyard.Table)
			if err := db.QueryRow(q).Scan(&bad); err != nil {
				t.Fatal(err)
			}
			if bad != 0 {
				t.Errorf("%s: %d rows with town/village not their courtyard's", table, bad)
			}
		}
	})

	t.Run("redemptions are covered by points", func(t *testing.T) {
		type event struct {
			at     time.Time
			points int
		}
		events := map[int][]event{}
		for _, e := range client.PointEntry.Query().Where(pointentry.HouseholdIDNotNil()).AllX(ctx) {
			events[*e.HouseholdID] = append(events[*e.HouseholdID], event{e.AwardedAt, e.Points})
		}
		for _, r := range client.PointRedemption.Query().AllX(ctx) {
			balance := 0
			for _, e := range events[r.HouseholdID] {
				if !e.at.After(r.RedeemedAt) {
					balance += e.points
				}
			}
			for _, o := range client.PointRedemption.Query().Where(pointredemption.HouseholdID(r.HouseholdID)).AllX(ctx) {
				if !o.RedeemedAt.After(r.RedeemedAt) {
					balance -= o.Points
				}
			}
			if balance < 0 {
				t.Errorf("redemption %d leaves household %d at %d points", r.ID, r.HouseholdID, balance)
			}
		}
		for _, g := range client.Grant.Query().AllX(ctx) {
			if g.AmountFen <= 0 || g.AmountFen%100 != 0 {
				t.Errorf("grant %d amount %d fen", g.ID, g.AmountFen)
			}
		}
	})

	t.Run("times derive from AsOf", func(t *testing.T) {
		for _, tb := range migrate.Tables {
			table := tb.Name
			hasCreated := false
			for _, c := range tb.Columns {
				hasCreated = hasCreated || c.Name == "created_at"
			}
			if !hasCreated {
				continue
			}
			var n int
			var lo, hi time.Time
			q := fmt.Sprintf(`SELECT count(*), min(created_at), max(updated_at) FROM %q`, table)
			if err := db.QueryRow(q).Scan(&n, (*sqliteTime)(&lo), (*sqliteTime)(&hi)); err != nil {
				t.Fatalf("%s: %v", table, err)
			}
			if n > 0 && (lo.Before(from) || hi.After(asOf)) {
				t.Errorf("%s: created/updated %v … %v outside %v … %v", table, lo, hi, from, asOf)
			}
		}
	})

}

// sqliteTime scans a time SQLite returns from an aggregate (as text).
type sqliteTime time.Time

func (st *sqliteTime) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		return nil
	case time.Time:
		*st = sqliteTime(x)
		return nil
	case string:
		x, _, _ = strings.Cut(x, " m=") // a wall-clock time.Time printed with its monotonic reading
		for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999 -0700 MST"} {
			if t, err := time.Parse(layout, x); err == nil {
				*st = sqliteTime(t)
				return nil
			}
		}
		return fmt.Errorf("unparsable time %q", x)
	}
	return fmt.Errorf("unexpected time value %T", v)
}

func TestDeterministic(t *testing.T) {
	db1, db2, db3 := openDB(t), openDB(t), openDB(t)
	s1, s2 := run(t, db1, 7), run(t, db2, 7)
	if fmt.Sprint(s1) != fmt.Sprint(s2) {
		t.Errorf("summaries differ: %v vs %v", s1, s2)
	}
	d1, d2 := digest(t, db1.SQL), digest(t, db2.SQL)
	if d1 != d2 {
		t.Errorf("same seed, different data: %s vs %s", d1, d2)
	}
	run(t, db3, 8)
	if d3 := digest(t, db3.SQL); d3 == d1 {
		t.Error("a different seed gave the same data")
	}
}

func TestRefusesNonEmptyDatabase(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	sdb := openDB(t)
	db := sdb.SQL
	run(t, sdb, 1)
	before := tableCounts(t, db)
	sum, err := seed.Run(ctx, sdb, seed.Options{Scale: "village", Seed: 2, AsOf: asOf})
	if !errors.Is(err, seed.ErrNotEmpty) {
		t.Fatalf("second run: err = %v, want ErrNotEmpty", err)
	}
	if sum != nil {
		t.Errorf("second run summary %v", sum)
	}
	after := tableCounts(t, db)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("row counts changed: %v → %v", before, after)
	}
}

func TestRejectsBadOptions(t *testing.T) {
	sdb := openDB(t)
	db := sdb.SQL
	ctx := viewer.SystemContext(context.Background())
	if _, err := seed.Run(ctx, sdb, seed.Options{Scale: "galaxy", AsOf: asOf}); err == nil || !strings.Contains(err.Error(), "village") {
		t.Errorf("unknown scale: %v", err)
	}
	if _, err := seed.Run(ctx, sdb, seed.Options{Scale: "village"}); err == nil {
		t.Error("zero AsOf accepted")
	}
	for name, n := range tableCounts(t, db) {
		if n != 0 && name != "ent_types" {
			t.Errorf("%s has %d rows after rejected runs", name, n)
		}
	}
}

// TestSeedsAndAnchors checks the invariants over other seeds and anchors,
// including one that falls mid-quarter and mid-second.
func TestSeedsAndAnchors(t *testing.T) {
	anchors := []time.Time{
		time.Date(2026, 3, 17, 15, 42, 7, 123456789, time.UTC),
		time.Date(2024, 12, 31, 23, 59, 59, 0, time.FixedZone("CST", 8*3600)),
		time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC),
	}
	for i, at := range anchors {
		for _, sd := range []int64{int64(i) + 100, -int64(i) - 1} {
			t.Run(fmt.Sprintf("seed %d as of %s", sd, at.Format(time.RFC3339)), func(t *testing.T) {
				db := openDB(t)
				sum, err := seed.Run(context.Background(), db, seed.Options{Scale: "village", Seed: sd, AsOf: at})
				if err != nil {
					t.Fatal(err)
				}
				checkSample(t, db.Client, db.SQL, at, sum, nil, 0)
			})
		}
	}
}

// validIDCheck tells whether an 18-character ID number carries the GB 11643
// check character.
func validIDCheck(id string) bool {
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(id[i]-'0') * w
	}
	return id[17] == "10X98765432"[sum%11]
}
