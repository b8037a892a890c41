package workflow

import (
	"context"
	"slices"

	"yuanbahui/ent"
	"yuanbahui/ent/deliberationrule"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// Rule is the passing rule a deliberation meeting obeys (the data of a
// DeliberationRule, or DefaultRule when the district has set none).
type Rule struct {
	// MajorityNum/MajorityDen: votes for must exceed this fraction of those present.
	MajorityNum, MajorityDen int
	// QuorumNum/QuorumDen: households represented must reach this fraction of the courtyard's.
	QuorumNum, QuorumDen int
	// FundThresholdFen: collective funds above this need the village's approval first.
	FundThresholdFen int64
	// EscalateCategories: categories the village approves whatever they cost.
	EscalateCategories []string
	// Exemptions: the categories that may skip the meeting or its vote
	// (deliberation_method.go).
	Exemptions
}

// DefaultRule is the rule of a district that has set none: a majority of
// those present, half the courtyard's households represented, and the
// village's approval above 3,000 yuan of collective funds.
var DefaultRule = Rule{MajorityNum: 1, MajorityDen: 2, QuorumNum: 1, QuorumDen: 2, FundThresholdFen: 300_000, Exemptions: DefaultExemptions}

// ruleOf converts a stored rule.
func ruleOf(r *ent.DeliberationRule) Rule {
	return Rule{
		MajorityNum: r.MajorityNumerator, MajorityDen: r.MajorityDenominator,
		QuorumNum: r.QuorumNumerator, QuorumDen: r.QuorumDenominator,
		FundThresholdFen: r.FundThresholdFen, EscalateCategories: r.EscalateCategories,
		Exemptions: exemptionsOf(r),
	}
}

// Quorate tells whether represented of total households make a quorum.
func (r Rule) Quorate(represented, total int) bool {
	return represented*r.QuorumDen >= total*r.QuorumNum
}

// Carried tells whether votesFor of present residents make a majority.
func (r Rule) Carried(votesFor, present int) bool {
	return votesFor*r.MajorityDen > present*r.MajorityNum
}

// NeedsVillage tells whether spending fundFen on an issue of category c
// needs the village's approval first.
func (r Rule) NeedsVillage(c issue.Category, fundFen int64) bool {
	return fundFen > r.FundThresholdFen || slices.Contains(r.EscalateCategories, string(c))
}

// RuleFor returns the rule in force in a village: its own override, else its
// district's default, else DefaultRule.
func RuleFor(ctx context.Context, c *ent.Client, villageID int) (Rule, error) {
	rules, err := loadRules(ctx, c)
	if err != nil {
		return Rule{}, err
	}
	return rules.of(ctx, c, villageID)
}

// rules are the stored rules by village override and district default.
type rules struct {
	byVillage, byDistrict map[int]Rule
	districtOf            map[int]int // village → district, filled as needed
}

func loadRules(ctx context.Context, c *ent.Client) (*rules, error) {
	all, err := c.DeliberationRule.Query().All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	rs := &rules{byVillage: map[int]Rule{}, byDistrict: map[int]Rule{}, districtOf: map[int]int{}}
	for _, r := range all {
		if r.VillageID != nil {
			rs.byVillage[*r.VillageID] = ruleOf(r)
		} else {
			rs.byDistrict[r.DistrictID] = ruleOf(r)
		}
	}
	return rs, nil
}

// of returns the rule of a village.
func (rs *rules) of(ctx context.Context, c *ent.Client, villageID int) (Rule, error) {
	if r, ok := rs.byVillage[villageID]; ok {
		return r, nil
	}
	d, ok := rs.districtOf[villageID]
	if !ok {
		var err error
		if d, err = districtOfVillage(ctx, c, villageID); err != nil {
			return Rule{}, err
		}
		rs.districtOf[villageID] = d
	}
	if r, ok := rs.byDistrict[d]; ok {
		return r, nil
	}
	return DefaultRule, nil
}

// districtOfVillage returns the district a village lies in.
func districtOfVillage(ctx context.Context, c *ent.Client, villageID int) (int, error) {
	t, err := c.Town.Query().Where(town.HasVillagesWith(village.ID(villageID))).
		Select(town.FieldDistrictID).Only(viewer.SystemContext(ctx))
	if err != nil {
		return 0, err
	}
	return t.DistrictID, nil
}

// SetDeliberationRuleInput sets a passing rule: the district's default (no
// village) or a village's override of it (村规民约 may ask more than the
// district, e.g. two thirds of those present).
type SetDeliberationRuleInput struct {
	// VillageID is the village overriding the default; nil sets the district default.
	VillageID *int
	// MajorityNumerator/MajorityDenominator: votes for must exceed this share
	// of those present; at least one half, below one.
	MajorityNumerator, MajorityDenominator int
	// QuorumNumerator/QuorumDenominator: households represented must reach
	// this share of the courtyard's; between none and all.
	QuorumNumerator, QuorumDenominator int
	// FundThresholdFen: collective funds above this need the village's approval first.
	FundThresholdFen int64
	// EscalateCategories: issue categories the village approves whatever they cost.
	EscalateCategories []issue.Category
	// EmergencyCategories, PersuasionCategories and MediationCategories are
	// the rule's exemptions (Exemptions); omitted, the default list.
	EmergencyCategories, PersuasionCategories, MediationCategories []issue.Category
	// IdempotencyKey makes a retried request harmless.
	IdempotencyKey *string
}

// Run sets the rule (replacing the one in force at that level). The district
// default is the district administrators'; a village's override belongs to
// its cadres and those above them (CheckRuleWriter enforces both below).
func (in SetDeliberationRuleInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.DeliberationRule], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SetDeliberationRuleInput) take(ctx context.Context, c *ent.Client) (*ent.DeliberationRule, error) {
	switch {
	case in.MajorityDenominator <= 0 || 2*in.MajorityNumerator < in.MajorityDenominator || in.MajorityNumerator >= in.MajorityDenominator:
		return nil, Refuse(ErrInvalid, "majority_numerator", "the majority must be at least one half of those present and below all of them, got %d/%d", in.MajorityNumerator, in.MajorityDenominator)
	case in.QuorumDenominator <= 0 || in.QuorumNumerator < 0 || in.QuorumNumerator > in.QuorumDenominator:
		return nil, Refuse(ErrInvalid, "quorum_numerator", "the quorum must be a share between none and all households, got %d/%d", in.QuorumNumerator, in.QuorumDenominator)
	case in.FundThresholdFen < 0:
		return nil, Refuse(ErrInvalid, "fund_threshold_fen", "the threshold cannot be negative")
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, Refuse(ErrActor, "", "sign in to set a deliberation rule")
	}
	districtID := v.DistrictID
	if in.VillageID != nil {
		d, err := districtOfVillage(ctx, c, *in.VillageID)
		if err != nil {
			return nil, missing(err, Refuse(ErrInvalid, "village_id", "no such village"))
		}
		districtID = d
	}
	cats := make([]string, len(in.EscalateCategories))
	for i, cat := range in.EscalateCategories {
		cats[i] = string(cat)
	}
	old, err := c.DeliberationRule.Query().Where(ruleLevel(districtID, in.VillageID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return c.DeliberationRule.Create().SetDistrictID(districtID).SetNillableVillageID(in.VillageID).
			SetMajorityNumerator(in.MajorityNumerator).SetMajorityDenominator(in.MajorityDenominator).
			SetQuorumNumerator(in.QuorumNumerator).SetQuorumDenominator(in.QuorumDenominator).
			SetFundThresholdFen(in.FundThresholdFen).SetEscalateCategories(cats).
			SetEmergencyCategories(categoryList(in.EmergencyCategories)).SetPersuasionCategories(categoryList(in.PersuasionCategories)).
			SetMediationCategories(categoryList(in.MediationCategories)).Save(ctx)
	case err != nil:
		return nil, err
	}
	return old.Update().
		SetMajorityNumerator(in.MajorityNumerator).SetMajorityDenominator(in.MajorityDenominator).
		SetQuorumNumerator(in.QuorumNumerator).SetQuorumDenominator(in.QuorumDenominator).
		SetFundThresholdFen(in.FundThresholdFen).SetEscalateCategories(cats).
		SetEmergencyCategories(categoryList(in.EmergencyCategories)).SetPersuasionCategories(categoryList(in.PersuasionCategories)).
		SetMediationCategories(categoryList(in.MediationCategories)).Save(ctx)
}

// ruleLevel selects the rule of a district's default or of one village.
func ruleLevel(districtID int, villageID *int) predicate.DeliberationRule {
	if villageID == nil {
		return deliberationrule.And(deliberationrule.DistrictID(districtID), deliberationrule.VillageIDIsNil())
	}
	return deliberationrule.VillageID(*villageID)
}

// CheckRuleWriter is the ent hook that keeps each passing rule with its
// owner, whatever path writes it: the district default with the district's
// administrators, a village's override with accounts covering the village
// (its cadres, its town's officials, the district).
var CheckRuleWriter = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.DeliberationRuleFunc(func(ctx context.Context, m *ent.DeliberationRuleMutation) (ent.Value, error) {
		if rule.System(ctx) {
			return next.Mutate(ctx, m)
		}
		v := viewer.FromContext(ctx)
		villageID, hasVillage := m.VillageID()
		if id, ok := m.ID(); ok && !hasVillage {
			old, err := m.Client().DeliberationRule.Get(viewer.SystemContext(ctx), id)
			if err != nil {
				return nil, err
			}
			if old.VillageID != nil {
				villageID, hasVillage = *old.VillageID, true
			}
		}
		if !hasVillage {
			if v == nil || v.Role != viewer.DistrictAdmin {
				return nil, Refuse(ErrActor, "village_id", "the district's default rule is set by the district; a village sets its own override")
			}
			return next.Mutate(ctx, m)
		}
		vl, err := m.Client().Village.Get(viewer.SystemContext(ctx), villageID)
		if err != nil {
			return nil, err
		}
		if v == nil || v.Role == viewer.CourtyardOfficer || !v.Covers(vl.TownID, vl.ID, 0) {
			return nil, rule.ErrOutsideArea
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdateOne)
