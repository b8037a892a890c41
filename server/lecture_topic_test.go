package server_test

import (
	"encoding/json"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/roleassignment"
	entvillage "yuanbahui/ent/village"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// topicIDs are the global ids of a district's lecture topics by code.
func topicIDs(t *testing.T, c *ent.Client, districtID int) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, lt := range c.LectureTopic.Query().Where(lecturetopic.DistrictID(districtID)).AllX(ctx()) {
		out[lt.Code] = ent.EncodeGlobalID(lt.ID)
	}
	if len(out) < len(workflow.DefaultLectureTopics) {
		t.Fatalf("district %d has %d lecture topics, want the %d defaults", districtID, len(out), len(workflow.DefaultLectureTopics))
	}
	return out
}

const lectureTopicsQuery = `{ lectureTopics(first: 50, orderBy: [{field: POSITION}]) { totalCount edges { node { id code name nameEn active } } } }`

// TestLectureTopicCatalogue: every district starts with the eight topics
// (院坝八讲), which every role reads; the district adds 文明实践, a village
// sets a theme on it and a lecture on it records the children's pledge as
// its note, grouped by topic in the figures; another district's topic and a
// deactivated topic are refused for new themes and lectures; only the
// district's administrators change the catalogue.
func TestLectureTopicCatalogue(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	topics := topicIDs(t, c, w.p.District.ID)

	// Every role reads the district's catalogue, the eight first.
	w.tokens["town"] = w.a.loginAs("town", viewer.TownOfficial, w.p.Town.Code, nil)
	w.tokens["analyst"] = w.a.loginAs("analyst", viewer.Analyst, "500154", nil)
	for _, role := range []string{"admin", "town", "cadre", "agent", "publicist", "analyst"} {
		w.a.token = w.tokens[role]
		var got struct {
			LectureTopics struct {
				TotalCount int
				Edges      []struct{ Node struct{ Code, Name string } }
			}
		}
		w.a.query(lectureTopicsQuery, nil, &got)
		if got.LectureTopics.TotalCount != 8 || got.LectureTopics.Edges[0].Node.Code != "THEORY" || got.LectureTopics.Edges[0].Node.Name != "理论" {
			t.Fatalf("%s reads lectureTopics %+v, want the eight, THEORY first", role, got)
		}
	}

	// Only the district's administrators add topics; codes are checked.
	add := func(role, code, name string) outcome {
		return w.do(t, role, "addLectureTopic", map[string]any{"code": code, "name": name, "nameEn": "civilisation practice"},
			"lectureTopic { id code name nameEn active }")
	}
	expectRefused(t, "a topic added by a village cadre", add("cadre", "CIVILISATION", "文明实践"), "FORBIDDEN", "")
	expectRefused(t, "a code in lower case", add("admin", "civ", "文明实践"), "BAD_USER_INPUT", "input.code")
	expectRefused(t, "a default's code again", add("admin", "THEORY", "理论二"), "CONFLICT", "input.code")
	o := add("admin", "CIVILISATION", "文明实践")
	if o.refused() != "" {
		t.Fatalf("adding 文明实践: %+v %s", o.userErrors, o.errorCode)
	}
	var civ struct{ ID, Code, Name string }
	o.get(t, "lectureTopic", &civ)
	if civ.Code != "CIVILISATION" || civ.Name != "文明实践" {
		t.Fatalf("added topic %+v", civ)
	}

	// Another district's catalogue: its own eight, invisible here, refused here.
	elsewhere := c.District.Create().SetCode("500155").SetName("云阳县").SaveX(ctx())
	foreign := topicIDs(t, c, elsewhere.ID)["LAW"]

	village := ent.EncodeGlobalID(w.p.Villages[0].ID)
	held := time.Now().UTC().Add(-2 * time.Hour).Truncate(time.Second)
	quarter := period.Label(period.Quarter, held)
	set := func(first, second string) outcome {
		return w.do(t, "cadre", "setQuarterThemes", map[string]any{"villageId": village, "quarter": quarter, "themes": []map[string]any{
			{"topicId": first, "title": "新时代文明实践进院坝"}, {"topicId": second, "title": "民法典进院坝"}}},
			"themes { id title topic { code name } }")
	}
	expectRefused(t, "a theme on another district's topic", set(civ.ID, foreign), "BAD_USER_INPUT", "input.themes.1.topicId")
	o = set(civ.ID, topics["LAW"])
	if o.refused() != "" {
		t.Fatalf("setting a 文明实践 theme: %+v", o.userErrors)
	}
	var themes []struct {
		ID, Title string
		Topic     struct{ Code, Name string }
	}
	o.get(t, "themes", &themes)
	themeOf := map[string]string{}
	for _, th := range themes {
		themeOf[th.Topic.Code] = th.ID
	}
	if themeOf["CIVILISATION"] == "" {
		t.Fatalf("themes %+v: want one on CIVILISATION", themes)
	}

	// A lecture on 文明实践 with the children's pledge as its note.
	pledge := "孩子们齐读《文明礼仪承诺书》：讲文明、树新风，从我做起。"
	lecture := func(theme string) outcome {
		return w.do(t, "publicist", "recordLecture", map[string]any{"courtyardId": ent.EncodeGlobalID(w.p.Courtyards[0].ID), "themeId": theme,
			"speakerId": ent.EncodeGlobalID(w.p.Residents[1].ID), "heldAt": held.Format(time.RFC3339), "attendance": 25, "note": pledge},
			"session { id note topic { id code name } }")
	}
	o = lecture(themeOf["CIVILISATION"])
	if o.refused() != "" {
		t.Fatalf("a 文明实践 lecture: %+v %s", o.userErrors, o.errorCode)
	}
	var sv struct {
		ID, Note string
		Topic    struct{ ID, Code, Name string }
	}
	o.get(t, "session", &sv)
	if sv.Note != pledge || sv.Topic.Code != "CIVILISATION" || sv.Topic.ID != civ.ID {
		t.Fatalf("lecture %+v: want the pledge on 文明实践", sv)
	}

	// The figures group lectures by the catalogue's topics.
	w.a.token = w.tokens["admin"]
	var stats struct {
		Stats struct {
			Rows []struct {
				Keys   []struct{ Code, Name string }
				Values []float64
			}
		}
	}
	w.a.query(`query($p: String!) { stats(metrics: [LECTURES], where: {period: $p, topics: ["CIVILISATION"]}, groupBy: [TOPIC]) { rows { keys { code name } values } } }`,
		map[string]any{"p": quarter}, &stats)
	if rows := stats.Stats.Rows; len(rows) != 1 || rows[0].Keys[0].Code != "CIVILISATION" || rows[0].Keys[0].Name != "文明实践" || rows[0].Values[0] != 1 {
		t.Fatalf("lectures by topic = %+v, want one 文明实践 lecture", rows)
	}

	// Deactivated: no new lectures on it; the one given keeps it.
	upd := func(role string, in map[string]any) outcome {
		return w.do(t, role, "changeLectureTopic", in, "lectureTopic { id active }")
	}
	expectRefused(t, "deactivated by a village cadre", upd("cadre", map[string]any{"id": civ.ID, "active": false}), "FORBIDDEN", "")
	expectRefused(t, "another district's topic changed", upd("admin", map[string]any{"id": foreign, "active": false}), "BAD_USER_INPUT", "input.id")
	if o := upd("admin", map[string]any{"id": civ.ID, "active": false}); o.refused() != "" {
		t.Fatalf("deactivating: %+v", o.userErrors)
	}
	expectRefused(t, "a lecture on a deactivated topic", lecture(themeOf["CIVILISATION"]), "CONFLICT", "input.themeId")
	other := ent.EncodeGlobalID(w.p.Villages[1].ID)
	o = w.do(t, "admin", "setQuarterThemes", map[string]any{"villageId": other, "quarter": quarter, "themes": []map[string]any{
		{"topicId": civ.ID, "title": "文明实践"}, {"topicId": topics["LAW"], "title": "民法典"}}}, "themes { id }")
	expectRefused(t, "a new theme on a deactivated topic", o, "CONFLICT", "input.themes.0.topicId")
	if n := c.Session.Query().CountX(ctx()); n != 1 {
		t.Fatalf("%d lectures, want the one given before", n)
	}
	vs, err := workflow.Check(ctx(), c)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Errorf("%v", v)
	}
}

// TestReplacementNote: an officer replaced with a free-text reason keeps it
// on the ended assignment, which the courtyard's readers see.
func TestReplacementNote(t *testing.T) {
	a := newAPI(t)
	p := rosterPlaces(t, a)
	c0 := p.Courtyards[0].ID
	pub := a.db.Client.RoleAssignment.Query().Where(roleassignment.CourtyardID(c0), roleassignment.RoleEQ(roleassignment.RolePUBLICIST)).OnlyX(ctx())
	successor := p.Residents[4].ID
	a.as("cadre1", viewer.VillageCadre, p.Villages[0].Code, nil)
	reason := "外出务工半年，无法履职，本人申请辞去宣传员"
	rec, ue := a.step("replaceOfficer", `mutation($a: ID!, $s: ID!, $n: String) {
		replaceOfficer(input: {assignmentID: $a, successorID: $s, reason: RESIGNED, note: $n}) {
			roleAssignment { id predecessor { id endReason endNote } } userErrors { field message code } } }`,
		map[string]any{"a": gid(pub.ID), "s": gid(successor), "n": reason})
	if len(ue) != 0 {
		t.Fatalf("replacing with a reason: %+v", ue)
	}
	var got struct {
		Predecessor struct{ EndReason, EndNote string }
	}
	if err := json.Unmarshal(rec, &got); err != nil {
		t.Fatal(err)
	}
	if got.Predecessor.EndReason != "RESIGNED" || got.Predecessor.EndNote != reason {
		t.Fatalf("ended assignment %+v, want RESIGNED with the reason", got)
	}
	// The town sees it on the courtyard's roster.
	a.as("town1", viewer.TownOfficial, p.Town.Code, nil)
	var page struct {
		Node struct {
			RoleAssignments struct {
				Edges []struct{ Node struct{ EndNote *string } }
			}
		}
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Courtyard { roleAssignments(first: 20, where: {endReason: RESIGNED}) { edges { node { endNote } } } } } }`,
		map[string]any{"id": gid(c0)}, &page)
	if e := page.Node.RoleAssignments.Edges; len(e) != 1 || e[0].Node.EndNote == nil || *e[0].Node.EndNote != reason {
		t.Fatalf("the town reads %+v, want the reason", page)
	}
	if stored := a.db.Client.RoleAssignment.GetX(ctx(), pub.ID); stored.EndNote != reason {
		t.Fatalf("stored end note %q", stored.EndNote)
	}
}

// topicOf is the global id of the lecture topic code of the village's district.
func topicOf(t *testing.T, c *ent.Client, villageID int, code string) string {
	t.Helper()
	v := c.Village.Query().Where(entvillage.ID(villageID)).WithTown().OnlyX(ctx())
	return topicIDs(t, c, v.Edges.Town.DistrictID)[code]
}
