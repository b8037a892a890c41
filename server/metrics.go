package server

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/internal/telemetry"
)

// requestMetrics is a gqlgen extension that counts every GraphQL answer in
// telemetry.GraphQLRequests (by operation name and code: OK, or the first
// error's extensions.code) and times it in telemetry.GraphQLDuration. It
// reads the finished response, so it sees the operations refused before
// they run (unparsable, invalid, too deep, too dear) as well as those
// refused while running.
type requestMetrics struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = requestMetrics{}

// ExtensionName implements graphql.HandlerExtension.
func (requestMetrics) ExtensionName() string { return "RequestMetrics" }

// Validate implements graphql.HandlerExtension.
func (requestMetrics) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (requestMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	name := ""
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		if !oc.Stats.OperationStart.IsZero() {
			start = oc.Stats.OperationStart
		}
		name = oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
		}
	}
	code := "OK"
	if len(resp.Errors) > 0 {
		code = "INTERNAL"
		if c, ok := resp.Errors[0].Extensions["code"].(string); ok && c != "" {
			code = c
		}
	}
	op := telemetry.OperationLabel(name)
	telemetry.GraphQLRequests.WithLabelValues(op, code).Inc()
	telemetry.GraphQLDuration.WithLabelValues(op).Observe(time.Since(start).Seconds())
	return resp
}
