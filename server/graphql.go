package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
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
	"yuanbahui/ent/privacy"
	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/rule"
)

// Error codes every GraphQL error carries in extensions.code.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeComplexity   = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeInternal     = "INTERNAL"
	CodeUnauth       = "UNAUTHENTICATED"
	CodeForbidden    = "FORBIDDEN"
	CodeRateLimited  = "RATE_LIMITED"
)

func init() {
	// Refusals before execution are protocol errors: HTTP 400 for clients
	// that accept application/graphql-response+json.
	errcode.RegisterErrorType(CodeBadUserInput, errcode.KindProtocol)
}

// NewGraphQL builds the /query handler: POST and GET transports (GET for
// queries only), introspection, a parsed-query cache, automatic persisted
// queries, depth and page-size limits, and an error presenter that gives
// every error an extensions.code and never leaks internals. New adds the cost
// limits (budget.go).
func NewGraphQL(client *ent.Client, accounts *account.Service, secureCookies bool, log *slog.Logger) *handler.Server {
	srv := handler.New(graph.NewSchema(client, accounts, sessionCookies{secure: secureCookies}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(graph.DepthLimit{})
	srv.Use(graph.PageLimits{})
	srv.Use(&graph.FilterGuard{})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return presentError(ctx, log, err)
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})
	return srv
}

// presentError classifies an error for the client.
func presentError(ctx context.Context, log *slog.Logger, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	var nf *ent.NotFoundError
	switch code, _ := gerr.Extensions["code"].(string); {
	case code == CodeBadUserInput || code == CodeComplexity || code == CodeUnauth || code == CodeRateLimited || code == CodeForbidden:
		// Already classified where it arose.
	case code == errcode.ValidationFailed || code == errcode.ParseFailed:
		gerr.Extensions["code"] = CodeBadUserInput
	case errors.Is(err, ent.ErrInvalidID):
		gerr.Message = "invalid ID: not an ID issued by this API"
		gerr.Extensions["code"] = CodeBadUserInput
	case errors.Is(err, rule.ErrUnauthenticated):
		gerr.Message = "authentication required"
		gerr.Extensions["code"] = CodeUnauth
	case errors.Is(err, privacy.Deny):
		gerr.Message = "forbidden"
		for _, reason := range []error{rule.ErrReadOnly, rule.ErrRole, rule.ErrOutsideArea} {
			if errors.Is(err, reason) {
				gerr.Message = "forbidden: " + strings.TrimSuffix(reason.Error(), ": "+privacy.Deny.Error())
			}
		}
		gerr.Extensions["code"] = CodeForbidden
	case isArgumentError(ctx, gerr):
		gerr.Message = "invalid value for argument " + gerr.Path.String()
		gerr.Extensions["code"] = CodeBadUserInput
	case errors.As(err, &nf):
		gerr.Message = "not found"
		gerr.Extensions["code"] = CodeNotFound
	default:
		log.ErrorContext(ctx, "graphql error", "error", err.Error(), "path", gerr.Path.String())
		gerr.Message = "internal error"
		gerr.Extensions["code"] = CodeInternal
	}
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
