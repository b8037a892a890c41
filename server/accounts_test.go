package server_test

import (
	"encoding/json"
	"testing"

	"yuanbahui/ent/user"
	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
)

const (
	addAccount  = `mutation($in: AddAccountInput!) { addAccount(input: $in) { user { id username role areaCode disabled } userErrors { field message code } } }`
	setDisabled = `mutation($in: SetAccountDisabledInput!) { setAccountDisabled(input: $in) { user { id disabled } userErrors { field message code } } }`
)

// TestAdministratorManagesAccounts: a district administrator adds a town
// official, who logs in and sees only the town; disabling the account ends
// its session at once, enabling it lets it log in again; other roles,
// areas outside the district, short passwords, taken usernames and an
// administrator's own account are refused with userErrors, changing nothing.
func TestAdministratorManagesAccounts(t *testing.T) {
	a := newAPI(t)
	p, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 1})
	if err != nil {
		t.Fatal(err)
	}
	town := p.Town
	c := a.db.Client
	c.Town.Create().SetCode("500154105").SetName("另一镇").SetDistrict(p.District).SaveX(ctx())
	elsewhere := c.District.Create().SetCode("500155").SetName("邻区").SaveX(ctx())
	c.Town.Create().SetCode("500155001").SetName("邻区镇").SetDistrict(elsewhere).SaveX(ctx())
	a.as("admin", viewer.DistrictAdmin, "500154", nil)
	in := map[string]any{"username": "wang", "password": testPassword, "role": "TOWN_OFFICIAL", "areaCode": town.Code, "idempotencyKey": "add-wang"}
	rec, ue := a.step("addAccount", addAccount, map[string]any{"in": in})
	var u struct {
		ID, Username, Role, AreaCode string
		Disabled                     bool
	}
	if len(ue) != 0 || json.Unmarshal(rec, &u) != nil || u.Username != "wang" || u.Role != "TOWN_OFFICIAL" || u.AreaCode != town.Code {
		t.Fatalf("addAccount: %s %+v", rec, ue)
	}
	// A repeat with the same key returns the same account, adding none.
	again, _ := a.step("addAccount", addAccount, map[string]any{"in": in})
	if string(again) != string(rec) || a.db.Client.User.Query().Where(user.Username("wang")).CountX(ctx()) != 1 {
		t.Fatalf("repeat: %s", again)
	}
	admin := a.token
	token, _, err := a.accounts.Login(ctx(), "wang", testPassword, "")
	if err != nil {
		t.Fatal(err)
	}
	a.token = token
	var seen struct{ Towns struct{ TotalCount int } }
	a.query(`{ towns { totalCount } }`, nil, &seen)
	if seen.Towns.TotalCount != 1 {
		t.Fatalf("the new official sees %d towns", seen.Towns.TotalCount)
	}
	// Only administrators manage accounts.
	a.refused("addAccount", addAccount, map[string]any{"in": map[string]any{"username": "li", "password": testPassword, "role": "ANALYST", "areaCode": "500154"}}, "FORBIDDEN")

	a.token = admin
	for _, c := range []struct {
		in    map[string]any
		code  string
		field string
	}{
		{map[string]any{"username": "li", "password": testPassword, "role": "TOWN_OFFICIAL", "areaCode": "500155001"}, "FORBIDDEN", "areaCode"},
		{map[string]any{"username": "li", "password": testPassword, "role": "TOWN_OFFICIAL", "areaCode": "500154999"}, "BAD_USER_INPUT", "areaCode"},
		{map[string]any{"username": "li", "password": testPassword, "role": "TOWN_OFFICIAL", "areaCode": "500154"}, "BAD_USER_INPUT", "areaCode"},
		{map[string]any{"username": "li", "password": "short", "role": "ANALYST", "areaCode": "500154"}, "BAD_USER_INPUT", "password"},
		{map[string]any{"username": "wang", "password": testPassword, "role": "ANALYST", "areaCode": "500154"}, "BAD_USER_INPUT", "username"},
		// A courtyard officer's account is bound to a courtyard, not the district.
		{map[string]any{"username": "li", "password": testPassword, "role": "COURTYARD_OFFICER", "areaCode": "500154"}, "BAD_USER_INPUT", "areaCode"},
	} {
		a.refused("addAccount", addAccount, map[string]any{"in": c.in}, c.code, c.field)
	}
	if n := a.db.Client.User.Query().Where(user.Username("li")).CountX(ctx()); n != 0 {
		t.Fatalf("refused additions left %d accounts", n)
	}

	// Disabling ends the official's session at once; enabling lets it log in again.
	rec, ue = a.step("setAccountDisabled", setDisabled, map[string]any{"in": map[string]any{"userId": u.ID, "disabled": true}})
	if len(ue) != 0 || !json.Valid(rec) || string(rec) == "null" {
		t.Fatalf("disable: %s %+v", rec, ue)
	}
	a.token = token
	if code, _ := a.errorCode(`{ towns { totalCount } }`, nil); code != "UNAUTHENTICATED" {
		t.Fatalf("a disabled account's session: %s", code)
	}
	if _, _, err := a.accounts.Login(ctx(), "wang", testPassword, ""); err == nil {
		t.Fatal("a disabled account logged in")
	}
	a.token = admin
	if _, ue = a.step("setAccountDisabled", setDisabled, map[string]any{"in": map[string]any{"userId": u.ID, "disabled": false}}); len(ue) != 0 {
		t.Fatalf("enable: %+v", ue)
	}
	if _, _, err := a.accounts.Login(ctx(), "wang", testPassword, ""); err != nil {
		t.Fatalf("enabled again, login: %v", err)
	}
	// An administrator cannot disable its own account.
	var me struct{ Me struct{ ID string } }
	a.query(`{ me { id } }`, nil, &me)
	a.refused("setAccountDisabled", setDisabled, map[string]any{"in": map[string]any{"userId": me.Me.ID, "disabled": true}}, "BAD_USER_INPUT", "userId")
}
