package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"time"

	"golang.org/x/term"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
)

func migrateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "schema of %s is up to date\n", store.Redact(*dbURL))
	return nil
}

func seedCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	scale := fs.String("scale", "village", "how much to generate: village (4 villages), town (临江镇) or district (all of Kaizhou)")
	seedN := fs.Int64("seed", 1, "seed of the random generator; the same seed and --as-of give the same data")
	asOf := fs.String("as-of", "", "anchor date YYYY-MM-DD of the 18 months of history (default: today, UTC)")
	ifEmpty := fs.Bool("if-empty", false, "do nothing (and succeed) when the database already holds data")
	if err := fs.Parse(args); err != nil {
		return err
	}
	anchor := time.Now().UTC().Truncate(24 * time.Hour)
	if *asOf != "" {
		t, err := time.Parse(time.DateOnly, *asOf)
		if err != nil {
			return fmt.Errorf("--as-of: want YYYY-MM-DD: %w", err)
		}
		anchor = t
	}
	db, err := openMigrated(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	summary, err := seed.Run(ctx, db, seed.Options{
		Scale: *scale, Seed: *seedN, AsOf: anchor, Progress: progress(stderr),
	})
	if errors.Is(err, seed.ErrNotEmpty) && *ifEmpty {
		fmt.Fprintln(stdout, "database already holds data; not seeding")
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "seeded %s scale (seed %d, as of %s) in %s:\n", *scale, *seedN, anchor.Format(time.DateOnly), time.Since(start).Round(time.Millisecond))
	for _, name := range slices.Sorted(maps.Keys(summary)) {
		fmt.Fprintf(stdout, "  %-18s %8d\n", name, summary[name])
	}
	return nil
}

// progress reports seeding progress: a redrawn bar on a terminal, plain lines otherwise.
func progress(w io.Writer) func(stage string, done, total int) {
	f, ok := w.(*os.File)
	tty := ok && term.IsTerminal(int(f.Fd()))
	last := ""
	return func(stage string, done, total int) {
		if total <= 0 {
			return
		}
		if tty {
			const width = 30
			n := done * width / total
			fmt.Fprintf(w, "\r%-18s [%s%s] %d/%d", stage, bar(n, '#'), bar(width-n, ' '), done, total)
			if done >= total {
				fmt.Fprintln(w)
			}
			return
		}
		if stage != last || done >= total {
			if done >= total {
				fmt.Fprintf(w, "%s: %d/%d done\n", stage, done, total)
			}
			last = stage
		}
	}
}

func bar(n int, c byte) string {
	b := make([]byte, max(n, 0))
	for i := range b {
		b[i] = c
	}
	return string(b)
}
