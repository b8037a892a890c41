package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/internal/store"
)

// replicaExtension is the key, in a GraphQL response's extensions, of where
// its analytics were read (ReplicaReport).
const replicaExtension = "readReplica"

// ReplicaReport tells where a response's analysts' reads (analytics,
// exports) came from, with a read replica configured (`serve --read-db`).
type ReplicaReport struct {
	// Source is "replica", or "primary" when the replica lagged beyond its
	// bound or could not be measured.
	Source string `json:"source"`
	// AsOf is the instant the replica's data was complete to (RFC 3339);
	// empty when unknown.
	AsOf string `json:"asOf,omitempty"`
	// LagSeconds is how far the replica's data was behind the primary.
	LagSeconds float64 `json:"lagSeconds"`
	// MaxLagSeconds is the bound beyond which reads go to the primary.
	MaxLagSeconds float64 `json:"maxLagSeconds"`
}

// replicaReport describes s, the choice of a request bounded by maxLag.
func replicaReport(s store.Staleness, maxLag time.Duration) ReplicaReport {
	r := ReplicaReport{Source: "primary", LagSeconds: s.Lag.Seconds(), MaxLagSeconds: maxLag.Seconds()}
	if s.Replica {
		r.Source = "replica"
	}
	if !s.AsOf.IsZero() {
		r.AsOf = s.AsOf.UTC().Format(time.RFC3339Nano)
	}
	return r
}

// setReplicaHeaders reports an export's read source in its headers:
// X-Read-Source (replica or primary), X-Data-As-Of and X-Replica-Lag
// (seconds).
func setReplicaHeaders(h http.Header, src *store.ReadSource, maxLag time.Duration) {
	r := replicaReport(src.Staleness, maxLag)
	h.Set("X-Read-Source", r.Source)
	if r.AsOf != "" {
		h.Set("X-Data-As-Of", r.AsOf)
	}
	h.Set("X-Replica-Lag", strconv.FormatFloat(r.LagSeconds, 'f', 3, 64))
}

// readPin is a gqlgen extension that chooses, once per operation, where its
// analytics read (store.DB.PinReads) and, when they did read, reports it in
// the response's extensions.readReplica (ReplicaReport).
type readPin struct{ db *store.DB }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = readPin{}

// ExtensionName implements graphql.HandlerExtension.
func (readPin) ExtensionName() string { return "ReadPin" }

// Validate implements graphql.HandlerExtension.
func (readPin) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (p readPin) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	ctx, src := p.db.PinReads(ctx)
	resp := next(ctx)
	if resp == nil || src == nil || !src.Used() {
		return resp
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions[replicaExtension] = replicaReport(src.Staleness, p.db.Replica.MaxLag())
	return resp
}

// replicaReadiness is the read replica's entry of /readyz.
type replicaReadiness struct {
	ReplicaReport
	// Error is why its last measurement failed, if it did.
	Error string `json:"error,omitempty"`
}

// readiness reports the read replica on /readyz: where analytics read now,
// its staleness, and the error of its last measurement. A lagging or
// unreachable replica does not make the service unready: reads go to the
// primary.
func readiness(db *store.DB) replicaReadiness {
	s := db.Replica.Staleness()
	out := replicaReadiness{ReplicaReport: replicaReport(s, db.Replica.MaxLag())}
	if s.Err != nil {
		out.Error = s.Err.Error()
	}
	return out
}
