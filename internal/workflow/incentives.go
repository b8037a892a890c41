package workflow

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// Incentives (积分, 积分超市): the household points ledger and the village
// points supermarket.
//
// The ledger is append-only (AppendOnlyLedger): points are given under a
// published rule version (PointRule, versioned, never edited) or for a free
// reason the village approves; an entry keeps the points it was given and
// the courtyard where they were earned. A courtyard officer's entry above
// the village's limit (Village.points_confirm_above), and every free-reason
// entry an officer records, is PROPOSED until a village cadre confirms or
// rejects it; village cadres and above record CONFIRMED entries. A mistake
// is undone by reversePointEntry: a new entry of the opposite points that
// points at the one it reverses (at most once, a unique index).
//
// A household's balance (Household.point_balance) is the sum of its
// CONFIRMED entries minus its redemptions not cancelled, always (a rule
// check). Every change to it is one conditional UPDATE in the same
// transaction as the entry or redemption: a redemption subtracts its cost
// only WHERE point_balance >= cost, and takes each good only WHERE stock >=
// quantity, so concurrent redemptions neither overdraw nor oversell on
// PostgreSQL (row locks, the WHERE re-checked after a wait) or SQLite (one
// writer). Deductions and reversals may leave a balance below zero: a
// penalty stands even when the points were spent.

// Points entry statuses, as ent/schema's PointEntry.status spells them.
const (
	entryProposed  = pointentry.StatusPROPOSED
	entryConfirmed = pointentry.StatusCONFIRMED
	entryRejected  = pointentry.StatusREJECTED
)

// sameDay tells whether a and b fall on the same calendar day in Shanghai.
func sameDay(a, b time.Time) bool {
	return period.Label(period.Day, a) == period.Label(period.Day, b)
}

// --- rules ---

// PublishPointRuleInput is publishPointRule, which publishes a points rule:
// version 1 of a new code, or the next version of a code in force in the same
// catalogue, which supersedes it. Published versions are never edited
// (NeverEdited); entries keep the points of the version they were given
// under.
type PublishPointRuleInput struct {
	// Code is the rule's stable code; publishing a code in force supersedes it.
	Code string `json:"code"`
	// Name says what earns or loses points.
	Name string `json:"name"`
	// Points is what the rule gives (negative: deducts); not zero.
	Points int `json:"points"`
	// Description details the rule.
	Description *string `json:"description,omitempty"`
	// VillageID makes it the village's own rule (nil: catalogue-wide).
	VillageID *int `json:"villageID,omitempty"`
	// Retire publishes the version that retires the code (no longer in force).
	Retire *bool `json:"retire,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run publishes the rule version.
func (in PublishPointRuleInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointRule], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in PublishPointRuleInput) take(ctx context.Context, c *gen.Client) (*gen.PointRule, error) {
	switch {
	case strings.TrimSpace(in.Code) == "":
		return nil, Refuse(ErrInvalid, "code", "give the rule a code")
	case strings.TrimSpace(in.Name) == "":
		return nil, Refuse(ErrInvalid, "name", "say what earns or loses the points")
	case in.Points == 0:
		return nil, Refuse(ErrInvalid, "points", "a rule gives or deducts points; 0 is neither")
	}
	level := pointrule.VillageIDIsNil()
	if in.VillageID != nil {
		level = pointrule.VillageID(*in.VillageID)
	}
	current, err := c.PointRule.Query().Where(level, pointrule.Code(in.Code), pointrule.Not(pointrule.HasSupersededBy())).
		Order(gen.Desc(pointrule.FieldVersion)).First(ctx)
	if err != nil && !gen.IsNotFound(err) {
		return nil, err
	}
	b := c.PointRule.Create().SetCode(in.Code).SetName(in.Name).SetPoints(in.Points).
		SetDescription(orEmpty(in.Description)).SetActive(!orEmpty(in.Retire)).SetNillableVillageID(in.VillageID)
	switch {
	case current != nil:
		b.SetVersion(current.Version + 1).SetSupersedesID(current.ID)
	case orEmpty(in.Retire):
		return nil, Refuse(ErrState, "code", "no rule %s is in force to retire", in.Code)
	}
	r, err := b.Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, Refuse(ErrConcurrent, "code", "rule %s was published by someone else first; reload it and try again", in.Code)
	}
	return r, err
}

// ruleInForce loads rule id for an entry in village villageID, refusing an
// unknown, superseded, retired or foreign rule, and a catalogue-wide rule
// the village overrides with its own.
func ruleInForce(ctx context.Context, c *gen.Client, id, villageID int) (*gen.PointRule, error) {
	r, err := c.PointRule.Query().Where(pointrule.ID(id)).WithSupersededBy().Only(ctx)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrInvalid, "ruleID", "no such points rule")
	}
	if err != nil {
		return nil, err
	}
	switch {
	case r.Edges.SupersededBy != nil:
		return nil, Refuse(ErrState, "ruleID", "rule %s version %d was superseded by version %d: use the rule in force", r.Code, r.Version, r.Edges.SupersededBy.Version)
	case !r.Active:
		return nil, Refuse(ErrState, "ruleID", "rule %s was retired", r.Code)
	case r.VillageID != nil && *r.VillageID != villageID:
		return nil, Refuse(ErrInvalid, "ruleID", "rule %s is another village's", r.Code)
	case r.VillageID == nil:
		own, err := c.PointRule.Query().Where(pointrule.VillageID(villageID), pointrule.Code(r.Code)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if own {
			return nil, Refuse(ErrInvalid, "ruleID", "the village has its own rule %s: use it", r.Code)
		}
	}
	return r, nil
}

// --- entries ---

// AwardPointsInput is awardPoints: points a household (or, without one, a
// courtyard as a whole) earned under a rule or for a free reason, resting
// optionally on an issue, a session or a ticket (积分奖励).
type AwardPointsInput struct {
	// HouseholdID is the household earning or losing the points (nil: the courtyard's own entry).
	HouseholdID *int `json:"householdID,omitempty"`
	// CourtyardID is the courtyard of a courtyard's own entry (ignored with a household, whose courtyard it is).
	CourtyardID *int `json:"courtyardID,omitempty"`
	// RuleID is the rule version applied (nil: a free reason).
	RuleID *int `json:"ruleID,omitempty"`
	// Points is, for a free reason, how many points are given or deducted (positive).
	Points *int `json:"points,omitempty"`
	// Reason details the entry (required for a free reason).
	Reason *string `json:"reason,omitempty"`
	// IssueID is the issue the entry rests on, if any.
	IssueID *int `json:"issueID,omitempty"`
	// SessionID is the session (meeting, lecture) the entry rests on, if any.
	SessionID *int `json:"sessionID,omitempty"`
	// TicketID is the ticket the entry rests on, if any.
	TicketID *int `json:"ticketID,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the points earned.
func (in AwardPointsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointEntry], error) {
	return single(recordPoints(ctx, c, in, 1))
}

// DeductPointsInput is deductPoints: points lost (积分扣减), with the same
// fields as AwardPointsInput.
type DeductPointsInput AwardPointsInput

// Run records the points lost.
func (in DeductPointsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointEntry], error) {
	return single(recordPoints(ctx, c, AwardPointsInput(in), -1))
}

// recordPoints records an entry of sign (+1 award, -1 deduction).
func recordPoints(ctx context.Context, c *gen.Client, in AwardPointsInput, sign int) (*gen.PointEntry, error) {
	householdID, ruleID, inPoints := orEmpty(in.HouseholdID), orEmpty(in.RuleID), orEmpty(in.Points)
	cyID := orEmpty(in.CourtyardID)
	if householdID != 0 {
		h, err := c.Household.Get(ctx, householdID)
		if err != nil {
			return nil, missing(err, Refuse(ErrInvalid, "householdID", "no such household in this account's area"))
		}
		cyID = h.CourtyardID
	}
	if cyID == 0 {
		return nil, Refuse(ErrInvalid, "householdID", "give the household (or the courtyard) earning the points")
	}
	cy, err := c.Courtyard.Get(ctx, cyID)
	if err != nil {
		return nil, missing(err, Refuse(ErrInvalid, "courtyardID", "no such courtyard in this account's area"))
	}
	vl, err := c.Village.Get(viewer.SystemContext(ctx), cy.VillageID)
	if err != nil {
		return nil, err
	}
	verb := map[int]string{1: "awardPoints", -1: "deductPoints"}[sign]
	var points int
	reason := strings.TrimSpace(orEmpty(in.Reason))
	var appliedRuleID *int
	if ruleID != 0 {
		r, err := ruleInForce(ctx, c, ruleID, cy.VillageID)
		if err != nil {
			return nil, err
		}
		if r.Points*sign < 0 {
			return nil, Refuse(ErrInvalid, "ruleID", "rule %s gives %+d points: record it with %s", r.Code, r.Points, map[int]string{1: "deductPoints", -1: "awardPoints"}[sign])
		}
		if inPoints != 0 && inPoints != r.Points*sign {
			return nil, Refuse(ErrInvalid, "points", "rule %s fixes the points at %d", r.Code, r.Points*sign)
		}
		points, appliedRuleID = r.Points, &r.ID
		if reason == "" {
			reason = r.Name
		} else {
			reason = r.Name + "：" + reason
		}
	} else {
		switch {
		case reason == "":
			return nil, Refuse(ErrInvalid, "reason", "without a rule, say why (the village approves free reasons)")
		case inPoints <= 0:
			return nil, Refuse(ErrInvalid, "points", "%s takes a positive number of points, got %d", verb, inPoints)
		}
		points = sign * inPoints
	}
	reason = bound.Cut(reason, bound.Line)
	if err := checkEvidence(ctx, c, in, cy.VillageID); err != nil {
		return nil, err
	}
	status := entryConfirmed
	if v := viewer.FromContext(ctx); !actsForVillage(v) && (appliedRuleID == nil || abs(points) > vl.PointsConfirmAbove) {
		status = entryProposed
	}
	b := c.PointEntry.Create().SetPoints(points).SetReason(reason).SetAwardedAt(Now(ctx)).SetStatus(status).
		SetCourtyardID(cy.ID).SetNillableRuleID(appliedRuleID).SetNillableIssueID(in.IssueID).
		SetNillableSessionID(in.SessionID).SetNillableTicketID(in.TicketID)
	if householdID != 0 {
		b.SetHouseholdID(householdID)
	}
	e, err := b.Save(ctx)
	if err != nil {
		return nil, err
	}
	if status == entryConfirmed {
		return e, addBalance(ctx, c, e.HouseholdID, points)
	}
	return e, nil
}

// checkEvidence checks that the evidence of an entry exists in the viewer's
// area and belongs to the entry's village.
func checkEvidence(ctx context.Context, c *gen.Client, in AwardPointsInput, villageID int) error {
	check := func(field string, id *int, load func(int) (int, error)) error {
		if id == nil {
			return nil
		}
		vid, err := load(*id)
		if err != nil {
			return missing(err, Refuse(ErrInvalid, field, "no such record in this account's area"))
		}
		if vid != villageID {
			return Refuse(ErrInvalid, field, "the evidence belongs to another village")
		}
		return nil
	}
	return errors.Join(
		check("issueID", in.IssueID, func(id int) (int, error) {
			is, err := c.Issue.Get(ctx, id)
			if err != nil {
				return 0, err
			}
			return is.VillageID, nil
		}),
		check("sessionID", in.SessionID, func(id int) (int, error) {
			s, err := c.Session.Get(ctx, id)
			if err != nil {
				return 0, err
			}
			return s.VillageID, nil
		}),
		check("ticketID", in.TicketID, func(id int) (int, error) {
			t, err := c.Ticket.Get(ctx, id)
			if err != nil {
				return 0, err
			}
			return t.VillageID, nil
		}),
	)
}

func abs(n int) int { return max(n, -n) }

// addBalance adds points to a household's balance (nothing for a courtyard's
// own entry): one atomic UPDATE, bookkeeping of the workflow step that
// wrote the entry (the step checked who may write it).
func addBalance(ctx context.Context, c *gen.Client, householdID *int, points int) error {
	if householdID == nil || points == 0 {
		return nil
	}
	return c.Household.Update().Where(household.ID(*householdID)).AddPointBalance(points).Exec(viewer.SystemContext(ctx))
}

// decideEntry moves a PROPOSED entry to status (village cadres and above);
// a confirmed entry counts in the balance from now on.
func decideEntry(ctx context.Context, c *gen.Client, id int, to pointentry.Status) (*gen.PointEntry, error) {
	if !actsForVillage(viewer.FromContext(ctx)) {
		return nil, Refuse(ErrActor, "id", "only the village (a village cadre or above) confirms or rejects proposed points")
	}
	e, err := c.PointEntry.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if e.Status != entryProposed {
		return nil, Refuse(ErrState, "id", "the entry is %s, not PROPOSED", e.Status)
	}
	e, err = c.PointEntry.UpdateOneID(id).Where(pointentry.StatusEQ(entryProposed)).
		SetStatus(to).SetDecidedAt(Now(ctx)).Save(ctx)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrConcurrent, "id", "the entry was decided by someone else first")
	}
	if err != nil || to != entryConfirmed {
		return e, err
	}
	return e, addBalance(ctx, c, e.HouseholdID, e.Points)
}

// ConfirmPointEntryInput is confirmPointEntry: a proposed entry confirmed,
// its points counting from now on.
type ConfirmPointEntryInput struct {
	// ID is the entry.
	ID int `json:"id"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run confirms the entry.
func (in ConfirmPointEntryInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointEntry], error) {
	return single(decideEntry(ctx, c, in.ID, entryConfirmed))
}

// RejectPointEntryInput is rejectPointEntry: a proposed entry rejected; it
// stays on the ledger, counting nothing.
type RejectPointEntryInput ConfirmPointEntryInput

// Run rejects the entry.
func (in RejectPointEntryInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointEntry], error) {
	return single(decideEntry(ctx, c, in.ID, entryRejected))
}

// ReversePointEntryInput is reversePointEntry, which undoes a confirmed entry
// (village cadres and above): a new CONFIRMED entry of the opposite points,
// for the same household and the courtyard where the original was earned,
// pointing at it. An entry is reversed at most once, and a reversal is not
// reversed (record a new entry).
type ReversePointEntryInput struct {
	// ID is the confirmed entry to undo.
	ID int `json:"id"`
	// Reason says why.
	Reason string `json:"reason"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run reverses the entry.
func (in ReversePointEntryInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.PointEntry], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ReversePointEntryInput) take(ctx context.Context, c *gen.Client) (*gen.PointEntry, error) {
	if !actsForVillage(viewer.FromContext(ctx)) {
		return nil, Refuse(ErrActor, "id", "only the village (a village cadre or above) reverses points")
	}
	in.Reason = strings.TrimSpace(in.Reason)
	if in.Reason == "" {
		return nil, Refuse(ErrInvalid, "reason", "say why the entry is reversed")
	}
	e, err := c.PointEntry.Get(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	switch {
	case e.Status != entryConfirmed:
		return nil, Refuse(ErrState, "id", "only confirmed entries are reversed; a %s entry counts nothing", e.Status)
	case e.ReversesID != nil:
		return nil, Refuse(ErrState, "id", "a reversal is not reversed: record a new entry")
	}
	done, err := c.PointEntry.Query().Where(pointentry.ReversesID(in.ID)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, Refuse(ErrState, "id", "the entry was already reversed")
	}
	r, err := c.PointEntry.Create().SetPoints(-e.Points).SetReason(bound.Cut("冲正："+in.Reason, bound.Line)).
		SetAwardedAt(Now(ctx)).SetStatus(entryConfirmed).SetCourtyardID(e.CourtyardID).
		SetNillableHouseholdID(e.HouseholdID).SetNillableRuleID(e.RuleID).SetReversesID(e.ID).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, Refuse(ErrConcurrent, "id", "the entry was reversed by someone else first")
	}
	if err != nil {
		return nil, err
	}
	return r, addBalance(ctx, c, r.HouseholdID, r.Points)
}

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
	at := Now(ctx)
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
