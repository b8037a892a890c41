package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"yuanbahui/ent/user"
	"yuanbahui/internal/account"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/jobs"
	"yuanbahui/internal/photo"
	"yuanbahui/internal/store"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
	"yuanbahui/server"
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr("ADDR", "127.0.0.1:8080"), "listen address (env ADDR)")
	dbURL := dbFlag(fs)
	origins := fs.String("cors", os.Getenv("CORS_ALLOWED_ORIGINS"), "comma-separated CORS origin allowlist (env CORS_ALLOWED_ORIGINS)")
	dev := fs.Bool("dev", false, "development mode: also allow the Vite dev server's origin")
	logFormat := fs.String("log-format", envOr("LOG_FORMAT", "text"), "log format: text or json")
	production := fs.Bool("production", os.Getenv("YBH_ENV") == "production", "production mode: refuse demo passwords, Secure cookies, no introspection without a session or token (env YBH_ENV=production)")
	maxCost := fs.Int64("max-cost", server.DefaultMaxCost, "most points one operation may cost")
	budget := fs.Int64("budget", server.DefaultCostPerMinute, "points one account, all its sessions and tokens together (or one anonymous client address), may spend per minute")
	ratePerSec := fs.Float64("rate", 20, "requests per second of one account (or anonymous client address)")
	burst := fs.Int("burst", 40, "burst of requests above --rate")
	limits := fs.String("limits", "on", "on, or off: no rate, cost or budget limit (load tests; loopback --addr only)")
	pprofAddr := fs.String("pprof", "", "serve Go's profiler (net/http/pprof) at this loopback address, e.g. 127.0.0.1:6060; off by default")
	metricsAddr := fs.String("metrics-addr", envOr("METRICS_ADDR", "127.0.0.1:9464"), "serve Prometheus metrics at http://ADDR/metrics, on a listener of their own (env METRICS_ADDR); empty: off")
	photoDir := fs.String("photo-dir", "data/photos", "directory uploaded photos are stored in, by content hash (created if missing)")
	photoMax := fs.Int64("photo-max-bytes", photo.DefaultMaxBytes, "largest photo accepted, in bytes")
	gc := addGCFlags(fs)
	pools := addPoolFlags(fs)
	readDB := fs.String("read-db", os.Getenv("READ_DATABASE_URL"), "PostgreSQL: a streaming replica of --db (postgres://…) that analytics, exports and their counts read from while it lags at most --read-db-max-lag (env READ_DATABASE_URL); empty: all on --db")
	readMaxLag := fs.Duration("read-db-max-lag", store.DefaultMaxLag, "with --read-db: the most staleness analytics and exports accept; beyond it they read from --db")
	configPath := fs.String("config", "", "read settings from this file: `name = value` lines (flag names), # comments; the command line and the environment win over it")
	checkConfig := fs.Bool("check-config", false, "check the configuration (flags, environment, --config file) and the database, print each value with its source, and exit without serving")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sources, err := applyConfigFile(fs, *configPath, serveEnv)
	if err != nil {
		return err
	}
	validate := func() error {
		if *limits != "on" && *limits != "off" {
			return fmt.Errorf("--limits must be on or off, got %q", *limits)
		}
		if *logFormat != "text" && *logFormat != "json" {
			return fmt.Errorf("--log-format must be text or json, got %q", *logFormat)
		}
		for name, a := range map[string]string{"addr": *addr, "metrics-addr": *metricsAddr, "pprof": *pprofAddr} {
			if a != "" {
				if err := checkListenAddr(name, a); err != nil {
					return err
				}
			}
		}
		if *pprofAddr != "" && !isLoopback(*pprofAddr) {
			return fmt.Errorf("--pprof %q: only a loopback address is allowed", *pprofAddr)
		}
		if *limits == "off" && !isLoopback(*addr) {
			return fmt.Errorf("--limits=off is for load tests on a loopback address; --addr %s is not one", *addr)
		}
		if *maxCost <= 0 || *budget <= 0 || *ratePerSec <= 0 || *burst <= 0 {
			return errors.New("--max-cost, --budget, --rate and --burst must be positive")
		}
		if *maxCost > *budget {
			return fmt.Errorf("--max-cost %d is more than the --budget %d a minute: such an operation could never run", *maxCost, *budget)
		}
		if err := gc.validate(); err != nil {
			return err
		}
		if *readMaxLag <= 0 {
			return fmt.Errorf("--read-db-max-lag must be positive, got %s", *readMaxLag)
		}
		if *readDB != "" && !strings.HasPrefix(*dbURL, "postgres://") && !strings.HasPrefix(*dbURL, "postgresql://") {
			return errors.New("--read-db needs PostgreSQL: --db postgres://… (a streaming replica of it)")
		}
		return pools.Validate()
	}
	replica := store.ReplicaOptions{URL: *readDB, MaxLag: *readMaxLag}
	if *checkConfig {
		printConfig(stdout, fs, sources, serveEnv)
		if err := validate(); err != nil {
			return err
		}
		if err := checkDatabase(ctx, *dbURL, *pools, replica, *production, stdout); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "configuration ok")
		return nil
	}
	if err := validate(); err != nil {
		return err
	}
	log := newLogger(stderr, *logFormat)
	if err := gc.apply(fs, log); err != nil {
		return err
	}
	if *pprofAddr != "" {
		_, stop, err := startPprof(*pprofAddr, log)
		if err != nil {
			return err
		}
		defer stop()
	}

	dbOpts := []store.Option{store.WithPools(*pools)}
	if replica.URL != "" {
		dbOpts = append(dbOpts, store.WithReadReplica(replica))
	}
	db, err := openMigrated(ctx, *dbURL, dbOpts...)
	if err != nil {
		return err
	}
	defer db.Close()
	defer telemetry.RegisterPools(db.SQLPools())()
	if db.Replica != nil {
		go db.Replica.Watch(ctx)
		defer telemetry.RegisterReplica(func() (float64, bool, bool) {
			s := db.Replica.Staleness()
			return s.Lag.Seconds(), !s.AsOf.IsZero(), s.Replica
		})()
		s := db.Replica.Staleness()
		log.Info("read replica", "url", store.Redact(replica.URL), "lag", s.Lag, "max_lag", replica.MaxLag, "in_use", s.Replica)
	}
	if *metricsAddr != "" {
		_, stop, err := startMetrics(*metricsAddr, log)
		switch {
		case err == nil:
			defer stop()
		case isSet(fs, "metrics-addr") || os.Getenv("METRICS_ADDR") != "":
			return fmt.Errorf("--metrics-addr %s: %w", *metricsAddr, err)
		default:
			// The default address taken (another serve on this machine)
			// does not keep the API from serving.
			log.Warn("metrics not served: the default --metrics-addr is taken; set another", "addr", *metricsAddr, "error", err)
		}
	}

	if *production {
		n, err := db.Client.User.Query().Where(user.DemoPassword(true), user.Disabled(false)).Count(viewer.SystemContext(ctx))
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("refusing to start in production: %d account(s) still have the demo password; disable them (yuanbahui user disable) or add real accounts", n)
		}
	}
	cfg := server.Config{
		SecureCookies:            *production,
		NoAnonymousIntrospection: *production,
		MaxCost:                  *maxCost,
		CostPerMinute:            *budget,
		RatePerSecond:            *ratePerSec,
		RateBurst:                *burst,
		NoLimits:                 *limits == "off",
		PhotoDir:                 *photoDir,
		MaxPhotoBytes:            *photoMax,
		Accounts:                 account.New(db.Client, account.Options{Jobs: jobs.Exclusive(db.SQL, db.Dialect)}),
	}
	if db.Dialect == dialect.Postgres {
		// Evictions other replicas broadcast (revoked tokens, disabled
		// accounts, role and place changes) apply here within a second, and
		// every replica's live events reach this one's subscriptions: one
		// listener connection for both.
		go func() {
			if err := db.Listen(ctx, log, nil, cfg.Accounts.Evictions()); err != nil {
				log.Error("listening for evictions and live events", "error", err)
			}
		}()
	}
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	if *dev {
		cfg.AllowedOrigins = append(cfg.AllowedOrigins, server.DevOrigins...)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           server.New(cfg, db, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	url := "http://" + displayAddr(ln.Addr().String()) + "/"
	log.Info("serving", "url", url, "database", store.Redact(*dbURL), "dialect", db.Dialect)
	if cfg.NoLimits {
		log.Warn("limits off: no request rate, cost or budget limit (--limits=off, for load tests)")
	}
	fmt.Fprintf(stdout, "院坝汇 is running at %s  (GraphiQL: %sgraphiql)\n", url, url)

	go sweepIdempotencyKeys(ctx, db, jobs.Exclusive(db.SQL, db.Dialect), log)
	if db.Dialect == dialect.Postgres {
		go sweepBudgets(ctx, db, jobs.Exclusive(db.SQL, db.Dialect), log)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// addPoolFlags declares the flags of the PostgreSQL pools (store.Pools),
// defaulting to store.DefaultPools.
func addPoolFlags(fs *flag.FlagSet) *store.Pools {
	p := store.DefaultPools
	fs.IntVar(&p.ReadConns, "db-read-conns", p.ReadConns, "PostgreSQL: most connections for reads")
	fs.IntVar(&p.WriteConns, "db-write-conns", p.WriteConns, "PostgreSQL: most connections for writes (concurrent writers)")
	fs.DurationVar(&p.LockTimeout, "db-lock-timeout", p.LockTimeout, "PostgreSQL: how long a write waits for a lock or a write connection")
	fs.DurationVar(&p.StatementTimeout, "db-statement-timeout", p.StatementTimeout, "PostgreSQL: how long a write statement may run")
	return &p
}

// sweepIdempotencyKeys deletes expired workflow idempotency keys at start
// and then hourly, until ctx ends; with several replicas on one PostgreSQL
// database, one of them at a time (run, jobs.Exclusive).
func sweepIdempotencyKeys(ctx context.Context, db *store.DB, run jobs.Runner, log *slog.Logger) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		n := 0
		if _, err := run(ctx, jobs.SweepIdempotencyKeys, func(ctx context.Context) (err error) {
			n, err = workflow.SweepKeys(ctx, db.Client)
			return err
		}); err != nil && ctx.Err() == nil {
			log.Warn("sweeping idempotency keys", "error", err)
		} else if n > 0 {
			log.Info("swept idempotency keys", "deleted", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// sweepBudgets deletes the shared budget buckets that have filled up again
// (server.SweepBuckets) at start and then hourly, until ctx ends; with
// several replicas, one of them at a time (run, jobs.Exclusive).
func sweepBudgets(ctx context.Context, db *store.DB, run jobs.Runner, log *slog.Logger) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		if _, err := run(ctx, jobs.SweepBudgets, func(ctx context.Context) error {
			_, err := server.SweepBuckets(ctx, db)
			return err
		}); err != nil && ctx.Err() == nil {
			log.Warn("sweeping budget buckets", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// isSet tells whether the flag called name was given.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// displayAddr turns a listen address into one a browser can open.
func displayAddr(a string) string {
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		return a
	}
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// isLoopback tells whether a listen address only accepts connections from
// this machine.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
