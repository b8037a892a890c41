package testdb_test

import (
	"bytes"
	"strings"
	"testing"

	"yuanbahui/internal/testdb"
)

// TestAnnounceSkip: without TEST_DATABASE_URL the notice names the variable;
// with it, nothing is said.
func TestAnnounceSkip(t *testing.T) {
	var b bytes.Buffer
	t.Setenv(testdb.EnvURL, "")
	testdb.AnnounceSkip(&b)
	if got := b.String(); !strings.Contains(got, "PostgreSQL tests skipped") || !strings.Contains(got, testdb.EnvURL) || strings.Count(got, "\n") != 1 {
		t.Fatalf("without %s: %q, want one line naming it", testdb.EnvURL, got)
	}
	b.Reset()
	t.Setenv(testdb.EnvURL, "postgres://example.invalid/db")
	testdb.AnnounceSkip(&b)
	if b.Len() != 0 {
		t.Fatalf("with %s: %q, want nothing", testdb.EnvURL, b.String())
	}
}

// TestSkipUnlessPostgres: on SQLite a PostgreSQL-only test is skipped, not run.
func TestSkipUnlessPostgres(t *testing.T) {
	t.Setenv(testdb.EnvURL, "")
	var sub *testing.T
	t.Run("postgres-only", func(t *testing.T) {
		sub = t
		testdb.SkipUnlessPostgres(t, "why")
		t.Error("not skipped on SQLite")
	})
	if !sub.Skipped() {
		t.Fatal("SkipUnlessPostgres did not skip on SQLite")
	}
}
