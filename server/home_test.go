package server_test

import (
	"slices"
	"strings"
	"testing"

	"yuanbahui/ent"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/predicate"
)

// myWork is the answer of the home's query.
type myWork struct {
	MyWork struct {
		Area  *struct{ Code, Name string }
		Lists []struct {
			Kind       string
			TotalCount int
			Items      []struct {
				ID      string
				Place   struct{ ID, Code string }
				Subject string
				Urgent  bool
			}
		}
	}
}

// list returns the list of kind.
func (w myWork) list(t *testing.T, kind string) (total int, ids, places []string, urgent int) {
	t.Helper()
	for _, l := range w.MyWork.Lists {
		if l.Kind == kind {
			for _, it := range l.Items {
				ids, places = append(ids, it.ID), append(places, it.Place.Code)
				if it.Urgent {
					urgent++
				}
			}
			return l.TotalCount, ids, places, urgent
		}
	}
	t.Fatalf("no %s list", kind)
	return
}

const myWorkQuery = `{ myWork(first: 100) { area { code name } lists { kind totalCount items { id place { id code } subject urgent } } } }`

// TestMyWorkScoped: the home's to-dos are the viewer's own. The courtyard
// officer (an agent in the cadre's village and an informant in another)
// lists exactly their two courtyards, the open issues of those courtyards
// not waiting for the village's approval, and no points to confirm (four
// eyes: only the village decides); the village cadre lists the village's
// courtyards, every open issue of the village and the points proposed
// there; every item lies in the viewer's area; the overdue tickets are
// those TICKETS_OVERDUE counts; the second town's official sees nothing of
// the first town.
func TestMyWorkScoped(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	open := issue.StageNotIn(issue.StageEVALUATED, issue.StageCLOSED)
	awaitingVillage := issue.And(issue.StageEQ(issue.StageVISITED), issue.EscalatedAtNotNil(), issue.EscalationApprovedAtIsNil())

	var officer myWork
	w.as("officer").query(myWorkQuery, nil, &officer)
	total, ids, _, _ := officer.list(t, "COURTYARD")
	var want []string
	for _, id := range w.officerCourtyards {
		want = append(want, ent.EncodeGlobalID(id))
	}
	slices.Sort(ids)
	slices.Sort(want)
	if total != len(w.officerCourtyards) || !slices.Equal(ids, want) {
		t.Errorf("the officer's courtyards: %d %v, want %v", total, ids, want)
	}
	total, _, _, _ = officer.list(t, "ISSUE")
	if n := c.Issue.Query().Where(issue.CourtyardIDIn(w.officerCourtyards...), open, issue.Not(awaitingVillage)).CountX(ctx()); total != n || n == 0 {
		t.Errorf("the officer's issues at their step: %d, want %d (> 0)", total, n)
	}
	if total, _, _, _ := officer.list(t, "PROPOSAL"); total != 0 {
		t.Errorf("the officer has %d points to confirm; only the village confirms", total)
	}
	codes := map[string]bool{}
	for _, cy := range c.Courtyard.Query().Where(courtyard.IDIn(w.officerCourtyards...)).WithVillage().AllX(ctx()) {
		codes[cy.Code], codes[cy.Edges.Village.Code] = true, true
	}
	for _, l := range officer.MyWork.Lists {
		for _, it := range l.Items {
			if !codes[it.Place.Code] {
				t.Errorf("the officer's %s list holds %s in %s, outside their courtyards", l.Kind, it.Subject, it.Place.Code)
			}
		}
	}

	var cadre myWork
	w.as("cadre").query(myWorkQuery, nil, &cadre)
	if a := cadre.MyWork.Area; a == nil || a.Code != w.village.Code || a.Name != w.village.Name {
		t.Errorf("the cadre's area: %+v, want %s", a, w.village.Name)
	}
	inVillage := []predicate.Issue{issue.VillageID(w.village.ID), open}
	total, _, _, _ = cadre.list(t, "ISSUE")
	if n := c.Issue.Query().Where(inVillage...).CountX(ctx()); total != n || n == 0 {
		t.Errorf("the cadre's issues: %d, want every open issue of the village, %d (> 0)", total, n)
	}
	total, _, _, _ = cadre.list(t, "COURTYARD")
	if n := c.Courtyard.Query().Where(courtyard.VillageID(w.village.ID)).CountX(ctx()); total != n {
		t.Errorf("the cadre's courtyards: %d, want %d", total, n)
	}
	total, _, _, _ = cadre.list(t, "PROPOSAL")
	if n := c.PointEntry.Query().Where(pointentry.VillageID(w.village.ID), pointentry.StatusEQ(pointentry.StatusPROPOSED)).CountX(ctx()); total != n {
		t.Errorf("the cadre's points to confirm: %d, want %d", total, n)
	}
	var overdue struct {
		Stats struct{ Rows []struct{ Values []*float64 } }
	}
	w.as("cadre").query(`{ stats(metrics: [TICKETS_OVERDUE]) { rows { values } } }`, nil, &overdue)
	total, _, _, urgent := cadre.list(t, "TICKET")
	if want := *overdue.Stats.Rows[0].Values[0]; total <= 100 && float64(urgent) != want {
		t.Errorf("the cadre's overdue tickets: %d, TICKETS_OVERDUE says %v", urgent, want)
	}
	for _, l := range cadre.MyWork.Lists {
		for _, it := range l.Items {
			if !strings.HasPrefix(it.Place.Code, w.village.Code) {
				t.Errorf("the cadre's %s list holds %s in %s, outside the village", l.Kind, it.Subject, it.Place.Code)
			}
		}
	}

	var town2 myWork
	w.as("town2").query(myWorkQuery, nil, &town2)
	if total, _, places, _ := town2.list(t, "COURTYARD"); total != 1 || places[0] != "500154999001001" {
		t.Errorf("the second town's courtyards: %d %v", total, places)
	}
	if code, _ := w.as("cadre").errorCode(`{ myWork(first: 0) { asOf } }`, nil); code != "BAD_USER_INPUT" {
		t.Errorf("first: 0: %s", code)
	}
}
