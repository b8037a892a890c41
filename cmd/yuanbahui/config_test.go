package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"yuanbahui/internal/testdb"
)

// clearServeEnv unsets the environment variables serve reads, for the test.
func clearServeEnv(t *testing.T) {
	t.Helper()
	for _, e := range serveEnv {
		t.Setenv(e, "")
	}
}

// checkConfig runs `serve --check-config` with args and returns its output.
func checkConfig(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"serve", "--check-config"}, args...), &out, &errOut)
	return out.String(), err
}

func writeConf(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "yuanbahui.conf")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// lineOf returns the line of the --check-config output for the setting name.
func lineOf(out, name string) string {
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == name {
			return l
		}
	}
	return ""
}

func TestConfigPrecedence(t *testing.T) {
	clearServeEnv(t)
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	conf := writeConf(t, "# settings\n\naddr = 127.0.0.1:7001\nlog-format = json\nrate = 7\nburst = 8\n")
	t.Setenv("ADDR", "127.0.0.1:7002") // env beats the file
	t.Setenv("LOG_FORMAT", "text")     // and is beaten by the flag
	out, err := checkConfig(t, "--db", db, "--config", conf, "--log-format", "json", "--burst", "9")
	if err != nil {
		t.Fatalf("check-config: %v\n%s", err, out)
	}
	for name, want := range map[string]string{
		"addr":       "= 127.0.0.1:7002 .*# env ADDR$",
		"log-format": "= json .*# flag$",
		"burst":      "= 9 .*# flag$",
		"rate":       "= 7 .*# file " + regexp.QuoteMeta(conf) + ":5$",
		"budget":     "= 1000000 .*# default$",
		"db":         "# flag$",
	} {
		if l := lineOf(out, name); !regexp.MustCompile(want).MatchString(l) {
			t.Errorf("%s: %q, want /%s/", name, l, want)
		}
	}
	if !strings.Contains(out, "configuration ok") {
		t.Errorf("no verdict:\n%s", out)
	}
}

func TestConfigRefusesUnknownKey(t *testing.T) {
	clearServeEnv(t)
	conf := writeConf(t, "addr = 127.0.0.1:7001\n# comment\nrat = 7\n")
	_, err := checkConfig(t, "--config", conf)
	if err == nil || !strings.Contains(err.Error(), conf+":3") || !strings.Contains(err.Error(), `"rat"`) {
		t.Fatalf("unknown key: %v", err)
	}
	for text, want := range map[string]string{
		"addr 127.0.0.1:1\n":          ":1: want `name = value`",
		"rate = 1\nrate = 2\n":        ":2: \"rate\" is set again",
		"rate = fast\n":               ":1: rate:",
		"config = /etc/other.conf\n":  `unknown key "config"`,
		"limits = sometimes\n":        "--limits must be on or off",
		"metrics-addr = nowhere\n":    "--metrics-addr",
		"db-lock-timeout = 2 weeks\n": "db-lock-timeout",
	} {
		if _, err := checkConfig(t, "--config", writeConf(t, text)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", text, err, want)
		}
	}
}

func TestCheckConfigRedactsPassword(t *testing.T) {
	clearServeEnv(t)
	// A PostgreSQL URL nobody listens on: the check prints the configuration,
	// password hidden, then fails on the database and says so.
	conf := writeConf(t, "db = postgres://ops:s3cret-pw@127.0.0.1:1/yuanbahui?sslmode=disable&connect_timeout=2\n")
	out, err := checkConfig(t, "--config", conf)
	if err == nil {
		t.Fatal("an unreachable database passed the check")
	}
	if strings.Contains(out+err.Error(), "s3cret-pw") {
		t.Fatalf("the password was printed:\n%s\n%v", out, err)
	}
	if l := lineOf(out, "db"); !strings.Contains(l, "ops:xxxxx@127.0.0.1:1") || !strings.Contains(l, "# file "+conf+":1") {
		t.Fatalf("db line: %q", l)
	}
}

// TestConfigExampleKnowsEveryFlag keeps deploy/yuanbahui.conf.example in
// step with serve: every setting it shows (commented out or not) is a serve
// flag, every serve flag is shown, and the file with all of them uncommented
// passes --check-config.
func TestConfigExampleKnowsEveryFlag(t *testing.T) {
	clearServeEnv(t)
	f, err := os.Open("../../deploy/yuanbahui.conf.example")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	setting := regexp.MustCompile(`^#? ?([a-z][a-z-]*) = (.*)$`)
	var uncommented strings.Builder
	shown := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		m := setting.FindStringSubmatch(line)
		if m == nil {
			if line != "" && !strings.HasPrefix(line, "#") {
				t.Errorf("line %d: %q is neither a comment nor a setting", n, line)
			}
			continue
		}
		shown[m[1]] = true
		uncommented.WriteString(m[1] + " = " + m[2] + "\n")
	}
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	out, err := checkConfig(t, "--db", db, "--config", writeConf(t, uncommented.String()))
	if err != nil {
		t.Fatalf("the example, uncommented: %v\n%s", err, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 2 && f[1] == "=" && !shown[f[0]] {
			t.Errorf("serve flag %q is missing from deploy/yuanbahui.conf.example", f[0])
		}
	}
}

func TestReadDBFlagsChecked(t *testing.T) {
	clearServeEnv(t)
	sqlite := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	for args, want := range map[string]string{
		"--read-db postgres://127.0.0.1:1/x":                       "--read-db needs PostgreSQL",
		"--read-db-max-lag 0s":                                     "--read-db-max-lag must be positive",
		"--read-db postgres://127.0.0.1:1/x --read-db-max-lag -1s": "--read-db-max-lag must be positive",
	} {
		if _, err := checkConfig(t, append([]string{"--db", sqlite}, strings.Fields(args)...)...); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", args, err, want)
		}
	}
}

func TestCheckConfigReadReplica(t *testing.T) {
	clearServeEnv(t)
	c := testdb.StreamingReplica(t)
	out, err := checkConfig(t, "--db", c.Primary, "--read-db", c.Replica, "--read-db-max-lag", "45s")
	if err != nil {
		t.Fatalf("check-config with a streaming replica: %v\n%s", err, out)
	}
	if !strings.Contains(out, "read replica "+c.Replica+" answers") || !strings.Contains(out, "read from the replica") {
		t.Errorf("no word of the replica:\n%s", out)
	}
	// The analysts' views are installed on the primary, not on its replica.
	var out2, errOut bytes.Buffer
	if err := run(context.Background(), []string{"analytics", "install", "--db", c.Replica}, &out2, &errOut); err == nil || !strings.Contains(err.Error(), "is a read replica") {
		t.Errorf("analytics install on the replica: %v", err)
	}
	// A server that is not a copy of --db (the tests' shared one) is refused.
	if _, err := checkConfig(t, "--db", os.Getenv(testdb.EnvURL), "--read-db", c.Replica); err == nil || !strings.Contains(err.Error(), "is not a copy of the database") {
		t.Errorf("a replica of another server: %v", err)
	}
}
