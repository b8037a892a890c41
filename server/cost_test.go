package server_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/fixture"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// costReport is a response's extensions.cost (or a refusal's).
type costReport struct {
	Requested       int64     `json:"requested"`
	MaxPerOperation int64     `json:"maxPerOperation"`
	Limit           int64     `json:"limit"`
	Remaining       int64     `json:"remaining"`
	ResetAt         time.Time `json:"resetAt"`
}

// costed is a response with its cost report.
type costed struct {
	Status     int
	RetryAfter string
	Errors     []struct {
		Message    string `json:"message"`
		Extensions struct {
			Code       string      `json:"code"`
			Cost       *costReport `json:"cost"`
			RetryAfter int         `json:"retryAfter"`
		} `json:"extensions"`
	} `json:"errors"`
	Extensions struct {
		Cost *costReport `json:"cost"`
	} `json:"extensions"`
}

// code is the first error's code, or "" for a success.
func (c costed) code() string {
	if len(c.Errors) == 0 {
		return ""
	}
	return c.Errors[0].Extensions.Code
}

// report is the cost report of a success or of a refusal.
func (c costed) report() *costReport {
	if c.Extensions.Cost != nil || len(c.Errors) == 0 {
		return c.Extensions.Cost
	}
	return c.Errors[0].Extensions.Cost
}

// post sends an operation to h with a bearer token (none when empty).
func post(t *testing.T, h http.Handler, token, query string, vars map[string]any) costed {
	t.Helper()
	return send(t, h, "", token, query, vars).costed
}

// aliases50 is the request of issue 7: 50 aliases of a full page of
// residents with their households and the residents' totalCount, which held
// the server for 12 s on the whole district.
var aliases50 = func() string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range 50 {
		fmt.Fprintf(&b, "a%d: residents(first: 500) { totalCount edges { node { name household { address } } } } ", i)
	}
	return b.String() + "}"
}()

func TestExpensiveOperationRefusedBeforeItRuns(t *testing.T) {
	a := newAPI(t)
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	r := post(t, a.h, a.token, aliases50, nil)
	if r.code() != "COMPLEXITY_LIMIT_EXCEEDED" || r.report() == nil || r.report().Requested <= server.DefaultMaxCost {
		t.Fatalf("50 aliases of residents(first: 500): %+v", r)
	}
	if r.report().Remaining != r.report().Limit {
		t.Fatalf("a refused operation spent from the budget: %+v", r.report())
	}
	// It runs no more statements than authenticating a request does.
	a.counter.Reset()
	post(t, a.h, a.token, `{ __typename }`, nil)
	auth := a.counter.Count()
	a.counter.Reset()
	if post(t, a.h, a.token, aliases50, nil); a.counter.Count() != auth {
		t.Fatalf("the refused operation ran %d SQL statements, authentication alone %d", a.counter.Count(), auth)
	}
	// One alias is a legitimate export page.
	one := post(t, a.h, a.token, `{ residents(first: 500) { totalCount edges { node { name household { address } } } } }`, nil)
	if one.code() != "" || one.report().Requested*50 != r.report().Requested {
		t.Fatalf("one alias: %+v (50 cost %d)", one, r.report().Requested)
	}
	// Nesting cannot overflow the cost into something small.
	deep := `{ villages(first: 500) { edges { node { courtyards(first: 500) { edges { node { households(first: 500) { edges { node {
		residents(first: 500) { edges { node { name } } } } } } } } } } } } }`
	if r := post(t, a.h, a.token, deep, nil); r.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Fatalf("deeply nested pages: %+v", r)
	}
}

// spaDocuments are the GraphQL documents of the SPA (frontend/src), by name.
func spaDocuments(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("../frontend/src/*.ts*")
	docs := map[string]string{}
	re := regexp.MustCompile("(?s)graphql\\(`\\s*((query|mutation) (\\w+).*?)`\\)")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			docs[m[3]] = m[1]
		}
	}
	if len(docs) < 4 {
		t.Fatalf("found %d SPA documents in frontend/src, want at least 4", len(docs))
	}
	return docs
}

func TestNormalTrafficStaysWellWithinTheLimits(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 3, CourtyardsPerVillage: 2}); err != nil {
		t.Fatal(err)
	}
	a.token = a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	ops := map[string]string{
		"README villages": villagesQuery,
		"README overdue tickets": `{ tickets(first: 20, orderBy: [{field: DUE_AT}],
			where: {statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS], dueAtLT: "2026-01-01T00:00:00Z", hasTownWith: {code: "500154104"}}) {
			totalCount edges { node { id status dueAt serviceType { name } applicant { name } } } } }`,
		"README active heads": `{ roleAssignments(where: {role: HEAD, endedAtIsNil: true, hasCourtyardWith: {hasVillageWith: {name: "三星村"}}}) {
			edges { node { startedAt resident { name partyMember } courtyard { name } } } } }`,
		"tickets export page": `{ tickets(first: 500, orderBy: [{field: DUE_AT}], where: {statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS]}) {
			totalCount pageInfo { hasNextPage endCursor } edges { node { id status dueAt serviceType { name } applicant { name } agent { name } courtyard { name } } } } }`,
		"residents export page": `{ residents(first: 500) { totalCount edges { node { name household { address } } } } }`,
		"README overview":       `{ overview(period: "2024Q2") { figures { metric label value previous } } }`,
		"README series": `{ stats(metrics: [TICKETS_SUBMITTED, TICKETS_COMPLETED], groupBy: [TOWN], bucket: MONTH,
			where: {from: "2023-06-30T16:00:00Z", to: "2024-06-30T16:00:00Z"}) { rows { bucket { label } keys { id code name parentName } values } } }`,
		"README percentiles and ranking": `{ stats(metrics: [TICKET_DAYS_MEDIAN, TICKET_DAYS_P90], groupBy: [SERVICE_TYPE], where: {period: "2024H1"}) {
			rows { keys { name } values } }
			ranking(metric: DISPUTES_MEDIATED, level: VILLAGE, where: {period: "2024"}, first: 10) { rank subject { name parentName } value } }`,
		"README gaps": `{ gaps(kind: VACANT_ROLE) { totalCount items { place { name parentName } subject since } }
			failing: gaps(kind: OFFICER_FAILING, where: {period: "2024H1"}) { items { place { name } subject value } } }`,
		"README red flags": `{ redFlags(first: 5) { flags { kind totalCount threshold items { id subject town village courtyard officer officerRole days score } } } }`,
	}
	for name, doc := range spaDocuments(t) {
		ops["SPA "+name] = doc
	}
	vars := map[string]any{"input": map[string]any{"username": "admin", "password": testPassword}}
	var spent int64
	for name, op := range ops {
		token := a.token
		if strings.Contains(op, "logout") {
			token = a.loginAs("leaving-"+strconv.Itoa(len(name)), viewer.Analyst, "500154", nil)
		}
		r := post(t, a.h, token, op, vars)
		if r.code() != "" || r.Extensions.Cost == nil {
			t.Fatalf("%s: %+v", name, r)
		}
		c := r.Extensions.Cost
		t.Logf("%-24s costs %6d points", name, c.Requested)
		// Well within: a third of what one operation may cost, and a
		// thirtieth of the budget per minute.
		if c.Requested > c.MaxPerOperation/3 || c.Requested > c.Limit/30 {
			t.Errorf("%s costs %d: too close to the limits %d per operation, %d per minute", name, c.Requested, c.MaxPerOperation, c.Limit)
		}
		if strings.HasPrefix(name, "SPA") && c.Requested > 200 {
			t.Errorf("%s costs %d; the SPA's queries should be cheap", name, c.Requested)
		}
		if token == a.token {
			// What was spent is gone; refilling gives back at most a second's worth.
			spent += c.Requested
			if c.Remaining < c.Limit-spent || c.Remaining > c.Limit-spent+c.Limit/60 {
				t.Errorf("%s: remaining %d after spending %d of %d", name, c.Remaining, spent, c.Limit)
			}
		}
	}
}

func TestBudgetPerTokenExhaustedAndReported(t *testing.T) {
	a := newAPI(t)
	if _, err := fixture.Build(ctx(), a.db.Client, fixture.Shape{Villages: 3}); err != nil {
		t.Fatal(err)
	}
	const perMinute = 1000
	h := server.New(server.Config{Accounts: a.accounts, RatePerSecond: 1000, RateBurst: 1000, CostPerMinute: perMinute},
		a.db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	admin := a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	analyst := a.loginAs("analyst", viewer.Analyst, "500154", nil)
	// 10 + 75 × (3 + 5) = 610: a page's row is 3 points (graph.RowCost,
	// priced from internal/bench BenchmarkPriceQuery), a town 5 per row.
	const q = `{ villages(first: 75) { edges { node { id name town { name } } } } }`
	first := post(t, h, admin, q, nil)
	if first.code() != "" || first.Extensions.Cost == nil {
		t.Fatalf("first request: %+v", first)
	}
	c := first.Extensions.Cost
	if c.Requested != 610 || c.Limit != perMinute || c.Remaining < perMinute-610 || c.Remaining > perMinute-600 ||
		c.ResetAt.Before(time.Now().Add(30*time.Second)) || c.ResetAt.After(time.Now().Add(40*time.Second)) {
		t.Fatalf("first cost report: %+v", c)
	}
	second := post(t, h, admin, q, nil)
	if second.code() != "RATE_LIMITED" || second.Status != http.StatusTooManyRequests {
		t.Fatalf("second request over the budget: %d %+v", second.Status, second)
	}
	rep := second.report()
	wait, _ := strconv.Atoi(second.RetryAfter)
	if rep == nil || rep.Requested != 610 || rep.Remaining != c.Remaining || wait < 12 || wait > 14 || second.Errors[0].Extensions.RetryAfter != wait {
		t.Fatalf("refusal: Retry-After %q, %+v %+v", second.RetryAfter, rep, second.Errors[0])
	}
	// Cheaper operations still fit in what is left.
	if r := post(t, h, admin, `{ villages(first: 5) { edges { node { name } } } }`, nil); r.code() != "" || r.Extensions.Cost.Remaining > rep.Remaining-15 {
		t.Fatalf("a cheap operation after the refusal: %+v", r)
	}
	// Every account has its own budget; anonymous requests spend their address's.
	if r := post(t, h, analyst, q, nil); r.code() != "" || r.Extensions.Cost.Remaining < perMinute-611 {
		t.Fatalf("another token: %+v", r)
	}
	anon := post(t, h, "", `{ __typename }`, nil)
	if anon.code() != "" || anon.Extensions.Cost == nil || anon.Extensions.Cost.Requested != 1 || anon.Extensions.Cost.Remaining < perMinute-1 {
		t.Fatalf("anonymous request: %+v", anon)
	}
}

func TestNoLimitsForLoadTests(t *testing.T) {
	a := newAPI(t)
	h := server.New(server.Config{Accounts: a.accounts, RatePerSecond: 0.001, RateBurst: 1, CostPerMinute: 1, NoLimits: true},
		a.db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	token := a.loginAs("admin", viewer.DistrictAdmin, "500154", nil)
	for range 3 {
		if r := post(t, h, token, aliases50, nil); r.code() != "" || r.Extensions.Cost != nil {
			t.Fatalf("with NoLimits: %+v", r)
		}
	}
}
