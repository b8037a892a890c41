package main

import (
	"flag"
	"fmt"
	"log/slog"
	"math"
	"os"
	"runtime/debug"

	"yuanbahui/server"
)

// gcFlags are serve's --gc-percent and --memory-limit.
type gcFlags struct {
	percent, limitMB *int
}

func addGCFlags(fs *flag.FlagSet) gcFlags {
	return gcFlags{
		percent: fs.Int("gc-percent", server.DefaultGCPercent, "collect garbage when the heap has grown by this percentage (Go's GOGC; the environment's GOGC wins when set)"),
		limitMB: fs.Int("memory-limit", server.DefaultMemoryLimitMB, "soft limit of the process's memory in MiB, 0 for none (Go's GOMEMLIMIT; the environment's GOMEMLIMIT wins when set)"),
	}
}

// validate refuses values the collector cannot take.
func (g gcFlags) validate() error {
	if *g.percent <= 0 || *g.limitMB < 0 {
		return fmt.Errorf("--gc-percent must be positive and --memory-limit at least 0, got %d and %d", *g.percent, *g.limitMB)
	}
	return nil
}

// apply sets the collector: the flags given on the command line, otherwise
// GOGC and GOMEMLIMIT from the environment (which Go has applied already),
// otherwise the defaults.
func (g gcFlags) apply(fs *flag.FlagSet, log *slog.Logger) error {
	if err := g.validate(); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if given["gc-percent"] || os.Getenv("GOGC") == "" {
		debug.SetGCPercent(*g.percent)
	}
	if given["memory-limit"] || os.Getenv("GOMEMLIMIT") == "" {
		limit := int64(math.MaxInt64)
		if *g.limitMB > 0 {
			limit = int64(*g.limitMB) << 20
		}
		debug.SetMemoryLimit(limit)
	}
	percent := debug.SetGCPercent(-1) // reads it (and stops the collector for a moment)
	debug.SetGCPercent(percent)
	log.Info("garbage collector", "gc_percent", percent, "memory_limit_mib", debug.SetMemoryLimit(-1)>>20)
	return nil
}
