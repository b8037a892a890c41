package workflow

import (
	"context"
	"errors"
	"strings"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/pointentry"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/viewer"
)

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
	// OccurredAt is when it happened, if before now (recorded after the
	// fact, within the district's backdate_days); nil: now.
	OccurredAt *time.Time `json:"occurredAt,omitempty"`
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
	at, err := occurredIn(ctx, c, cy.TownID, in.OccurredAt)
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
	// Four eyes (四眼原则): a free reason, or more points than the village's
	// limit, waits for a second account, whoever proposed it.
	status := entryConfirmed
	if appliedRuleID == nil || abs(points) > vl.PointsConfirmAbove {
		status = entryProposed
	}
	b := c.PointEntry.Create().SetPoints(points).SetReason(reason).SetAwardedAt(at).SetStatus(status).
		SetNillableProposedByID(actorID(ctx)).
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

// decideEntry moves a PROPOSED entry to status (village cadres and above,
// never the account that proposed it: four eyes); a confirmed entry counts
// in the balance from now on. Of two accounts deciding at once, one wins.
func decideEntry(ctx context.Context, c *gen.Client, id int, to pointentry.Status) (*gen.PointEntry, error) {
	v := viewer.FromContext(ctx)
	if !actsForVillage(v) {
		return nil, Refuse(ErrActor, "id", "only the village (a village cadre or above) confirms or rejects proposed points")
	}
	e, err := c.PointEntry.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if e.Status != entryProposed {
		return nil, Refuse(ErrState, "id", "the entry is %s, not PROPOSED", e.Status)
	}
	if e.ProposedByID != nil && v.UserID == *e.ProposedByID {
		return nil, Refuse(ErrActor, "id", "a second account confirms or rejects the points: not the one that proposed them")
	}
	e, err = c.PointEntry.UpdateOneID(id).Where(pointentry.StatusEQ(entryProposed)).
		SetStatus(to).SetDecidedAt(Now(ctx)).SetNillableDecidedByID(actorID(ctx)).Save(ctx)
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
