package server

import (
	"context"
	"errors"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
)

// Defaults of the cost limits (see graph.OperationCost for what a point is:
// about 13 µs of server time on SQLite).
const (
	// DefaultMaxCost is the most one operation may cost: about 1.3 s of
	// server time; the heaviest page an analyst exports, 500 tickets with
	// their applicant, agent, courtyard and service type and a totalCount,
	// costs about 12,400.
	DefaultMaxCost = 100_000
	// DefaultCostPerMinute is the budget of one account, shared by all its
	// sessions and tokens (anonymous requests: one client address), per
	// minute, about 13 s of server time: the SPA's
	// queries cost 15 to 120 points, so only a client pulling heavy pages back to
	// back for a minute meets it.
	DefaultCostPerMinute = 1_000_000
)

// costExtension names the operation's cost report in the response's
// extensions and in the operation's stats.
const costExtension = "cost"

// CostReport is what an operation cost and what is left of the budget; every
// response carries it as extensions.cost, and a refusal in its error's
// extensions.
type CostReport struct {
	// Requested is the operation's cost in points (graph.OperationCost).
	Requested int64 `json:"requested"`
	// MaxPerOperation is the most one operation may cost.
	MaxPerOperation int64 `json:"maxPerOperation"`
	// Limit is the budget: points per minute, and what a full bucket holds.
	Limit int64 `json:"limit"`
	// Remaining is what is left of the budget after this operation.
	Remaining int64 `json:"remaining"`
	// ResetAt is when the budget is full again, if nothing more is spent.
	ResetAt time.Time `json:"resetAt"`
}

// costLimit is a gqlgen extension that prices every operation before it runs
// (graph.OperationCost), refuses one dearer than maxPerOp with
// COMPLEXITY_LIMIT_EXCEEDED, then spends its cost from the caller's budget
// and refuses it with RATE_LIMITED (HTTP 429, Retry-After) when the budget
// holds less. Nothing is spent for a refused operation.
type costLimit struct {
	schema   *ast.Schema
	maxPerOp int64
	budget   *costBudget
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = (*costLimit)(nil)

func newCostLimit(maxPerOp, perMinute int64, buckets bucketStore) *costLimit {
	return &costLimit{maxPerOp: maxPerOp, budget: &costBudget{perMinute: perMinute, buckets: buckets}}
}

// ExtensionName implements graphql.HandlerExtension.
func (*costLimit) ExtensionName() string { return "CostLimit" }

// Validate implements graphql.HandlerExtension.
func (c *costLimit) Validate(es graphql.ExecutableSchema) error {
	c.schema = es.Schema()
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (c *costLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	cost := graph.OperationCost(c.schema, oc.Operation, oc.Variables)
	r := &CostReport{Requested: cost, MaxPerOperation: c.maxPerOp, Limit: c.budget.perMinute}
	if cost > c.maxPerOp {
		c.budget.report(r, c.budget.spend(ctx, budgetKey(ctx), 0))
		refusedCost(apierr.ComplexityLimitExceeded, cost)
		return costError(apierr.ComplexityLimitExceeded, r, "operation has complexity %d, more than the %d points one operation may cost: ask for smaller pages, fewer aliases, or no totalCount over a large table", cost, c.maxPerOp)
	}
	t := c.budget.spend(ctx, budgetKey(ctx), cost)
	c.budget.report(r, t)
	if !t.ok {
		wait := max(int64(math.Ceil((float64(cost)-t.left)/c.budget.perSecond())), 1)
		refuse(ctx, http.StatusTooManyRequests, strconv.FormatInt(wait, 10))
		refusedCost(apierr.RateLimited, cost)
		err := costError(apierr.RateLimited, r, "operation costs %d points and %d of the budget of %d per minute are left; retry in %d s", cost, r.Remaining, r.Limit, wait)
		err.Extensions["retryAfter"] = wait
		return err
	}
	telemetry.CostSpent.Add(float64(cost))
	oc.Stats.SetExtension(costExtension, r)
	return nil
}

// refusedCost counts an operation of cost points refused with code.
func refusedCost(code apierr.Code, cost int64) {
	telemetry.CostRefused.WithLabelValues(string(code)).Inc()
	telemetry.CostRefusedPoints.WithLabelValues(string(code)).Add(float64(cost))
}

func costError(code apierr.Code, r *CostReport, format string, args ...any) *gqlerror.Error {
	err := apierr.Errorf(code, format, args...)
	err.Extensions[costExtension] = r
	return err
}

// InterceptResponse implements graphql.ResponseInterceptor: it puts the cost
// report in the response's extensions.
func (*costLimit) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	if r, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(costExtension).(*CostReport); ok {
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions[costExtension] = r
	}
	return resp
}

// costBudget is the budget of points per key (account or client address):
// a bucket that fills at perMinute a minute up to perMinute, kept in
// buckets (on PostgreSQL shared by all replicas).
type costBudget struct {
	perMinute int64
	buckets   bucketStore
}

func (b *costBudget) perSecond() float64 { return float64(b.perMinute) / 60 }

// spend takes cost points from key's bucket if it holds that many (cost 0
// only reads it).
func (b *costBudget) spend(ctx context.Context, key string, cost int64) taken {
	return b.buckets.take(ctx, "cost:"+key, float64(b.perMinute), b.perSecond(), float64(cost))
}

// report fills r's Remaining and ResetAt from what is left.
func (*costBudget) report(r *CostReport, t taken) {
	r.Remaining = int64(t.left)
	r.ResetAt = t.fullAt.UTC().Truncate(time.Second)
}

type budgetCtxKey struct{}

// budgetRequest is what costLimit needs from the HTTP request: whose budget
// it spends, and how to answer a refusal.
type budgetRequest struct {
	key    string
	header http.Header
	status int
}

// withBudget puts in the request's context whose budget it spends (its
// account's, shared by all the account's sessions and tokens, or for
// anonymous requests its client address's) and gives a refusal (by costLimit
// or refusalStatus) its HTTP status. It goes inside authenticate, which finds
// the viewer.
func withBudget(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		br := &budgetRequest{key: "ip:" + clientIP(r), header: w.Header()}
		if v := viewer.FromContext(r.Context()); v != nil && v.UserID != 0 {
			br.key = accountKey(v)
		}
		next.ServeHTTP(&refusalWriter{ResponseWriter: w, req: br}, r.WithContext(context.WithValue(r.Context(), budgetCtxKey{}, br)))
	})
}

func budgetKey(ctx context.Context) string {
	if br, ok := ctx.Value(budgetCtxKey{}).(*budgetRequest); ok {
		return br.key
	}
	return ""
}

// refuse makes the request's answer status, with a Retry-After.
func refuse(ctx context.Context, status int, retryAfter string) {
	if br, ok := ctx.Value(budgetCtxKey{}).(*budgetRequest); ok {
		br.status = status
		br.header.Set("Retry-After", retryAfter)
	}
}

// refusalWriter answers with the status a refusal asked for.
type refusalWriter struct {
	http.ResponseWriter
	req   *budgetRequest
	wrote bool
}

func (w *refusalWriter) WriteHeader(code int) {
	if w.req.status != 0 {
		code = w.req.status
	}
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

// Write implements http.ResponseWriter: a body written without a status
// (200) gets the refusal's.
func (w *refusalWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *refusalWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// refusalStatus is a gqlgen extension that gives an answer refused while
// executing its HTTP status, as costLimit does for the budget: a login
// refused while failed logins make it wait (account.ThrottledError) is 429
// with Retry-After and the wait in the error's extensions.retryAfter
// (seconds); an UNAVAILABLE error (the database failing for the moment) is
// 503 with Retry-After. It reads the finished response, so errors that
// concurrent resolvers presented are judged in one goroutine.
type refusalStatus struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = refusalStatus{}

// ExtensionName implements graphql.HandlerExtension.
func (refusalStatus) ExtensionName() string { return "RefusalStatus" }

// Validate implements graphql.HandlerExtension.
func (refusalStatus) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (refusalStatus) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	for _, e := range resp.Errors {
		var t *account.ThrottledError
		switch {
		case errors.As(e, &t):
			if e.Extensions == nil {
				e.Extensions = map[string]any{}
			}
			e.Extensions["retryAfter"] = t.Seconds()
			refuse(ctx, http.StatusTooManyRequests, strconv.FormatInt(t.Seconds(), 10))
		case e.Extensions["code"] == string(apierr.Unavailable):
			refuse(ctx, http.StatusServiceUnavailable, retryAfterSeconds)
		}
	}
	return resp
}
