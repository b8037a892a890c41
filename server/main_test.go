package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"yuanbahui/internal/account"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/seed/seedtest"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// api is the real HTTP handler over a fresh database.
type api struct {
	t        *testing.T
	db       *store.DB
	h        http.Handler
	counter  *testdb.Counter
	accounts *account.Service
	// token authenticates requests; empty means "log in as the district
	// administrator on the first request" unless anonymous is set.
	token     string
	anonymous bool
	// language is the Accept-Language the requests send: "en" when empty,
	// none when "-",
	// so that tests read the messages as the code writes them (the API's
	// default, with no header, is zh-CN: TestMessagesInTheUsersLanguage).
	language string
	// skew moves the account service's clock forward (nanoseconds), to let
	// locks and sessions expire.
	skew atomic.Int64
	// photoDir is where the handler stores uploaded photos (a temp dir).
	photoDir string
}

// clock is the account service's clock: now plus the skew.
func (a *api) clock() time.Time { return time.Now().Add(time.Duration(a.skew.Load())) }

// testPassword is the password of every test account.
const testPassword = "courtyard-test-pw"

func newAPI(t *testing.T) *api {
	t.Helper()
	return newAPIOn(t, func(opts ...store.Option) *store.DB { return testdb.Open(t, opts...) })
}

// newSeededAPI is newAPI on a fresh copy of the sample opt describes (seeded
// once per test process, see seedtest).
func newSeededAPI(t *testing.T, opt seed.Options) *api {
	t.Helper()
	return newAPIOn(t, func(opts ...store.Option) *store.DB { return seedtest.Open(t, opt, opts...) })
}

// newAPIOn is newAPI on the database open returns.
func newAPIOn(t *testing.T, open func(...store.Option) *store.DB) *api {
	t.Helper()
	a := &api{t: t, photoDir: t.TempDir()}
	a.db = open(store.WithDriver(testdb.CountStatements(&a.counter)))
	var logOut io.Writer = io.Discard
	if os.Getenv("YBH_TEST_LOG") != "" {
		logOut = os.Stderr
	}
	log := slog.New(slog.NewTextHandler(logOut, nil))
	a.accounts = account.New(a.db.Client, account.Options{Now: a.clock})
	a.h = server.New(server.Config{AllowedOrigins: []string{"https://dash.example.org"}, Accounts: a.accounts, RatePerSecond: 1000, RateBurst: 1000, PhotoDir: a.photoDir}, a.db, log)
	return a
}

// loginAs creates an account (the district 500154 is created if missing) and
// returns a session token for it.
func (a *api) loginAs(username string, role viewer.Role, area string, residentID *int) string {
	a.t.Helper()
	if n := a.db.Client.District.Query().CountX(ctx()); n == 0 {
		a.db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx())
	}
	if _, err := a.accounts.AddUser(ctx(), username, role, area, testPassword, residentID, false); err != nil {
		a.t.Fatalf("adding %s: %v", username, err)
	}
	token, _, err := a.accounts.Login(context.Background(), username, testPassword, "")
	if err != nil {
		a.t.Fatalf("logging in %s: %v", username, err)
	}
	return token
}

// gqlError is one entry of a GraphQL response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// result is a decoded GraphQL response with its HTTP status.
type result struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// do POSTs an operation to /query.
func (a *api) do(query string, vars map[string]any) result {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	switch a.language {
	case "":
		req.Header.Set("Accept-Language", "en")
	case "-":
	default:
		req.Header.Set("Accept-Language", a.language)
	}
	if a.token == "" && !a.anonymous {
		a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	}
	if a.token != "" && !a.anonymous {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	return a.serve(req)
}

func (a *api) serve(req *http.Request) result {
	a.t.Helper()
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	var r result
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		a.t.Fatalf("%s %s: status %d, body is not JSON: %v\n%s", req.Method, req.URL, rec.Code, err, rec.Body.String())
	}
	r.Status = rec.Code
	return r
}

// query runs an operation that must succeed and decodes its data into out.
func (a *api) query(query string, vars map[string]any, out any) {
	a.t.Helper()
	r := a.do(query, vars)
	if len(r.Errors) > 0 {
		a.t.Fatalf("unexpected errors: %+v\nquery: %s", r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		a.t.Fatalf("decoding data: %v\n%s", err, r.Data)
	}
}

// errorCode runs an operation that must fail and returns its first error's code.
func (a *api) errorCode(query string, vars map[string]any) (string, gqlError) {
	a.t.Helper()
	r := a.do(query, vars)
	if len(r.Errors) == 0 {
		a.t.Fatalf("expected an error, got data %s\nquery: %s", r.Data, query)
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code, r.Errors[0]
}

// ctx acts as the system, for fixtures and checks below the API.
func ctx() context.Context { return viewer.SystemContext(context.Background()) }
