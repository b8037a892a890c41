package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
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
	"github.com/vektah/gqlparser/v2/parser"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/msg"
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
// internals. Subscriptions stream over SSE and WebSocket (liveTransports,
// whose WebSocket origins are this server's and origins). New adds the cost
// limits (budget.go).
func NewGraphQL(client *ent.Client, accounts *account.Service, secureCookies, anonymousIntrospection bool, origins []string, log *slog.Logger, opts ...graph.Option) *handler.Server {
	srv := handler.New(graph.NewSchema(client, accounts, sessionCookies{secure: secureCookies}, opts...))
	// The streaming transports first: POST would take an SSE request.
	for _, t := range append(liveTransports(accounts, origins), transports...) {
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
// page-size and filter limits, one login per request, the HTTP status
// of refusals found while executing (refusalStatus), and the request
// metrics (requestMetrics, first so that it sees every answer). None may be a graphql.FieldInterceptor: the generated code
// reads string and boolean fields without field middleware
// (graph/generated/marshal.go's resolveLeaf), and TestNoFieldInterceptor
// keeps it so.
func extensions(anonymousIntrospection bool) []graphql.HandlerExtension {
	return []graphql.HandlerExtension{
		requestMetrics{},
		graph.Introspection{Anonymous: anonymousIntrospection},
		extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)},
		graph.DepthLimit{},
		graph.PageLimits{},
		&graph.FilterGuard{},
		textGuard{},
		graph.OneLogin{},
		refusalStatus{},
	}
}

// textGuard refuses an operation any of whose strings — in the query text or
// in its variables, filters included — holds NUL or another control
// character (bound.Clean): BAD_USER_INPUT before anything runs, where
// PostgreSQL would fail on a NUL with an internal error. Stored text is held
// to stricter rules by ent/schema's validators.
type textGuard struct{}

var (
	_ graphql.HandlerExtension        = textGuard{}
	_ graphql.OperationContextMutator = textGuard{}
)

// ExtensionName implements graphql.HandlerExtension.
func (textGuard) ExtensionName() string { return "TextGuard" }

// Validate implements graphql.HandlerExtension.
func (textGuard) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (textGuard) MutateOperationContext(_ context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	for name, v := range rc.Variables {
		if where, err := dirtyValue(v); err != nil {
			return apierr.Errorf(apierr.BadUserInput, "variable $%s%s %s", name, where, err)
		}
	}
	if rc.Doc == nil {
		return nil
	}
	var found error
	var visitValue func(v *ast.Value)
	visitValue = func(v *ast.Value) {
		if v == nil || found != nil {
			return
		}
		if v.Kind == ast.StringValue || v.Kind == ast.BlockValue {
			if err := bound.Clean(v.Raw); err != nil {
				found = err
			}
		}
		for _, c := range v.Children {
			visitValue(c.Value)
		}
	}
	visitDirectives := func(ds ast.DirectiveList) {
		for _, d := range ds {
			for _, a := range d.Arguments {
				visitValue(a.Value)
			}
		}
	}
	var visitSet func(ast.SelectionSet)
	visitSet = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				for _, a := range sel.Arguments {
					visitValue(a.Value)
				}
				visitDirectives(sel.Directives)
				visitSet(sel.SelectionSet)
			case *ast.InlineFragment:
				visitDirectives(sel.Directives)
				visitSet(sel.SelectionSet)
			case *ast.FragmentSpread:
				visitDirectives(sel.Directives)
			}
		}
	}
	for _, op := range rc.Doc.Operations {
		for _, vd := range op.VariableDefinitions {
			visitValue(vd.DefaultValue)
		}
		visitDirectives(op.Directives)
		visitSet(op.SelectionSet)
	}
	for _, f := range rc.Doc.Fragments {
		visitSet(f.SelectionSet)
	}
	if found != nil {
		return apierr.Errorf(apierr.BadUserInput, "a string in the query %s", found)
	}
	return nil
}

// dirtyValue finds a string holding a control character in a decoded
// variable, and says where (".a.b[2]").
func dirtyValue(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return "", bound.Clean(v)
	case map[string]any:
		for k, x := range v {
			if err := bound.Clean(k); err != nil {
				return "", err
			}
			if where, err := dirtyValue(x); err != nil {
				return "." + k + where, err
			}
		}
	case []any:
		for i, x := range v {
			if where, err := dirtyValue(x); err != nil {
				return "[" + strconv.Itoa(i) + "]" + where, err
			}
		}
	}
	return "", nil
}

// transports are the ways /query takes an operation: POST with a JSON body,
// GET for queries, and OPTIONS for CORS preflights (and, for subscriptions,
// liveTransports).
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
//   - a GET request whose query string cannot be read, or whose operation is
//     not a query, is answered BAD_USER_INPUT (400, or 405 with Allow: POST),
//     not with gqlgen's uncoded errors;
//   - an answer holding an UNAVAILABLE error is HTTP 503 with Retry-After
//     (refusalStatus, inside).
func overHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if streaming(r) {
			next.ServeHTTP(legacyJSONStatus{w}, r)
			return
		}
		if r.Method == http.MethodGet && refuseGET(w, r) {
			return
		}
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

// refuseGET answers, and reports true for, a GET request gqlgen's transport
// would refuse without a code: an unreadable query string or variables, or
// an operation other than a query (GraphQL over HTTP: 405, Allow: POST).
// An unparsable query is left to gqlgen, which answers it with a code.
func refuseGET(w http.ResponseWriter, r *http.Request) bool {
	params, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		writeError(w, http.StatusBadRequest, apierr.BadUserInput, "the query string cannot be read")
		return true
	}
	if vars := params.Get("variables"); vars != "" && !json.Valid([]byte(vars)) {
		writeError(w, http.StatusBadRequest, apierr.BadUserInput, "variables are not JSON")
		return true
	}
	if ext := params.Get("extensions"); ext != "" && !json.Valid([]byte(ext)) {
		writeError(w, http.StatusBadRequest, apierr.BadUserInput, "extensions are not JSON")
		return true
	}
	doc, perr := parser.ParseQuery(&ast.Source{Input: params.Get("query")})
	if perr != nil {
		return false
	}
	if op := doc.Operations.ForName(params.Get("operationName")); op != nil && op.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, apierr.BadUserInput,
			"a "+string(op.Operation)+" is sent with POST; GET runs queries only")
		return true
	}
	return false
}

// retryAfterSeconds is how long a client answered 503 is asked to wait.
const retryAfterSeconds = "5"

// unavailableWriter adds Retry-After to a 503 answer that has none (a
// request that ran out of time).
type unavailableWriter struct{ http.ResponseWriter }

// WriteHeader implements http.ResponseWriter.
func (w unavailableWriter) WriteHeader(status int) {
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", retryAfterSeconds)
	}
	w.ResponseWriter.WriteHeader(status)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w unavailableWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// retryAfter adds Retry-After to the 503 answers of next (e.g. a request
// that ran out of time).
func retryAfter(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(unavailableWriter{w}, r)
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

// presentError gives every error a code and a message for the client, in the
// request's language (internal/msg), from internal/apierr: an error apierr's table knows is answered as the table
// says; otherwise a code set where the error arose (by graph or gqlgen) is
// kept; what neither knows is INTERNAL, logged and answered without details.
func presentError(ctx context.Context, log *slog.Logger, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	code, known := apierr.FromExtensions(gerr.Extensions)
	lang := msg.LangOf(ctx)
	switch c, classified := apierr.ClassifyIn(lang, err); {
	case classified:
		code, gerr.Message = c.Code, c.Message
	case known:
		apierr.Localize(gerr, lang)
	case !graphql.HasOperationContext(ctx):
		// The transport could not read the request (e.g. its body is not
		// JSON); gqlgen's message echoes the body, which is dropped.
		code = apierr.BadUserInput
		gerr.Message, _, _ = strings.Cut(gerr.Message, " body:")
	case isArgumentError(ctx, gerr):
		code, gerr.Message = apierr.BadUserInput, msg.T("invalid value for argument %s", gerr.Path.String()).In(lang)
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
