package server

// The garbage collector's settings serve starts with (its --gc-percent and
// --memory-limit; GOGC and GOMEMLIMIT in the environment win). A GraphQL
// response allocates tens of thousands of short-lived objects (field
// contexts, marshalers) over a small live heap, so Go's default (collect when
// the heap has doubled, GOGC=100) collects often for little: measured on the
// nested lists of issue 7 (internal/bench, BenchmarkNested*), 400 takes
// 30–35% less CPU per request. The memory limit keeps that from growing the
// heap without bound: near it the collector runs as often as it must.
const (
	// DefaultGCPercent is serve's GOGC.
	DefaultGCPercent = 400
	// DefaultMemoryLimitMB is serve's soft memory limit, in MiB.
	DefaultMemoryLimitMB = 1024
)
