package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
)

func init() {
	// Refusals before execution are protocol errors: HTTP 400 for clients
	// that accept application/graphql-response+json.
	errcode.RegisterErrorType(string(apierr.BadUserInput), errcode.KindProtocol)
}

// NewGraphQL builds the /query handler: POST and GET transports (GET for
// queries only), introspection (for anonymous requests too if
// anonymousIntrospection), a parsed-query cache, automatic persisted
// queries, depth and page-size limits, one login per request, and an error
// presenter that gives every error an extensions.code and never leaks
// internals. New adds the cost limits (budget.go).
func NewGraphQL(client *ent.Client, accounts *account.Service, secureCookies, anonymousIntrospection bool, log *slog.Logger, opts ...graph.Option) *handler.Server {
	srv := handler.New(graph.NewSchema(client, accounts, sessionCookies{secure: secureCookies}, opts...))
	for _, t := range transports {
		srv.AddTransport(t)
	}
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	for _, ext := range extensions(anonymousIntrospection) {
		srv.Use(ext)
	}
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return presentError(ctx, log, err)
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})
	return srv
}

// extensions are the handler's extensions: introspection (anonymous too if
// anonymousIntrospection), automatic persisted queries, the depth,
// page-size and filter limits, one login per request, and Retry-After for
// refused logins. None may be a graphql.FieldInterceptor: the generated code
// reads string and boolean fields without field middleware
// (graph/generated/marshal.go's resolveLeaf), and TestNoFieldInterceptor
// keeps it so.
func extensions(anonymousIntrospection bool) []graphql.HandlerExtension {
	return []graphql.HandlerExtension{
		graph.Introspection{Anonymous: anonymousIntrospection},
		extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)},
		graph.DepthLimit{},
		graph.PageLimits{},
		&graph.FilterGuard{},
		graph.OneLogin{},
		retryAfter{},
	}
}

// transports are the ways /query takes an operation: POST with a JSON body,
// GET for queries, and OPTIONS for CORS preflights.
var transports = []graphql.Transport{transport.Options{}, transport.GET{}, transport.POST{}}

// overHTTP wraps the GraphQL handler so that the transport's own refusals
// speak the API's vocabulary and GraphQL over HTTP's status codes:
//   - a request no transport takes (another method, or a POST body that is not
//     JSON) is answered BAD_USER_INPUT with 405 or 415, not gqlgen's bare
//     "transport not supported";
//   - for a legacy `application/json` response, a request refused before
//     execution (unparsable or invalid operation, limits) is answered 200 with
//     errors, as the GraphQL-over-HTTP spec asks; gqlgen says 422 there. With
//     `Accept: application/graphql-response+json` such refusals stay 400.
func overHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !slices.ContainsFunc(transports, func(t graphql.Transport) bool { return t.Supports(r) }) {
			if r.Method == http.MethodPost {
				writeError(w, http.StatusUnsupportedMediaType, apierr.BadUserInput,
					"unsupported content type "+strconv.Quote(r.Header.Get("Content-Type"))+": send application/json")
				return
			}
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeError(w, http.StatusMethodNotAllowed, apierr.BadUserInput,
				"method "+r.Method+" is not allowed: POST an operation as application/json, or GET a query")
			return
		}
		next.ServeHTTP(legacyJSONStatus{w}, r)
	})
}

// legacyJSONStatus answers 200 where gqlgen answers an application/json
// request refused before execution with 422.
type legacyJSONStatus struct{ http.ResponseWriter }

// WriteHeader implements http.ResponseWriter.
func (w legacyJSONStatus) WriteHeader(status int) {
	if status == http.StatusUnprocessableEntity && strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		status = http.StatusOK
	}
	w.ResponseWriter.WriteHeader(status)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w legacyJSONStatus) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// presentError gives every error a code and a message for the client, from
// internal/apierr: an error apierr's table knows is answered as the table
// says; otherwise a code set where the error arose (by graph or gqlgen) is
// kept; what neither knows is INTERNAL, logged and answered without details.
func presentError(ctx context.Context, log *slog.Logger, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	code, known := apierr.FromExtensions(gerr.Extensions)
	switch c, classified := apierr.Classify(err); {
	case classified:
		code, gerr.Message = c.Code, c.Message
	case known:
	case !graphql.HasOperationContext(ctx):
		// The transport could not read the request (e.g. its body is not
		// JSON); gqlgen's message echoes the body, which is dropped.
		code = apierr.BadUserInput
		gerr.Message, _, _ = strings.Cut(gerr.Message, " body:")
	case isArgumentError(ctx, gerr):
		code, gerr.Message = apierr.BadUserInput, "invalid value for argument "+gerr.Path.String()
	default:
		log.ErrorContext(ctx, "graphql error", "error", err.Error(), "path", gerr.Path.String())
		code, gerr.Message = c.Code, c.Message
	}
	apierr.Set(gerr, code)
	return gerr
}

// isArgumentError tells whether err arose while reading one of a field's
// arguments (e.g. a malformed cursor, or a time inside a where filter): its
// path continues past the field with the argument's name.
func isArgumentError(ctx context.Context, err *gqlerror.Error) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Definition == nil {
		return false
	}
	n := len(fc.Path())
	if len(err.Path) <= n {
		return false
	}
	name, ok := err.Path[n].(ast.PathName)
	return ok && fc.Field.Definition.Arguments.ForName(string(name)) != nil
}
