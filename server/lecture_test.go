package server_test

import (
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/session"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
)

// TestQuarterThemesAndLectures: a village sets its 2–3 themes for the
// quarter (refused outside that range, or on a topic twice), replaces them,
// and its courtyards' lectures follow them, given by the publicist or a
// named guest; the audience rates the publicist with the codes handed out.
func TestQuarterThemesAndLectures(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	village := ent.EncodeGlobalID(w.p.Villages[0].ID)
	held := time.Now().UTC().Add(-2 * time.Hour).Truncate(time.Second)
	quarter := period.Label(period.Quarter, held)
	topics := topicIDs(t, c, w.p.District.ID)
	themes := func(pairs ...string) []map[string]any {
		var out []map[string]any
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, map[string]any{"topicId": topics[pairs[i]], "title": pairs[i+1]})
		}
		return out
	}
	set := func(role string, ts []map[string]any) outcome {
		return w.do(t, role, "setQuarterThemes", map[string]any{"villageId": village, "quarter": quarter, "themes": ts},
			"village { id } themes { id topic { code } title quarter }")
	}
	expectRefused(t, "one theme", set("cadre", themes("POLICY", "乡村振兴政策")), "BAD_USER_INPUT", "input.themes")
	expectRefused(t, "four themes", set("cadre", themes("POLICY", "a", "LAW", "b", "HEALTH", "c", "SAFETY", "d")), "BAD_USER_INPUT", "input.themes")
	expectRefused(t, "a topic twice", set("cadre", themes("POLICY", "a", "POLICY", "b")), "BAD_USER_INPUT", "input.themes.1.topicId")
	expectRefused(t, "themes set by a courtyard officer", set("agent", themes("POLICY", "a", "LAW", "b")), "FORBIDDEN", "")

	type themeView struct {
		ID, Title, Quarter string
		Topic              struct{ Code string }
	}
	var got []themeView
	o := set("cadre", themes("POLICY", "医保参保政策", "LAW", "民法典进院坝", "SAFETY", "防范电信诈骗"))
	if o.refused() != "" {
		t.Fatalf("setting three themes: %+v", o.userErrors)
	}
	o.get(t, "themes", &got)
	if len(got) != 3 {
		t.Fatalf("themes = %+v, want 3", got)
	}
	// Replacing: POLICY keeps its record with a new title, SAFETY goes.
	o = set("cadre", themes("POLICY", "城乡居民医保政策解读", "LAW", "民法典进院坝"))
	o.get(t, "themes", &got)
	byTopic := map[string]themeView{}
	for _, th := range got {
		byTopic[th.Topic.Code] = th
	}
	if len(got) != 2 || byTopic["POLICY"].Title != "城乡居民医保政策解读" {
		t.Fatalf("themes after replacing = %+v", got)
	}

	// Another village's theme, for a refusal.
	other := c.QuarterTheme.Create().SetVillageID(w.p.Villages[1].ID).SetQuarter(quarter).SetTopicID(mustDecode(t, topics["HEALTH"])).SetTitle("慢病防治").SaveX(ctx())
	c.QuarterTheme.Create().SetVillageID(w.p.Villages[1].ID).SetQuarter(quarter).SetTopicID(mustDecode(t, topics["TECHNOLOGY"])).SetTitle("柑橘种植技术").ExecX(ctx())

	courtyard := ent.EncodeGlobalID(w.p.Courtyards[0].ID)
	publicist := ent.EncodeGlobalID(w.p.Residents[1].ID)
	lecture := func(role string, in map[string]any) outcome {
		base := map[string]any{"courtyardId": courtyard, "themeId": byTopic["POLICY"].ID, "heldAt": held.Format(time.RFC3339), "attendance": 30}
		for k, v := range in {
			base[k] = v
		}
		return w.do(t, role, "recordLecture", base, "session { id kind topic { code } theme attendance speakerName } ratingCodes")
	}
	expectRefused(t, "another village's theme", lecture("admin", map[string]any{"themeId": ent.EncodeGlobalID(other.ID), "speakerId": publicist}), "BAD_USER_INPUT", "input.themeId")
	expectRefused(t, "a theme of another quarter", lecture("publicist", map[string]any{"speakerId": publicist, "heldAt": held.AddDate(0, -4, 0).Format(time.RFC3339)}), "BAD_USER_INPUT", "input.themeId")
	// A resident who is not the publicist is a wrong input, said as such in
	// Chinese (not 当前账号无权进行此操作, which reads as the account's fault).
	notPublicist := map[string]any{"courtyardId": courtyard, "themeId": byTopic["POLICY"].ID, "heldAt": held.Format(time.RFC3339),
		"attendance": 30, "speakerId": ent.EncodeGlobalID(w.agent.ID)}
	expectRefused(t, "the agent as speaker", lecture("publicist", notPublicist), "BAD_USER_INPUT", "input.speakerId")
	zh := callIn(t, w.a.h, "zh-CN", w.tokens["publicist"], "recordLecture", notPublicist, "session { id }")
	expectRefused(t, "the agent as speaker (zh-CN)", zh, "BAD_USER_INPUT", "input.speakerId")
	if m := zh.userErrors[0].Message; m != "登记的宣讲人须是宣讲时在任的院坝宣传员，所选群众不是：请选择宣传员，或填写外请宣讲人姓名" {
		t.Fatalf("the agent as speaker: message %q", m)
	}
	expectRefused(t, "no speaker", lecture("publicist", nil), "BAD_USER_INPUT", "input.speakerId")
	expectRefused(t, "more codes than listeners", lecture("publicist", map[string]any{"speakerId": publicist, "ratingCodes": 31}), "BAD_USER_INPUT", "input.ratingCodes")
	expectRefused(t, "a household of another courtyard", lecture("publicist", map[string]any{"speakerId": publicist,
		"householdsPresent": []string{ent.EncodeGlobalID(c.Household.Query().Where().AllX(ctx())[1].ID)}}), "BAD_USER_INPUT", "input.householdsPresent")
	expectRefused(t, "a lecture in another village's courtyard", lecture("publicist", map[string]any{"courtyardId": ent.EncodeGlobalID(w.p.Courtyards[2].ID), "speakerName": "x"}), "NOT_FOUND", "")

	home := ent.EncodeGlobalID(w.applicant.HouseholdID)
	o = lecture("publicist", map[string]any{"speakerId": publicist, "ratingCodes": 3, "householdsPresent": []string{home}, "idempotencyKey": "lecture-1"})
	if o.refused() != "" {
		t.Fatalf("recording the lecture: %+v %s", o.userErrors, o.errorCode)
	}
	var sv struct {
		ID, Kind, Theme string
		Topic           struct{ Code string }
	}
	var codes []string
	o.get(t, "session", &sv)
	o.get(t, "ratingCodes", &codes)
	if sv.Kind != "LECTURE" || sv.Topic.Code != "POLICY" || sv.Theme != "城乡居民医保政策解读" || len(codes) != 3 {
		t.Fatalf("lecture = %+v, codes %v", sv, codes)
	}
	// A phone retrying: the same lecture, no new codes.
	o = lecture("publicist", map[string]any{"speakerId": publicist, "ratingCodes": 3, "householdsPresent": []string{home}, "idempotencyKey": "lecture-1"})
	var again struct{ ID string }
	o.get(t, "session", &again)
	if again.ID != sv.ID || c.Session.Query().CountX(ctx()) != 1 || c.RatingCode.Query().CountX(ctx()) != 3 {
		t.Fatalf("repeated key recorded another lecture or codes: %s vs %s", again.ID, sv.ID)
	}
	guest := lecture("cadre", map[string]any{"themeId": byTopic["LAW"].ID, "speakerName": "镇司法所 李律师"})
	if guest.refused() != "" {
		t.Fatalf("a guest lecture: %+v", guest.userErrors)
	}
	expectRefused(t, "dropping a theme lectures follow", set("cadre", themes("LAW", "民法典进院坝", "HEALTH", "夏季防溺水")), "CONFLICT", "input.themes")

	for i, code := range codes {
		o := call(t, w.a.h, "", "rateWithCode", map[string]any{"code": code, "score": 4 + i%2}, "rating { score dimension }")
		if o.refused() != "" {
			t.Fatalf("rating code %d: %+v", i, o.userErrors)
		}
	}
	rs := c.Rating.Query().Where(rating.SessionID(mustDecode(t, sv.ID))).WithRoleAssignment().AllX(ctx())
	for _, r := range rs {
		if r.Dimension != rating.DimensionPUBLICITY || r.Edges.RoleAssignment == nil || r.Edges.RoleAssignment.ResidentID != w.p.Residents[1].ID {
			t.Errorf("lecture rating %+v: want PUBLICITY for the publicist", r)
		}
	}
	if len(rs) != 3 {
		t.Fatalf("%d lecture ratings, want 3", len(rs))
	}
	if n := c.Session.Query().Where(session.KindEQ(session.KindLECTURE)).CountX(ctx()); n != 2 {
		t.Fatalf("%d lectures, want 2", n)
	}
	vs, err := workflow.Check(ctx(), c)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Errorf("%v", v)
	}
}
