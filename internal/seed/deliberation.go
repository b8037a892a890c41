package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/session"
	"yuanbahui/internal/label"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// --- issues ---

// issueStages are the six steps in order; issuePlan.times is indexed alike.
var issueStages = [6]issue.Stage{
	issue.StageCOLLECTED, issue.StageCONFIRMED, issue.StageVISITED,
	issue.StageDECIDED, issue.StageEXECUTED, issue.StageEVALUATED,
}

const (
	stageCollected = iota
	stageConfirmed
	stageVisited
	stageDecided
	stageExecuted
	stageEvaluated
)

// issueCategories in schema order, with their monthly weights (seasonality:
// rain damages roads and pipes from May to September, spring clean-ups fill
// March to May, banquets cluster around the Spring Festival and October).
var issueCategories = []issue.Category{
	issue.CategoryPUBLIC_FACILITY, issue.CategoryLIVING_ENVIRONMENT, issue.CategoryDISPUTE, issue.CategoryCUSTOMS,
}

func categoryWeights(m time.Month) []int {
	w := []int{16, 16, 21, 2}
	if m >= time.May && m <= time.September {
		w[0] = 32
	}
	if m >= time.March && m <= time.May {
		w[1] = 24
	}
	if m == time.January || m == time.February || m == time.October {
		w[3] = 7
	}
	return w
}

// executeWithin is how long carrying out a decision may take per category.
func executeWithin(c issue.Category) time.Duration {
	switch c {
	case issue.CategoryPUBLIC_FACILITY:
		return 45 * day
	case issue.CategoryLIVING_ENVIRONMENT:
		return 30 * day
	case issue.CategoryCUSTOMS:
		return 10 * day
	default:
		return 7 * day
	}
}

type issuePlan struct {
	courtyard                          int
	item                               int
	title                              string
	description                        string
	stage                              int
	times                              [6]time.Time // collected … evaluated; zero beyond stage
	escalate                           bool         // goes up to the village once visited
	escalated, approved                time.Time    // escalated to the village, approved by it
	hhRepresented, hhTotal             int          // households at the meeting, of the courtyard's
	fundFen                            int64
	votes                              bool
	vFor, vAgainst, vAbstain, vPresent int
	decision, outcome                  string
	raisedBy                           int // resident index, -1 if collected by the informant
	// failed are the meetings that did not approve a decision, in time
	// order; closed: the issue was closed at the last of them.
	failed []failedMeeting
	closed bool
	// emergency is when the courtyard acted at once (先处置后报备, zero:
	// no emergency), emergencyAction what it did; the meeting that decided
	// next ratified it or not.
	emergency       time.Time
	emergencyAction string
	ratified        bool
	// method is how the meeting decided (VOTE, PERSUASION or MEDIATION);
	// customOutcome what became of a customs case carried out.
	method        session.Method
	customOutcome issue.CustomOutcome
	// lateBy is how long after each step it was typed in (0: at once).
	lateBy time.Duration
}

// planIssues plans every courtyard's issues through the six-step loop. An
// issue reaches the steps whose time has come by AsOf; a few stall earlier,
// and the sample is made to hold every stage of every category.
func (s *seeder) planIssues() {
	r := s.rng("issues")
	byCategory := make([][]int, len(issueCategories))
	itemWeights := make([][]int, len(issueCategories))
	for i, d := range issueItems {
		k := slices.Index(issueCategories, d.Category)
		byCategory[k] = append(byCategory[k], i)
		itemWeights[k] = append(itemWeights[k], d.Weight)
	}
	for ci, c := range s.courtyards {
		n := poisson(r, s.sc.Issues*c.activity)
		for range n {
			t0 := seasonal(r, &recordSeason, s.from, s.asOf)
			k := weighted(r, categoryWeights(t0.Month()))
			item := byCategory[k][weighted(r, itemWeights[k])]
			d := issueItems[item]
			p := &issuePlan{courtyard: ci, item: item, title: pick(r, d.Titles), raisedBy: -1}
			if chance(r, 0.8) {
				p.raisedBy = pick(r, c.adults)
				p.description = fmt.Sprintf("%s群众在院坝会上反映：%s，希望尽快解决。", c.name, p.title)
			} else {
				p.description = fmt.Sprintf("信息员走访%s收集：%s。", c.name, p.title)
			}
			escalate := chance(r, d.Escalate)
			ts := &p.times
			ts[stageCollected] = t0
			ts[stageConfirmed] = later(r, ts[0], 4*time.Hour, 5*day)
			ts[stageVisited] = later(r, ts[1], day, 7*day)
			decide := 14 * day
			if d.Category == issue.CategoryDISPUTE {
				decide = 7 * day
			}
			if escalate {
				decide += 14 * day
			}
			ts[stageDecided] = later(r, ts[2], day, decide)
			ts[stageExecuted] = later(r, ts[3], 12*time.Hour, executeWithin(d.Category))
			ts[stageEvaluated] = later(r, ts[4], 7*day, 30*day)
			p.stage = stageCollected
			for st := stageConfirmed; st <= stageEvaluated && !ts[st].After(s.asOf); st++ {
				p.stage = st
			}
			// Some issues stall: parties cannot be reached, funds are not found.
			if p.stage > stageCollected && chance(r, 0.05) {
				p.stage = r.IntN(p.stage)
			}
			p.escalate = escalate
			s.issues = append(s.issues, p)
		}
	}
	// Make sure the sample shows every stage of every category.
	for _, cat := range issueCategories {
		for st := stageCollected; st < stageEvaluated; st++ {
			if slices.ContainsFunc(s.issues, func(p *issuePlan) bool { return p.stage == st && issueItems[p.item].Category == cat }) {
				continue
			}
			var cands []*issuePlan
			for _, p := range s.issues {
				if p.stage > st && issueItems[p.item].Category == cat {
					cands = append(cands, p)
				}
			}
			if len(cands) > 0 {
				pick(r, cands).stage = st
			}
		}
	}
	for _, p := range s.issues {
		s.finishIssue(r, p)
	}
	sortStable(s.issues, func(p *issuePlan) int64 { return p.times[0].Unix() })
	s.planFailedMeetings()
	s.planEmergencies()
	s.planCustomsOutcomes()
	s.planLateSteps()
}

// finishIssue clears the steps not reached and fills what the reached steps
// imply, obeying the district's deliberation rule (workflow.DefaultRule):
// collective funds above the threshold are escalated and approved by the
// village before the decision; the meeting reaches its quorum of households;
// the vote adds up to those present and carries.
func (s *seeder) finishIssue(r *rand.Rand, p *issuePlan) {
	for st := p.stage + 1; st <= stageEvaluated; st++ {
		p.times[st] = time.Time{}
	}
	d := issueItems[p.item]
	c := s.courtyards[p.courtyard]
	decision := pick(r, d.Decisions)
	if p.stage >= stageDecided && strings.Contains(decision, "{fund}") {
		yuan := pick(r, d.FundsYuan)
		p.fundFen = int64(yuan) * 100
		decision = strings.ReplaceAll(decision, "{fund}", fmt.Sprintf("%d元", yuan))
	}
	if p.stage >= stageDecided && workflow.DefaultRule.NeedsVillage(d.Category, p.fundFen) {
		p.escalate = true
	}
	if p.escalate && p.stage >= stageVisited {
		v := p.times[stageVisited]
		if p.stage >= stageDecided {
			gap := p.times[stageDecided].Sub(v)
			p.escalated = v.Add(gap / 3).Truncate(time.Second)
			p.approved = v.Add(2 * gap / 3).Truncate(time.Second)
		} else if v.Add(time.Hour).Before(s.asOf) {
			p.escalated = between(r, v.Add(time.Hour), earliest(v.Add(3*day), s.asOf))
			if p.escalated.Add(day).Before(s.asOf) && chance(r, 0.5) {
				p.approved = between(r, p.escalated.Add(time.Hour), earliest(p.escalated.Add(7*day), s.asOf))
			}
		}
	}
	if p.stage < stageDecided {
		return
	}
	p.decision = decision
	// The meeting: at least half the courtyard's households represented.
	p.hhTotal = max(len(c.households), 1)
	half := (p.hhTotal + 1) / 2
	p.hhRepresented = half + r.IntN(p.hhTotal-half+1)
	// Spending collective funds takes a show of hands; so do environment,
	// facility and customs matters. Disputes are mediated, not voted.
	if p.fundFen > 0 || d.Category != issue.CategoryDISPUTE {
		p.votes = true
		p.vPresent = max(min(12+r.IntN(34), len(c.adults)), p.hhRepresented)
		p.vAbstain = r.IntN(3)
		p.vAgainst = r.IntN(p.vPresent/8 + 1)
		p.vFor = p.vPresent - p.vAgainst - p.vAbstain
		if !workflow.DefaultRule.Carried(p.vFor, p.vPresent) { // tiny courtyards
			p.vAgainst, p.vAbstain, p.vFor = 0, 0, p.vPresent
		}
		p.decision += fmt.Sprintf("（到场%d人，赞成%d人）", p.vPresent, p.vFor)
	}
	if p.stage >= stageExecuted {
		p.outcome = pick(r, d.Outcomes)
	}
	if p.stage >= stageEvaluated {
		p.outcome += "；群众评价满意"
	}
}

// writeIssues writes the district's deliberation rule, then plans and
// writes the issues.
func (s *seeder) writeIssues(ctx context.Context) error {
	err := insert(ctx, s, kDeliberationRule, 1,
		func(c *ent.Client, _ int) *ent.DeliberationRuleCreate {
			r := workflow.DefaultRule
			return c.DeliberationRule.Create().SetDistrictID(s.districtID).
				SetMajorityNumerator(r.MajorityNum).SetMajorityDenominator(r.MajorityDen).
				SetQuorumNumerator(r.QuorumNum).SetQuorumDenominator(r.QuorumDen).
				SetFundThresholdFen(r.FundThresholdFen).SetEscalateCategories(r.EscalateCategories).
				SetCreatedAt(s.start).SetUpdatedAt(s.start)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.DeliberationRuleCreate) error {
			return c.DeliberationRule.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	s.planIssues()
	err = insert(ctx, s, kIssue, len(s.issues),
		func(c *ent.Client, i int) *ent.IssueCreate {
			p := s.issues[i]
			tid, vid := s.area(p.courtyard)
			d := issueItems[p.item]
			b := c.Issue.Create().SetTitle(p.title).SetDescription(p.description).
				SetCategory(d.Category).SetStage(issueStages[p.stage]).SetItemID(s.id(kIssueItem, p.item)).
				SetCourtyardID(s.id(kCourtyard, p.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetCollectedAt(p.times[0]).SetCreatedAt(p.times[0])
			updated := latest(p.times[p.stage], p.emergency)
			setters := [6]func(time.Time) *ent.IssueCreate{
				b.SetCollectedAt, b.SetConfirmedAt, b.SetVisitedAt, b.SetDecidedAt, b.SetExecutedAt, b.SetEvaluatedAt,
			}
			for st := stageConfirmed; st <= p.stage; st++ {
				if !p.times[st].IsZero() { // an emergency skips confirmation and the visit
					setters[st](p.times[st])
				}
			}
			if !p.escalated.IsZero() {
				b.SetEscalatedAt(p.escalated)
				updated = latest(updated, p.escalated)
			}
			if !p.approved.IsZero() {
				b.SetEscalationApprovedAt(p.approved)
				updated = latest(updated, p.approved)
			}
			if n := len(p.failed); n > 0 {
				last := p.failed[n-1]
				updated = latest(updated, last.at)
				if p.decision == "" {
					b.SetDecision(last.decision)
				}
				if p.closed {
					b.SetStage(issue.StageCLOSED).SetClosedAt(last.at).SetCloseReason("议事会否决：" + last.decision)
				}
			}
			b.SetUpdatedAt(updated)
			if p.raisedBy >= 0 {
				b.SetRaisedByID(s.id(kResident, p.raisedBy))
			}
			if p.fundFen > 0 {
				b.SetCollectiveFundFen(p.fundFen)
			}
			if p.votes {
				b.SetVotesFor(p.vFor).SetVotesAgainst(p.vAgainst).SetVotesAbstain(p.vAbstain).SetVotesPresent(p.vPresent)
			}
			if p.decision != "" {
				b.SetDecision(p.decision)
				if d.Category == issue.CategoryDISPUTE {
					b.SetMediationResult(p.decision)
				}
			}
			if p.fundFen > 0 {
				b.SetFundPurpose(p.title)
			}
			if p.outcome != "" {
				b.SetOutcome(p.outcome)
				if d.Category == issue.CategoryCUSTOMS {
					b.SetCustomChange(p.outcome)
				}
			}
			if p.stage >= stageEvaluated {
				b.SetSatisfied(true)
			}
			if !p.emergency.IsZero() {
				b.SetEmergencyAt(p.emergency).SetEmergencyAction(p.emergencyAction)
			}
			if p.customOutcome != "" {
				b.SetCustomOutcome(p.customOutcome)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IssueCreate) error {
			return c.Issue.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	return s.writeIssueHistory(ctx)
}

// stepPlan is one step of an issue's history.
type stepPlan struct {
	issue    int
	step     issuestep.Step
	at       time.Time
	notes    string
	ratified *bool // the decide step after an emergency
}

// partyPlan is a resident in a dispute.
type partyPlan struct{ issue, resident int }

// writeIssueHistory writes each issue's steps (the times on the issue, in
// order; seeded steps have no account) and the parties of disputes: the
// resident who raised it and a neighbour.
func (s *seeder) writeIssueHistory(ctx context.Context) error {
	var steps []stepPlan
	var parties []partyPlan
	for ii, p := range s.issues {
		add := func(st issuestep.Step, at time.Time, notes string) {
			if !at.IsZero() {
				steps = append(steps, stepPlan{issue: ii, step: st, at: at, notes: notes})
			}
		}
		add(issuestep.StepRAISED, p.times[stageCollected], p.title)
		add(issuestep.StepCONFIRMED, p.times[stageConfirmed], "")
		add(issuestep.StepVISITED, p.times[stageVisited], "")
		add(issuestep.StepEMERGENCY, p.emergency, "先处置后报备："+p.emergencyAction)
		add(issuestep.StepESCALATED, p.escalated, "")
		add(issuestep.StepESCALATION_APPROVED, p.approved, "")
		for _, m := range p.failed {
			add(issuestep.StepDECIDED, m.at, m.notes())
		}
		add(issuestep.StepDECIDED, p.times[stageDecided], p.decision)
		if !p.emergency.IsZero() && p.stage >= stageDecided {
			steps[len(steps)-1].ratified = &p.ratified
			if p.ratified {
				steps[len(steps)-1].notes += "（追认应急处置）"
			} else {
				steps[len(steps)-1].notes += "（未追认应急处置）"
			}
		}
		executed := p.outcome
		if p.customOutcome != "" {
			executed += "（" + label.Of("IssueCustomOutcome", string(p.customOutcome)) + "）"
		}
		add(issuestep.StepEXECUTED, p.times[stageExecuted], executed)
		add(issuestep.StepEVALUATED, p.times[stageEvaluated], "满意")
		if issueItems[p.item].Category == issue.CategoryDISPUTE && p.raisedBy >= 0 {
			adults := s.courtyards[p.courtyard].adults
			other := adults[(slices.Index(adults, p.raisedBy)+1)%len(adults)]
			parties = append(parties, partyPlan{ii, p.raisedBy})
			if other != p.raisedBy {
				parties = append(parties, partyPlan{ii, other})
			}
		}
	}
	err := insert(ctx, s, kIssueStep, len(steps),
		func(c *ent.Client, i int) *ent.IssueStepCreate {
			st := steps[i]
			p := s.issues[st.issue]
			tid, vid := s.area(p.courtyard)
			rec := st.at
			if p.lateBy > 0 && st.at.Add(p.lateBy).Before(s.asOf) {
				rec = st.at.Add(p.lateBy)
			}
			name, role := s.stepActor(p, st.step, st.at)
			return c.IssueStep.Create().SetIssueID(s.id(kIssue, st.issue)).SetCourtyardID(s.id(kCourtyard, p.courtyard)).
				SetTownID(tid).SetVillageID(vid).SetStep(st.step).SetAt(st.at).SetNotes(st.notes).
				SetRecordedAt(rec).SetActorName(name).SetActorRole(role).SetNillableRatified(st.ratified).
				SetCreatedAt(rec).SetUpdatedAt(rec)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IssueStepCreate) error {
			return c.IssueStep.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	return insert(ctx, s, kIssueParty, len(parties),
		func(c *ent.Client, i int) *ent.IssuePartyCreate {
			pp := parties[i]
			at := s.issues[pp.issue].times[stageCollected]
			return c.IssueParty.Create().SetIssueID(s.id(kIssue, pp.issue)).SetResidentID(s.id(kResident, pp.resident)).
				SetCreatedAt(at).SetUpdatedAt(at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IssuePartyCreate) error {
			return c.IssueParty.CreateBulk(bs...).Exec(ctx)
		})
}

// stepActor is who took an issue's step at, as the seed's steps have no
// account: the courtyard's informant collects what residents did not raise
// at a meeting, the village's cadre (the courtyard's agent, an appointed
// officer) approves an escalation, and the courtyard head takes the rest.
func (s *seeder) stepActor(p *issuePlan, st issuestep.Step, at time.Time) (string, viewer.Role) {
	switch {
	case st == issuestep.StepRAISED && p.raisedBy < 0:
		return s.residents[s.activeAt(p.courtyard, roleInformant, at).resident].name, viewer.CourtyardOfficer
	case st == issuestep.StepESCALATION_APPROVED:
		return s.residents[s.activeAt(p.courtyard, roleAgent, at).resident].name, viewer.VillageCadre
	}
	return s.residents[s.activeAt(p.courtyard, roleHead, at).resident].name, viewer.CourtyardOfficer
}

// --- golden ideas ---

type ideaPlan struct {
	courtyard int
	content   string
	submitted time.Time
	adopted   time.Time // zero if not adopted
	proposer  int
}

// writeIdeas plans and writes golden ideas; a good share is adopted within
// two months.
func (s *seeder) writeIdeas(ctx context.Context) error {
	r := s.rng("ideas")
	for ci, c := range s.courtyards {
		for range poisson(r, s.sc.Ideas*c.activity) {
			p := &ideaPlan{courtyard: ci, content: pick(r, ideaContents), proposer: pick(r, c.adults)}
			p.submitted = seasonal(r, &recordSeason, s.from, s.asOf)
			if p.submitted.Add(7*day).Before(s.asOf) && chance(r, 0.45) {
				p.adopted = between(r, p.submitted.Add(5*day), earliest(p.submitted.Add(60*day), s.asOf))
			}
			s.ideas = append(s.ideas, p)
		}
	}
	sortStable(s.ideas, func(p *ideaPlan) int64 { return p.submitted.Unix() })
	return insert(ctx, s, kIdea, len(s.ideas),
		func(c *ent.Client, i int) *ent.IdeaCreate {
			p := s.ideas[i]
			tid, vid := s.area(p.courtyard)
			b := c.Idea.Create().SetContent(p.content).SetSubmittedAt(p.submitted).
				SetProposerID(s.id(kResident, p.proposer)).SetCourtyardID(s.id(kCourtyard, p.courtyard)).
				SetTownID(tid).SetVillageID(vid).SetCreatedAt(p.submitted).SetUpdatedAt(p.submitted).
				SetAdopted(!p.adopted.IsZero())
			if !p.adopted.IsZero() {
				b.SetAdoptedAt(p.adopted).SetUpdatedAt(p.adopted)
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.IdeaCreate) error {
			return c.Idea.CreateBulk(bs...).Exec(ctx)
		})
}
