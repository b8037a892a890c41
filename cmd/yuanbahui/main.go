// Command yuanbahui is the Yuanbahui (院坝汇) service: the GraphQL API and the
// dashboard, plus the operator commands that prepare its database.
//
//	yuanbahui serve   [--config FILE] [--check-config] [--addr :8080] [--db URL] [--cors ORIGINS] [--dev] …
//	yuanbahui migrate [--db URL]
//	yuanbahui seed    [--db URL] [--scale village|town|district] [--seed N] [--as-of DATE] [--if-empty]
//	yuanbahui user    add|list|disable …
//	yuanbahui backup  [--db URL] --to FILE
//	yuanbahui restore [--db URL] --from FILE [--force]
//	yuanbahui analytics install [--db postgres://…] [--role NAME] [--password PW] [--schema NAME]
//
// The database URL comes from --db, else $DATABASE_URL, else the embedded
// default sqlite:data/yuanbahui.db.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"yuanbahui/internal/store"
)

const usage = `yuanbahui — 院坝汇 courtyard governance service

Usage:
  yuanbahui serve    start the HTTP server (GraphQL API at /query, GraphiQL, dashboard)
  yuanbahui migrate  bring the database schema up to date
  yuanbahui seed     load the demo sample into an empty database
  yuanbahui user     add, list and disable accounts
  yuanbahui backup   copy the database, while it runs, to a file
  yuanbahui restore  replace an (empty) database with a backup file
  yuanbahui analytics install
                     PostgreSQL: a read-only role and a schema of masked views for BI tools
  yuanbahui places import-boundaries FILE.geojson
                     load real town and village boundaries for the map

Run 'yuanbahui COMMAND -h' for the flags of a command.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "yuanbahui:", err)
		}
		os.Exit(2)
	}
}

// run dispatches a command line; it is main without the process around it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, args[1:], stdout, stderr)
	case "seed":
		return seedCmd(ctx, args[1:], stdout, stderr)
	case "user":
		return userCmd(ctx, args[1:], stdout, stderr)
	case "backup":
		return backupCmd(ctx, args[1:], stdout, stderr)
	case "restore":
		return restoreCmd(ctx, args[1:], stdout, stderr)
	case "analytics":
		return analyticsCmd(ctx, args[1:], stdout, stderr)
	case "places":
		return placesCmd(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// dbFlag registers the --db flag with its environment default.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DATABASE_URL")
	if def == "" {
		def = "sqlite:data/yuanbahui.db"
	}
	return fs.String("db", def, "database URL: sqlite:PATH or postgres://… (env DATABASE_URL)")
}

func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// openMigrated opens the database and brings its schema up to date; every
// command does this first.
func openMigrated(ctx context.Context, url string, opts ...store.Option) (*store.DB, error) {
	db, err := store.Open(ctx, url, opts...)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
