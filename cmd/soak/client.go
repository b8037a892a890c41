package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// api is a GraphQL client of the server under test.
type api struct {
	url  string // http://host:port/query
	http *http.Client
}

// gqlError is one entry of a response's errors.
type gqlError struct {
	Message    string `json:"message"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

// answer is one request's outcome: the data, or the code of its failure
// (extensions.code, HTTP_<status> without one, NETWORK when no answer came).
type answer struct {
	data json.RawMessage
	code string // "" on success
	msg  string
}

// do posts one operation with the session token (if any).
func (a *api) do(ctx context.Context, token, query string, vars map[string]any) answer {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url, bytes.NewReader(body))
	if err != nil {
		return answer{code: "NETWORK", msg: err.Error()}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Accept-Language", "en")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return answer{code: "NETWORK", msg: err.Error()}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return answer{code: "NETWORK", msg: err.Error()}
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return answer{code: "HTTP_" + strconv.Itoa(resp.StatusCode), msg: string(raw)}
	}
	if len(r.Errors) > 0 {
		code := r.Errors[0].Extensions.Code
		if code == "" {
			code = "HTTP_" + strconv.Itoa(resp.StatusCode)
		}
		return answer{data: r.Data, code: code, msg: r.Errors[0].Message}
	}
	if resp.StatusCode != http.StatusOK {
		return answer{code: "HTTP_" + strconv.Itoa(resp.StatusCode), msg: string(raw)}
	}
	return answer{data: r.Data}
}

// login logs in, waiting out refusals of the moment (throttling, an
// unavailable database), until ctx ends.
func (a *api) login(ctx context.Context, username, password string) (string, error) {
	const q = `mutation SoakLogin($in: LoginInput!) { login(input: $in) { token } }`
	for {
		ans := a.do(ctx, "", q, map[string]any{"in": map[string]any{"username": username, "password": password}})
		if ans.code == "" {
			var d struct{ Login struct{ Token string } }
			if err := json.Unmarshal(ans.data, &d); err != nil || d.Login.Token == "" {
				return "", fmt.Errorf("login %s: no token in %s", username, ans.data)
			}
			return d.Login.Token, nil
		}
		if !retryable(ans.code) {
			return "", fmt.Errorf("login %s: %s %s", username, ans.code, ans.msg)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// retryable tells whether a failure is of the moment (the SPA's outbox sends
// the same request again): no answer, the database unavailable, a limit,
// an internal error, a gateway's 5xx.
func retryable(code string) bool {
	switch code {
	case "NETWORK", "UNAVAILABLE", "RATE_LIMITED", "INTERNAL", "HTTP_500", "HTTP_502", "HTTP_503", "HTTP_504":
		return true
	}
	return false
}

// The reads: what the dashboard's screens ask most.
var reads = []struct{ name, query string }{
	{"overview", `query SoakOverview($period: String!) { overview(period: $period) { period partial figures { metric value previous } } }`},
	{"issues", `query SoakIssues { issues(first: 20, orderBy: [{field: COLLECTED_AT, direction: DESC}]) { totalCount edges { node { id title stage courtyard { name } } } } }`},
	{"tickets", `query SoakTickets { tickets(first: 20, where: {statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS]}) { totalCount edges { node { id status dueAt serviceType { name } } } } }`},
	{"villages", `query SoakVillages { villages(first: 5) { totalCount edges { node { id name courtyards(first: 3) { totalCount edges { node { id name } } } } } } }`},
}

// The writes: workflow mutations, each with an idempotency key and a
// marker (the title or reason) that the final check finds the row by.
const (
	raiseIssue = `mutation SoakRaiseIssue($in: RaiseIssueInput!) { raiseIssue(input: $in) { issue { id } userErrors { code message } } }`
	award      = `mutation SoakAwardPoints($in: AwardPointsInput!) { awardPoints(input: $in) { pointEntry { id } userErrors { code message } } }`
)

// write is one workflow write the soak sent: its key, kind and marker, and
// the id of the record when the server acknowledged it.
type write struct {
	key, kind, marker string
	id                string // "" unless acknowledged
	ackAt             time.Time
	attempts          int
	refused           string // the userError's code when refused
}

// sample is one request's latency and outcome.
type sample struct {
	write bool
	dur   time.Duration
	end   time.Time
	code  string
	msg   string // the failure's message
}

// targets are the records writes refer to.
type targets struct {
	courtyards []string
	households []string
	period     string
}

// client is one simulated user: it logs in, then reads and writes until
// the deadline, and keeps retrying an unanswered write (same key) until
// the grace deadline.
type client struct {
	n          int
	api        *api
	run        string
	username   string
	password   string
	token      string
	writeShare float64
	think      time.Duration
	t          *targets
	rng        *rand.Rand
	samples    []sample
	writes     []*write
	firstOK    func(time.Time) // told of each acknowledged write
}

// logIn logs the client in (before the run's clock starts).
func (c *client) logIn(ctx context.Context) (err error) {
	c.token, err = c.api.login(ctx, c.username, c.password)
	return err
}

// loop reads and writes until the deadline.
func (c *client) loop(ctx context.Context, deadline, grace time.Time) {
	token := c.token
	for seq := 0; time.Now().Before(deadline); seq++ {
		if ctx.Err() != nil {
			return
		}
		if c.rng.Float64() < c.writeShare {
			c.write(ctx, token, seq, grace)
		} else {
			r := reads[c.rng.IntN(len(reads))]
			vars := map[string]any{}
			if r.name == "overview" {
				vars["period"] = c.t.period
			}
			start := time.Now()
			ans := c.api.do(ctx, token, r.query, vars)
			c.samples = append(c.samples, sample{dur: time.Since(start), end: time.Now(), code: ans.code, msg: ans.msg})
			if ans.code != "" {
				c.pause(ctx, 100*time.Millisecond)
			}
		}
		if c.think > 0 {
			c.pause(ctx, time.Duration(c.rng.Int64N(int64(2*c.think))))
		}
	}
}

// write sends one new workflow write, and again with the same key while its
// answer is a failure of the moment, with a backoff of 100 ms doubling to
// 1 s, until it is answered or the grace deadline passes.
func (c *client) write(ctx context.Context, token string, seq int, grace time.Time) {
	key := fmt.Sprintf("soak-%s-%03d-%05d", c.run, c.n, seq)
	w := &write{key: key, marker: "soak " + key}
	var q, field string
	in := map[string]any{"idempotencyKey": key}
	if c.rng.IntN(2) == 0 {
		w.kind, q, field = "raiseIssue", raiseIssue, "raiseIssue"
		in["courtyardID"] = c.t.courtyards[c.rng.IntN(len(c.t.courtyards))]
		in["category"] = "PUBLIC_FACILITY"
		in["title"] = w.marker
	} else {
		w.kind, q, field = "awardPoints", award, "awardPoints"
		in["householdID"] = c.t.households[c.rng.IntN(len(c.t.households))]
		in["points"] = 1 + c.rng.IntN(5)
		in["reason"] = w.marker
	}
	c.writes = append(c.writes, w)
	backoff := 100 * time.Millisecond
	for {
		w.attempts++
		start := time.Now()
		ans := c.api.do(ctx, token, q, map[string]any{"in": in})
		end := time.Now()
		s := sample{write: true, dur: end.Sub(start), end: end, code: ans.code, msg: ans.msg}
		if ans.code == "" {
			var payload map[string]struct {
				Issue, PointEntry *struct{ ID string }
				UserErrors        []struct{ Code, Message string }
			}
			_ = json.Unmarshal(ans.data, &payload)
			p := payload[field]
			var id string
			for _, r := range []*struct{ ID string }{p.Issue, p.PointEntry} {
				if r != nil {
					id = r.ID
				}
			}
			switch {
			case len(p.UserErrors) > 0:
				ue := p.UserErrors[0]
				w.refused, s.code, s.msg = ue.Code, "userError:"+ue.Code, ue.Message
			case id == "":
				s.code = "NO_RECORD"
			default:
				w.id, w.ackAt = id, end
				c.firstOK(end)
			}
			c.samples = append(c.samples, s)
			return
		}
		c.samples = append(c.samples, s)
		if !retryable(ans.code) || ctx.Err() != nil || end.After(grace) {
			return
		}
		c.pause(ctx, backoff/2+time.Duration(c.rng.Int64N(int64(backoff/2)+1)))
		backoff = min(2*backoff, time.Second)
	}
}

func (c *client) pause(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
