package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/viewer"
)

// authenticate puts the request's viewer in its context: from an
// `Authorization: Bearer` token, else from the session cookie; no credential
// means an anonymous request (which can log in and introspect, and sees no
// data). A presented but invalid token is refused with 401. It also lets
// resolvers set cookies, and applies the rate limit of the account (shared
// by all its sessions and tokens) or, anonymous, of the client address.
func authenticate(accounts *account.Service, limits *rateLimiter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := WithCookies(r.Context(), func(c *http.Cookie) { http.SetCookie(w, c) })
		lang := msg.LangOf(ctx)
		token, fromHeader := "", false
		if h := r.Header.Get("Authorization"); h != "" {
			scheme, value, _ := strings.Cut(h, " ")
			if !strings.EqualFold(scheme, "Bearer") || value == "" {
				writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, msg.T("use Authorization: Bearer <token>").In(lang))
				return
			}
			token, fromHeader = strings.TrimSpace(value), true
		} else if c, err := r.Cookie(SessionCookie); err == nil {
			token = c.Value
		}
		key := "ip:" + clientIP(r)
		ctx = graph.WithClientAddr(ctx, clientIP(r))
		if token != "" {
			v, err := accounts.Authenticate(ctx, token)
			switch {
			case errors.Is(err, account.ErrInvalidToken) && !fromHeader:
				// A stale cookie: clear it and go on anonymously.
				SetSessionCookie(ctx, "", time.Time{}, false)
			case errors.Is(err, account.ErrInvalidToken):
				writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, msg.T("invalid or expired token").In(lang))
				return
			case err != nil:
				// The database down is UNAVAILABLE (503, Retry-After), the rest INTERNAL.
				c, _ := apierr.ClassifyIn(lang, err)
				writeError(w, c.Code.Status(), c.Code, c.Message)
				return
			default:
				ctx = withSession(viewer.NewContext(ctx, v), accounts, token)
				key = accountKey(v)
			}
		}
		if !limits.allow(ctx, key) {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, apierr.RateLimited, msg.T("too many requests; slow down").In(lang))
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func writeError(w http.ResponseWriter, status int, code apierr.Code, message string) {
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": message, "extensions": map[string]string{"code": string(code)}}}})
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// accountKey is the key of the rate limit and budget of v's account: all
// its sessions and tokens share them.
func accountKey(v *viewer.Viewer) string { return "user:" + strconv.Itoa(v.UserID) }

// rateLimiter is the request rate per key (account or client address): a
// bucket of burst requests that fills at perSec a second, kept in buckets
// (on PostgreSQL shared by all replicas).
type rateLimiter struct {
	perSec  float64
	burst   int
	buckets bucketStore
}

// allow takes one request from key's bucket if it holds one.
func (l *rateLimiter) allow(ctx context.Context, key string) bool {
	if infinite(l.perSec) {
		return true
	}
	return l.buckets.take(ctx, "rate:"+key, float64(l.burst), l.perSec, 1).ok
}
