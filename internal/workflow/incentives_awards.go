package workflow

import (
	"context"
	"fmt"
	"strings"

	gen "yuanbahui/ent"
	"yuanbahui/ent/award"
	"yuanbahui/ent/grant"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
)

// The "五个最美" awards and grants in place of investment (以奖代投).
// Every half year the district confirms up to AwardsPerCategory winners in
// each of five categories, chosen from standing.AwardCandidates (computed from the
// data); grants go to courtyards with an amount, a purpose and the award or
// assessment they follow.

// AwardsPerCategory is how many awards each category has per half-year,
// district-wide (the article: 100 each).
const AwardsPerCategory = 100

// AwardWinnerInput is one winner confirmed: a courtyard (COURTYARD) or an
// officer's role assignment (the other categories).
type AwardWinnerInput struct {
	// CourtyardID is the courtyard awarded (COURTYARD).
	CourtyardID *int `json:"courtyardID,omitempty"`
	// RoleAssignmentID is the officer's assignment awarded (HEAD, AGENT, PUBLICIST, INFORMANT).
	RoleAssignmentID *int `json:"roleAssignmentID,omitempty"`
	// Citation says why (事迹); required.
	Citation string `json:"citation"`
}

// districtAdmin refuses anyone but the district's administrators (and the system).
func districtAdmin(ctx context.Context, field, what string) error {
	if v := viewer.FromContext(ctx); v != nil && (v.System || v.Role == viewer.DistrictAdmin) {
		return nil
	}
	return Refuse(ErrActor, field, "only the district's administrators %s", what)
}

// ConfirmAwardsInput is confirmAwards, which records a half-year's winners in
// one category, each with a citation: the half-year must have ended; an
// officer must have served in it, in the category's role, and not be flagged
// failing then; a person or courtyard wins a category at most once per
// half-year (a unique index), and a category has at most AwardsPerCategory
// winners. It returns the first award recorded.
type ConfirmAwardsInput struct {
	// Period is the half-year, e.g. 2024H1; it must have ended.
	Period string `json:"period"`
	// Category is the award's category.
	Category award.Category `json:"category"`
	// Winners are the winners confirmed in this call.
	Winners []AwardWinnerInput `json:"winners"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run confirms the winners.
func (in ConfirmAwardsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Award], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ConfirmAwardsInput) take(ctx context.Context, c *gen.Client) (*gen.Award, error) {
	if err := districtAdmin(ctx, "", "confirm the 五个最美 awards"); err != nil {
		return nil, err
	}
	from, to, err := halfBounds(in.Period)
	if err != nil {
		return nil, err
	}
	switch {
	case to.After(Now(ctx)):
		return nil, Refuse(ErrInvalid, "period", "half-year %s has not ended: awards follow it", in.Period)
	case len(in.Winners) == 0:
		return nil, Refuse(ErrInvalid, "winners", "name at least one winner")
	}
	// One round at a time per district: the administrator's round first
	// writes its district's row, so a concurrent round waits for this
	// one's commit (PostgreSQL's row lock; SQLite has one writer) and
	// then counts its winners too. (The system, which districtAdmin also
	// lets through, has no district: its rounds are tools run alone.)
	if d := viewer.FromContext(ctx).DistrictID; d != 0 {
		if err := serialised(ctx, c.District.UpdateOneID(d).SetUpdatedAt(Now(ctx)).Exec); err != nil {
			return nil, err
		}
	}
	had, err := c.Award.Query().Where(award.Period(in.Period), award.CategoryEQ(in.Category)).Count(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	if had+len(in.Winners) > AwardsPerCategory {
		return nil, Refuse(ErrRule, "winners", "%s has %d awards a half-year; %d are confirmed for %s already", in.Category, AwardsPerCategory, had, in.Period)
	}
	failing, err := standing.FailingAssignments(ctx, c, in.Period)
	if err != nil {
		return nil, err
	}
	var first *gen.Award
	for i, w := range in.Winners {
		field := func(f string) string { return fmt.Sprintf("winners.%d.%s", i, f) }
		if strings.TrimSpace(w.Citation) == "" {
			return nil, Refuse(ErrInvalid, field("citation"), "give the winner's citation (事迹)")
		}
		b := c.Award.Create().SetPeriod(in.Period).SetCategory(in.Category).SetCitation(w.Citation)
		if role, person := standing.AwardRoles[in.Category]; person {
			a, err := c.RoleAssignment.Get(ctx, orEmpty(w.RoleAssignmentID))
			if err != nil {
				return nil, Refuse(ErrInvalid, field("roleAssignmentID"), "name the winner's role assignment (an officer in this account's area)")
			}
			switch {
			case a.Role != role:
				return nil, Refuse(ErrInvalid, field("roleAssignmentID"), "a %s award goes to a %s, not a %s", in.Category, role, a.Role)
			case !a.StartedAt.Before(to) || (a.EndedAt != nil && !a.EndedAt.After(from)):
				return nil, Refuse(ErrInvalid, field("roleAssignmentID"), "the officer did not serve in %s: an award outside the period", in.Period)
			case failing[a.ID]:
				return nil, Refuse(ErrRule, field("roleAssignmentID"), "the officer was rated failing in %s", in.Period)
			}
			b.SetCourtyardID(a.CourtyardID).SetWinnerID(a.ResidentID)
		} else {
			cy, err := c.Courtyard.Get(ctx, orEmpty(w.CourtyardID))
			if err != nil {
				return nil, Refuse(ErrInvalid, field("courtyardID"), "name the courtyard awarded (in this account's area)")
			}
			if !cy.CreatedAt.Before(to) {
				return nil, Refuse(ErrInvalid, field("courtyardID"), "%s did not exist in %s: an award outside the period", cy.Name, in.Period)
			}
			b.SetCourtyardID(cy.ID)
		}
		aw, err := b.Save(ctx)
		if gen.IsConstraintError(err) {
			return nil, Refuse(ErrState, field("roleAssignmentID"), "already a %s winner of %s: one award per winner, category and half-year", in.Category, in.Period)
		}
		if err != nil {
			return nil, err
		}
		if first == nil {
			first = aw
		}
	}
	return first, nil
}

// GrantFundsInput is grantFunds, which records a grant in place of investment
// (以奖代投) to a courtyard, following an award of that courtyard in the same
// half-year or a named assessment (district administrators).
type GrantFundsInput struct {
	// CourtyardID is the courtyard granted.
	CourtyardID int `json:"courtyardID"`
	// AmountFen is the amount in fen (positive).
	AmountFen int64 `json:"amountFen"`
	// Purpose is what the grant is for.
	Purpose grant.Purpose `json:"purpose"`
	// Period is the half-year whose results the grant follows; it must have ended.
	Period string `json:"period"`
	// Description says what the grant pays for.
	Description *string `json:"description,omitempty"`
	// AwardID is the award the grant follows, if any (same courtyard and half-year).
	AwardID *int `json:"awardID,omitempty"`
	// Basis names the assessment the grant follows (required without an award).
	Basis *string `json:"basis,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the grant.
func (in GrantFundsInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Grant], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in GrantFundsInput) take(ctx context.Context, c *gen.Client) (*gen.Grant, error) {
	if err := districtAdmin(ctx, "", "grant funds"); err != nil {
		return nil, err
	}
	_, to, err := halfBounds(in.Period)
	if err != nil {
		return nil, err
	}
	switch {
	case in.AmountFen <= 0:
		return nil, Refuse(ErrInvalid, "amountFen", "a grant is a positive amount, got %d fen", in.AmountFen)
	case to.After(Now(ctx)):
		return nil, Refuse(ErrInvalid, "period", "half-year %s has not ended: grants follow its results", in.Period)
	case in.AwardID == nil && strings.TrimSpace(orEmpty(in.Basis)) == "":
		return nil, Refuse(ErrInvalid, "basis", "name the award or the assessment the grant follows")
	}
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, missing(err, Refuse(ErrInvalid, "courtyardID", "no such courtyard in this account's area"))
	}
	if in.AwardID != nil {
		aw, err := c.Award.Get(ctx, *in.AwardID)
		if err != nil {
			return nil, missing(err, Refuse(ErrInvalid, "awardID", "no such award"))
		}
		if aw.CourtyardID != cy.ID || aw.Period != in.Period {
			return nil, Refuse(ErrInvalid, "awardID", "the award went to another courtyard or half-year (%s)", aw.Period)
		}
	}
	return c.Grant.Create().SetCourtyardID(cy.ID).SetAmountFen(in.AmountFen).SetPurpose(in.Purpose).
		SetPeriod(in.Period).SetDescription(orEmpty(in.Description)).SetNillableAwardID(in.AwardID).SetBasis(orEmpty(in.Basis)).Save(ctx)
}
