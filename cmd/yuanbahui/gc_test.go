package main

import (
	"flag"
	"io"
	"log/slog"
	"math"
	"runtime/debug"
	"testing"

	"yuanbahui/server"
)

func TestGCSettings(t *testing.T) {
	percent, limit := debug.SetGCPercent(-1), debug.SetMemoryLimit(-1)
	debug.SetGCPercent(percent)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	apply := func(args ...string) (int, int64, error) {
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		gc := addGCFlags(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		err := gc.apply(fs, log)
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p, debug.SetMemoryLimit(-1), err
	}
	check := func(name string, wantPercent int, wantLimit int64, args ...string) {
		t.Helper()
		p, l, err := apply(args...)
		if err != nil || p != wantPercent || l != wantLimit {
			t.Errorf("%s: GC percent %d, memory limit %d, %v; want %d and %d", name, p, l, err, wantPercent, wantLimit)
		}
	}
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	check("defaults", server.DefaultGCPercent, server.DefaultMemoryLimitMB<<20)
	check("flags", 150, 64<<20, "--gc-percent", "150", "--memory-limit", "64")

	// What the environment set (Go applied it at start) stays, unless a flag says otherwise.
	t.Setenv("GOGC", "250")
	t.Setenv("GOMEMLIMIT", "128MiB")
	debug.SetGCPercent(250)
	debug.SetMemoryLimit(128 << 20)
	check("environment", 250, 128<<20)
	check("flags over environment", 300, math.MaxInt64, "--gc-percent", "300", "--memory-limit", "0")

	for _, args := range [][]string{{"--gc-percent", "0"}, {"--memory-limit", "-1"}} {
		if _, _, err := apply(args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}
