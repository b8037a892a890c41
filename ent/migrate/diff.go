// Hand-written (not generated): writes the versioned PostgreSQL migrations.
//go:build ignore

// Command diff writes a new versioned PostgreSQL migration into
// ent/migrate/migrations when ent/schema has changed since the last one. It
// replays the existing migrations on a scratch database (DEV_DATABASE_URL, by
// default a throwaway database on the local server), compares the result with
// ent/schema and writes the difference, if any. Run by `go generate ./ent`.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"
	"os"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"

	"yuanbahui/ent/migrate"
)

func main() {
	ctx := context.Background()
	base := os.Getenv("DEV_DATABASE_URL")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	devURL, cleanup, err := scratchDatabase(ctx, base)
	if err != nil {
		log.Fatalf("migrate diff: %v", err)
	}
	defer cleanup()
	dir, err := atlas.NewLocalDir("migrate/migrations")
	if err != nil {
		log.Fatalf("migrate diff: %v", err)
	}
	name := "change"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	err = migrate.NamedDiff(ctx, devURL, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDropIndex(true),
		schema.WithDialect(dialect.Postgres),
		schema.WithFormatter(atlas.DefaultFormatter),
	)
	if err != nil {
		log.Fatalf("migrate diff: %v", err)
	}
}

// scratchDatabase creates an empty database next to base and returns its URL.
func scratchDatabase(ctx context.Context, base string) (string, func(), error) {
	db, err := sql.Open("postgres", base)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("yuanbahui_migrate_dev_%d", time.Now().UnixNano())
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("creating scratch database (set DEV_DATABASE_URL): %w", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() {
		_, _ = db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		db.Close()
	}, nil
}
