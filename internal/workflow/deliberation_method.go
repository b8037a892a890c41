package workflow

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/session"
	"yuanbahui/internal/label"
	"yuanbahui/internal/viewer"
)

// How the work is decided as it really happens (issue 19): urgent matters
// are handled first and reported after (先处置后报备: RecordEmergencyInput,
// then the next meeting ratifies), customs change by persuasion (劝导),
// disputes by mediation (调解); a show of hands (表决) is for spending and
// shared decisions. Which categories may do which is data of the passing
// rule (Exemptions).

// Exemptions are the categories a rule lets skip the meeting or its vote.
type Exemptions struct {
	// EmergencyCategories: a courtyard officer may act at once, before any
	// meeting, on issues of these categories; the next meeting ratifies.
	EmergencyCategories []string
	// PersuasionCategories: a meeting may decide these by persuasion, with
	// no vote and no quorum (customs: 婚丧喜庆, 无事酒).
	PersuasionCategories []string
	// MediationCategories: a meeting may decide these by mediation, with no
	// vote and no quorum (disputes).
	MediationCategories []string
}

// DefaultExemptions are the exemptions of a rule whose lists are null:
// emergencies for public facilities and the living environment (a blocked
// ditch, a burst pipe), persuasion for customs, mediation for disputes.
var DefaultExemptions = Exemptions{
	EmergencyCategories:  []string{string(issue.CategoryPUBLIC_FACILITY), string(issue.CategoryLIVING_ENVIRONMENT)},
	PersuasionCategories: []string{string(issue.CategoryCUSTOMS)},
	MediationCategories:  []string{string(issue.CategoryDISPUTE)},
}

// exemptionsOf reads a stored rule's exemptions: a null list is the default one.
func exemptionsOf(r *ent.DeliberationRule) Exemptions {
	or := func(l, def []string) []string {
		if l == nil {
			return def
		}
		return l
	}
	return Exemptions{
		EmergencyCategories:  or(r.EmergencyCategories, DefaultExemptions.EmergencyCategories),
		PersuasionCategories: or(r.PersuasionCategories, DefaultExemptions.PersuasionCategories),
		MediationCategories:  or(r.MediationCategories, DefaultExemptions.MediationCategories),
	}
}

// categoryList stores an input's category list; nil (omitted) stays nil,
// the default.
func categoryList(cs []issue.Category) []string {
	if cs == nil {
		return nil
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

// AllowsEmergency tells whether an urgent action may be taken on an issue
// of category c before any meeting.
func (e Exemptions) AllowsEmergency(c issue.Category) bool {
	return slices.Contains(e.EmergencyCategories, string(c))
}

// Allows tells whether a meeting may decide an issue of category c by
// method m: by vote always, by persuasion or mediation for the listed
// categories.
func (e Exemptions) Allows(m session.Method, c issue.Category) bool {
	switch m {
	case session.MethodPERSUASION:
		return slices.Contains(e.PersuasionCategories, string(c))
	case session.MethodMEDIATION:
		return slices.Contains(e.MediationCategories, string(c))
	}
	return true
}

// categoriesFor lists the categories the rule allows method m for, for refusals.
func (e Exemptions) categoriesFor(m session.Method) []string {
	if m == session.MethodPERSUASION {
		return e.PersuasionCategories
	}
	return e.MediationCategories
}

// MeetingMethod is how a recorded meeting decided: its method, or for a
// meeting recorded before methods were, VOTE when it has votes and
// MEDIATION when not (disputes were the only meetings without a vote).
func MeetingMethod(m *session.Method, voted bool) session.Method {
	switch {
	case m != nil:
		return *m
	case voted:
		return session.MethodVOTE
	}
	return session.MethodMEDIATION
}

// RecordEmergencyInput is the emergency path (先处置后报备): a courtyard
// head or officer records an urgent action already taken on a collected
// issue, before any meeting — a blocked ditch cleared after a storm. The
// issue moves on to VISITED; the next meeting (decideIssue) ratifies the
// action or not.
type RecordEmergencyInput struct {
	// IssueID is the issue, at COLLECTED.
	IssueID int
	// Action says what was done at once, by whom.
	Action string
	// OccurredAt is when the action was taken (nil: now).
	OccurredAt *time.Time
	// IdempotencyKey makes a retried request harmless.
	IdempotencyKey *string
}

// Run records the emergency.
func (in RecordEmergencyInput) Run(ctx context.Context, c *ent.Client) (Result[*ent.Issue], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RecordEmergencyInput) take(ctx context.Context, c *ent.Client) (*ent.Issue, error) {
	is, err := openIssue(ctx, c, in.IssueID, "record an emergency on", issuestep.StepEMERGENCY)
	if err != nil {
		return nil, err
	}
	if v := viewer.FromContext(ctx); !v.Covers(is.TownID, is.VillageID, is.CourtyardID) {
		return nil, Refuse(ErrActor, "issue_id", "this account does not serve the issue's courtyard")
	}
	if err := required("action", in.Action, "say what was done at once, and by whom"); err != nil {
		return nil, err
	}
	rule, err := RuleFor(ctx, c, is.VillageID)
	if err != nil {
		return nil, err
	}
	if !rule.AllowsEmergency(is.Category) {
		return nil, Refuse(ErrRule, "issue_id", "the rule lets only issues of %s be handled before a meeting, not %s",
			rule.EmergencyCategories, is.Category)
	}
	at, err := issueOccurred(ctx, c, is, in.OccurredAt)
	if err != nil {
		return nil, err
	}
	return advance(ctx, c, moveIssue(c, is).SetStage(issueTransition(issuestep.StepEMERGENCY).To[0]).
		SetEmergencyAt(at).SetEmergencyAction(in.Action), issuestep.StepEMERGENCY, at, "先处置后报备："+in.Action)
}

// method is how the meeting decides: Method, or when omitted VOTE — but a
// meeting recorded without votes on an issue its rule lets be mediated is
// mediation, as before methods were recorded.
func (in DecideIssueInput) method(is *ent.Issue, r Rule) session.Method {
	if in.Method != nil {
		return *in.Method
	}
	if in.VotesFor == nil && in.VotesAgainst == nil && in.VotesAbstain == nil && r.Allows(session.MethodMEDIATION, is.Category) {
		return session.MethodMEDIATION
	}
	return session.MethodVOTE
}

// checkMethod refuses a method the rule does not allow for the issue's
// category, a vote missing from a decision by vote or recorded with one
// by persuasion or mediation, and a ratification, custom outcome or
// mediation result the issue has no use for.
func (in DecideIssueInput) checkMethod(is *ent.Issue, r Rule, m session.Method, voted bool) error {
	switch {
	case m == session.MethodVOTE && !voted:
		return Refuse(ErrInvalid, "votes_for", "a decision by vote records votes for, against and abstaining (customs may be persuaded and disputes mediated where the rule allows: set the method)")
	case m != session.MethodVOTE && voted:
		return Refuse(ErrInvalid, "method", "a decision by %s records no vote", m)
	case !r.Allows(m, is.Category):
		return Refuse(ErrRule, "method", "the rule allows deciding by %s only for %s, not %s",
			m, r.categoriesFor(m), is.Category)
	case is.EmergencyAt != nil && in.Ratified == nil:
		return Refuse(ErrInvalid, "ratified", "the issue was handled as an emergency: say whether the meeting ratifies the action taken")
	case is.EmergencyAt == nil && in.Ratified != nil:
		return Refuse(ErrInvalid, "ratified", "only a meeting after an emergency ratifies one")
	case in.CustomOutcome != nil && is.Category != issue.CategoryCUSTOMS:
		return Refuse(ErrInvalid, "custom_outcome", "only a customs issue has a custom outcome, not %s", is.Category)
	case m == session.MethodMEDIATION && in.Outcome == session.OutcomeAPPROVED && (in.MediationResult == nil || strings.TrimSpace(*in.MediationResult) == ""):
		return Refuse(ErrInvalid, "mediation_result", "a decision by mediation records its result")
	}
	return nil
}

// decideStep is what the decide step records beyond its notes: the
// ratification of an emergency and the meeting's note.
func (in DecideIssueInput) decideStep(sc *ent.IssueStepCreate) {
	sc.SetNillableRatified(in.Ratified)
	if in.Note != nil {
		sc.SetNote(*in.Note)
	}
}

// decideNotes are the words of the decide step's method and ratification.
func (in DecideIssueInput) decideNotes(m session.Method) string {
	s := "（" + label.Of("SessionMethod", string(m)) + "）"
	if in.Ratified != nil {
		if *in.Ratified {
			s += "，追认应急处置"
		} else {
			s += "，不予追认应急处置"
		}
	}
	return s
}

// checkCustomOutcome refuses a custom outcome on an issue that is not a
// customs issue, and a customs issue carried out without one.
func checkCustomOutcome(is *ent.Issue, o *issue.CustomOutcome) error {
	switch {
	case o != nil && is.Category != issue.CategoryCUSTOMS:
		return Refuse(ErrInvalid, "custom_outcome", "only a customs issue has a custom outcome, not %s", is.Category)
	case o == nil && is.CustomOutcome == nil && is.Category == issue.CategoryCUSTOMS:
		return Refuse(ErrInvalid, "custom_outcome", "a customs issue carried out records what became of the custom (stopped, reduced, persuaded or held)")
	}
	return nil
}

// customOutcomeWord names a custom outcome in a step's notes.
func customOutcomeWord(o *issue.CustomOutcome) string {
	if o == nil {
		return ""
	}
	return "（" + label.Of("IssueCustomOutcome", string(*o)) + "）"
}

func init() {
	register("decided without a vote or before a meeting only where the rule allows", checkExemptionsAllowed)
}

// checkExemptionsAllowed finds meetings decided by persuasion or mediation,
// and emergencies, on issues whose category the village's rule does not
// exempt; custom outcomes on issues that are not customs issues; and
// emergencies decided without a ratification.
func checkExemptionsAllowed(ctx context.Context, c *ent.Client) ([]Violation, error) {
	const name = "decided without a vote or before a meeting only where the rule allows"
	rs, err := loadRules(ctx, c)
	if err != nil {
		return nil, err
	}
	var vs []Violation
	meetings, err := c.Session.Query().Where(session.KindEQ(session.KindDELIBERATION), session.IssueIDNotNil(),
		session.Or(session.MethodIn(session.MethodPERSUASION, session.MethodMEDIATION), session.And(session.MethodIsNil(), session.VotesForIsNil()))).
		WithIssue().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range meetings {
		r, err := rs.of(ctx, c, m.VillageID)
		if err != nil {
			return nil, err
		}
		method := MeetingMethod(m.Method, m.VotesFor != nil)
		if m.Edges.Issue != nil && !r.Allows(method, m.Edges.Issue.Category) {
			vs = append(vs, Violation{name, fmt.Sprintf("Session %d", m.ID), fmt.Sprintf("%s decided by %s", m.Edges.Issue.Category, method)})
		}
	}
	odd, err := c.Issue.Query().Where(issue.Or(issue.EmergencyAtNotNil(),
		issue.And(issue.CustomOutcomeNotNil(), issue.CategoryNEQ(issue.CategoryCUSTOMS)))).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, is := range odd {
		rec := fmt.Sprintf("Issue %d", is.ID)
		if is.CustomOutcome != nil && is.Category != issue.CategoryCUSTOMS {
			vs = append(vs, Violation{name, rec, fmt.Sprintf("custom outcome %s on a %s issue", *is.CustomOutcome, is.Category)})
		}
		if is.EmergencyAt == nil {
			continue
		}
		r, err := rs.of(ctx, c, is.VillageID)
		if err != nil {
			return nil, err
		}
		if !r.AllowsEmergency(is.Category) {
			vs = append(vs, Violation{name, rec, fmt.Sprintf("emergency on a %s issue", is.Category)})
		}
		if is.DecidedAt != nil {
			n, err := c.IssueStep.Query().Where(issuestep.IssueID(is.ID), issuestep.StepEQ(issuestep.StepDECIDED), issuestep.RatifiedNotNil()).Count(ctx)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				vs = append(vs, Violation{name, rec, "decided after an emergency without saying whether it was ratified"})
			}
		}
	}
	return vs, nil
}
