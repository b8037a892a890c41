// Package seedtest gives tests their own copy of a seeded database: each
// distinct sample (scale, seed, anchor) is seeded once per test process and
// copied for every test that asks for it (testdb.Prepared).
package seedtest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"yuanbahui/internal/seed"
	"yuanbahui/internal/store"
	"yuanbahui/internal/testdb"
)

// Open returns a fresh database holding the sample opt describes, as if
// seed.Run(opt) had just run on a new migrated database; it is closed (and
// dropped) when the test ends. opt.Progress must be nil: the sample is
// seeded at most once per process.
func Open(t testing.TB, opt seed.Options, opts ...store.Option) *store.DB {
	t.Helper()
	if opt.Progress != nil {
		t.Fatal("seedtest: Options.Progress is not called on a copy; use seed.Run")
	}
	name := fmt.Sprintf("seed %s, seed %d, as of %s", opt.Scale, opt.Seed, opt.AsOf.Format(time.RFC3339Nano))
	return testdb.Prepared(t, name, func(ctx context.Context, db *store.DB) error {
		_, err := seed.Run(ctx, db, opt)
		return err
	}, opts...)
}
