package graph

import (
	"context"

	"yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/graph/model"
	"yuanbahui/internal/workflow"
)

// Payloads and conversions of the incentives (graph/incentives.graphql).

func pointEntryPayload(e *ent.PointEntry, ue []*model.UserError, err error) (*model.PointEntryPayload, error) {
	return &model.PointEntryPayload{PointEntry: e, UserErrors: ue}, err
}

func itemPayload(it *ent.SupermarketItem, ue []*model.UserError, err error) (*model.SupermarketItemPayload, error) {
	return &model.SupermarketItemPayload{SupermarketItem: it, UserErrors: ue}, err
}

func pointRulePayload(r *ent.PointRule, ue []*model.UserError, err error) (*model.PointRulePayload, error) {
	return &model.PointRulePayload{PointRule: r, UserErrors: ue}, err
}

func redemptionPayload(r *ent.PointRedemption, ue []*model.UserError, err error) (*model.PointRedemptionPayload, error) {
	return &model.PointRedemptionPayload{PointRedemption: r, UserErrors: ue}, err
}

func grantPayload(g *ent.Grant, ue []*model.UserError, err error) (*model.GrantPayload, error) {
	return &model.GrantPayload{Grant: g, UserErrors: ue}, err
}

// pageSize is first limited to 0…MaxPageSize (def when nil).
func pageSize(first *int, def int) int {
	if first == nil {
		return def
	}
	return min(max(*first, 0), MaxPageSize)
}

// pointers returns the addresses of xs' elements, as GraphQL lists them.
func pointers[T any](xs []T, err error) ([]*T, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out, nil
}

// redeemPoints runs a redemption and lists the redemptions it recorded (a
// repeat under the same idempotency key lists the same ones).
func (r *Resolver) redeemPoints(ctx context.Context, in workflow.RedeemPointsInput) (*model.RedeemPointsPayload, error) {
	res, ue, err := stepResult(ctx, r.client, in.IdempotencyKey, in)
	p := &model.RedeemPointsPayload{Household: res.Record, Redemptions: []*ent.PointRedemption{}, UserErrors: ue}
	if res.Record != nil && err == nil && len(res.Related) > 0 {
		p.Redemptions, err = r.client.PointRedemption.Query().Where(pointredemption.IDIn(res.Related...)).
			Order(ent.Asc(pointredemption.FieldItemID)).All(ctx)
	}
	return p, err
}

// confirmAwards confirms winners and lists the half-year's awards in the
// category (within the viewer's area) after the step.
func (r *Resolver) confirmAwards(ctx context.Context, in workflow.ConfirmAwardsInput) (*model.ConfirmAwardsPayload, error) {
	a, ue, err := step(ctx, r.client, in.IdempotencyKey, in)
	p := &model.ConfirmAwardsPayload{Awards: []*ent.Award{}, UserErrors: ue}
	if a != nil && err == nil {
		p.Awards, err = r.client.Award.Query().Where(award.Period(in.Period), award.CategoryEQ(in.Category)).
			Order(ent.Asc(award.FieldID)).All(ctx)
	}
	return p, err
}

// optionalGet loads a record by an optional id (nil for none).
func optionalGet[T any](ctx context.Context, id *int, get func(context.Context, int) (T, error)) (T, error) {
	var zero T
	if id == nil {
		return zero, nil
	}
	return get(ctx, *id)
}
