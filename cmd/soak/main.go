// Command soak is the soak and fault test of `make soak`: many clients read
// and write through the real server on PostgreSQL while PostgreSQL is
// stopped and started again, and every acknowledged write must be found in
// the database afterwards.
//
// It starts a PostgreSQL instance of its own (initdb into a temporary
// directory, pg_ctl on a free port; as the OS user postgres when run as
// root), seeds it and adds accounts with the yuanbahui binary (-bin), and
// runs `yuanbahui serve` on it as a child process. Each client logs in and,
// until the deadline, reads (overview, issues, tickets, villages) or sends a
// workflow write (raiseIssue, awardPoints) with an idempotency key; a write
// answered by a failure of the moment (no answer, UNAVAILABLE, RATE_LIMITED,
// INTERNAL) is sent again with the same key, as the SPA's outbox does.
// Halfway, PostgreSQL is stopped (pg_ctl stop -m fast) for -outage and
// started again.
//
// It prints throughput, p50/p99 latency of reads and writes, the errors by
// code, the recovery time (from PostgreSQL accepting connections again to the
// first acknowledged write) and the acknowledged writes missing from the
// database, and exits 1 if any is missing, any key produced two records, or
// no write succeeded after the restart.
//
//	go run ./cmd/soak -bin bin/yuanbahui [-clients 200] [-duration 60s] [-outage 5s] [-short]
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// config is the command line.
type config struct {
	bin, pgBin, scale, stopMode string
	clients, accounts           int
	duration, outage, think     time.Duration
	writeShare                  float64
	keep                        bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ok, err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (bool, error) {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.bin, "bin", "bin/yuanbahui", "the yuanbahui binary to test")
	fs.StringVar(&c.pgBin, "pg-bin", "", "directory of initdb and pg_ctl (default: pg_config --bindir, else /usr/lib/postgresql/*/bin)")
	fs.StringVar(&c.scale, "scale", "village", "seed scale")
	fs.StringVar(&c.stopMode, "stop-mode", "fast", "pg_ctl stop mode: fast (disconnect, roll back) or immediate (as a crash)")
	fs.IntVar(&c.clients, "clients", 200, "concurrent clients")
	fs.IntVar(&c.accounts, "accounts", 0, "accounts the clients share (default: one per 10 clients)")
	fs.DurationVar(&c.duration, "duration", time.Minute, "how long the clients run")
	fs.DurationVar(&c.outage, "outage", 5*time.Second, "how long PostgreSQL is down, from the middle of the run")
	fs.DurationVar(&c.think, "think", 0, "mean pause of a client between requests")
	fs.Float64Var(&c.writeShare, "writes", 0.3, "share of requests that are workflow writes")
	fs.BoolVar(&c.keep, "keep", false, "keep the temporary directory (PostgreSQL's data and log, the server's log; PostgreSQL is stopped)")
	short := fs.Bool("short", false, "the CI version: 50 clients for 15 s, PostgreSQL down 3 s (flags given explicitly win)")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	if *short {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["clients"] {
			c.clients = 50
		}
		if !set["duration"] {
			c.duration = 15 * time.Second
		}
		if !set["outage"] {
			c.outage = 3 * time.Second
		}
	}
	if c.accounts <= 0 {
		c.accounts = max(1, c.clients/10)
	}
	if c.clients <= 0 || c.duration <= 0 || c.outage < 0 || c.outage >= c.duration/2 {
		return false, errors.New("need -clients > 0, -duration > 0 and 0 <= -outage < duration/2")
	}
	bin, err := filepath.Abs(c.bin)
	if err != nil {
		return false, err
	}
	if _, err := os.Stat(bin); err != nil {
		return false, fmt.Errorf("-bin: %w (make server builds it)", err)
	}
	c.bin = bin
	return soak(ctx, c, stdout)
}

// logger prints progress lines with the time since start.
type logger struct {
	w     io.Writer
	start time.Time
}

func (l logger) printf(format string, args ...any) {
	fmt.Fprintf(l.w, "[%6.1fs] %s\n", time.Since(l.start).Seconds(), fmt.Sprintf(format, args...))
}

func soak(ctx context.Context, c config, stdout io.Writer) (ok bool, err error) {
	log := logger{w: stdout, start: time.Now()}
	pgBin, err := pgBinDir(c.pgBin)
	if err != nil {
		return false, err
	}
	pg, err := newPostgres(ctx, pgBin)
	defer func() {
		pg.halt()
		switch {
		case pg == nil:
		case c.keep:
			log.printf("kept %s", pg.dir)
		default:
			_ = os.RemoveAll(pg.dir)
		}
	}()
	if err != nil {
		return false, err
	}
	if err := pg.start(ctx); err != nil {
		return false, err
	}
	log.printf("PostgreSQL (%s) on port %d, data in %s", pgBin, pg.port, pg.dir)

	if out, err := exec.CommandContext(ctx, c.bin, "seed", "--db", pg.url(), "--scale", c.scale).CombinedOutput(); err != nil {
		return false, fmt.Errorf("seed: %w\n%s", err, out)
	}
	const adminPassword = "soak-admin-password"
	add := exec.CommandContext(ctx, c.bin, "user", "add", "--db", pg.url(), "--username", "soak-admin", "--role", "DISTRICT_ADMIN", "--area", "500154", "--password-stdin")
	add.Stdin = strings.NewReader(adminPassword + "\n")
	if out, err := add.CombinedOutput(); err != nil {
		return false, fmt.Errorf("user add: %w\n%s", err, out)
	}
	log.printf("seeded the %s scale", c.scale)

	srv, err := startServer(ctx, c.bin, pg)
	if err != nil {
		return false, err
	}
	defer srv.stop()
	log.printf("serving at %s (log: %s)", srv.url, srv.logPath)

	a := &api{url: srv.url + "query", http: &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: c.clients + 10, MaxIdleConnsPerHost: c.clients + 10, IdleConnTimeout: time.Minute},
	}}
	t, usernames, err := prepare(ctx, a, adminPassword, c.accounts)
	if err != nil {
		return false, err
	}
	log.printf("%d accounts, %d courtyards and %d households to write to", len(usernames), len(t.courtyards), len(t.households))

	// The clients log in, all at once, before the clock starts.
	runID := fmt.Sprintf("%x", time.Now().UnixNano()&0xffffffff)
	var acks ackClock
	clients := make([]*client, c.clients)
	for i := range clients {
		clients[i] = &client{
			n: i, api: a, run: runID, username: usernames[i%len(usernames)], password: accountPassword,
			writeShare: c.writeShare, think: c.think, t: t,
			rng: rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano()))), firstOK: acks.note,
		}
	}
	loginStart := time.Now()
	lctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	errs := make(chan error, c.clients)
	var wg sync.WaitGroup
	for _, cl := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := cl.logIn(lctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	cancel()
	close(errs)
	for err := range errs {
		return false, err
	}
	log.printf("%d clients logged in in %.1f s", c.clients, time.Since(loginStart).Seconds())

	start := time.Now()
	deadline := start.Add(c.duration)
	grace := deadline.Add(30 * time.Second)
	for _, cl := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl.loop(ctx, deadline, grace)
		}()
	}
	log.printf("%d clients running for %s (writes %.0f%%)", c.clients, c.duration, 100*c.writeShare)

	// The fault: halfway, PostgreSQL stops for c.outage.
	f, faultErr := fault(ctx, pg, c, start, &acks, log)
	wg.Wait()
	elapsed := time.Since(start)
	if faultErr != nil {
		return false, faultErr
	}
	log.printf("clients done after %.1f s", elapsed.Seconds())

	// The check, directly in the database, with the server stopped.
	srv.stop()
	found, err := check(ctx, pg.url(), runID)
	if err != nil {
		return false, err
	}
	r := report(clients, found, f, &acks, c.duration)
	r.print(stdout, c)
	return r.ok(), nil
}

// accountPassword is the password of the soak's accounts.
const accountPassword = "soak-client-password"

// prepare logs the administrator in, reads the courtyards and households
// the writes go to, and adds the accounts the clients share.
func prepare(ctx context.Context, a *api, adminPassword string, accounts int) (*targets, []string, error) {
	token, err := a.login(ctx, "soak-admin", adminPassword)
	if err != nil {
		return nil, nil, err
	}
	ans := a.do(ctx, token, `query SoakTargets { courtyards(first: 100) { edges { node { id } } } households(first: 300) { edges { node { id } } } }`, nil)
	if ans.code != "" {
		return nil, nil, fmt.Errorf("reading targets: %s %s", ans.code, ans.msg)
	}
	type ids struct {
		Edges []struct{ Node struct{ ID string } }
	}
	var d struct{ Courtyards, Households ids }
	if err := json.Unmarshal(ans.data, &d); err != nil {
		return nil, nil, err
	}
	t := &targets{period: time.Now().In(time.FixedZone("CST", 8*3600)).Format("2006")}
	for _, e := range d.Courtyards.Edges {
		t.courtyards = append(t.courtyards, e.Node.ID)
	}
	for _, e := range d.Households.Edges {
		t.households = append(t.households, e.Node.ID)
	}
	if len(t.courtyards) == 0 || len(t.households) == 0 {
		return nil, nil, errors.New("the seeded database has no courtyards or households")
	}
	var names []string
	for i := range accounts {
		name := fmt.Sprintf("soak-%03d", i)
		ans := a.do(ctx, token, `mutation SoakAddAccount($in: AddAccountInput!) { addAccount(input: $in) { user { id } userErrors { code message } } }`,
			map[string]any{"in": map[string]any{"username": name, "password": accountPassword, "role": "DISTRICT_ADMIN", "areaCode": "500154"}})
		if ans.code != "" || !strings.Contains(string(ans.data), `"userErrors":[]`) {
			return nil, nil, fmt.Errorf("adding %s: %s %s %s", name, ans.code, ans.msg, ans.data)
		}
		names = append(names, name)
	}
	return t, names, nil
}

// ackClock keeps the time of the first acknowledged write after a moment.
type ackClock struct {
	mu   sync.Mutex
	acks []time.Time
}

func (a *ackClock) note(t time.Time) {
	a.mu.Lock()
	a.acks = append(a.acks, t)
	a.mu.Unlock()
}

// firstAfter is the first acknowledgement at or after t (zero if none).
func (a *ackClock) firstAfter(t time.Time) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	var first time.Time
	for _, x := range a.acks {
		if !x.Before(t) && (first.IsZero() || x.Before(first)) {
			first = x
		}
	}
	return first
}

// lastBefore is the last acknowledgement before t (zero if none).
func (a *ackClock) lastBefore(t time.Time) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	var last time.Time
	for _, x := range a.acks {
		if x.Before(t) && x.After(last) {
			last = x
		}
	}
	return last
}

// outage is what happened to PostgreSQL: when it was stopped, when its
// stop returned, and when it accepted connections again.
type outage struct {
	stopAt, downAt, upAt time.Time
}

// fault stops PostgreSQL halfway through the run for c.outage, starts it
// again and notes when it accepts connections.
func fault(ctx context.Context, pg *postgres, c config, start time.Time, acks *ackClock, log logger) (outage, error) {
	var o outage
	select {
	case <-ctx.Done():
		return o, ctx.Err()
	case <-time.After(time.Until(start.Add(c.duration / 2))):
	}
	o.stopAt = time.Now()
	log.printf("stopping PostgreSQL (pg_ctl stop -m %s)", c.stopMode)
	if err := pg.stop(ctx, c.stopMode); err != nil {
		return o, err
	}
	o.downAt = time.Now()
	log.printf("PostgreSQL down (stop took %s); starting it again in %s", o.downAt.Sub(o.stopAt).Round(time.Millisecond), c.outage)
	select {
	case <-ctx.Done():
		return o, ctx.Err()
	case <-time.After(c.outage):
	}
	if err := pg.start(ctx); err != nil {
		return o, err
	}
	up, err := pg.waitAccepting(ctx)
	if err != nil {
		return o, err
	}
	o.upAt = up
	log.printf("PostgreSQL accepting connections again")
	// Wait for the first acknowledged write, to log it while it happens.
	for ctx.Err() == nil && time.Now().Before(start.Add(c.duration)) {
		if first := acks.firstAfter(o.upAt); !first.IsZero() {
			log.printf("first acknowledged write %s after PostgreSQL came back", first.Sub(o.upAt).Round(time.Millisecond))
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return o, nil
}

// found is what the database holds of the run: the soak's records by
// marker, each marker's record ids.
type found map[string][]int

// check reads the records the run's writes created, by their markers.
func check(ctx context.Context, url, runID string) (found, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	f := found{}
	for _, q := range []string{
		`SELECT id, title FROM issues WHERE title LIKE $1`,
		`SELECT id, reason FROM point_entries WHERE reason LIKE $1`,
	} {
		rows, err := db.QueryContext(ctx, q, "soak soak-"+runID+"-%")
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int
			var marker string
			if err := rows.Scan(&id, &marker); err != nil {
				rows.Close()
				return nil, err
			}
			f[marker] = append(f[marker], id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return f, nil
}
