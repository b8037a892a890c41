package workflow

import (
	"context"
	"fmt"
	"slices"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// --- supermarket ---

// RestockItemInput is restockItem, which adds quantity units (positive) to a
// good's stock (village cadres and above).
type RestockItemInput struct {
	// ItemID is the good.
	ItemID int `json:"itemID"`
	// Quantity is the units added (positive).
	Quantity int `json:"quantity"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run restocks the good.
func (in RestockItemInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.SupermarketItem], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RestockItemInput) take(ctx context.Context, c *gen.Client) (*gen.SupermarketItem, error) {
	if !actsForVillage(viewer.FromContext(ctx)) {
		return nil, Refuse(ErrActor, "itemID", "only the village (a village cadre or above) restocks its supermarket")
	}
	if in.Quantity <= 0 {
		return nil, Refuse(ErrInvalid, "quantity", "restock a positive number of units, got %d: stock never goes below zero, and goods leave it only by redemption", in.Quantity)
	}
	if in.Quantity > bound.MaxStock {
		return nil, Refuse(ErrInvalid, "quantity", "restock at most %d units, got %d", bound.MaxStock, in.Quantity)
	}
	it, err := c.SupermarketItem.Get(ctx, in.ItemID)
	if err != nil {
		return nil, err
	}
	// ent validates the stock a mutation sets, not one it adds to: the
	// bound is the update's condition.
	out, err := c.SupermarketItem.UpdateOneID(in.ItemID).Where(supermarketitem.StockLTE(bound.MaxStock - in.Quantity)).AddStock(in.Quantity).Save(ctx)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrInvalid, "quantity", "%s holds %d units: with %d more it would pass the bound of %d", it.Name, it.Stock, in.Quantity, bound.MaxStock)
	}
	return out, err
}

// SetItemActiveInput is setItemActive, which puts a good on offer or takes it
// off (village cadres and above).
type SetItemActiveInput struct {
	// ItemID is the good.
	ItemID int `json:"itemID"`
	// Active is whether it is on offer.
	Active bool `json:"active"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run changes the offer.
func (in SetItemActiveInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.SupermarketItem], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SetItemActiveInput) take(ctx context.Context, c *gen.Client) (*gen.SupermarketItem, error) {
	if !actsForVillage(viewer.FromContext(ctx)) {
		return nil, Refuse(ErrActor, "itemID", "only the village (a village cadre or above) changes what its supermarket offers")
	}
	if _, err := c.SupermarketItem.Get(ctx, in.ItemID); err != nil {
		return nil, err
	}
	return c.SupermarketItem.UpdateOneID(in.ItemID).SetActive(in.Active).Save(ctx)
}

// RedeemLineInput is one good and quantity of a redemption.
type RedeemLineInput struct {
	// ItemID is the good.
	ItemID int `json:"itemID"`
	// Quantity is how many units (positive).
	Quantity int `json:"quantity"`
}

// RedeemPointsInput is redeemPoints: a household spending points on goods
// of its village's supermarket, one PointRedemption per good (the result's
// related records, in item order). The balance is taken first (WHERE
// point_balance >= cost) and then each good's stock, in item order (WHERE
// stock >= quantity): refused when the balance or a stock is short, and then
// nothing changes.
type RedeemPointsInput struct {
	// HouseholdID is the household.
	HouseholdID int `json:"householdID"`
	// Items are the goods, each once.
	Items []RedeemLineInput `json:"items"`
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run redeems the points: the household after it, and the redemptions.
func (in RedeemPointsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Household], error) {
	h, err := c.Household.Get(ctx, in.HouseholdID)
	if err != nil {
		return Result[*gen.Household]{}, err
	}
	switch {
	case len(in.Items) == 0:
		return Result[*gen.Household]{}, Refuse(ErrInvalid, "items", "choose at least one good")
	case len(in.Items) > bound.Items:
		return Result[*gen.Household]{}, Refuse(ErrInvalid, "items", "redeem at most %d goods at once, got %d", bound.Items, len(in.Items))
	}
	at, err := occurredIn(ctx, c, h.TownID, in.OccurredAt)
	if err != nil {
		return Result[*gen.Household]{}, err
	}
	lines := slices.Clone(in.Items)
	slices.SortFunc(lines, func(a, b RedeemLineInput) int { return a.ItemID - b.ItemID })
	items := make([]*gen.SupermarketItem, len(lines))
	cost := 0
	for i, l := range lines {
		switch {
		case l.Quantity <= 0:
			return Result[*gen.Household]{}, Refuse(ErrInvalid, "items.quantity", "redeem a positive number of units, got %d", l.Quantity)
		case l.Quantity > bound.MaxQuantity:
			return Result[*gen.Household]{}, Refuse(ErrInvalid, "items.quantity", "redeem at most %d units of a good at once, got %d", bound.MaxQuantity, l.Quantity)
		case i > 0 && lines[i-1].ItemID == l.ItemID:
			return Result[*gen.Household]{}, Refuse(ErrInvalid, "items.itemID", "a good is listed twice: give its total quantity once")
		}
		it, err := c.SupermarketItem.Get(ctx, l.ItemID)
		if err != nil {
			return Result[*gen.Household]{}, missing(err, Refuse(ErrInvalid, "items.itemID", "no such good in this account's area"))
		}
		switch {
		case it.VillageID != h.VillageID:
			return Result[*gen.Household]{}, Refuse(ErrInvalid, "items.itemID", "%s is in another village's supermarket", it.Name)
		case !it.Active:
			return Result[*gen.Household]{}, Refuse(ErrState, "items.itemID", "%s is not on offer", it.Name)
		}
		items[i] = it
		cost += l.Quantity * it.PointsCost
	}
	sys := viewer.SystemContext(ctx)
	n, err := c.Household.Update().Where(household.ID(h.ID), household.PointBalanceGTE(cost)).AddPointBalance(-cost).Save(sys)
	if err != nil {
		return Result[*gen.Household]{}, err
	}
	if n == 0 {
		now, err := c.Household.Get(ctx, h.ID)
		if err != nil {
			return Result[*gen.Household]{}, err
		}
		return Result[*gen.Household]{}, Refuse(ErrInvalid, "items", "the household holds %d points; these goods cost %d", now.PointBalance, cost)
	}
	ids := make([]int, 0, len(lines))
	for i, l := range lines {
		it := items[i]
		n, err := c.SupermarketItem.Update().Where(supermarketitem.ID(it.ID), supermarketitem.StockGTE(l.Quantity), supermarketitem.Active(true)).
			AddStock(-l.Quantity).Save(sys)
		if err != nil {
			return Result[*gen.Household]{}, err
		}
		if n == 0 {
			now, err := c.SupermarketItem.Get(ctx, it.ID)
			if err != nil {
				return Result[*gen.Household]{}, err
			}
			return Result[*gen.Household]{}, Refuse(ErrInvalid, "items.quantity", "only %d of %s left, %d asked for", now.Stock, it.Name, l.Quantity)
		}
		r, err := c.PointRedemption.Create().SetHouseholdID(h.ID).SetCourtyardID(h.CourtyardID).SetItemID(it.ID).
			SetQuantity(l.Quantity).SetPoints(l.Quantity * it.PointsCost).SetRedeemedAt(at).Save(ctx)
		if err != nil {
			return Result[*gen.Household]{}, err
		}
		ids = append(ids, r.ID)
	}
	h, err = c.Household.Get(ctx, h.ID)
	return Result[*gen.Household]{Record: h, Related: ids}, err
}

// CancelRedemptionInput is cancelRedemption, which cancels a redemption on
// the day it was made (Asia/ Shanghai), restoring the good's stock and the
// household's points.
type CancelRedemptionInput struct {
	// ID is the redemption (one good of a redemption).
	ID int `json:"id"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run cancels the redemption.
func (in CancelRedemptionInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointRedemption], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in CancelRedemptionInput) take(ctx context.Context, c *gen.Client) (*gen.PointRedemption, error) {
	r, err := c.PointRedemption.Get(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	now := Now(ctx)
	switch {
	case r.CancelledAt != nil:
		return nil, Refuse(ErrState, "id", "the redemption was already cancelled")
	case !sameDay(r.RedeemedAt, now):
		return nil, Refuse(ErrState, "id", "a redemption is cancelled only on the day it was made (%s, Asia/Shanghai)", period.Label(period.Day, r.RedeemedAt))
	}
	r, err = c.PointRedemption.UpdateOneID(in.ID).Where(pointredemption.CancelledAtIsNil()).SetCancelledAt(now).Save(ctx)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrConcurrent, "id", "the redemption was cancelled by someone else first")
	}
	if err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	if err := c.SupermarketItem.Update().Where(supermarketitem.ID(r.ItemID)).AddStock(r.Quantity).Exec(sys); err != nil {
		return nil, fmt.Errorf("restoring stock: %w", err)
	}
	return r, addBalance(ctx, c, &r.HouseholdID, r.Points)
}
