package workflow

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/roleassignment"
)

// Grid management: courtyards get redrawn — split, merged, households moved.
// A household moves with a HouseholdMove row; the records of the past
// (tickets, issues, ratings, points) keep the courtyard where they happened,
// so nothing but the household's own courtyard changes. A merged courtyard
// keeps one active holder per role; the others end with reason MERGED.

// MoveHouseholdInput is moveHousehold: one household moved to another
// courtyard of its village.
type MoveHouseholdInput struct {
	// HouseholdID is the household that moves.
	HouseholdID int `json:"householdID"`
	// CourtyardID is the courtyard it moves into.
	CourtyardID int `json:"courtyardID"`
	// Reason says why, e.g. "grid redrawn".
	Reason *string `json:"reason,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run moves a household to another courtyard of the same village,
// recording the move; if its number is taken there it gets the next free one.
func (in MoveHouseholdInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Household], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in MoveHouseholdInput) take(ctx context.Context, c *ent.Client) (*ent.Household, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	h, err := c.Household.Get(ctx, in.HouseholdID)
	if err != nil {
		return nil, err
	}
	to, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	switch {
	case to.ID == h.CourtyardID:
		return nil, Refuse(ErrState, "courtyardID", "the household already belongs to %s", to.Name)
	case to.VillageID != h.VillageID:
		return nil, Refuse(ErrInvalid, "courtyardID", "a household moves only between courtyards of its village")
	}
	moved, err := moveHouseholds(ctx, c, []*ent.Household{h}, to, orEmpty(in.Reason))
	if err != nil {
		return nil, err
	}
	return moved[0], nil
}

// OfficerInput is an officer appointed to a new courtyard.
type OfficerInput struct {
	// Role is PUBLICIST, AGENT or INFORMANT.
	Role roleassignment.Role `json:"role"`
	// ResidentID is the officer: a resident of the courtyard's town.
	ResidentID int `json:"residentID"`
}

// SplitCourtyardInput is splitCourtyard: a new courtyard carved out of an
// existing one.
type SplitCourtyardInput struct {
	// CourtyardID is the courtyard split.
	CourtyardID int `json:"courtyardID"`
	// Code is the new courtyard's 15-digit code, under the village's.
	Code string `json:"code"`
	// Name is the new courtyard's name.
	Name string `json:"name"`
	// HouseholdIDs are the households that move to the new courtyard: some,
	// not all, of the courtyard's.
	HouseholdIDs []int `json:"householdIDs"`
	// Officers are the new courtyard's appointed officers, if any (its head
	// is then elected with ElectHeadInput).
	Officers []OfficerInput `json:"officers,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run creates a courtyard in the same village from some of a
// courtyard's households, moving them (with history), and appoints its
// officers if given. It returns the new courtyard.
func (in SplitCourtyardInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Courtyard], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SplitCourtyardInput) take(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	from, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	if len(in.HouseholdIDs) == 0 {
		return nil, Refuse(ErrInvalid, "householdIDs", "name the households that form the new courtyard")
	}
	v, err := c.Village.Get(ctx, from.VillageID)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(in.Code, v.Code) {
		return nil, Refuse(ErrInvalid, "code", "a courtyard's code extends its village's code %s", v.Code)
	}
	// The new courtyard first: its code is unique, so of two splits racing
	// (or a split repeated) the second is refused as a conflict.
	cy, err := c.Courtyard.Create().SetCode(in.Code).SetName(in.Name).SetVillageID(from.VillageID).Save(ctx)
	if err != nil {
		return nil, err
	}
	hs, err := c.Household.Query().Where(household.IDIn(in.HouseholdIDs...), household.CourtyardID(from.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	total, err := c.Household.Query().Where(household.CourtyardID(from.ID)).Count(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case len(hs) != len(in.HouseholdIDs):
		return nil, Refuse(ErrInvalid, "householdIDs", "every household must belong to %s (and be named once)", from.Name)
	case len(hs) == total:
		return nil, Refuse(ErrInvalid, "householdIDs", "%s would be left without households: leave some, or merge instead", from.Name)
	}
	if _, err := moveHouseholds(ctx, c, hs, cy, fmt.Sprintf("split from %s", from.Name)); err != nil {
		return nil, err
	}
	for i, o := range in.Officers {
		if _, err := appoint(ctx, c, cy, o.Role, o.ResidentID, fmt.Sprintf("officers.%d.", i)); err != nil {
			return nil, err
		}
	}
	return cy, nil
}

// MergeCourtyardsInput is mergeCourtyards: one courtyard merged into
// another of the same village.
type MergeCourtyardsInput struct {
	// IntoID is the courtyard that remains.
	IntoID int `json:"intoID"`
	// FromID is the courtyard merged into it; it is left without households
	// or active officers.
	FromID int `json:"fromID"`
	// Keep names active assignments (of either courtyard) to keep, at most
	// one per role; for other roles the remaining courtyard's holder stays,
	// or, if it has none, the merged courtyard's.
	Keep []int `json:"keep,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run moves every household of one courtyard into another and
// leaves one active holder per role: the holders not kept end with reason
// MERGED; a merged courtyard's holder who is kept continues in the remaining
// courtyard as the successor of their old assignment. It returns the
// remaining courtyard.
func (in MergeCourtyardsInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Courtyard], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in MergeCourtyardsInput) take(ctx context.Context, c *ent.Client) (*ent.Courtyard, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	into, err := c.Courtyard.Get(ctx, in.IntoID)
	if err != nil {
		return nil, err
	}
	from, err := c.Courtyard.Get(ctx, in.FromID)
	if err != nil {
		return nil, err
	}
	switch {
	case into.ID == from.ID:
		return nil, Refuse(ErrInvalid, "fromID", "a courtyard cannot be merged into itself")
	case into.VillageID != from.VillageID:
		return nil, Refuse(ErrInvalid, "fromID", "only courtyards of one village are merged")
	}
	// One merge of a courtyard at a time: a concurrent one waits for this
	// one and then finds the courtyard empty.
	if err := serialised(ctx, c.Courtyard.UpdateOneID(from.ID).SetUpdatedAt(Now(ctx)).Exec); err != nil {
		return nil, err
	}
	if left, err := c.Household.Query().Where(household.CourtyardID(from.ID)).Exist(ctx); err != nil || !left {
		if err == nil {
			err = Refuse(ErrState, "fromID", "%s has no households left: it was merged already", from.Name)
		}
		return nil, err
	}
	active, err := c.RoleAssignment.Query().Where(roleassignment.CourtyardIDIn(into.ID, from.ID), roleassignment.EndedAtIsNil()).All(ctx)
	if err != nil {
		return nil, err
	}
	keep := map[roleassignment.Role]*ent.RoleAssignment{}
	for _, id := range in.Keep {
		i := slices.IndexFunc(active, func(a *ent.RoleAssignment) bool { return a.ID == id })
		if i < 0 {
			return nil, Refuse(ErrInvalid, "keep", "assignment %d is not an active assignment of the two courtyards", id)
		}
		if keep[active[i].Role] != nil {
			return nil, Refuse(ErrInvalid, "keep", "keep at most one %s", active[i].Role)
		}
		keep[active[i].Role] = active[i]
	}
	for _, a := range active { // the remaining courtyard's holders first
		if k := keep[a.Role]; k == nil && a.CourtyardID == into.ID {
			keep[a.Role] = a
		}
	}
	for _, a := range active {
		if keep[a.Role] == nil {
			keep[a.Role] = a
		}
	}
	mctx := context.WithValue(ctx, mergingKey{}, true)
	// End first (one active holder per role is a database rule), then let
	// the merged courtyard's kept holders continue in the remaining one.
	var continuing []*ent.RoleAssignment
	for _, a := range active {
		if keep[a.Role] == a && a.CourtyardID == into.ID {
			continue
		}
		if err := end(mctx, c, a, roleassignment.EndReasonMERGED, "", "keep"); err != nil {
			return nil, err
		}
		if keep[a.Role] == a {
			continuing = append(continuing, a)
		}
	}
	for _, a := range continuing {
		err := c.RoleAssignment.Create().SetRole(a.Role).SetSelection(a.Selection).SetStartedAt(*a.EndedAt).
			SetCourtyardID(into.ID).SetResidentID(a.ResidentID).SetPredecessorID(a.ID).Exec(ctx)
		if err != nil {
			return nil, err
		}
	}
	hs, err := c.Household.Query().Where(household.CourtyardID(from.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := moveHouseholds(ctx, c, hs, into, fmt.Sprintf("merged from %s", from.Name)); err != nil {
		return nil, err
	}
	return into, nil
}

// moveHouseholds moves households hs into courtyard to now, each with a
// HouseholdMove row; a household whose number is taken in to gets the next
// free number there. It returns the households as moved.
func moveHouseholds(ctx context.Context, c *ent.Client, hs []*ent.Household, to *ent.Courtyard, reason string) ([]*ent.Household, error) {
	numbers, err := c.Household.Query().Where(household.CourtyardID(to.ID)).Select(household.FieldNumber).Strings(ctx)
	if err != nil {
		return nil, err
	}
	taken := map[string]bool{}
	next := 0
	for _, n := range numbers {
		taken[n] = true
		if k, err := strconv.Atoi(n); err == nil {
			next = max(next, k)
		}
	}
	now := Now(ctx)
	out := make([]*ent.Household, len(hs))
	for i, h := range hs {
		number := h.Number
		for taken[number] {
			next++
			number = fmt.Sprintf("%03d", next)
		}
		taken[number] = true
		// Conditional on the courtyard read: a household moved by another
		// step meanwhile matches no row, and this step is refused.
		moved, err := c.Household.UpdateOne(h).Where(household.CourtyardID(h.CourtyardID)).SetCourtyardID(to.ID).SetNumber(number).Save(ctx)
		if ent.IsNotFound(err) {
			return nil, Refuse(ErrConcurrent, "householdID", "the household was moved by someone else first; reload it and try again")
		}
		if err != nil {
			return nil, err
		}
		m := c.HouseholdMove.Create().SetHouseholdID(h.ID).SetFromCourtyardID(h.CourtyardID).
			SetCourtyardID(to.ID).SetMovedAt(now)
		if reason != "" {
			m.SetReason(reason)
		}
		if err := m.Exec(ctx); err != nil {
			return nil, err
		}
		out[i] = moved
	}
	return out, nil
}
