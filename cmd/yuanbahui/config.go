package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"yuanbahui/ent/user"
	sqldialect "yuanbahui/internal/dialect"
	"yuanbahui/internal/store"
	"yuanbahui/internal/viewer"
)

// serveEnv names the environment variable that stands in for each serve
// flag that has one. A flag with an environment variable set takes its
// value from it (the flags' defaults read them), so the config file does not
// apply to it.
var serveEnv = map[string]string{
	"addr":         "ADDR",
	"db":           "DATABASE_URL",
	"read-db":      "READ_DATABASE_URL",
	"cors":         "CORS_ALLOWED_ORIGINS",
	"log-format":   "LOG_FORMAT",
	"production":   "YBH_ENV",
	"metrics-addr": "METRICS_ADDR",
	"gc-percent":   "GOGC",
	"memory-limit": "GOMEMLIMIT",
}

// envOnlyRuntime are the flags whose environment variable Go's runtime reads
// itself (the flag's value is not taken from it): the effective value is
// the variable's.
var envOnlyRuntime = map[string]bool{"gc-percent": true, "memory-limit": true}

// notInFile are the flags a config file cannot set: they are about the file
// and the run themselves.
var notInFile = map[string]bool{"config": true, "check-config": true}

// configSources tells, by flag name, where each value came from: "flag",
// "env NAME", "file PATH:LINE" or "default".
type configSources map[string]string

// applyConfigFile completes the parsed fs from the config file at path
// ("" for none): each `name = value` line sets the flag called name unless
// the command line or its environment variable (env) already gave it. The
// file has one setting a line; blank lines and lines starting with # are
// skipped; a value may be double-quoted (Go syntax), which is how to write
// an empty one. An unknown name, a repeated one, a line without = or a value
// the flag refuses is an error naming the file and line. It returns the
// source of every flag's value.
func applyConfigFile(fs *flag.FlagSet, path string, env map[string]string) (configSources, error) {
	src := configSources{}
	fs.VisitAll(func(f *flag.Flag) {
		src[f.Name] = "default"
		if e := env[f.Name]; e != "" && os.Getenv(e) != "" {
			src[f.Name] = "env " + e
		}
	})
	fs.Visit(func(f *flag.Flag) { src[f.Name] = "flag" })
	if path == "" {
		return src, nil
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--config: %w", err)
	}
	defer file.Close()
	seen := map[string]int{}
	sc := bufio.NewScanner(file)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		name, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s: want `name = value`, got %q", where, line)
		}
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if fs.Lookup(name) == nil || notInFile[name] {
			return nil, fmt.Errorf("%s: unknown key %q: not a serve flag (see yuanbahui serve -h)", where, name)
		}
		if prev, dup := seen[name]; dup {
			return nil, fmt.Errorf("%s: %q is set again (first on line %d)", where, name, prev)
		}
		seen[name] = n
		if strings.HasPrefix(value, `"`) {
			if value, err = strconv.Unquote(value); err != nil {
				return nil, fmt.Errorf("%s: %s: a quoted value must be a Go string: %w", where, name, err)
			}
		}
		if src[name] != "default" {
			continue // the command line or the environment wins
		}
		if err := fs.Set(name, value); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", where, name, err)
		}
		src[name] = "file " + where
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--config %s: %w", path, err)
	}
	return src, nil
}

// printConfig writes the effective configuration, one `name = value` line
// a flag in the config file's own syntax, each followed by its source;
// passwords in URLs are redacted.
func printConfig(w io.Writer, fs *flag.FlagSet, src configSources, env map[string]string) {
	fs.VisitAll(func(f *flag.Flag) {
		if notInFile[f.Name] {
			return
		}
		value := f.Value.String()
		if envOnlyRuntime[f.Name] && strings.HasPrefix(src[f.Name], "env ") {
			value = os.Getenv(env[f.Name])
		}
		value = store.Redact(value)
		if value == "" || value != strings.TrimSpace(value) || strings.HasPrefix(value, `"`) {
			value = strconv.Quote(value)
		}
		fmt.Fprintf(w, "%-22s = %-32s # %s\n", f.Name, value, src[f.Name])
	})
}

// checkListenAddr tells whether v is a HOST:PORT a listener can take.
func checkListenAddr(name, v string) error {
	_, port, err := net.SplitHostPort(v)
	if err == nil {
		_, err = net.LookupPort("tcp", port)
	}
	if err != nil {
		return fmt.Errorf("--%s %q: want HOST:PORT: %w", name, v, err)
	}
	return nil
}

// checkDatabase opens and pings the database at url, without migrating it,
// and reports the migrations serve would apply; in production it also
// refuses, as serve does, while an account has the demo password.
// With a read replica (replica.URL), it opens that too, checks that it is
// a copy of the database and reports its staleness.
func checkDatabase(ctx context.Context, url string, pools store.Pools, replica store.ReplicaOptions, production bool, w io.Writer) error {
	opts := []store.Option{store.WithPools(pools)}
	if replica.URL != "" {
		opts = append(opts, store.WithReadReplica(replica))
	}
	db, err := store.Open(ctx, url, opts...)
	if err != nil {
		return fmt.Errorf("--db %s: %w", store.Redact(url), err)
	}
	defer db.Close()
	if db.Replica != nil {
		s := db.Replica.Staleness()
		where := "the replica"
		if !s.Replica {
			where = "the primary, the replica lagging beyond --read-db-max-lag"
		}
		fmt.Fprintf(w, "read replica %s answers; %s behind, analytics and exports read from %s\n", store.Redact(replica.URL), s.Lag.Round(time.Millisecond), where)
	}
	if err := db.Ping(ctx); err != nil {
		return fmt.Errorf("--db %s: %w", store.Redact(url), err)
	}
	schema := true // the users table exists: the production check can run
	if db.Dialect == sqldialect.Postgres {
		pending, err := db.Pending(ctx)
		if err != nil {
			return fmt.Errorf("--db %s: reading its migrations: %w", store.Redact(url), err)
		}
		schema = len(pending) == 0
		fmt.Fprintf(w, "database %s (PostgreSQL) answers; %d migration(s) pending, which serve applies\n", store.Redact(url), len(pending))
	} else {
		var n int
		if err := db.SQL.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'").Scan(&n); err != nil {
			return fmt.Errorf("--db %s: %w", store.Redact(url), err)
		}
		schema = n > 0
		fmt.Fprintf(w, "database %s (SQLite) answers\n", store.Redact(url))
	}
	if production && schema {
		n, err := db.Client.User.Query().Where(user.DemoPassword(true), user.Disabled(false)).Count(viewer.SystemContext(ctx))
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("production: %d account(s) still have the demo password; disable them (yuanbahui user disable) or add real accounts", n)
		}
	}
	return nil
}
