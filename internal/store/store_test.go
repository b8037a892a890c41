package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"yuanbahui/ent/migrate"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

func TestOpenSQLiteFileCreatesDirectory(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	path := filepath.Join(t.TempDir(), "nested", "dir", "y.db")
	db, err := store.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Client.District.Create().SetCode("500154").SetName("开州区").Save(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file: %v", err)
	}
	// Foreign keys are enforced.
	if _, err := db.Client.Town.Create().SetCode("500154104").SetName("临江镇").SetDistrictID(12345).Save(ctx); err == nil {
		t.Fatal("a town of a missing district was stored: foreign keys are off")
	}
}

func TestOpenRejectsUnknownURL(t *testing.T) {
	if _, err := store.Open(context.Background(), "mysql://root@localhost/x"); err == nil {
		t.Fatal("expected an error for an unsupported database URL")
	}
}

func TestRedactHidesPassword(t *testing.T) {
	got := store.Redact("postgres://u:secret@db:5432/y?sslmode=disable")
	if got != "postgres://u:xxxxx@db:5432/y?sslmode=disable" {
		t.Fatalf("Redact = %q", got)
	}
}

func TestMain(m *testing.M) { testdb.Main(m) }

// postgresAdmin returns an admin connection to the PostgreSQL test server, or
// skips the test when the suite runs on SQLite.
func postgresAdmin(t *testing.T) (*sql.DB, string) {
	t.Helper()
	testdb.SkipUnlessPostgres(t, "a server's databases")
	base := os.Getenv(testdb.EnvURL)
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	return admin, base
}

// freshPostgres creates an empty database and returns its URL.
func freshPostgres(t *testing.T) string {
	admin, base := postgresAdmin(t)
	name := fmt.Sprintf("ybh_store_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	return withDB(base, name)
}

func withDB(base, name string) string {
	u, err := url.Parse(base)
	if err != nil {
		panic(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestPostgresMigrationsFromEmpty: the committed migrations take an empty
// database to the current schema, and applying them again changes nothing.
func TestPostgresMigrationsFromEmpty(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db, err := store.Open(ctx, freshPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Dialect != dialect.Postgres {
		t.Fatalf("dialect %s", db.Dialect)
	}
	pending, err := db.Pending(ctx)
	if err != nil || len(pending) == 0 {
		t.Fatalf("pending on an empty database: %v, %v", pending, err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	if pending, err = db.Pending(ctx); err != nil || len(pending) != 0 {
		t.Fatalf("pending after migrate: %v, %v", pending, err)
	}
	// Global ID ranges: each table's ids start in its own range.
	d, err := db.Client.District.Create().SetCode("500154").SetName("开州区").Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tw, err := db.Client.Town.Create().SetCode("500154104").SetName("临江镇").SetDistrict(d).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID>>32 == tw.ID>>32 {
		t.Fatalf("district id %d and town id %d share a range", d.ID, tw.ID)
	}
}

// TestPostgresMigrationsMatchSchema: replaying the committed migrations and
// diffing against ent/schema yields nothing to add, so the migrations are not
// behind the schema.
func TestPostgresMigrationsMatchSchema(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	devURL := freshPostgres(t)
	dir := t.TempDir()
	entries, err := migrate.Migrations.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := migrate.Migrations.ReadFile("migrations/" + e.Name())
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	local, err := atlas.NewLocalDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = migrate.NamedDiff(ctx, devURL, "drift", schema.WithDir(local), schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres), schema.WithFormatter(atlas.DefaultFormatter))
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadDir(dir)
	if len(after) != len(entries) {
		t.Fatalf("ent/schema has changes that no migration covers: run `make generate` (%d files → %d)", len(entries), len(after))
	}
}
