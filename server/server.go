// Package server is the HTTP face of Yuanbahui: security headers, CORS, request ids, logging,
// size limits, the GraphQL endpoint, GraphiQL, health checks and the embedded SPA.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"time"

	"github.com/rs/cors"

	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/export"
	"yuanbahui/internal/jobs"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/photo"
	"yuanbahui/internal/store"
	"yuanbahui/server/spa"
)

// Config is the HTTP configuration.
type Config struct {
	// AllowedOrigins is the CORS allowlist (exact origins such as
	// https://dash.example.org); requests from other origins get no CORS headers.
	AllowedOrigins []string
	// MaxBodyBytes bounds a request body; 0 means 1 MiB.
	MaxBodyBytes int64
	// RequestTimeout bounds the handling of one request; 0 means 30 s.
	RequestTimeout time.Duration
	// SecureCookies marks the session cookie Secure (set it behind HTTPS).
	SecureCookies bool
	// RatePerSecond and RateBurst bound the requests of one account, all its
	// sessions and tokens together (or, for anonymous requests, one client
	// address); 0 means 20/s with bursts of 40. On PostgreSQL the rate and
	// the budget are kept in the database and shared by every replica on it
	// (sqlBuckets); on SQLite, in the process.
	// It is a cheap flood guard, checked before a request is parsed; what
	// requests cost is bounded by MaxCost and CostPerMinute.
	RatePerSecond float64
	RateBurst     int
	// MaxCost is the most one operation may cost, in points (see
	// graph.OperationCost); 0 means DefaultMaxCost.
	MaxCost int64
	// CostPerMinute is the budget of points of one account, shared by all its
	// sessions and tokens (or of one anonymous client address), per minute;
	// 0 means DefaultCostPerMinute.
	CostPerMinute int64
	// NoLimits turns off the request rate, MaxCost and CostPerMinute (not
	// depth, page size, body size or time), for load tests.
	NoLimits bool
	// NoAnonymousIntrospection refuses introspection (__schema, __type) to
	// requests without a session or token (`serve --production`).
	NoAnonymousIntrospection bool
	// StatsFromRecords computes every statistic from the records, never the
	// rollups: the baseline the benchmarks measure the rollups against.
	StatsFromRecords bool
	// Accounts is the account service; nil means one with default settings.
	Accounts *account.Service
	// Exports are the exports GET /export/{name}.csv|.xlsx serves; nil means
	// NewExports (every root connection). Register further exports, such as
	// stats, on it.
	Exports *export.Registry
	// PhotoDir is the directory uploaded photos are stored in, by content
	// hash (serve --photo-dir); "" means photos are not taken (POST and GET
	// /photos answer 404).
	PhotoDir string
	// MaxPhotoBytes bounds one uploaded photo; 0 means photo.DefaultMaxBytes.
	MaxPhotoBytes int64
}

// DevOrigins are the origins of the Vite dev server, allowed in development.
var DevOrigins = []string{"http://localhost:5173", "http://127.0.0.1:5173"}

// New returns the service's HTTP handler.
func New(cfg Config, db *store.DB, log *slog.Logger) http.Handler {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = 30 * time.Second
	}
	if cfg.Accounts == nil {
		cfg.Accounts = account.New(db.Client, account.Options{Jobs: jobs.Exclusive(db.SQL, db.Dialect)})
	}
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond, cfg.RateBurst = 20, 40
	}
	if cfg.MaxCost == 0 {
		cfg.MaxCost = DefaultMaxCost
	}
	if cfg.CostPerMinute == 0 {
		cfg.CostPerMinute = DefaultCostPerMinute
	}
	mux := http.NewServeMux()
	buckets := newBucketStore(db, log)
	gql := NewGraphQL(db.Client, cfg.Accounts, cfg.SecureCookies, !cfg.NoAnonymousIntrospection, cfg.AllowedOrigins, log, schemaOptions(db, cfg)...)
	if cfg.NoLimits {
		cfg.RatePerSecond = math.Inf(1)
	} else {
		gql.Use(newCostLimit(cfg.MaxCost, cfg.CostPerMinute, buckets))
	}
	gql.Use(readPin{db})
	query := withBudget(gql)
	if cfg.Exports == nil {
		cfg.Exports = NewExports(db, cfg.Accounts, log, export.Options{})
	}
	limiter := &rateLimiter{perSec: cfg.RatePerSecond, burst: cfg.RateBurst, buckets: buckets}
	gqlHandler := overHTTP(authenticate(cfg.Accounts, limiter, query))
	mux.Handle("/query", gqlHandler)
	mux.Handle("GET /graphiql", graphiqlRedirect())
	mux.Handle("GET /graphiql/examples.json", authenticate(cfg.Accounts, limiter, graphiqlExamples(db.Client)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := db.Ping(ctx); err != nil {
			log.WarnContext(ctx, "database not ready", "error", err)
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "database": "unreachable"})
			return
		}
		body := map[string]any{"status": "ok", "database": string(db.Dialect)}
		if db.Replica != nil {
			body["readReplica"] = readiness(db)
		}
		writeJSON(w, http.StatusOK, body)
	})
	mux.Handle("/", spa.Handler())

	var h http.Handler = mux
	h = limitBody(h, cfg.MaxBodyBytes)
	h = retryAfter(http.TimeoutHandler(h, cfg.RequestTimeout, timeoutBody))
	// Exports stream (a timeout handler would buffer the whole file), so they
	// sit beside the time limit.
	outer := http.NewServeMux()
	outer.Handle("GET /export/{file}", limitBody(authenticate(cfg.Accounts, limiter, exportHandler(cfg.Exports, db, log)), cfg.MaxBodyBytes))
	if cfg.PhotoDir != "" {
		if cfg.MaxPhotoBytes == 0 {
			cfg.MaxPhotoBytes = photo.DefaultMaxBytes
		}
		photos := photo.Store{Dir: cfg.PhotoDir}
		outer.Handle("POST /photos", limitBody(authenticate(cfg.Accounts, limiter, photoUpload(photos, cfg.MaxPhotoBytes, log)), cfg.MaxPhotoBytes+1))
		outer.Handle("GET /photos/{id}", authenticate(cfg.Accounts, limiter, photoDownload(db.Client, photos, log)))
	}
	// Subscriptions (SSE, WebSocket) stream for as long as the client
	// stays, so they too sit beside the time limit.
	timed := h
	outer.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/query" && streaming(r) {
			limitBody(gqlHandler, cfg.MaxBodyBytes).ServeHTTP(w, r)
			return
		}
		timed.ServeHTTP(w, r)
	}))
	h = withCORS(outer, cfg.AllowedOrigins)
	h = securityHeaders(h)
	h = logRequests(h, log)
	return requestID(language(h))
}

// language puts the request's language in its context (msg.WithLang): the
// one its Accept-Language prefers, zh-CN unless that is English. Errors
// and refusals are told in it.
func language(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := msg.Negotiate(r.Header.Get("Accept-Language"))
		next.ServeHTTP(w, r.WithContext(msg.WithLang(r.Context(), lang)))
	})
}

// withCORS answers cross-origin requests from the allowlisted origins, and
// only from them: without origins it adds no CORS headers at all (rs/cors
// would allow every origin), and it never pairs a wildcard origin with
// credentials (a browser would refuse the pair, and it would hand any site the
// cookies of a signed-in user if it did not).
func withCORS(next http.Handler, origins []string) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Content-Type", "Authorization", "X-Request-Id"},
		ExposedHeaders:   []string{"X-Request-Id", "X-Total-Count", "Content-Disposition", "X-Read-Source", "X-Data-As-Of", "X-Replica-Lag"},
		AllowCredentials: !slices.Contains(origins, "*"),
		MaxAge:           600,
	}).Handler(next)
}

// ContentSecurityPolicy is the Content-Security-Policy of every response. The
// SPA and its explorer (GraphiQL with Monaco) load only their own scripts;
// they need inline styles (React's style attributes, the styles Monaco and
// ECharts inject), data: images and fonts (the favicon, Monaco's codicons)
// and blob: workers (Monaco's language workers); they talk only to this
// origin (live updates too: SSE is a fetch, and CSP 3's 'self' matches a
// WebSocket to this host, ws: or wss:). No page may frame them.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the headers that keep browsers from misreading or
// embedding any response of the service: the Content-Security-Policy, no MIME
// sniffing, no framing (frame-ancestors and, for older browsers,
// X-Frame-Options) and no referrer beyond the origin.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// schemaOptions are the options of the GraphQL schema over db: the
// analytics (stats, overview, …) computed in its SQL, read from the read
// replica while it is fresh enough (store.DB.Analytics).
func schemaOptions(db *store.DB, cfg Config) []graph.Option {
	svc := analytics.New(db.Analytics, db.AnalyticsSQL, db.Dialect)
	if cfg.StatsFromRecords {
		svc = svc.FromRecords()
	}
	return []graph.Option{graph.WithAnalytics(svc), graph.WithPhotos(photo.Store{Dir: cfg.PhotoDir}), graph.WithLive(db.Live)}
}

// timeoutBody answers a request that ran out of time: the server is too busy
// for now, HTTP 503 with Retry-After.
var timeoutBody = `{"errors":[{"message":"request timed out: the server is busy; try again shortly","extensions":{"code":"` + string(apierr.Unavailable) + `"}}]}`

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func limitBody(next http.Handler, n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeError(w, http.StatusRequestEntityTooLarge, apierr.BadUserInput, "request body too large")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		next.ServeHTTP(w, r)
	})
}

type ctxKey int

const requestIDKey ctxKey = 0

// RequestID returns the id of the request being served, if any.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// requestID takes the caller's X-Request-Id (if sane) or makes one, echoes it
// and puts it in the context for logs.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" || len(id) > 64 {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusWriter) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }
func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func logRequests(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		log.LogAttrs(r.Context(), slog.LevelInfo, "http request",
			slog.String("request_id", RequestID(r.Context())),
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Int("bytes", sw.bytes),
			slog.Duration("duration", time.Since(start)))
	})
}
