package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	atlas "ariga.io/atlas/sql/migrate"

	"yuanbahui/ent/migrate"
	"yuanbahui/internal/metrics"
)

// Migrate brings the schema up to date. PostgreSQL applies the committed,
// versioned migrations (ent/migrate/migrations) that have not run yet, under an
// advisory lock so that concurrent starts are safe; SQLite, the embedded
// development database, is migrated automatically from ent/schema. Both then
// install the analytics rollups and their triggers (metrics.Install).
func (d *DB) Migrate(ctx context.Context) error {
	if d.Dialect.Embedded() {
		// Indexes ent/schema no longer declares are dropped (e.g. a unique
		// index relaxed into a partial or composite one).
		if err := d.Client.Schema.Create(ctx, migrate.WithDropIndex(true)); err != nil {
			return fmt.Errorf("migrating sqlite: %w", err)
		}
		return d.installRollups(ctx, d.SQL)
	}
	return d.applyVersioned(ctx)
}

// installRollups brings the rollups the triggers keep (internal/metrics) in
// step with the catalogue, in one transaction on db.
func (d *DB) installRollups(ctx context.Context, db interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := metrics.Install(ctx, tx, d.Dialect); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// migrationLock is the pg_advisory_lock key of schema migrations.
const migrationLock = 0x59424855 // "YBHU"

// Pending lists the versioned migrations not yet applied (PostgreSQL only).
func (d *DB) Pending(ctx context.Context) ([]string, error) {
	files, err := migrationFiles()
	if err != nil {
		return nil, err
	}
	applied, err := d.applied(ctx)
	if err != nil {
		return nil, err
	}
	var pending []string
	for _, f := range files {
		if !applied[version(f)] {
			pending = append(pending, f)
		}
	}
	return pending, nil
}

func (d *DB) applyVersioned(ctx context.Context) error {
	conn, err := d.SQL.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLock); err != nil {
		return fmt.Errorf("locking migrations: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLock) //nolint:errcheck
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	pending, err := d.Pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range pending {
		body, err := fs.ReadFile(migrate.Migrations, path.Join("migrations", f))
		if err != nil {
			return err
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("applying migration %s: %w", f, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", version(f), f); err != nil {
			tx.Rollback()
			return fmt.Errorf("recording migration %s: %w", f, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("committing migration %s: %w", f, err)
		}
	}
	return d.installRollups(ctx, conn)
}

// applied returns the versions recorded in schema_migrations (none if the table
// does not exist yet).
func (d *DB) applied(ctx context.Context) (map[string]bool, error) {
	applied := map[string]bool{}
	var exists bool
	if err := d.SQL.QueryRowContext(ctx, "SELECT to_regclass('schema_migrations') IS NOT NULL").Scan(&exists); err != nil {
		return nil, err
	}
	if !exists {
		return applied, nil
	}
	rows, err := d.SQL.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		applied[v] = true
	}
	return applied, rows.Err()
}

// migrationFiles lists the embedded migration files in order, after checking
// them against atlas.sum so that an edited migration is refused.
func migrationFiles() ([]string, error) {
	entries, err := fs.ReadDir(migrate.Migrations, "migrations")
	if err != nil {
		return nil, err
	}
	mem := &atlas.MemDir{}
	var files []string
	for _, e := range entries {
		body, err := fs.ReadFile(migrate.Migrations, path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		if err := mem.WriteFile(e.Name(), body); err != nil {
			return nil, err
		}
		if strings.HasSuffix(e.Name(), ".sql") {
			files = append(files, e.Name())
		}
	}
	if err := atlas.Validate(mem); err != nil {
		return nil, fmt.Errorf("migration files do not match atlas.sum: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

// version is the timestamp prefix of a migration file name.
func version(file string) string {
	v, _, _ := strings.Cut(file, "_")
	return v
}
