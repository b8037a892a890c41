// Package telemetry holds the service's Prometheus metrics: one registry
// (Registry) with every yuanbahui_ family, the Go runtime and the process,
// served by Handler on `serve --metrics-addr`. The packages that do the work
// (server, internal/account, internal/workflow) count into its variables,
// and RegisterPools adds the statistics of the database's connection pools.
package telemetry

import (
	"database/sql"
	"net/http"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Namespace prefixes every family of the service.
const Namespace = "yuanbahui"

// Registry is the registry Handler serves: the families below, Go's runtime
// (go_*) and the process (process_*).
var Registry = prometheus.NewRegistry()

var (
	// GraphQLRequests counts GraphQL operations by operation name
	// (OperationLabel) and code: OK, or the extensions.code of the answer's
	// first error (a refusal such as RATE_LIMITED, FORBIDDEN, BAD_USER_INPUT).
	GraphQLRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "graphql_requests_total",
		Help: "GraphQL operations by operation name and code (OK or the first error's extensions.code).",
	}, []string{"operation", "code"})

	// GraphQLDuration is the time from reading an operation to its answer,
	// by operation name (OperationLabel).
	GraphQLDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: Namespace, Name: "graphql_request_duration_seconds",
		Help:    "Time to answer a GraphQL operation, by operation name.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"operation"})

	// CostSpent counts the points (graph.OperationCost) operations spent
	// from their callers' budgets.
	CostSpent = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: Namespace, Name: "cost_points_spent_total",
		Help: "Points GraphQL operations spent from their callers' budgets.",
	})

	// CostRefused counts operations refused by their cost, by code:
	// COMPLEXITY_LIMIT_EXCEEDED (dearer than one operation may be) or
	// RATE_LIMITED (more than the budget holds).
	CostRefused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "cost_refused_total",
		Help: "GraphQL operations refused by their cost, by code.",
	}, []string{"code"})

	// CostRefusedPoints counts the points of the operations CostRefused
	// counts, by code.
	CostRefusedPoints = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "cost_points_refused_total",
		Help: "Points of the GraphQL operations refused by their cost, by code.",
	}, []string{"code"})

	// BudgetFallbacks counts the requests whose request rate or cost budget
	// PostgreSQL could not be asked about (the statement failed), which the
	// process's own buckets judged instead (server's sqlBuckets).
	BudgetFallbacks = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: Namespace, Name: "budget_fallbacks_total",
		Help: "Rate and budget checks the shared buckets in PostgreSQL failed, judged by the process's own buckets instead.",
	})

	// WorkflowSteps counts workflow steps (internal/workflow.RunResult, each
	// in its own transaction) by kind (the step's operation, e.g.
	// submitServiceTicket) and outcome: ok, or the code of the error that
	// rolled it back (INTERNAL for an unclassified one).
	WorkflowSteps = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "workflow_steps_total",
		Help: "Workflow steps by kind and outcome (ok or the refusal's code).",
	}, []string{"kind", "outcome"})

	// ExportRows counts the rows written by GET /export/{name}, by export
	// name and format (csv, xlsx).
	ExportRows = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "export_rows_total",
		Help: "Rows written by exports, by export name and format.",
	}, []string{"export", "format"})

	// LoginFailures counts refused logins by reason: bad_credentials
	// (unknown username, wrong password, disabled account) or throttled
	// (refused without a check while failed logins make the username wait).
	LoginFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "login_failures_total",
		Help: "Refused logins by reason (bad_credentials, throttled).",
	}, []string{"reason"})

	// ViewerCache counts lookups of the viewer cache (a token's viewer,
	// internal/account) by result: hit, or miss (read from the database).
	ViewerCache = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "viewer_cache_lookups_total",
		Help: "Lookups of the token viewer cache by result (hit, miss).",
	}, []string{"result"})

	// LiveEvents counts the live events (internal/live) by stage: published
	// (after a commit, on this process), delivered (to a subscriber) and
	// dropped (a slow subscriber's buffer was full: counted, not kept).
	LiveEvents = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "live_events_total",
		Help: "Live events by stage (published, delivered, dropped).",
	}, []string{"stage"})

	// LiveSubscriptions is the number of open live subscriptions (areaChanged).
	LiveSubscriptions = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: Namespace, Name: "live_subscriptions",
		Help: "Open live subscriptions (areaChanged) on this process.",
	})

	// ListenerEvents counts what happens to the PostgreSQL LISTEN connection
	// (internal/live.Listen) by event: disconnected, reconnected, failed.
	ListenerEvents = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: Namespace, Name: "listener_events_total",
		Help: "Events of the PostgreSQL LISTEN connection (disconnected, reconnected, failed).",
	}, []string{"event"})
)

func init() {
	Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		GraphQLRequests, GraphQLDuration, CostSpent, CostRefused, CostRefusedPoints, BudgetFallbacks,
		WorkflowSteps, ExportRows, LoginFailures, ViewerCache,
		LiveEvents, LiveSubscriptions, ListenerEvents,
	)
	for _, r := range []string{"hit", "miss"} {
		ViewerCache.WithLabelValues(r)
	}
	for _, r := range []string{"bad_credentials", "throttled"} {
		LoginFailures.WithLabelValues(r)
	}
}

// RegisterReplica adds the read replica's gauges, read by staleness at
// each scrape: yuanbahui_read_replica_lag_seconds (how far its data is
// behind the primary; -1 when unknown) and yuanbahui_read_replica_in_use
// (1 while analytics and exports read from it, 0 while they fall back to
// the primary). It returns a function that removes them.
func RegisterReplica(staleness func() (lagSeconds float64, known, inUse bool)) (unregister func()) {
	lag := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Namespace: Namespace, Name: "read_replica_lag_seconds",
		Help: "How far the read replica's data is behind the primary, in seconds (-1: unknown).",
	}, func() float64 {
		s, known, _ := staleness()
		if !known {
			return -1
		}
		return s
	})
	use := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Namespace: Namespace, Name: "read_replica_in_use",
		Help: "1 while analytics and exports read from the read replica, 0 while they fall back to the primary.",
	}, func() float64 {
		if _, _, in := staleness(); in {
			return 1
		}
		return 0
	})
	var added []prometheus.Collector
	for _, c := range []prometheus.Collector{lag, use} {
		if Registry.Register(c) == nil {
			added = append(added, c)
		}
	}
	return func() {
		for _, c := range added {
			Registry.Unregister(c)
		}
	}
}

// Handler serves Registry in Prometheus' text (or OpenMetrics) format.
func Handler() http.Handler {
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{Registry: Registry})
}

// RegisterPools adds a go_sql_* collector (sql.DB.Stats: open, in-use and
// idle connections, waits and their duration, closed connections) for each
// pool, labelled db_name=<its name>, and returns a function that removes
// them. A name already registered keeps its first pool.
func RegisterPools(pools map[string]*sql.DB) (unregister func()) {
	var added []prometheus.Collector
	for name, db := range pools {
		c := collectors.NewDBStatsCollector(db, name)
		if Registry.Register(c) == nil {
			added = append(added, c)
		}
	}
	return func() {
		for _, c := range added {
			Registry.Unregister(c)
		}
	}
}

// Bounds of the operation label: clients name operations, so the label
// keeps at most MaxOperations distinct names of at most MaxOperationLabel
// bytes each.
const (
	// MaxOperationLabel is the most bytes of an operation name a label keeps.
	MaxOperationLabel = 64
	// MaxOperations is the most distinct operation names labelled; later
	// ones are "other".
	MaxOperations = 500
)

var operations = struct {
	sync.Mutex
	seen map[string]bool
}{seen: map[string]bool{}}

// OperationLabel is the operation label of an operation named name: the
// name cut to MaxOperationLabel bytes; "anonymous" for an unnamed one;
// "invalid" for one not made of ASCII letters, digits and _ (as GraphQL
// names are); "other" once MaxOperations names are labelled.
func OperationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if strings.IndexFunc(name, func(r rune) bool {
		return r != '_' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	}) >= 0 {
		return "invalid"
	}
	if len(name) > MaxOperationLabel {
		name = name[:MaxOperationLabel]
	}
	operations.Lock()
	defer operations.Unlock()
	if !operations.seen[name] {
		if len(operations.seen) >= MaxOperations {
			return "other"
		}
		operations.seen[name] = true
	}
	return name
}
