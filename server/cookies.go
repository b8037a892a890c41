package server

import (
	"context"
	"net/http"
	"time"
)

// SessionCookie is the name of the httpOnly cookie carrying a browser's session token.
const SessionCookie = "ybh_session"

type cookieKey struct{}

// WithCookies returns ctx through which the request's handlers (the login
// and logout resolvers, through sessionCookies) can set response cookies.
func WithCookies(ctx context.Context, set func(*http.Cookie)) context.Context {
	return context.WithValue(ctx, cookieKey{}, set)
}

// SetSessionCookie sets (or, with an empty token, clears) the session cookie
// on the response of ctx, if there is one: httpOnly, SameSite=Strict, Secure
// when secure (HTTPS deployments).
func SetSessionCookie(ctx context.Context, token string, expires time.Time, secure bool) {
	set, ok := ctx.Value(cookieKey{}).(func(*http.Cookie))
	if !ok {
		return
	}
	c := &http.Cookie{Name: SessionCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: secure, Expires: expires}
	if token == "" {
		c.MaxAge = -1
		c.Expires = time.Unix(0, 0)
	}
	set(c)
}

// sessionCookies gives graph's login and logout the session cookie
// (graph.SessionCookies).
type sessionCookies struct{ secure bool }

// Set implements graph.SessionCookies.
func (c sessionCookies) Set(ctx context.Context, token string, expires time.Time) {
	SetSessionCookie(ctx, token, expires, c.secure)
}

// Clear implements graph.SessionCookies.
func (c sessionCookies) Clear(ctx context.Context) { SetSessionCookie(ctx, "", time.Time{}, c.secure) }
