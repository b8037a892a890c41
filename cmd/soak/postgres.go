package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/lib/pq" // the soak's own connection, to check the rows
)

// postgres is a PostgreSQL instance of the soak's own: a data directory in
// a temporary directory, a free port on 127.0.0.1. The soak stops and starts
// it; the shared server on 5432 that the test suite uses is never touched.
type postgres struct {
	bin  string // directory of initdb, pg_ctl
	dir  string // temporary directory: data/, the log, the socket
	port int
	// asPostgres: running as root, PostgreSQL (which refuses root) runs as
	// the OS user postgres, through runuser.
	asPostgres bool
}

// pgBinDir finds PostgreSQL's programs: flag, else pg_config --bindir,
// else the newest /usr/lib/postgresql/*/bin.
func pgBinDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		dir := strings.TrimSpace(string(out))
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "pg_ctl")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("no PostgreSQL programs found (initdb, pg_ctl): give -pg-bin")
}

// versionOf reads the major version in /usr/lib/postgresql/N/bin.
func versionOf(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// freePort asks the kernel for a free TCP port on 127.0.0.1.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// newPostgres initialises a cluster in a new temporary directory.
func newPostgres(ctx context.Context, bin string) (*postgres, error) {
	dir, err := os.MkdirTemp("", "yuanbahui-soak-")
	if err != nil {
		return nil, err
	}
	p := &postgres{bin: bin, dir: dir, asPostgres: os.Geteuid() == 0}
	if p.asPostgres {
		u, err := user.Lookup("postgres")
		if err != nil {
			return p, fmt.Errorf("running as root, PostgreSQL needs the OS user postgres: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return p, err
		}
	}
	if p.port, err = freePort(); err != nil {
		return p, err
	}
	if out, err := p.run(ctx, "initdb", "-D", p.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		return p, fmt.Errorf("initdb: %w\n%s", err, out)
	}
	return p, nil
}

func (p *postgres) data() string { return filepath.Join(p.dir, "data") }

// logPath is PostgreSQL's server log.
func (p *postgres) logPath() string { return filepath.Join(p.dir, "postgres.log") }

// url is the libpq URL of the instance's postgres database.
func (p *postgres) url() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", p.port)
}

// run runs one of PostgreSQL's programs, as the postgres OS user when
// running as root.
func (p *postgres) run(ctx context.Context, prog string, args ...string) ([]byte, error) {
	path := filepath.Join(p.bin, prog)
	var cmd *exec.Cmd
	if p.asPostgres {
		cmd = exec.CommandContext(ctx, "runuser", append([]string{"-u", "postgres", "--", path}, args...)...)
	} else {
		cmd = exec.CommandContext(ctx, path, args...)
	}
	cmd.Dir = p.dir
	return cmd.CombinedOutput()
}

// start starts the server and waits until it accepts connections. fsync
// stays on: the soak checks that what was acknowledged survives.
func (p *postgres) start(ctx context.Context) error {
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -k %s -c max_connections=100", p.port, p.dir)
	if out, err := p.run(ctx, "pg_ctl", "-D", p.data(), "-l", p.logPath(), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		return fmt.Errorf("pg_ctl start: %w\n%s", err, out)
	}
	return nil
}

// stop stops the server in the given pg_ctl mode (fast: roll back open
// transactions and disconnect; immediate: like a crash, recovery at start).
func (p *postgres) stop(ctx context.Context, mode string) error {
	if out, err := p.run(ctx, "pg_ctl", "-D", p.data(), "-m", mode, "-w", "-t", "60", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %w\n%s", err, out)
	}
	return nil
}

// waitAccepting returns once a new connection succeeds, and the time it did.
func (p *postgres) waitAccepting(ctx context.Context) (time.Time, error) {
	db, err := sql.Open("postgres", p.url()+"&connect_timeout=2")
	if err != nil {
		return time.Time{}, err
	}
	defer db.Close()
	db.SetMaxIdleConns(0) // every Ping a new connection
	for {
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		err := db.PingContext(pctx)
		cancel()
		if err == nil {
			return time.Now(), nil
		}
		select {
		case <-ctx.Done():
			return time.Time{}, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// halt stops the server if it runs, as a crash would (the data is not
// needed any more).
func (p *postgres) halt() {
	if p == nil {
		return
	}
	if _, err := os.Stat(filepath.Join(p.data(), "postmaster.pid")); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		_, _ = p.run(ctx, "pg_ctl", "-D", p.data(), "-m", "immediate", "-w", "stop")
		cancel()
	}
}
