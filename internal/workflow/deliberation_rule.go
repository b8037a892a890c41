package workflow

import (
	"context"
	"slices"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
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
}

// DefaultRule is the rule of a district that has set none: a majority of
// those present, half the courtyard's households represented, and the
// village's approval above 3,000 yuan of collective funds.
var DefaultRule = Rule{MajorityNum: 1, MajorityDen: 2, QuorumNum: 1, QuorumDen: 2, FundThresholdFen: 300_000}

// ruleOf converts a stored rule.
func ruleOf(r *ent.DeliberationRule) Rule {
	return Rule{
		MajorityNum: r.MajorityNumerator, MajorityDen: r.MajorityDenominator,
		QuorumNum: r.QuorumNumerator, QuorumDen: r.QuorumDenominator,
		FundThresholdFen: r.FundThresholdFen, EscalateCategories: r.EscalateCategories,
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
		t, err := c.Town.Query().Where(town.HasVillagesWith(village.ID(villageID))).
			Select(town.FieldDistrictID).Only(viewer.SystemContext(ctx))
		if err != nil {
			return Rule{}, err
		}
		d = t.DistrictID
		rs.districtOf[villageID] = d
	}
	if r, ok := rs.byDistrict[d]; ok {
		return r, nil
	}
	return DefaultRule, nil
}
