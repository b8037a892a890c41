package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	coderws "github.com/coder/websocket"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/live"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// liveSub is an SSE subscription to areaChanged through a real server.
type liveSub struct {
	msgs   chan liveMsg
	done   chan struct{}
	cancel func()
}

// liveMsg is one areaChanged message (or the errors of a refusal).
type liveMsg struct {
	Count  int
	Kinds  []string
	IDs    []string
	Errors []gqlError
}

// subscribeSSE opens `subscription { areaChanged(area) }` on url with token
// and returns its messages as they arrive, once the subscription is in
// place: subscribed on bus (the server's), refused, or ended. (gqlgen's SSE
// transport answers its headers before the resolver runs, so the headers
// alone do not tell.)
func subscribeSSE(t *testing.T, bus *live.Bus, url, token string, area string) *liveSub {
	t.Helper()
	before := bus.Subscribers()
	vars := map[string]any{}
	if area != "" {
		vars["area"] = area
	}
	body, _ := json.Marshal(map[string]any{"query": `subscription($area: ID) { areaChanged(area: $area) { count kinds ids at } }`, "variables": vars})
	c, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(c, http.MethodPost, url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		b, _ := io.ReadAll(res.Body)
		cancel()
		t.Fatalf("subscription answered %d %s: %s", res.StatusCode, ct, b)
	}
	s := &liveSub{msgs: make(chan liveMsg, 100), done: make(chan struct{}), cancel: cancel}
	t.Cleanup(cancel)
	go func() {
		defer close(s.done)
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "next":
				var m struct {
					Data struct {
						AreaChanged liveMsg
					}
					Errors []gqlError
				}
				_ = json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &m)
				msg := m.Data.AreaChanged
				msg.Errors = m.Errors
				s.msgs <- msg
			}
		}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for bus.Subscribers() <= before && len(s.msgs) == 0 {
		select {
		case <-s.done:
			return s
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the subscription neither started nor was refused within 10 s")
		}
	}
	return s
}

// refusal waits up to 10 s for s's first message and returns its error
// code (empty when it has none, or when the stream ended without one).
func (s *liveSub) refusal(t *testing.T, what string) string {
	t.Helper()
	select {
	case m := <-s.msgs:
		if len(m.Errors) == 0 {
			t.Fatalf("%s: %+v, want a refusal", what, m)
		}
		code, _ := m.Errors[0].Extensions["code"].(string)
		return code
	case <-s.done:
		select { // the message, if any, was sent before the stream ended
		case m := <-s.msgs:
			s.msgs <- m
			return s.refusal(t, what)
		default:
			t.Fatalf("%s: the stream ended without a message", what)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: no message within 10 s", what)
	}
	return ""
}

// within waits up to d for s's next message.
func (s *liveSub) within(t *testing.T, d time.Duration, what string) liveMsg {
	t.Helper()
	select {
	case m := <-s.msgs:
		if len(m.Errors) > 0 {
			t.Fatalf("%s: errors %+v", what, m.Errors)
		}
		return m
	case <-time.After(d):
		t.Fatalf("%s: no message within %s", what, d)
	}
	return liveMsg{}
}

// silent checks that s receives nothing for d.
func (s *liveSub) silent(t *testing.T, d time.Duration, what string) {
	t.Helper()
	select {
	case m := <-s.msgs:
		t.Fatalf("%s: got %+v, want nothing", what, m)
	case <-time.After(d):
	}
}

// listenLive runs db's listener (PostgreSQL; a no-op on SQLite) until the
// test ends, as `serve` does, and waits until it listens.
func listenLive(t *testing.T, db *store.DB) {
	t.Helper()
	runCtx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	ready := make(chan struct{})
	go func() {
		if err := db.Listen(runCtx, slog.New(slog.NewTextHandler(io.Discard, nil)), ready); err != nil {
			t.Error(err)
		}
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		t.Fatal("listener not ready")
	}
}

// TestLiveBoardsOverSSE: a workflow step (a ticket submitted, then
// accepted) reaches an administrator's SSE subscription within 2 s of its
// commit; a village cadre's subscription for the same village and a
// subscription for that courtyard get it, another village's cadre and
// another town's official do not; a refused step (bad input, rolled back)
// sends nothing; a subscription for an area out of reach is refused; and
// disabling an account ends its stream.
func TestLiveBoardsOverSSE(t *testing.T) {
	w := newServiceWorld(t)
	c := w.a.db.Client
	listenLive(t, w.a.db)
	other := c.Town.Create().SetCode("500154105").SetName("另一镇").SetDistrict(w.p.District).SaveX(ctx())
	w.tokens["otherTown"] = w.a.loginAs("other-town", viewer.TownOfficial, other.Code, nil)
	w.tokens["cadre2"] = w.a.loginAs("cadre2", viewer.VillageCadre, w.p.Villages[1].Code, nil)
	srv := httptest.NewServer(w.a.h)
	t.Cleanup(srv.Close)
	bus := w.a.db.Live

	admin := subscribeSSE(t, bus, srv.URL, w.tokens["admin"], "")
	cadre := subscribeSSE(t, bus, srv.URL, w.tokens["cadre"], ent.EncodeGlobalID(w.p.Villages[0].ID))
	yard := subscribeSSE(t, bus, srv.URL, w.tokens["admin"], ent.EncodeGlobalID(w.p.Courtyards[0].ID))
	cadre2 := subscribeSSE(t, bus, srv.URL, w.tokens["cadre2"], "")
	otherTown := subscribeSSE(t, bus, srv.URL, w.tokens["otherTown"], "")
	elsewhere := subscribeSSE(t, bus, srv.URL, w.tokens["admin"], ent.EncodeGlobalID(w.p.Villages[1].ID))

	start := time.Now()
	tk := w.submit(t)
	m := admin.within(t, 2*time.Second, "the administrator, after a submission")
	t.Logf("submission → message: %s", time.Since(start))
	if m.Count != 1 || len(m.Kinds) != 1 || m.Kinds[0] != "TICKET" || len(m.IDs) != 1 || m.IDs[0] != tk.ID {
		t.Fatalf("message %+v, want one TICKET change of %s", m, tk.ID)
	}
	cadre.within(t, 2*time.Second, "the village's cadre")
	yard.within(t, 2*time.Second, "the courtyard's subscription")

	start = time.Now()
	ticketOf(t, w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields))
	m = admin.within(t, 2*time.Second, "the administrator, after acceptance")
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("accepted → message took %s", took)
	}
	if m.IDs[0] != tk.ID {
		t.Fatalf("message %+v, want the accepted ticket", m)
	}
	cadre.within(t, 2*time.Second, "the village's cadre, after acceptance")

	// Accepting again is refused: its transaction rolls back, nothing is sent.
	if o := w.do(t, "agent", "acceptTicket", map[string]any{"id": tk.ID}, ticketFields); o.refused() == "" {
		t.Fatal("accepting twice was not refused")
	}
	admin.silent(t, time.Second, "the administrator, after a refused step")
	for name, s := range map[string]*liveSub{"another village's cadre": cadre2, "another town's official": otherTown, "another village's subscription": elsewhere} {
		s.silent(t, 0, name)
	}

	// An area out of the viewer's reach is refused.
	out := subscribeSSE(t, bus, srv.URL, w.tokens["otherTown"], ent.EncodeGlobalID(w.p.Villages[0].ID))
	if code := out.refusal(t, "another town's village"); code != "NOT_FOUND" {
		t.Fatalf("another town's village: %s, want NOT_FOUND", code)
	}

	// A disabled account's stream ends.
	if err := w.a.accounts.Disable(ctx(), "cadre"); err != nil {
		t.Fatal(err)
	}
	select {
	case <-cadre.done:
	case <-time.After(graph.SessionRecheck + 2*time.Second):
		t.Fatal("the disabled cadre's stream is still open")
	}
}

// TestLiveSubscriptionLimitAndBursts: many subscribers and a burst of
// concurrent workflow steps: each subscriber is told of every change
// (the counts add up), in coalesced messages (at most about four a second),
// and the publisher never waits for them; an account's ninth subscription
// at once is refused (RATE_LIMITED).
func TestLiveSubscriptionLimitAndBursts(t *testing.T) {
	w := newServiceWorld(t)
	listenLive(t, w.a.db)
	srv := httptest.NewServer(w.a.h)
	t.Cleanup(srv.Close)
	bus := w.a.db.Live
	var subs []*liveSub
	for i := 0; i < graph.MaxSubscriptions; i++ {
		subs = append(subs, subscribeSSE(t, bus, srv.URL, w.tokens["admin"], ""), subscribeSSE(t, bus, srv.URL, w.tokens["cadre"], ""))
	}
	refused := subscribeSSE(t, bus, srv.URL, w.tokens["admin"], "")
	if code := refused.refusal(t, "a ninth subscription"); code != "RATE_LIMITED" {
		t.Fatalf("a ninth subscription: %s, want RATE_LIMITED", code)
	}

	const burst = 12
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < burst; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := w.do(t, "agent", "submitTicket", map[string]any{
				"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID),
				"mode": "ASSISTED", "documentsReceived": []string{"身份证", "户口簿", "收入证明"},
			}, ticketFields)
			if o.refused() != "" {
				t.Errorf("submission refused: %s %+v", o.errorCode, o.userErrors)
			}
		}()
	}
	wg.Wait()
	steps := time.Since(start)
	for i, s := range subs {
		total, messages := 0, 0
		for total < burst {
			total += s.within(t, 3*time.Second, fmt.Sprintf("subscriber %d after %d of %d changes", i, total, burst)).Count
			messages++
		}
		if total != burst {
			t.Fatalf("subscriber %d counted %d changes, want %d", i, total, burst)
		}
		if most := int((time.Since(start))/(250*time.Millisecond)) + 2; messages > most {
			t.Fatalf("subscriber %d got %d messages in %s: not coalesced", i, messages, time.Since(start))
		}
	}
	t.Logf("%d steps in %s, %d subscribers told of every one", burst, steps, len(subs))
}

// TestLiveOverWebSocket: graphql-transport-ws on /query authenticated by the
// session cookie of the upgrade request receives a workflow step; an upgrade
// from an origin outside the CORS allowlist is refused.
func TestLiveOverWebSocket(t *testing.T) {
	w := newServiceWorld(t)
	listenLive(t, w.a.db)
	srv := httptest.NewServer(w.a.h)
	t.Cleanup(srv.Close)
	wsURL := "ws" + strings.TrimPrefix(srv.URL, "http") + "/query"
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	header := http.Header{"Cookie": {server.SessionCookie + "=" + w.tokens["admin"]}, "Origin": {"https://evil.example"}}
	if conn, res, err := coderws.Dial(c, wsURL, &coderws.DialOptions{HTTPHeader: header, Subprotocols: []string{"graphql-transport-ws"}}); err == nil {
		conn.CloseNow()
		t.Fatal("an upgrade from a foreign origin was accepted")
	} else if res == nil || res.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign origin: %v %v, want 403", res, err)
	}

	header.Set("Origin", "https://dash.example.org")
	conn, _, err := coderws.Dial(c, wsURL, &coderws.DialOptions{HTTPHeader: header, Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	send := func(v any) {
		b, _ := json.Marshal(v)
		if err := conn.Write(c, coderws.MessageText, b); err != nil {
			t.Fatal(err)
		}
	}
	read := func() map[string]any {
		for {
			_, b, err := conn.Read(c)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			_ = json.Unmarshal(b, &m)
			if m["type"] != "ping" && m["type"] != "pong" && m["type"] != "ka" {
				return m
			}
		}
	}
	send(map[string]any{"type": "connection_init"})
	if m := read(); m["type"] != "connection_ack" {
		t.Fatalf("init: %v", m)
	}
	send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": `subscription { areaChanged { count kinds } }`}})
	for w.a.db.Live.Subscribers() == 0 { // the subscription registers
		if c.Err() != nil {
			t.Fatal("the WebSocket subscription did not register")
		}
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	tk := w.submit(t)
	m := read()
	if m["type"] != "next" {
		t.Fatalf("after a submission: %v", m)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("submission → WebSocket message took %s", took)
	}
	if b, _ := json.Marshal(m["payload"]); !strings.Contains(string(b), `"TICKET"`) {
		t.Fatalf("message %s, want a TICKET change (%s)", b, tk.ID)
	}
}

// TestLiveAcrossServers: two servers on one PostgreSQL database; a step
// made through one reaches a subscription on the other within 2 s (its
// pg_notify, sent in the step's transaction, is delivered at commit).
func TestLiveAcrossServers(t *testing.T) {
	testdb.SkipUnlessPostgres(t, "servers share live events through PostgreSQL LISTEN/NOTIFY")
	w := newServiceWorld(t)
	dsn := databaseURL(t, w.a)
	other := replica(t, dsn, server.Config{RatePerSecond: 1000, RateBurst: 1000})
	listenLive(t, other.db)
	srv := httptest.NewServer(other.h)
	t.Cleanup(srv.Close)
	bus := other.db.Live
	sub := subscribeSSE(t, bus, srv.URL, w.tokens["admin"], "")
	start := time.Now()
	tk := w.submit(t)
	m := sub.within(t, 2*time.Second, "the other server's subscriber")
	t.Logf("submission on one server → message on the other: %s", time.Since(start))
	if len(m.IDs) != 1 || m.IDs[0] != tk.ID {
		t.Fatalf("message %+v, want the ticket %s", m, tk.ID)
	}
	sub.silent(t, 500*time.Millisecond, "after the one change")
}
