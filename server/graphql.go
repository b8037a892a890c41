package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

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
	"yuanbahui/graph/generated"
)

// Error codes every GraphQL error carries in extensions.code.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeComplexity   = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeInternal     = "INTERNAL"
)

// NewGraphQL builds the /query handler: POST and GET transports (GET for
// queries only), introspection, a parsed-query cache, automatic persisted
// queries, page-size limits, a complexity limit, and an error presenter that
// gives every error an extensions.code and never leaks internals.
func NewGraphQL(client *ent.Client, log *slog.Logger) *handler.Server {
	es := graph.Complexity{ExecutableSchema: generated.NewExecutableSchema(generated.Config{Resolvers: graph.NewResolver(client)})}
	srv := handler.New(es)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(graph.PageLimits{})
	srv.Use(extension.FixedComplexityLimit(graph.MaxComplexity))
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
	case code == CodeBadUserInput || code == CodeComplexity:
	case code == errcode.ValidationFailed || code == errcode.ParseFailed:
		gerr.Extensions["code"] = CodeBadUserInput
	case errors.Is(err, ent.ErrInvalidID):
		gerr.Message = "invalid ID: not an ID issued by this API"
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
