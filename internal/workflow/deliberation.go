package workflow

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issueparty"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/viewer"
)

// Deliberation (议事协商): the six-step loop 收集 → 确定 → 走访 → 议定 → 执行 →
// 评价, with the village's approval of escalated issues and golden ideas.
// Each step is a method of its input (Run), called inside workflow.Run.

// Who may take a deliberation step.
var (
	// courtyardUp: the courtyard's own officers and the cadres above them.
	courtyardUp = viewer.Roles(viewer.Role.RecordsWork)
	// villageUp: a village cadre or above (the village's approval, adopting ideas).
	villageUp = viewer.Roles(viewer.Role.VillageOrAbove)
)

// actor refuses a viewer whose role may not take the step, and returns it.
func actor(ctx context.Context, step string, roles []viewer.Role) (*viewer.Viewer, error) {
	v := viewer.FromContext(ctx)
	if v == nil || !slices.Contains(roles, v.Role) {
		role := "anonymous"
		if v != nil {
			role = string(v.Role)
		}
		return nil, Refuse(ErrActor, "", "a %s account may not %s", role, step)
	}
	return v, nil
}

// actorID is the account taking the step, nil for the system.
func actorID(ctx context.Context) *int {
	if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
		return &v.UserID
	}
	return nil
}

// openIssue loads the issue (within the viewer's area: outside it, it does
// not exist) after checking the actor against step's roles, and refuses it
// unless it is at the stage step is taken at (IssueTransitions); verb names
// the step in refusals.
func openIssue(ctx context.Context, c *ent.Client, id int, verb string, step issuestep.Step) (*ent.Issue, error) {
	t := issueTransition(step)
	if _, err := actor(ctx, verb, t.Roles); err != nil {
		return nil, err
	}
	is, err := c.Issue.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if is.Stage != t.From {
		return nil, Refuse(ErrState, "issue_id", "cannot %s an issue at stage %s (it must be at %s)", verb, is.Stage, t.From)
	}
	return is, nil
}

// logStep records a step in the issue's history: it happened at, and is
// recorded now; with sets what the step records beyond its notes (e.g. the
// decide step's ratification).
func logStep(ctx context.Context, c *ent.Client, is *ent.Issue, step issuestep.Step, at time.Time, notes string, with ...func(*ent.IssueStepCreate)) error {
	sc := c.IssueStep.Create().SetIssueID(is.ID).SetCourtyardID(is.CourtyardID).SetStep(step).
		SetAt(at).SetRecordedAt(Now(ctx)).SetNotes(notes).SetNillableActorID(actorID(ctx))
	for _, f := range with {
		f(sc)
	}
	return sc.Exec(ctx)
}

// moveIssue starts a step's update of issue is, conditional on the version
// read: saved by advance, it matches no row if another step changed the
// issue meanwhile, and the step is refused with ErrConcurrent.
func moveIssue(c *ent.Client, is *ent.Issue) *ent.IssueUpdateOne {
	return c.Issue.UpdateOneID(is.ID).Where(issue.Version(is.Version)).AddVersion(1)
}

// advance saves a step's update of the issue (built by moveIssue) and
// records the step, which happened at, in its history.
func advance(ctx context.Context, c *ent.Client, u *ent.IssueUpdateOne, step issuestep.Step, at time.Time, notes string, with ...func(*ent.IssueStepCreate)) (*ent.Issue, error) {
	is, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, Refuse(ErrConcurrent, "issue_id", "the issue was changed by someone else first; reload it and try again")
	}
	if err != nil {
		return nil, err
	}
	return is, logStep(ctx, c, is, step, at, notes, with...)
}

// required refuses a blank text input.
func required(field, value, why string) error {
	if strings.TrimSpace(value) == "" {
		return Refuse(ErrInvalid, field, "%s", why)
	}
	return nil
}

// residentsOf refuses residents who do not live in the courtyard.
func residentsOf(ctx context.Context, c *ent.Client, courtyardID int, field string, ids ...int) error {
	if len(ids) == 0 {
		return nil
	}
	n, err := c.Resident.Query().Where(resident.IDIn(ids...),
		resident.HasHouseholdWith(household.CourtyardID(courtyardID))).Count(viewer.SystemContext(ctx))
	if err != nil {
		return err
	}
	if n != len(ids) {
		return Refuse(ErrInvalid, field, "every resident named must live in the issue's courtyard")
	}
	return nil
}

// addParties records the residents in a dispute (each once).
func addParties(ctx context.Context, c *ent.Client, is *ent.Issue, ids []int) error {
	if len(ids) == 0 {
		return nil
	}
	if is.Category != issue.CategoryDISPUTE {
		return Refuse(ErrInvalid, "party_ids", "only disputes have parties")
	}
	if err := residentsOf(ctx, c, is.CourtyardID, "party_ids", ids...); err != nil {
		return err
	}
	have, err := c.IssueParty.Query().Where(issueparty.IssueID(is.ID)).Select(issueparty.FieldResidentID).Ints(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if slices.Contains(have, id) {
			continue
		}
		have = append(have, id)
		if err := c.IssueParty.Create().SetIssueID(is.ID).SetResidentID(id).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// RaiseIssueInput is step 1, 收集: an issue raised in a courtyard, by a
// resident or collected by the courtyard's informant on their behalf.
type RaiseIssueInput struct {
	CourtyardID    int
	ItemID         *int
	Category       issue.Category
	Title          string
	Description    *string
	RaisedByID     *int
	PartyIDs       []int
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run raises the issue.
func (in RaiseIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RaiseIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	v, err := actor(ctx, "raise an issue", issueTransition(issuestep.StepRAISED).Roles)
	if err != nil {
		return nil, err
	}
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	if !v.Covers(cy.TownID, cy.VillageID, cy.ID) {
		return nil, Refuse(ErrActor, "courtyard_id", "this account does not serve the courtyard")
	}
	if in.RaisedByID != nil {
		if err := residentsOf(ctx, c, cy.ID, "raised_by_id", *in.RaisedByID); err != nil {
			return nil, err
		}
	} else if v.Role == viewer.CourtyardOfficer {
		// Collected on the residents' behalf: only by the courtyard's informant.
		informant, err := activeHolder(ctx, c, cy.ID, roleassignment.RoleINFORMANT)
		if err != nil {
			return nil, err
		}
		if informant == nil || informant.ResidentID != v.ResidentID {
			return nil, Refuse(ErrActor, "raised_by_id", "an issue not raised by a named resident is collected by the courtyard's active informant")
		}
	}
	if in.ItemID != nil {
		it, err := c.IssueItem.Get(ctx, *in.ItemID)
		if err != nil {
			return nil, err
		}
		if string(it.Category) != string(in.Category) {
			return nil, Refuse(ErrInvalid, "item_id", "catalogue item %s belongs to %s, not %s", it.Name, it.Category, in.Category)
		}
	}
	at, err := occurredIn(ctx, c, cy.TownID, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	is, err := c.Issue.Create().SetCourtyardID(cy.ID).SetNillableItemID(in.ItemID).SetCategory(in.Category).
		SetTitle(in.Title).SetNillableDescription(in.Description).SetNillableRaisedByID(in.RaisedByID).
		SetStage(issueTransition(issuestep.StepRAISED).To[0]).SetCollectedAt(at).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := addParties(ctx, c, is, in.PartyIDs); err != nil {
		return nil, err
	}
	return is, logStep(ctx, c, is, issuestep.StepRAISED, at, in.Title)
}

// ConfirmIssueInput is step 2, 确定: the issue is taken up, with its scope.
type ConfirmIssueInput struct {
	IssueID        int
	Scope          string
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run confirms the issue.
func (in ConfirmIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ConfirmIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "confirm", issuestep.StepCONFIRMED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	if err := required("scope", in.Scope, "say what and whom the issue concerns"); err != nil {
		return nil, err
	}
	return advance(ctx, c, moveIssue(c, is).SetStage(issue.StageCONFIRMED).SetConfirmedAt(at).SetScope(in.Scope), issuestep.StepCONFIRMED, at, in.Scope)
}

// DismissIssueInput closes a collected issue instead of confirming it.
type DismissIssueInput struct {
	IssueID        int
	Reason         string
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run dismisses the issue.
func (in DismissIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in DismissIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "dismiss", issuestep.StepDISMISSED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	if err := required("reason", in.Reason, "say why the issue is dismissed"); err != nil {
		return nil, err
	}
	return advance(ctx, c, moveIssue(c, is).SetStage(issue.StageCLOSED).SetClosedAt(at).SetCloseReason(in.Reason), issuestep.StepDISMISSED, at, in.Reason)
}

// RecordVisitInput is step 3, 走访: the households concerned were visited.
type RecordVisitInput struct {
	IssueID           int
	HouseholdsVisited int
	Notes             string
	PartyIDs          []int
	OccurredAt        *time.Time
	IdempotencyKey    *string
}

// Run records the visit.
func (in RecordVisitInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RecordVisitInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "record a visit on", issuestep.StepVISITED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	if in.HouseholdsVisited < 1 {
		return nil, Refuse(ErrInvalid, "households_visited", "a visit reaches at least one household")
	}
	if err := addParties(ctx, c, is, in.PartyIDs); err != nil {
		return nil, err
	}
	return advance(ctx, c, moveIssue(c, is).SetStage(issue.StageVISITED).SetVisitedAt(at).
		SetHouseholdsVisited(in.HouseholdsVisited).SetVisitNotes(in.Notes),
		issuestep.StepVISITED, at, fmt.Sprintf("走访%d户：%s", in.HouseholdsVisited, in.Notes))
}

// EscalateIssueInput sends a visited issue up to the village (大事不出村社).
type EscalateIssueInput struct {
	IssueID        int
	Reason         string
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run escalates the issue.
func (in EscalateIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in EscalateIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "escalate", issuestep.StepESCALATED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	if is.EscalatedAt != nil {
		return nil, Refuse(ErrState, "issue_id", "the issue was already escalated to the village")
	}
	return advance(ctx, c, moveIssue(c, is).SetEscalatedAt(at), issuestep.StepESCALATED, at, in.Reason)
}

// ApproveEscalationInput is the village's own step on an escalated issue.
type ApproveEscalationInput struct {
	IssueID        int
	Notes          string
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run records the village's approval.
func (in ApproveEscalationInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ApproveEscalationInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "approve an escalation", issuestep.StepESCALATION_APPROVED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	switch {
	case is.EscalatedAt == nil:
		return nil, Refuse(ErrState, "issue_id", "the issue was not escalated to the village")
	case is.EscalationApprovedAt != nil:
		return nil, Refuse(ErrState, "issue_id", "the village already approved the issue")
	}
	return advance(ctx, c, moveIssue(c, is).SetEscalationApprovedAt(at), issuestep.StepESCALATION_APPROVED, at, in.Notes)
}

// DecideIssueInput is step 4, 议定: the deliberation meeting and its vote.
type DecideIssueInput struct {
	IssueID               int
	ResidentsPresent      int
	HouseholdsRepresented int
	VotesFor              *int
	VotesAgainst          *int
	VotesAbstain          *int
	Outcome               session.Outcome
	Decision              string
	// Close: a rejected or deferred issue is closed instead of going back to VISITED.
	Close             *bool
	CollectiveFundFen *int64
	FundPurpose       *string
	MediationResult   *string
	CustomChange      *string
	// Method is how the meeting decides (nil: see method).
	Method *session.Method
	// Ratified: after an emergency, whether the meeting ratifies the action taken (required then).
	Ratified *bool
	// CustomOutcome: for customs issues, what became of the custom.
	CustomOutcome *issue.CustomOutcome
	// Note is a free-text note on the decision, kept on the step.
	Note *string
	// OccurredAt is when the meeting was held (nil: now).
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run holds the meeting and records its decision.
func (in DecideIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in DecideIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "decide", issuestep.StepDECIDED)
	if err != nil {
		return nil, err
	}
	if is.EscalatedAt != nil && is.EscalationApprovedAt == nil {
		return nil, Refuse(ErrState, "issue_id", "the issue awaits the village's approval")
	}
	total, err := c.Household.Query().Where(household.CourtyardID(is.CourtyardID)).Count(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	rule, err := RuleFor(ctx, c, is.VillageID)
	if err != nil {
		return nil, err
	}
	method := in.method(is, rule)
	if err := in.check(is, rule, total, method); err != nil {
		return nil, err
	}
	now, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	err = c.Session.Create().SetKind(session.KindDELIBERATION).SetIssueID(is.ID).SetCourtyardID(is.CourtyardID).
		SetHeldAt(now).SetTheme(bound.Cut("议事会："+is.Title, bound.Line)).SetAttendance(in.ResidentsPresent).
		SetHouseholdsRepresented(in.HouseholdsRepresented).SetHouseholdsTotal(total).
		SetNillableVotesFor(in.VotesFor).SetNillableVotesAgainst(in.VotesAgainst).SetNillableVotesAbstain(in.VotesAbstain).
		SetOutcome(in.Outcome).SetMethod(method).Exec(ctx)
	if err != nil {
		return nil, err
	}
	u := moveIssue(c, is).SetDecision(in.Decision).SetNillableCustomOutcome(in.CustomOutcome)
	switch {
	case in.Outcome == session.OutcomeAPPROVED:
		u.SetStage(issue.StageDECIDED).SetDecidedAt(now).SetNillableCollectiveFundFen(in.CollectiveFundFen).
			SetNillableFundPurpose(in.FundPurpose).SetNillableMediationResult(in.MediationResult).SetNillableCustomChange(in.CustomChange)
		if in.VotesFor != nil {
			u.SetVotesFor(*in.VotesFor).SetVotesAgainst(*in.VotesAgainst).SetVotesAbstain(*in.VotesAbstain).SetVotesPresent(in.ResidentsPresent)
		}
	case in.Close != nil && *in.Close:
		u.SetStage(issue.StageCLOSED).SetClosedAt(now).SetCloseReason(fmt.Sprintf("议事会%s：%s", outcomeWord[in.Outcome], in.Decision))
	}
	notes := fmt.Sprintf("%s：%s（到场%d人，%d/%d户）", outcomeWord[in.Outcome], in.Decision, in.ResidentsPresent, in.HouseholdsRepresented, total)
	if in.VotesFor != nil {
		notes += fmt.Sprintf("，赞成%d，反对%d，弃权%d", *in.VotesFor, *in.VotesAgainst, *in.VotesAbstain)
	}
	notes += in.decideNotes(method) + customOutcomeWord(in.CustomOutcome)
	return advance(ctx, c, u, issuestep.StepDECIDED, now, notes, in.decideStep)
}

var outcomeWord = map[session.Outcome]string{
	session.OutcomeAPPROVED: "通过", session.OutcomeREJECTED: "否决", session.OutcomeDEFERRED: "暂缓",
}

// check refuses a meeting whose figures are inconsistent or whose outcome
// disagrees with the rule.
func (in DecideIssueInput) check(is *ent.Issue, r Rule, total int, method session.Method) error {
	voted := in.VotesFor != nil || in.VotesAgainst != nil || in.VotesAbstain != nil
	switch {
	case in.ResidentsPresent < 1:
		return Refuse(ErrInvalid, "residents_present", "a meeting has residents present")
	case in.HouseholdsRepresented < 1 || in.HouseholdsRepresented > in.ResidentsPresent:
		return Refuse(ErrInvalid, "households_represented", "households represented are at least one and at most the %d residents present", in.ResidentsPresent)
	case in.HouseholdsRepresented > total:
		return Refuse(ErrInvalid, "households_represented", "the courtyard has %d households, not %d", total, in.HouseholdsRepresented)
	case strings.TrimSpace(in.Decision) == "":
		return Refuse(ErrInvalid, "decision", "say what was decided")
	case voted && (in.VotesFor == nil || in.VotesAgainst == nil || in.VotesAbstain == nil):
		return Refuse(ErrInvalid, "votes_for", "a vote records votes for, against and abstaining together")
	}
	if err := in.checkMethod(is, r, method, voted); err != nil {
		return err
	}
	if voted {
		if err := checkSum(*in.VotesFor, *in.VotesAgainst, *in.VotesAbstain, in.ResidentsPresent); err != nil {
			return err
		}
	}
	// Quorum and majority are the vote's: persuasion and mediation have neither.
	quorate := method != session.MethodVOTE || r.Quorate(in.HouseholdsRepresented, total)
	carried := !voted || r.Carried(*in.VotesFor, in.ResidentsPresent)
	switch in.Outcome {
	case session.OutcomeAPPROVED:
		if !quorate {
			return Refuse(ErrRule, "households_represented", "no quorum: %d of %d households represented, the rule needs %d/%d",
				in.HouseholdsRepresented, total, r.QuorumNum, r.QuorumDen)
		}
		if !carried {
			return Refuse(ErrRule, "votes_for", "not carried: %d of %d present voted for, the rule needs more than %d/%d",
				*in.VotesFor, in.ResidentsPresent, r.MajorityNum, r.MajorityDen)
		}
		return in.checkApproved(is, r)
	case session.OutcomeREJECTED:
		if method == session.MethodVOTE && (!quorate || carried) {
			return Refuse(ErrRule, "outcome", "a motion is rejected only by a quorate meeting where it did not carry; otherwise defer it")
		}
	}
	if in.CollectiveFundFen != nil {
		return Refuse(ErrInvalid, "collective_fund_fen", "only an approved decision spends collective funds")
	}
	return nil
}

// checkApproved: an approved decision's funds, escalation and category records.
func (in DecideIssueInput) checkApproved(is *ent.Issue, r Rule) error {
	var fund int64
	if in.CollectiveFundFen != nil {
		fund = *in.CollectiveFundFen
		if fund <= 0 || in.FundPurpose == nil || strings.TrimSpace(*in.FundPurpose) == "" {
			return Refuse(ErrInvalid, "fund_purpose", "collective funds are a positive amount with a purpose")
		}
	}
	if r.NeedsVillage(is.Category, fund) && is.EscalationApprovedAt == nil {
		return Refuse(ErrRule, "collective_fund_fen", "this decision (%s, %d fen of collective funds) is the village's: escalate the issue and have the village approve it first (threshold %d fen)",
			is.Category, fund, r.FundThresholdFen)
	}
	if is.Category == issue.CategoryDISPUTE && (in.MediationResult == nil || strings.TrimSpace(*in.MediationResult) == "") {
		return Refuse(ErrInvalid, "mediation_result", "a dispute's decision records the result of mediation")
	}
	return nil
}

// ExecuteIssueInput is step 5, 执行: what was done, by whom, at what cost.
type ExecuteIssueInput struct {
	IssueID      int
	Outcome      string
	ExecutedBy   string
	CostFen      *int64
	Receipts     []string
	CustomChange *string
	// CustomOutcome: for customs issues, what became of the custom (required
	// unless the decision recorded it).
	CustomOutcome  *issue.CustomOutcome
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run records the execution.
func (in ExecuteIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ExecuteIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "execute", issuestep.StepEXECUTED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	switch {
	case strings.TrimSpace(in.Outcome) == "" || strings.TrimSpace(in.ExecutedBy) == "":
		return nil, Refuse(ErrInvalid, "outcome", "say what was done and by whom")
	case in.CostFen != nil && *in.CostFen < 0:
		return nil, Refuse(ErrInvalid, "cost_fen", "a cost is not negative")
	case is.CollectiveFundFen != nil && len(in.Receipts) == 0:
		return nil, Refuse(ErrInvalid, "receipts", "spending collective funds is accounted for with receipts")
	}
	change := in.CustomChange
	if change == nil && is.CustomChange != "" {
		change = &is.CustomChange
	}
	if is.Category == issue.CategoryCUSTOMS && (change == nil || strings.TrimSpace(*change) == "") {
		return nil, Refuse(ErrInvalid, "custom_change", "a customs issue records what was stopped or changed")
	}
	if err := checkCustomOutcome(is, in.CustomOutcome); err != nil {
		return nil, err
	}
	receipts := make([]string, len(in.Receipts))
	for i, r := range in.Receipts {
		receipts[i] = fmt.Sprintf("%d. %s", i+1, strings.TrimSpace(r))
	}
	return advance(ctx, c, moveIssue(c, is).SetStage(issue.StageEXECUTED).SetExecutedAt(at).SetOutcome(in.Outcome).
		SetExecutedBy(in.ExecutedBy).SetNillableCostFen(in.CostFen).SetReceipts(receipts).
		SetNillableCustomChange(change).SetNillableCustomOutcome(in.CustomOutcome).ClearSatisfied(),
		issuestep.StepEXECUTED, at, fmt.Sprintf("%s（%s）", in.Outcome, in.ExecutedBy)+customOutcomeWord(in.CustomOutcome))
}

// EvaluateIssueInput is step 6, 评价: the residents' verdict. An unsatisfied
// verdict reopens execution.
type EvaluateIssueInput struct {
	IssueID        int
	Satisfied      bool
	Notes          string
	OccurredAt     *time.Time
	IdempotencyKey *string
}

// Run records the verdict.
func (in EvaluateIssueInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in EvaluateIssueInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "evaluate", issuestep.StepEVALUATED)
	if err != nil {
		return nil, err
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	u := moveIssue(c, is).SetSatisfied(in.Satisfied)
	verdict := "满意"
	if in.Satisfied {
		u.SetStage(issue.StageEVALUATED).SetEvaluatedAt(at)
	} else {
		verdict = "不满意，重新执行"
		u.SetStage(issue.StageDECIDED).ClearExecutedAt()
	}
	return advance(ctx, c, u, issuestep.StepEVALUATED, at, verdict+"："+in.Notes)
}

// SubmitIdeaInput is a golden idea (金点子) a resident submits.
type SubmitIdeaInput struct {
	CourtyardID    int
	ProposerID     int
	Content        string
	IdempotencyKey *string
}

// Run submits the idea.
func (in SubmitIdeaInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Idea], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SubmitIdeaInput) take(ctx context.Context, c *ent.Client) (*ent.Idea, error) {
	v, err := actor(ctx, "submit an idea", courtyardUp)
	if err != nil {
		return nil, err
	}
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return nil, err
	}
	if !v.Covers(cy.TownID, cy.VillageID, cy.ID) {
		return nil, Refuse(ErrActor, "courtyard_id", "this account does not serve the courtyard")
	}
	if err := residentsOf(ctx, c, cy.ID, "proposer_id", in.ProposerID); err != nil {
		return nil, err
	}
	return c.Idea.Create().SetCourtyardID(cy.ID).SetProposerID(in.ProposerID).SetContent(in.Content).
		SetSubmittedAt(Now(ctx)).Save(ctx)
}

// AdoptIdeaInput adopts an idea, linked to the issue it became.
type AdoptIdeaInput struct {
	IdeaID         int
	IssueID        int
	IdempotencyKey *string
}

// Run adopts the idea.
func (in AdoptIdeaInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Idea], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in AdoptIdeaInput) take(ctx context.Context, c *ent.Client) (*ent.Idea, error) {
	if _, err := actor(ctx, "adopt an idea", villageUp); err != nil {
		return nil, err
	}
	id, err := c.Idea.Get(ctx, in.IdeaID)
	if err != nil {
		return nil, err
	}
	if id.Adopted {
		return nil, Refuse(ErrState, "idea_id", "the idea was already adopted")
	}
	is, err := c.Issue.Get(ctx, in.IssueID)
	if err != nil {
		return nil, err
	}
	if is.VillageID != id.VillageID {
		return nil, Refuse(ErrInvalid, "issue_id", "an idea becomes an issue of its own village")
	}
	adopted, err := c.Idea.UpdateOne(id).Where(idea.Adopted(false)).SetAdopted(true).SetAdoptedAt(Now(ctx)).SetIssueID(is.ID).Save(ctx)
	if ent.IsNotFound(err) {
		return nil, Refuse(ErrConcurrent, "idea_id", "the idea was adopted by someone else first")
	}
	return adopted, err
}
