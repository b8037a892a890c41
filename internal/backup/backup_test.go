package backup_test

import (
	"context"
	"errors"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yuanbahui/internal/backup"
	"yuanbahui/internal/dialect"
	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/workflow"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// drillURL returns the URL of a fresh database for the drill: a SQLite file
// (what `serve` runs on by default), or on PostgreSQL a database of its own
// made by testdb (dropped when the test ends).
func drillURL(t *testing.T) string {
	t.Helper()
	if testdb.Dialect() != dialect.Postgres {
		return "sqlite:" + filepath.Join(t.TempDir(), "drill.db")
	}
	db := testdb.Open(t)
	var name string
	if err := db.SQL.QueryRow("SELECT current_database()").Scan(&name); err != nil {
		t.Fatal(err)
	}
	db.Close() // pg_restore drops and recreates the tables: hold no connection
	u, err := url.Parse(os.Getenv(testdb.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// open opens and migrates the database at dbURL, as every command does.
func open(t *testing.T, dbURL string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(context.Background()); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db
}

func counts(t *testing.T, dbURL string) map[string]int64 {
	t.Helper()
	db := open(t, dbURL)
	defer db.Close()
	c, err := backup.Counts(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRestoreDrill is the restore drill: seed the village sample, back it up,
// write more (delete ratings and redemptions, add a district), restore, and
// find every table's row count as it was at backup time and no rule broken.
// It runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL (pg_dump and
// pg_restore on PATH).
func TestRestoreDrill(t *testing.T) {
	ctx := context.Background()
	dbURL := drillURL(t)
	db := open(t, dbURL)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 1, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		db.Close()
		t.Fatal(err)
	}
	db.Close()
	atBackup := counts(t, dbURL)
	var rows int64
	for _, n := range atBackup {
		rows += n
	}
	if atBackup["ratings"] == 0 || atBackup["point_redemptions"] == 0 {
		t.Fatalf("the sample has no ratings or redemptions to delete: %v", atBackup)
	}

	file := filepath.Join(t.TempDir(), "drill.backup")
	start := time.Now()
	if err := backup.Backup(ctx, dbURL, file); err != nil {
		t.Fatal(err)
	}
	backupTook := time.Since(start)
	fi, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := backup.Backup(ctx, dbURL, file); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("a second backup to the same file: %v, want a refusal", err)
	}

	// Write more after the backup.
	db = open(t, dbURL)
	for _, stmt := range []string{
		`DELETE FROM ratings`,
		`DELETE FROM point_redemptions`,
		`INSERT INTO districts (id, code, name, backdate_days, created_at, updated_at) VALUES (999999, '999999', '开州区（演练）', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
	} {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			db.Close()
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()
	if after := counts(t, dbURL); maps.Equal(after, atBackup) {
		t.Fatal("the writes after the backup changed no count")
	}

	// Without --force the database, holding data, is refused and left alone.
	if err := backup.Restore(ctx, dbURL, file, backup.RestoreOptions{}); !errors.Is(err, backup.ErrNotEmpty) {
		t.Fatalf("restore over data without force: %v, want ErrNotEmpty", err)
	}
	if counts(t, dbURL)["ratings"] != 0 {
		t.Fatal("a refused restore changed the database")
	}

	start = time.Now()
	if err := backup.Restore(ctx, dbURL, file, backup.RestoreOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	restoreTook := time.Since(start)
	t.Logf("%s: %d tables, %d rows; backup %s (%d bytes), restore %s",
		testdb.Dialect(), len(atBackup), rows, backupTook.Round(time.Millisecond), fi.Size(), restoreTook.Round(time.Millisecond))

	restored := counts(t, dbURL)
	for name, n := range atBackup {
		if restored[name] != n {
			t.Errorf("table %s: %d rows after the restore, %d at backup time", name, restored[name], n)
		}
	}
	for name := range restored {
		if _, ok := atBackup[name]; !ok {
			t.Errorf("table %s appeared after the restore", name)
		}
	}
	db = open(t, dbURL)
	defer db.Close()
	vs, err := workflow.Check(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Errorf("rule broken after the restore: %s", v)
	}
}

// TestRestoreIntoEmptyDatabase restores a backup into another, empty
// database (no --force needed) and refuses a file of the wrong kind.
func TestRestoreIntoEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	src, dst := drillURL(t), drillURL(t)
	db := open(t, src)
	if _, err := seed.Run(ctx, db, seed.Options{Scale: "village", Seed: 2, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		db.Close()
		t.Fatal(err)
	}
	db.Close()
	file := filepath.Join(t.TempDir(), "copy.backup")
	if err := backup.Backup(ctx, src, file); err != nil {
		t.Fatal(err)
	}
	open(t, dst).Close() // migrated and empty
	if err := backup.Restore(ctx, dst, file, backup.RestoreOptions{}); err != nil {
		t.Fatal(err)
	}
	if want, got := counts(t, src), counts(t, dst); !maps.Equal(want, got) {
		t.Errorf("copy's counts %v, want %v", got, want)
	}
	junk := filepath.Join(t.TempDir(), "junk")
	if err := os.WriteFile(junk, []byte("not a backup"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := backup.Restore(ctx, drillURL(t), junk, backup.RestoreOptions{}); err == nil {
		t.Error("restoring a file that is no backup succeeded")
	}
}

// TestPostgresWithoutTools says clearly that pg_dump is missing instead of
// failing obscurely.
func TestPostgresWithoutTools(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := backup.Backup(context.Background(), "postgres://nobody@127.0.0.1:1/none", filepath.Join(t.TempDir(), "x.dump"))
	if !errors.Is(err, backup.ErrNoTools) || !strings.Contains(err.Error(), "pg_dump is not on PATH") {
		t.Fatalf("backup without pg_dump: %v, want ErrNoTools naming pg_dump", err)
	}
}
