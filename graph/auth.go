package graph

import (
	"context"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/authtoken"
	"yuanbahui/graph/model"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// login logs in from the request's client address and sets the session
// cookie; OneLogin has let at most one login into the operation.
func (r *Resolver) login(ctx context.Context, in model.LoginInput) (*model.LoginPayload, error) {
	token, t, err := r.accounts.Login(ctx, in.Username, in.Password, clientAddr(ctx))
	if err != nil {
		return nil, err // classified by internal/apierr: UNAUTHENTICATED or RATE_LIMITED (the server adds Retry-After)
	}
	r.cookies.Set(ctx, token, t.ExpiresAt)
	u, err := t.QueryUser().Only(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	return &model.LoginPayload{Token: token, ExpiresAt: t.ExpiresAt, User: u}, nil
}

// logout revokes the current session and clears its cookie.
func (r *Resolver) logout(ctx context.Context) (*model.LogoutPayload, error) {
	v := viewer.FromContext(ctx)
	r.cookies.Clear(ctx)
	if v == nil || v.TokenID == 0 {
		return &model.LogoutPayload{Ok: false}, nil
	}
	if err := r.accounts.Revoke(ctx, v, v.TokenID); err != nil {
		return nil, err
	}
	return &model.LogoutPayload{Ok: true}, nil
}

// me returns the current account.
func (r *Resolver) me(ctx context.Context) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, nil
	}
	return r.client.User.Get(ctx, v.UserID)
}

// maxFailedLogins is the most failed logins User.failedLogins lists.
const maxFailedLogins = 50

// failedLogins lists the failed logins to u, for u's own account only.
func (r *Resolver) failedLogins(ctx context.Context, u *ent.User) ([]*model.FailedLogin, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID != u.ID {
		return nil, nil
	}
	rows, err := r.accounts.FailedLogins(ctx, u.ID, maxFailedLogins)
	if err != nil {
		return nil, err
	}
	out := make([]*model.FailedLogin, len(rows))
	for i, a := range rows {
		out[i] = &model.FailedLogin{At: a.At, Address: a.Address}
	}
	return out, nil
}

// apiTokens lists the current account's personal tokens.
func (r *Resolver) apiTokens(ctx context.Context) ([]*ent.AuthToken, error) {
	if viewer.FromContext(ctx) == nil {
		return nil, rule.ErrUnauthenticated
	}
	return r.client.AuthToken.Query().Where(authtoken.KindEQ(authtoken.KindPERSONAL)).
		Order(ent.Desc(authtoken.FieldCreatedAt)).All(ctx)
}

// createAPIToken issues a personal token.
func (r *Resolver) createAPIToken(ctx context.Context, in model.CreateAPITokenInput) (*model.CreateAPITokenPayload, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, rule.ErrUnauthenticated
	}
	days := 90
	if in.ExpiresInDays != nil {
		days = *in.ExpiresInDays
	}
	if days < 1 || days > 365 || in.Name == "" {
		return nil, apierr.Errorf(apierr.BadUserInput, "a token needs a name and 1–365 days of validity")
	}
	token, t, err := r.accounts.CreateToken(ctx, v, in.Name, time.Duration(days)*24*time.Hour)
	if err != nil {
		return nil, err
	}
	return &model.CreateAPITokenPayload{Token: token, APIToken: t}, nil
}

// revokeAPIToken revokes one of the current account's tokens.
func (r *Resolver) revokeAPIToken(ctx context.Context, in model.RevokeAPITokenInput) (*model.RevokeAPITokenPayload, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, rule.ErrUnauthenticated
	}
	if err := r.accounts.Revoke(ctx, v, in.ID); err != nil {
		return nil, err
	}
	t, err := r.client.AuthToken.Get(ctx, in.ID)
	return &model.RevokeAPITokenPayload{APIToken: t}, err
}
