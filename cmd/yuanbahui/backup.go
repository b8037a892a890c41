package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"yuanbahui/internal/backup"
	"yuanbahui/internal/store"
)

// backupCmd is `yuanbahui backup`: a consistent copy of the running database
// in a file.
func backupCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	to := fs.String("to", "", "file to write (must not exist): a SQLite database file for sqlite:, pg_dump's custom format for postgres://")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *to == "" {
		fs.Usage()
		return errors.New("backup: --to FILE is required")
	}
	start := time.Now()
	if err := backup.Backup(ctx, *dbURL, *to); err != nil {
		return err
	}
	size := int64(0)
	if fi, err := os.Stat(*to); err == nil {
		size = fi.Size()
	}
	fmt.Fprintf(stdout, "backed up %s to %s (%d bytes) in %s\n", store.Redact(*dbURL), *to, size, time.Since(start).Round(time.Millisecond))
	return nil
}

// restoreCmd is `yuanbahui restore`: the database replaced by a backup file,
// then migrated to this release's schema.
func restoreCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	from := fs.String("from", "", "backup file written by 'yuanbahui backup'")
	force := fs.Bool("force", false, "replace the data of a database that is not empty")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *from == "" {
		fs.Usage()
		return errors.New("restore: --from FILE is required")
	}
	start := time.Now()
	if err := backup.Restore(ctx, *dbURL, *from, backup.RestoreOptions{Force: *force}); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dbURL)
	if err != nil {
		return fmt.Errorf("restore: migrating the restored database: %w", err)
	}
	defer db.Close()
	counts, err := backup.Counts(ctx, db)
	if err != nil {
		return err
	}
	var rows int64
	for _, n := range counts {
		rows += n
	}
	fmt.Fprintf(stdout, "restored %s from %s: %d tables, %d rows, in %s\n", store.Redact(*dbURL), *from, len(counts), rows, time.Since(start).Round(time.Millisecond))
	return nil
}
