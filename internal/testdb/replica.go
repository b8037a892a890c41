package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Cluster is a PostgreSQL primary of the test's own with a streaming
// replica of it, made by StreamingReplica.
type Cluster struct {
	// Primary and Replica are the postgres:// URLs of their database
	// "postgres" (user postgres, trust).
	Primary, Replica string
	t                testing.TB
	bin              string
	replicaDir       string
	run              func(name string, args ...string) *exec.Cmd
}

// StreamingReplica starts a PostgreSQL server of the test's own (initdb,
// pg_ctl, on a free loopback port, in a temporary directory) and a streaming
// replica of it (pg_basebackup -R, on another port), both stopped and
// removed when the test ends. The shared server of TEST_DATABASE_URL is
// neither replicated nor restarted. It skips the test unless the tests run
// on PostgreSQL and initdb, pg_ctl and pg_basebackup are found (on the PATH
// or under /usr/lib/postgresql/*/bin). Run as root, the servers run as the
// OS user postgres (runuser), as PostgreSQL requires.
func StreamingReplica(t testing.TB) *Cluster {
	t.Helper()
	SkipUnlessPostgres(t, "a streaming replica")
	bin, err := postgresBin()
	if err != nil {
		t.Skipf("a streaming replica needs PostgreSQL's server programs: %v", err)
	}
	c := &Cluster{t: t, bin: bin, run: exec.Command}
	owner := -1
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skipf("running as root, a streaming replica needs the OS user postgres: %v", err)
		}
		owner, _ = strconv.Atoi(u.Uid)
		c.run = func(name string, args ...string) *exec.Cmd {
			return exec.Command("runuser", append([]string{"-u", "postgres", "--", name}, args...)...)
		}
	}
	dir, err := os.MkdirTemp("", "yuanbahui-replica-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if owner >= 0 {
		if err := os.Chown(dir, owner, -1); err != nil {
			t.Fatal(err)
		}
	}
	primaryDir, replicaDir := filepath.Join(dir, "primary"), filepath.Join(dir, "replica")
	c.replicaDir = replicaDir
	primaryPort, replicaPort := freePort(t), freePort(t)

	c.must("initdb", "-D", primaryDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale", "C")
	// initdb's pg_hba.conf trusts replication from 127.0.0.1 already; say
	// so anyway, should its defaults change.
	c.must("sh", "-c", "echo 'host replication all 127.0.0.1/32 trust' >> "+filepath.Join(primaryDir, "pg_hba.conf"))
	c.start(primaryDir, primaryPort, dir)
	c.must("pg_basebackup", "-h", "127.0.0.1", "-p", strconv.Itoa(primaryPort), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "--no-sync")
	c.start(replicaDir, replicaPort, dir)
	c.Primary = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", primaryPort)
	c.Replica = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", replicaPort)
	c.waitReady(c.Primary)
	c.waitReady(c.Replica)
	return c
}

// StopReplica stops the replica (fast shutdown) before the test ends.
func (c *Cluster) StopReplica() {
	c.t.Helper()
	c.must("pg_ctl", "-D", c.replicaDir, "-m", "fast", "-w", "stop")
}

// start starts the server of dataDir on port (loopback only, its socket in
// sockets), stopped when the test ends.
func (c *Cluster) start(dataDir string, port int, sockets string) {
	c.t.Helper()
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -k %s -c fsync=off -c full_page_writes=off -c max_wal_senders=4 -c wal_level=replica -c shared_buffers=16MB", port, sockets)
	c.must("pg_ctl", "-D", dataDir, "-o", opts, "-l", dataDir+".log", "-w", "-t", "60", "start")
	c.t.Cleanup(func() {
		_ = c.run(filepath.Join(c.bin, "pg_ctl"), "-D", dataDir, "-m", "immediate", "-w", "stop").Run()
	})
}

// must runs a PostgreSQL program (or sh) as the servers' user, failing the
// test with its output if it fails.
func (c *Cluster) must(name string, args ...string) {
	c.t.Helper()
	path := name
	if name != "sh" {
		path = filepath.Join(c.bin, name)
	}
	cmd := c.run(path, args...)
	cmd.Dir = os.TempDir()
	if out, err := cmd.CombinedOutput(); err != nil {
		c.t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

// waitReady waits until the server at url answers a query (pg_ctl -w has
// waited for it to accept connections; a replica may still be starting).
func (c *Cluster) waitReady(url string) {
	c.t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		c.t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		if err = db.QueryRowContext(ctx, "SELECT 1").Err(); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			c.t.Fatalf("the server at %s did not answer: %v", url, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// postgresBin finds the directory that holds initdb, pg_ctl and
// pg_basebackup together: initdb's on the PATH (its link resolved), else
// the newest /usr/lib/postgresql/*/bin.
func postgresBin() (string, error) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.Reverse(found)
	for _, dir := range append(dirs, found...) {
		ok := true
		for _, prog := range []string{"initdb", "pg_ctl", "pg_basebackup"} {
			if _, err := os.Stat(filepath.Join(dir, prog)); err != nil {
				ok = false
			}
		}
		if ok {
			return dir, nil
		}
	}
	return "", fmt.Errorf("initdb, pg_ctl and pg_basebackup are not together on the PATH nor under /usr/lib/postgresql/*/bin")
}

// freePort returns a loopback TCP port free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
