package workflow

import (
	"context"
	"fmt"
	"slices"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/period"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/standing"
	"yuanbahui/internal/viewer"
)

// The roster (一长三员): a head elected by the courtyard's residents and three
// officers appointed by the town. An assignment ends only here (or in a
// merge, grid.go), and its successor starts at the same instant, linked by
// the predecessor edge, so the history of every post stays whole.

// ReplaceOfficerInput is replaceOfficer: an active officer replaced.
type ReplaceOfficerInput struct {
	// AssignmentID is the active assignment to end.
	AssignmentID int `json:"assignmentID"`
	// Reason is why it ends: RATED_FAILING (only when the scoring rule flags
	// the officer), RESIGNED, MOVED, TERM_ENDED or OTHER.
	Reason roleassignment.EndReason `json:"reason"`
	// SuccessorID is the resident who takes over.
	SuccessorID int `json:"successorID"`
	// Note is a free-text reason for the replacement, kept with the ended assignment.
	Note *string `json:"note,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run ends an appointed officer's assignment and starts the
// successor's, linked to it, in the same step. A head is replaced by
// electing another (ElectHeadInput). It returns the successor's assignment.
func (in ReplaceOfficerInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.RoleAssignment], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ReplaceOfficerInput) take(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	pred, err := c.RoleAssignment.Get(ctx, in.AssignmentID)
	if err != nil {
		return nil, err
	}
	if pred.Role == roleassignment.RoleHEAD {
		return nil, Refuse(ErrInvalid, "assignmentID", "a courtyard head is not appointed: elect the successor with electHead")
	}
	cy, err := c.Courtyard.Get(ctx, pred.CourtyardID)
	if err != nil {
		return nil, err
	}
	if err := eligible(ctx, c, cy, pred.Role, in.SuccessorID, "successorID"); err != nil {
		return nil, err
	}
	if pred.ResidentID == in.SuccessorID {
		return nil, Refuse(ErrInvalid, "successorID", "the successor is the officer being replaced")
	}
	if err := end(ctx, c, pred, in.Reason, orEmpty(in.Note), "reason"); err != nil {
		return nil, err
	}
	return c.RoleAssignment.Create().SetRole(pred.Role).SetSelection(roleassignment.SelectionAPPOINTED).
		SetStartedAt(*pred.EndedAt).SetCourtyardID(cy.ID).SetResidentID(in.SuccessorID).SetPredecessorID(pred.ID).Save(ctx)
}

// ElectHeadInput is electHead: a courtyard head's election by show of hands
// among the residents present.
type ElectHeadInput struct {
	// CourtyardID is the courtyard electing its head.
	CourtyardID int `json:"courtyardID"`
	// ResidentID is the resident elected: one living in the courtyard's village.
	ResidentID int `json:"residentID"`
	// VotesFor, VotesAgainst and VotesAbstain add up to VotersPresent; more
	// than half of those present must vote for.
	VotesFor int `json:"votesFor"`
	// VotesAgainst are the votes against.
	VotesAgainst int `json:"votesAgainst"`
	// VotesAbstain are the abstentions.
	VotesAbstain int `json:"votesAbstain"`
	// VotersPresent are the residents present.
	VotersPresent int `json:"votersPresent"`
	// PreviousEndReason is why the previous head's term ends (TERM_ENDED
	// when not given; RATED_FAILING only when the scoring rule flags them).
	PreviousEndReason *roleassignment.EndReason `json:"previousEndReason,omitempty"`
	// PreviousEndNote is a free-text reason kept with the previous head's ended assignment.
	PreviousEndNote *string `json:"previousEndNote,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records a head's election with its votes, ending the previous
// head's assignment (if any) and linking the new one to it. It returns the
// new head's assignment.
func (in ElectHeadInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.RoleAssignment], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ElectHeadInput) take(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	switch {
	case in.VotersPresent < 1:
		return nil, Refuse(ErrInvalid, "votersPresent", "an election needs residents present")
	case in.VotesFor < 0 || in.VotesAgainst < 0 || in.VotesAbstain < 0:
		return nil, Refuse(ErrInvalid, "votesFor", "votes cannot be negative")
	case in.VotesFor+in.VotesAgainst+in.VotesAbstain != in.VotersPresent:
		return nil, Refuse(ErrInvalid, "votesFor", "votes for (%d), against (%d) and abstaining (%d) add up to %d, but %d residents are present",
			in.VotesFor, in.VotesAgainst, in.VotesAbstain, in.VotesFor+in.VotesAgainst+in.VotesAbstain, in.VotersPresent)
	case 2*in.VotesFor <= in.VotersPresent:
		return nil, Refuse(ErrRule, "votesFor", "%d of %d present voted for: a head needs more than half of those present", in.VotesFor, in.VotersPresent)
	}
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	if err := eligible(ctx, c, cy, roleassignment.RoleHEAD, in.ResidentID, "residentID"); err != nil {
		return nil, err
	}
	prev, err := activeHolder(ctx, c, cy.ID, roleassignment.RoleHEAD)
	if err != nil {
		return nil, err
	}
	b := c.RoleAssignment.Create().SetRole(roleassignment.RoleHEAD).SetSelection(roleassignment.SelectionELECTED).
		SetStartedAt(Now(ctx)).SetCourtyardID(cy.ID).SetResidentID(in.ResidentID).
		SetVotesFor(in.VotesFor).SetVotesAgainst(in.VotesAgainst).SetVotesAbstain(in.VotesAbstain).SetVotersPresent(in.VotersPresent)
	if prev != nil {
		if prev.ResidentID == in.ResidentID {
			return nil, Refuse(ErrState, "residentID", "the resident elected is already the courtyard's head")
		}
		reason := roleassignment.EndReasonTERM_ENDED
		if in.PreviousEndReason != nil {
			reason = *in.PreviousEndReason
		}
		if err := end(ctx, c, prev, reason, orEmpty(in.PreviousEndNote), "previousEndReason"); err != nil {
			return nil, err
		}
		b.SetStartedAt(*prev.EndedAt).SetPredecessorID(prev.ID)
	}
	return b.Save(ctx)
}

// AssignRoleInput is assignRole: an officer appointed to a courtyard's
// vacant post.
type AssignRoleInput struct {
	// CourtyardID is the courtyard served.
	CourtyardID int `json:"courtyardID"`
	// Role is PUBLICIST, AGENT or INFORMANT.
	Role roleassignment.Role `json:"role"`
	// ResidentID is the officer: a resident of the courtyard's town.
	ResidentID int `json:"residentID"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run appoints one of the three officers to a post that nobody holds
// (an occupied post changes hands with ReplaceOfficerInput).
func (in AssignRoleInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.RoleAssignment], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in AssignRoleInput) take(ctx context.Context, c *ent.Client) (*ent.RoleAssignment, error) {
	if err := rosterKeeper(ctx); err != nil {
		return nil, err
	}
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	return appoint(ctx, c, cy, in.Role, in.ResidentID, "")
}

// appoint starts an appointed officer's assignment in courtyard cy; field
// prefixes the input fields at fault ("" for AssignRoleInput's own fields).
func appoint(ctx context.Context, c *ent.Client, cy *ent.Courtyard, role roleassignment.Role, residentID int, field string) (*ent.RoleAssignment, error) {
	if role == roleassignment.RoleHEAD {
		return nil, Refuse(ErrInvalid, field+"role", "a courtyard head is elected, not appointed: use electHead")
	}
	if err := eligible(ctx, c, cy, role, residentID, field+"residentID"); err != nil {
		return nil, err
	}
	cur, err := activeHolder(ctx, c, cy.ID, role)
	if err != nil {
		return nil, err
	}
	if cur != nil {
		return nil, Refuse(ErrState, field+"role", "%s already has an active %s: replace them with replaceOfficer", cy.Name, role)
	}
	return c.RoleAssignment.Create().SetRole(role).SetSelection(roleassignment.SelectionAPPOINTED).
		SetStartedAt(Now(ctx)).SetCourtyardID(cy.ID).SetResidentID(residentID).Save(ctx)
}

// rosterKeeper refuses accounts that may not change the roster: only the
// village and up (and the system) may.
func rosterKeeper(ctx context.Context) error {
	if rule.System(ctx) {
		return nil
	}
	if v := viewer.FromContext(ctx); v == nil || !slices.Contains(rule.VillageUp, v.Role) {
		return Refuse(ErrActor, "", "only village cadres, town officials and district administrators change the roster")
	}
	return nil
}

// eligible checks that resident id may hold role in courtyard cy: a head
// lives in the courtyard's village, an appointed officer in its town.
func eligible(ctx context.Context, c *ent.Client, cy *ent.Courtyard, role roleassignment.Role, id int, field string) error {
	where := household.TownID(cy.TownID)
	place := "town"
	if role == roleassignment.RoleHEAD {
		where, place = household.VillageID(cy.VillageID), "village"
	}
	ok, err := c.Resident.Query().Where(resident.ID(id), resident.HasHouseholdWith(where)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return Refuse(ErrInvalid, field, "a %s of %s must be a resident of its %s", role, cy.Name, place)
	}
	return nil
}

// activeHolder returns the active assignment of role in courtyard id, or nil.
func activeHolder(ctx context.Context, c *ent.Client, courtyardID int, role roleassignment.Role) (*ent.RoleAssignment, error) {
	a, err := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(courtyardID), roleassignment.RoleEQ(role),
		roleassignment.EndedAtIsNil()).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// end ends active assignment a now for reason, with a free-text note (refusing RATED_FAILING unless
// the scoring rule flags a, and MERGED outside a merge); a is updated in place.
func end(ctx context.Context, c *ent.Client, a *ent.RoleAssignment, reason roleassignment.EndReason, note, field string) error {
	now := Now(ctx)
	switch {
	case a.EndedAt != nil:
		return Refuse(ErrState, "assignmentID", "this assignment already ended on %s", a.EndedAt.Format(time.DateOnly))
	case now.Before(a.StartedAt):
		return Refuse(ErrState, "assignmentID", "this assignment starts only on %s", a.StartedAt.Format(time.DateOnly))
	case reason == roleassignment.EndReasonMERGED && !merging(ctx):
		return Refuse(ErrInvalid, field, "MERGED ends only come from mergeCourtyards")
	case roleassignment.EndReasonValidator(reason) != nil:
		return Refuse(ErrInvalid, field, "%q is not an end reason", reason)
	case reason == roleassignment.EndReasonRATED_FAILING:
		p, err := flaggedPeriod(ctx, c, a.ID, now)
		if err != nil {
			return err
		}
		if p == "" {
			return Refuse(ErrRule, field, "the scoring rule does not flag this officer failing for %s or %s (at least %d ratings of a dimension averaging below %.1f): give another reason",
				period.Of(period.HalfYear, now).Previous().Label, period.Label(period.HalfYear, now), standing.Scoring.MinRatings, standing.Scoring.FailingLine)
		}
	}
	// Conditional on the assignment still being active: of two steps ending
	// it at once, the second matches no row and is refused.
	ended, err := c.RoleAssignment.UpdateOne(a).Where(roleassignment.EndedAtIsNil()).SetEndedAt(now).SetEndReason(reason).SetEndNote(note).Save(ctx)
	if ent.IsNotFound(err) {
		return Refuse(ErrConcurrent, "assignmentID", "the assignment was ended by someone else first; reload it and try again")
	}
	if err != nil {
		return err
	}
	*a = *ended
	return nil
}

type mergingKey struct{}

// merging tells whether ctx is a merge's (the one step that ends assignments
// with MERGED).
func merging(ctx context.Context) bool { return ctx.Value(mergingKey{}) != nil }

func init() {
	register("one active holder per role per courtyard", checkOneActiveHolder)
	register("ended assignments have reasons", checkEndReasons)
	register("successor starts when predecessor ends", checkSuccession)
	register("RATED_FAILING ends are flagged by the scoring rule", checkFailingEnds)
}

// checkOneActiveHolder: at most one active assignment per role per courtyard
// (the partial unique index enforces it; the check proves the data agrees).
func checkOneActiveHolder(ctx context.Context, c *ent.Client) ([]Violation, error) {
	var rows []struct {
		CourtyardID int    `json:"courtyard_id"`
		Role        string `json:"role"`
		N           int    `json:"n"`
	}
	err := c.RoleAssignment.Query().Where(roleassignment.EndedAtIsNil()).
		GroupBy(roleassignment.FieldCourtyardID, roleassignment.FieldRole).
		Aggregate(ent.As(ent.Count(), "n")).Scan(ctx, &rows)
	var out []Violation
	for _, r := range rows {
		if r.N > 1 {
			out = append(out, Violation{"one active holder per role per courtyard", fmt.Sprintf("Courtyard %d", r.CourtyardID),
				fmt.Sprintf("%d active %s", r.N, r.Role)})
		}
	}
	return out, err
}

// checkEndReasons: an assignment has an end time exactly when it has an end
// reason.
func checkEndReasons(ctx context.Context, c *ent.Client) ([]Violation, error) {
	bad, err := c.RoleAssignment.Query().Where(roleassignment.Or(
		roleassignment.And(roleassignment.EndedAtNotNil(), roleassignment.EndReasonIsNil()),
		roleassignment.And(roleassignment.EndedAtIsNil(), roleassignment.EndReasonNotNil()))).
		Select(roleassignment.FieldID).Ints(ctx)
	var out []Violation
	for _, id := range bad {
		out = append(out, Violation{"ended assignments have reasons", fmt.Sprintf("RoleAssignment %d", id), "end time and end reason must be set together"})
	}
	return out, err
}

// checkSuccession: a successor holds the same role, starts when its
// predecessor ended, and the predecessor ended.
func checkSuccession(ctx context.Context, c *ent.Client) ([]Violation, error) {
	succ, err := c.RoleAssignment.Query().Where(roleassignment.PredecessorIDNotNil()).WithPredecessor().All(ctx)
	var out []Violation
	for _, s := range succ {
		p := s.Edges.Predecessor
		switch {
		case p == nil:
			continue
		case p.EndedAt == nil:
			out = append(out, Violation{"successor starts when predecessor ends", fmt.Sprintf("RoleAssignment %d", s.ID), "its predecessor is still active"})
		case !p.EndedAt.Equal(s.StartedAt) || p.Role != s.Role:
			out = append(out, Violation{"successor starts when predecessor ends", fmt.Sprintf("RoleAssignment %d", s.ID),
				fmt.Sprintf("%s starting %s succeeds %s ended %s", s.Role, s.StartedAt.Format(time.RFC3339), p.Role, p.EndedAt.Format(time.RFC3339))})
		}
	}
	return out, err
}

// checkFailingEnds: every RATED_FAILING end is flagged by the scoring rule
// for the half-year of the end or the one before.
func checkFailingEnds(ctx context.Context, c *ent.Client) ([]Violation, error) {
	ended, err := c.RoleAssignment.Query().Where(roleassignment.EndReasonEQ(roleassignment.EndReasonRATED_FAILING)).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, a := range ended {
		if a.EndedAt == nil {
			continue // reported by "ended assignments have reasons"
		}
		p, err := flaggedPeriod(ctx, c, a.ID, *a.EndedAt)
		if err != nil {
			return nil, err
		}
		if p == "" {
			out = append(out, Violation{"RATED_FAILING ends are flagged by the scoring rule", fmt.Sprintf("RoleAssignment %d", a.ID),
				fmt.Sprintf("ended %s as RATED_FAILING without a failing score", a.EndedAt.Format(time.DateOnly))})
		}
	}
	return out, nil
}
