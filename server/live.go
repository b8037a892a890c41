package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"

	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/viewer"
)

// KeepAlive is how often an open subscription is pinged: a WebSocket
// keep-alive message, an SSE comment line (gqlgen's), so that proxies keep
// the connection and the client notices a dead one.
const KeepAlive = 15 * time.Second

// liveTransports are the ways /query streams a subscription: Server-Sent
// Events (POST with Accept: text/event-stream) and WebSocket
// (graphql-transport-ws, or the older graphql-ws). A WebSocket is
// authenticated like any request (the session cookie of the upgrade request,
// by authenticate) or by the `Authorization: Bearer …` of its init message;
// its origin must be this server's or one of origins (the CORS allowlist).
func liveTransports(accounts *account.Service, origins []string) []graphql.Transport {
	return []graphql.Transport{
		eventStream{},
		transport.Websocket{
			Implementation: transport.CoderWebsocketImplementation{AcceptOptions: coderws.AcceptOptions{OriginPatterns: origins}},
			InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
				scheme, token, _ := strings.Cut(p.Authorization(), " ")
				if token == "" {
					return ctx, nil, nil
				}
				if !strings.EqualFold(scheme, "Bearer") {
					return ctx, nil, apierr.Errorf(apierr.Unauthenticated, "use Authorization: Bearer <token>")
				}
				v, err := accounts.Authenticate(ctx, strings.TrimSpace(token))
				if err != nil {
					return ctx, nil, apierr.Errorf(apierr.Unauthenticated, "invalid or expired token")
				}
				return withSession(viewer.NewContext(ctx, v), accounts, strings.TrimSpace(token)), nil, nil
			},
			InitTimeout:           10 * time.Second,
			KeepAlivePingInterval: KeepAlive,
		},
	}
}

// withSession lets a subscription re-check the session of token
// (graph.WithSessionCheck): a logout, revocation or disabled account ends it.
func withSession(ctx context.Context, accounts *account.Service, token string) context.Context {
	return graph.WithSessionCheck(ctx, func(ctx context.Context) (*viewer.Viewer, error) {
		return accounts.Authenticate(ctx, token)
	})
}

// eventStream is gqlgen's SSE transport for the requests that ask for an
// event stream alone (wantsEventStream). A client such as urql lists
// text/event-stream among JSON types in every request's Accept, for
// incremental delivery; those requests are answered with one JSON document
// by the POST transport, so that a login still sets its cookie.
type eventStream struct{ transport.SSE }

// Supports implements graphql.Transport.
func (t eventStream) Supports(r *http.Request) bool {
	return wantsEventStream(r) && t.SSE.Supports(r)
}

// wantsEventStream tells whether r accepts text/event-stream and no JSON
// media type: a Server-Sent Events subscription.
func wantsEventStream(r *http.Request) bool {
	stream := false
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		media, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		switch media = strings.ToLower(strings.TrimSpace(media)); {
		case media == "text/event-stream":
			stream = true
		case media == "application/json", strings.HasSuffix(media, "+json"), media == "*/*":
			return false
		}
	}
	return stream
}

// streaming tells whether r asks for a stream (an SSE subscription or a
// WebSocket upgrade), which must not pass the request time limit.
func streaming(r *http.Request) bool {
	return wantsEventStream(r) || strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// Flush implements http.Flusher (Server-Sent Events flush each message).
func (w legacyJSONStatus) Flush() { _ = http.NewResponseController(w.ResponseWriter).Flush() }

// Flush implements http.Flusher (Server-Sent Events flush each message).
func (s *statusWriter) Flush() { _ = http.NewResponseController(s.ResponseWriter).Flush() }

// Flush implements http.Flusher (Server-Sent Events flush each message).
func (w *refusalWriter) Flush() {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}
