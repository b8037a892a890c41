package server_test

import (
	"strings"
	"testing"
)

// TestMessagesInTheUsersLanguage: a refusal's message comes back in the
// request's language (internal/msg) — Chinese without Accept-Language or
// with zh-CN, English with en — for the votes that do not add up, a
// redemption over the household's balance, a rating code used twice and
// ent's refusals (a duplicate code: the unique index; a malformed code: a
// validator; a missing record); the code and the field at fault are the same
// in both.
func TestMessagesInTheUsersLanguage(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	// In each language: the code, the field and the whole message.
	type answer struct{ code, field, message string }
	check := func(what string, refuse func(language string) outcome, zh, en answer) {
		t.Helper()
		for _, language := range []string{"", "zh-CN", "zh-CN,zh;q=0.9,en;q=0.8", "en", "en-US,en;q=0.9,zh-CN;q=0.5"} {
			want := zh
			if strings.HasPrefix(language, "en") {
				want = en
			}
			o := refuse(language)
			if len(o.userErrors) != 1 {
				t.Fatalf("%s (Accept-Language %q): %s %+v, want one userError", what, language, o.errorCode, o.userErrors)
			}
			ue := o.userErrors[0]
			if ue.Code != want.code || strings.Join(ue.Field, ".") != want.field || ue.Message != want.message {
				t.Errorf("%s (Accept-Language %q): %s on %s: %q\nwant %s on %s: %q", what, language,
					ue.Code, strings.Join(ue.Field, "."), ue.Message, want.code, want.field, want.message)
			}
		}
	}

	// Votes that do not add up.
	id := w.issueAt(t, "confirmIssue", "recordVisit")
	votes := issueStepInput(id, "decideIssue", 0)
	votes["residentsPresent"], votes["votesFor"], votes["votesAgainst"], votes["votesAbstain"] = 24, 12, 12, 1
	check("votes", func(language string) outcome {
		return callIn(t, w.a.h, language, w.tokens["admin"], "decideIssue", votes, "issue { id }")
	}, answer{"BAD_USER_INPUT", "input.votesFor", "赞成（12）、反对（12）、弃权（1）票合计 25 票，与到场居民 24 人不符"},
		answer{"BAD_USER_INPUT", "input.votesFor", "votes for (12), against (12) and abstaining (1) add up to 25, not the 24 residents present"})

	// A redemption over the household's balance.
	home := w.applicant.QueryHousehold().OnlyX(ctx())
	c.Household.UpdateOne(home).SetPointBalance(6).ExecX(ctx())
	rice := c.SupermarketItem.Create().SetName("大米").SetPointsCost(30).SetStock(10).SetVillageID(w.p.Villages[0].ID).SaveX(ctx())
	check("redemption", func(language string) outcome {
		return callIn(t, w.a.h, language, w.tokens["cadre"], "redeemPoints", map[string]any{"householdID": gid(home.ID),
			"items": []map[string]any{{"itemID": gid(rice.ID), "quantity": 1}}}, "household { id }")
	}, answer{"BAD_USER_INPUT", "input.items", "该户现有 6 积分；所选商品需 30 积分"},
		answer{"BAD_USER_INPUT", "input.items", "the household holds 6 points; these goods cost 30"})

	// A rating code used twice.
	tk := w.submit(t)
	w.ok(t, "acceptTicket", "ticket", map[string]any{"id": tk.ID})
	var code string
	callIn(t, w.a.h, "en", w.tokens["admin"], "completeTicket", map[string]any{"id": tk.ID}, "ratingCode").get(t, "ratingCode", &code)
	if o := callIn(t, w.a.h, "", "", "rateWithCode", map[string]any{"code": code, "score": 5}, "rating { id }"); o.refused() != "" {
		t.Fatalf("rating with a fresh code: %s %+v", o.errorCode, o.userErrors)
	}
	check("rating code", func(language string) outcome {
		return callIn(t, w.a.h, language, "", "rateWithCode", map[string]any{"code": code, "score": 4}, "rating { id }")
	}, answer{"CONFLICT", "input.code", "该评价码已使用；每个码只能评价一次"},
		answer{"CONFLICT", "input.code", "this code was already used; each code rates once"})

	// ent's refusals, through a generic mutation.
	generic := func(query string, vars map[string]any) func(string) outcome {
		return func(language string) outcome {
			w.a.token, w.a.language = w.tokens["admin"], language
			if language == "" {
				w.a.language = "-"
			}
			defer func() { w.a.language = "" }()
			var out map[string]struct{ UserErrors []userError }
			w.a.query(query, vars, &out)
			var o outcome
			for _, payload := range out {
				o.userErrors = payload.UserErrors
			}
			return o
		}
	}
	town := gid(w.p.Town.ID)
	create := `mutation($t: ID!, $code: String!) { createVillage(input: {code: $code, name: "新村", townID: $t}) { village { id } userErrors { field message code } } }`
	check("duplicate code", generic(create, map[string]any{"t": town, "code": w.p.Villages[0].Code}),
		answer{"CONFLICT", "input.code", "该编码已存在"}, answer{"CONFLICT", "input.code", "a record with this code already exists"})
	check("malformed code", generic(create, map[string]any{"t": town, "code": "12"}),
		answer{"BAD_USER_INPUT", "input.code", "code 有误：格式不正确"}, answer{"BAD_USER_INPUT", "input.code", "invalid code: is not in the expected format"})
	check("missing record", generic(`mutation($id: ID!) { updateVillage(input: {id: $id, set: {name: "x"}}) { village { id } userErrors { field message code } } }`,
		map[string]any{"id": gid(w.p.Villages[1].ID + 999)}),
		answer{"NOT_FOUND", "input.id", "记录不存在"}, answer{"NOT_FOUND", "input.id", "not found: no such record"})

	// A GraphQL error (not a userError): a page size out of bounds.
	for language, want := range map[string]string{
		"-":     "villages：first 须在 0 至 500 之间，收到 2147483648",
		"zh-CN": "villages：first 须在 0 至 500 之间，收到 2147483648",
		"en":    "villages: first must be between 0 and 500, got 2147483648",
	} {
		w.a.language = language
		r := w.a.do(`query($n: Int) { villages(first: $n) { totalCount } }`, map[string]any{"n": int64(1) << 31})
		if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, want) {
			t.Errorf("Accept-Language %q: %+v, want a message with %q", language, r.Errors, want)
		}
	}
	w.a.language = ""
}
