// Package backup copies a Yuanbahui database to a file and back: the embedded
// SQLite database with its own online copy (VACUUM INTO) and backup API,
// PostgreSQL with pg_dump's custom format and pg_restore. It is the engine of
// `yuanbahui backup` and `yuanbahui restore`.
//
// A backup is a consistent snapshot taken while the service runs. A restore
// replaces the whole target database with the file's contents; it refuses a
// target that holds data unless forced. For PostgreSQL in production, continuous
// archiving (WAL archiving, base backups, point-in-time recovery) is the
// path; see the README's "Backups" section.
package backup

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"modernc.org/sqlite"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/store"
)

// ErrNotEmpty is returned (wrapped) by Restore when the target database
// already holds data and RestoreOptions.Force is not set.
var ErrNotEmpty = errors.New("backup: the target database is not empty")

// ErrNoTools is returned (wrapped) when a PostgreSQL backup or restore needs
// pg_dump or pg_restore and the program is not on PATH.
var ErrNoTools = errors.New("backup: the PostgreSQL client tools are not installed")

// bookkeeping are tables that a freshly migrated, empty database already
// fills, and the shared request budgets (budget_buckets, which any request
// to a server on the database fills and a crash may empty): they do not
// count as data.
var bookkeeping = []string{"schema_migrations", "rollup_definitions", "budget_buckets"}

// Backup writes a consistent copy of the database at dbURL (sqlite:PATH or
// postgres://…) to file, which must not exist yet. SQLite is copied online
// with VACUUM INTO (a compact, consistent file that other connections may
// write around); PostgreSQL with `pg_dump --format=custom`. The file appears
// only once the copy is complete.
func Backup(ctx context.Context, dbURL, file string) error {
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("backup: %s already exists; choose a new file", file)
	}
	tmp, err := tempPath(file)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if isSQLite(dbURL) {
		db, err := store.Open(ctx, dbURL)
		if err != nil {
			return err
		}
		defer db.Close()
		if _, err := db.SQL.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
			return fmt.Errorf("backup: copying the sqlite database: %w", err)
		}
	} else {
		if err := pgTool(ctx, "pg_dump", dbURL, "--format=custom", "--file", tmp); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, file); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// RestoreOptions adjust Restore.
type RestoreOptions struct {
	// Force restores over a database that already holds data, replacing it.
	Force bool
}

// Restore replaces the contents of the database at dbURL with the backup in
// file (written by Backup for the same kind of database). It refuses, with
// ErrNotEmpty, a target that holds data unless opt.Force is set. SQLite is
// restored through SQLite's backup API into the (possibly live) target in one
// step; PostgreSQL with `pg_restore --clean --if-exists --no-owner`. The
// caller migrates the restored database afterwards so that a backup from an
// older release catches up with the schema.
func Restore(ctx context.Context, dbURL, file string, opt RestoreOptions) error {
	if _, err := os.Stat(file); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if !opt.Force {
		counts, err := Counts(ctx, db)
		if err != nil {
			return err
		}
		for _, name := range slices.Sorted(maps.Keys(counts)) {
			if counts[name] > 0 {
				return fmt.Errorf("%w: table %s holds %d rows; pass --force to replace its data", ErrNotEmpty, name, counts[name])
			}
		}
	}
	if db.Dialect.Embedded() {
		if err := restoreSQLite(ctx, db.SQL, file); err != nil {
			return fmt.Errorf("backup: restoring the sqlite database: %w", err)
		}
		return nil
	}
	db.Close() // pg_restore drops the tables: hold no connection to them
	return pgTool(ctx, "pg_restore", dbURL, "--clean", "--if-exists", "--no-owner", file)
}

// Counts returns the number of rows of every table of the database, by table
// name, leaving out the bookkeeping tables (schema_migrations,
// rollup_definitions, budget_buckets).
func Counts(ctx context.Context, db *store.DB) (map[string]int64, error) {
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect == dialect.Postgres {
		q = `SELECT table_name FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	rows, err := db.SQL.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("backup: listing tables: %w", err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		if !slices.Contains(bookkeeping, name) {
			tables = append(tables, name)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	counts := make(map[string]int64, len(tables))
	for _, name := range tables {
		var n int64
		if err := db.SQL.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) FROM %q`, name)).Scan(&n); err != nil {
			return nil, fmt.Errorf("backup: counting %s: %w", name, err)
		}
		counts[name] = n
	}
	return counts, nil
}

func isSQLite(dbURL string) bool { return dbURL == "" || strings.HasPrefix(dbURL, "sqlite:") }

// tempPath names a file beside file for the copy in progress, so that the
// final rename stays on one file system.
func tempPath(file string) (string, error) {
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(file)+".*.part")
	if err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	name := f.Name()
	f.Close()
	// VACUUM INTO and pg_dump write a file that does not exist yet.
	return name, os.Remove(name)
}

// restoreSQLite copies the SQLite database file src over the database of
// pool, page by page with SQLite's backup API, in one step (the target is
// locked for the copy and other connections see the restored data after it).
func restoreSQLite(ctx context.Context, pool *sql.DB, src string) error {
	if err := checkSQLiteFile(src); err != nil {
		return err
	}
	conn, err := pool.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("%T cannot restore a backup", dc)
		}
		b, err := r.NewRestore("file:" + src + "?mode=ro")
		if err != nil {
			return err
		}
		if _, err := b.Step(-1); err != nil {
			b.Finish()
			return err
		}
		return b.Finish()
	})
}

// checkSQLiteFile refuses a file that is not a SQLite database (such as a
// PostgreSQL dump): the backup API would otherwise fail obscurely.
func checkSQLiteFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 16)
	if _, err := f.Read(head); err != nil || !bytes.Equal(head, []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s is not a SQLite database file", path)
	}
	return nil
}

// pgTool runs pg_dump or pg_restore against the database at dbURL with args.
// The password, if the URL has one, goes to the tool through PGPASSWORD rather
// than its command line (which other users can read).
func pgTool(ctx context.Context, tool, dbURL string, args ...string) error {
	path, err := exec.LookPath(tool)
	if err != nil {
		return fmt.Errorf("%w: %s is not on PATH (install the PostgreSQL client package, e.g. postgresql-client, of the server's major version or newer)", ErrNoTools, tool)
	}
	connURL, password := splitPassword(dbURL)
	cmd := exec.CommandContext(ctx, path, append([]string{"--dbname", connURL}, args...)...)
	cmd.Env = os.Environ()
	if password != "" {
		cmd.Env = append(cmd.Env, "PGPASSWORD="+password)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("backup: %s on %s: %w: %s", tool, store.Redact(dbURL), err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// splitPassword returns dbURL without its password, and the password.
func splitPassword(dbURL string) (string, string) {
	u, err := url.Parse(dbURL)
	if err != nil || u.User == nil {
		return dbURL, ""
	}
	password, ok := u.User.Password()
	if !ok {
		return dbURL, ""
	}
	u.User = url.User(u.User.Username())
	return u.String(), password
}
