package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/graph/model"
	"yuanbahui/internal/account"
	"yuanbahui/internal/workflow"
)

// Login is the resolver for the login field.
func (r *mutationResolver) Login(ctx context.Context, input model.LoginInput) (*model.LoginPayload, error) {
	return r.login(ctx, input)
}

// Logout is the resolver for the logout field.
func (r *mutationResolver) Logout(ctx context.Context) (*model.LogoutPayload, error) {
	return r.logout(ctx)
}

// CreateAPIToken is the resolver for the createApiToken field.
func (r *mutationResolver) CreateAPIToken(ctx context.Context, input model.CreateAPITokenInput) (*model.CreateAPITokenPayload, error) {
	return r.createAPIToken(ctx, input)
}

// RevokeAPIToken is the resolver for the revokeApiToken field.
func (r *mutationResolver) RevokeAPIToken(ctx context.Context, input model.RevokeAPITokenInput) (*model.RevokeAPITokenPayload, error) {
	return r.revokeAPIToken(ctx, input)
}

// AddAccount is the resolver for the addAccount field.
func (r *mutationResolver) AddAccount(ctx context.Context, input model.AddAccountInput) (*model.AccountPayload, error) {
	return accountPayload(step(ctx, r.client, input.IdempotencyKey, workflow.StepFunc[*ent.User](r.accounts.AddAccount(account.NewAccount{Username: input.Username,
		Password: input.Password, Role: input.Role, AreaCode: input.AreaCode, ResidentID: input.ResidentID}))))
}

// SetAccountDisabled is the resolver for the setAccountDisabled field.
func (r *mutationResolver) SetAccountDisabled(ctx context.Context, input model.SetAccountDisabledInput) (*model.AccountPayload, error) {
	return accountPayload(step(ctx, r.client, input.IdempotencyKey, workflow.StepFunc[*ent.User](r.accounts.SetAccountDisabled(input.UserID, input.Disabled))))
}

// Me is the resolver for the me field.
func (r *queryResolver) Me(ctx context.Context) (*ent.User, error) {
	return r.me(ctx)
}

// APITokens is the resolver for the apiTokens field.
func (r *queryResolver) APITokens(ctx context.Context) ([]*ent.AuthToken, error) {
	return r.apiTokens(ctx)
}

// FailedLogins is the resolver for the failedLogins field.
func (r *userResolver) FailedLogins(ctx context.Context, obj *ent.User) ([]*model.FailedLogin, error) {
	return r.failedLogins(ctx, obj)
}
