package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// FuzzSecurityQueryRequest feeds arbitrary bodies to /query, as a signed-in
// district administrator's client could send them, and asserts what every request decoder must hold:
// the answer is JSON, never a 5xx, and every error carries a code of the
// API's list other than INTERNAL (malformed, oversized, deeply nested or
// strange input is the client's mistake, never the server's). `go test` runs
// the seeds; `make test` fuzzes it for a bounded time.
func FuzzSecurityQueryRequest(f *testing.F) {
	seeds := []string{
		`{"query":"{ __typename }"}`,
		`{"query":"query($w: TicketWhereInput){ tickets(where: $w){ totalCount } }","variables":{"w":{"hasApplicantWith":{"phoneHasPrefix":"138"}}}}`,
		`{"query":"mutation { login(input: {username: \"admin\", password: \"x\"}) { token } }"}`,
		`{"query":"{ towns(first: 99999999999999999999) { totalCount } }"}`,
		`{"query":"{ towns(first: 2147483648) { totalCount } }"}`,
		`{"query":"{ node(id: \"\u0000\") { id } }"}`,
		`{"query":"mutation { addAccount(input: {username: \"a\u0000b\", role: ANALYST, area: \"500154\"}) { userErrors { code } } }"}`,
		`{"query":"{ towns(first: 9223372036854775807) { totalCount } }"}`,
		`{"query":"{ a: __schema { types { name } } }"}`,
		`{"query":` + strings.Repeat("[", 64) + `}`,
		`{"query":"{` + strings.Repeat(" villages { edges { node {", 40) + `"}`,
		`{"query":"query($w: TicketWhereInput){ tickets(where: $w){ totalCount } }","variables":{"w":{"hasApplicantWith":{}}}}`,
		`{"query": 5}`,
		`{"query":"{ __typename }","variables":[1,2]}`,
		`{"query":"{ __typename }","operationName":{}}`,
		`not json`,
		``,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	codes := apierr.Codes
	db := testdb.Open(f)
	accounts := account.New(db.Client, account.Options{})
	db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx())
	if _, err := accounts.AddUser(ctx(), "admin", viewer.DistrictAdmin, "500154", testPassword, nil, false); err != nil {
		f.Fatal(err)
	}
	token, _, err := accounts.Login(context.Background(), "admin", testPassword, "")
	if err != nil {
		f.Fatal(err)
	}
	h := server.New(server.Config{Accounts: accounts, RatePerSecond: 1e6, RateBurst: 1e6}, db, slog.New(slog.DiscardHandler))
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		var r result
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("status %d, body is not JSON for %q: %v\n%s", rec.Code, body, err, rec.Body)
		}
		for _, e := range r.Errors {
			code, _ := e.Extensions["code"].(string)
			if !slices.Contains(codes, apierr.Code(code)) || code == string(apierr.Internal) {
				t.Fatalf("error %q has code %q for %q", e.Message, code, body)
			}
		}
	})
}
