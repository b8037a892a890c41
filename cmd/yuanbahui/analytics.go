package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	_ "github.com/lib/pq" // the PostgreSQL driver of database/sql

	"yuanbahui/internal/analyticsdb"
)

// analyticsCmd is `yuanbahui analytics install`: the analysts' read-only
// role and schema of masked views on PostgreSQL (internal/analyticsdb).
func analyticsCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "install" {
		fmt.Fprintln(stderr, "usage: yuanbahui analytics install [--db postgres://…] [--role NAME] [--password PW] [--schema NAME]")
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("analytics install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	role := fs.String("role", analyticsdb.DefaultRole, "read-only login role to create or update")
	password := fs.String("password", os.Getenv("ANALYTICS_PASSWORD"), "the role's password (env ANALYTICS_PASSWORD); empty keeps the present one")
	schema := fs.String("schema", analyticsdb.DefaultSchema, "schema of the views (dropped and made anew)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if !strings.HasPrefix(*dbURL, "postgres://") && !strings.HasPrefix(*dbURL, "postgresql://") {
		return errors.New("analytics install needs PostgreSQL: --db postgres://… (SQLite has no roles)")
	}
	db, err := sql.Open("postgres", *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	var replica bool
	if err := db.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&replica); err != nil {
		return err
	}
	if replica {
		return errors.New("analytics install: --db is a read replica; install on the primary, whose role and views reach its replicas by streaming")
	}
	if err := analyticsdb.Install(ctx, db, analyticsdb.Options{Role: *role, Password: *password, Schema: *schema}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema %s: %d views, readable by role %s only\n", *schema, len(analyticsdb.Views()), *role)
	return nil
}
