package workflow

import (
	"context"
	"strings"

	gen "yuanbahui/ent"
	"yuanbahui/ent/pointrule"
)

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
