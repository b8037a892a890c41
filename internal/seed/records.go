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
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
)

// --- village catalogues: supermarket goods and quarter themes ---

type goodPlan struct {
	village int
	good    int // index into supermarketGoods
	stock   int
}

type themePlan struct {
	village int
	quarter period.Period
	topic   int // index into lectureTopics
	title   string
}

// writeVillageCatalogues plans and writes each village's supermarket goods
// and its 2–3 lecture themes per quarter. Topics rotate through a per-village
// order of the eight lectures, so every village covers all eight within a few
// quarters and never repeats a topic within one.
func (s *seeder) writeVillageCatalogues(ctx context.Context) error {
	r := s.rng("village catalogues")
	for vi, v := range s.villages {
		n := min(s.sc.GoodsPerVillage.draw(r), len(supermarketGoods))
		for _, g := range r.Perm(len(supermarketGoods))[:n] {
			v.goods = append(v.goods, len(s.goods))
			s.goods = append(s.goods, &goodPlan{village: vi, good: g, stock: 10 + r.IntN(91)})
		}
		order := r.Perm(len(lectureTopics))
		next := 0
		for _, q := range s.quarters() {
			k := min(s.sc.ThemesPerQuarter.draw(r), len(lectureTopics))
			for range k {
				topic := order[next%len(order)]
				next++
				s.themes = append(s.themes, &themePlan{
					village: vi, quarter: q, topic: topic, title: pick(r, themeTitles[topic]),
				})
			}
		}
	}
	t := s.start
	err := insert(ctx, s, kSupermarketItem, len(s.goods),
		func(c *ent.Client, i int) *ent.SupermarketItemCreate {
			g := s.goods[i]
			d := supermarketGoods[g.good]
			return c.SupermarketItem.Create().
				SetName(d.Name).SetPointsCost(d.Cost).SetStock(g.stock).
				SetActive(true).SetVillageID(s.id(kVillage, g.village)).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.SupermarketItemCreate) error {
			return c.SupermarketItem.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	return insert(ctx, s, kQuarterTheme, len(s.themes),
		func(c *ent.Client, i int) *ent.QuarterThemeCreate {
			th := s.themes[i]
			at := latest(th.quarter.Start, s.start)
			return c.QuarterTheme.Create().SetQuarter(th.quarter.Label).
				SetTopic(quartertheme.Topic(lectureTopics[th.topic])).SetTitle(th.title).
				SetVillageID(s.id(kVillage, th.village)).SetCreatedAt(at).SetUpdatedAt(at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.QuarterThemeCreate) error {
			return c.QuarterTheme.CreateBulk(bs...).Exec(ctx)
		})
}

// quarters returns the quarters of the history.
func (s *seeder) quarters() []period.Period {
	return period.Overlapping(period.Quarter, s.start, s.asOf)
}

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
			updated := p.times[p.stage]
			setters := [6]func(time.Time) *ent.IssueCreate{
				b.SetCollectedAt, b.SetConfirmedAt, b.SetVisitedAt, b.SetDecidedAt, b.SetExecutedAt, b.SetEvaluatedAt,
			}
			for st := stageConfirmed; st <= p.stage; st++ {
				setters[st](p.times[st])
			}
			if !p.escalated.IsZero() {
				b.SetEscalatedAt(p.escalated)
				updated = latest(updated, p.escalated)
			}
			if !p.approved.IsZero() {
				b.SetEscalationApprovedAt(p.approved)
				updated = latest(updated, p.approved)
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
	issue int
	step  issuestep.Step
	at    time.Time
	notes string
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
				steps = append(steps, stepPlan{ii, st, at, notes})
			}
		}
		add(issuestep.StepRAISED, p.times[stageCollected], p.title)
		add(issuestep.StepCONFIRMED, p.times[stageConfirmed], "")
		add(issuestep.StepVISITED, p.times[stageVisited], "")
		add(issuestep.StepESCALATED, p.escalated, "")
		add(issuestep.StepESCALATION_APPROVED, p.approved, "")
		add(issuestep.StepDECIDED, p.times[stageDecided], p.decision)
		add(issuestep.StepEXECUTED, p.times[stageExecuted], p.outcome)
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
			return c.IssueStep.Create().SetIssueID(s.id(kIssue, st.issue)).SetCourtyardID(s.id(kCourtyard, p.courtyard)).
				SetTownID(tid).SetVillageID(vid).SetStep(st.step).SetAt(st.at).SetNotes(st.notes).
				SetCreatedAt(st.at).SetUpdatedAt(st.at)
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

// --- proxy-service tickets ---

type ticketPlan struct {
	courtyard int
	service   int
	applicant int
	agent     int // resident index
	mode      ticket.Mode
	status    ticket.Status
	submitted time.Time
	accepted  time.Time // zero while SUBMITTED, or withdrawn before acceptance
	due       time.Time // accepted + the service's time limit; zero when not accepted
	completed time.Time // zero while open
}

// ticketNotes are the agent's notes by status.
var ticketNotes = map[ticket.Status][]string{
	ticket.StatusSUBMITTED:   {""},
	ticket.StatusACCEPTED:    {"已受理，待补充材料", "已受理，材料齐全"},
	ticket.StatusIN_PROGRESS: {"材料已报送镇便民服务中心，等待审批", "已提交区级部门审核"},
	ticket.StatusCOMPLETED:   {"已办结，结果已送达群众手中", "代办员全程跑办，已办结", "现场办结"},
	ticket.StatusREJECTED:    {"不符合申请条件，已向群众解释政策"},
	ticket.StatusWITHDRAWN:   {"群众自行办理，撤回申请"},
}

// planTickets plans the tickets of every courtyard: submitted through the
// history (with the ticket season; medical insurance peaks in autumn), due
// after the service's time limit, and settled according to how long they have
// been open by AsOf.
func (s *seeder) planTickets() {
	r, acc := s.rng("tickets"), s.rng("ticket acceptance")
	for ci, c := range s.courtyards {
		for range poisson(r, s.sc.Tickets*c.activity) {
			sub := seasonal(r, &ticketSeason, s.from, s.asOf)
			w := make([]int, len(serviceTypes))
			for i, d := range serviceTypes {
				w[i] = d.Weight
				if slices.Contains(d.Peak, int(sub.Month())) {
					w[i] *= 3
				}
			}
			svc := weighted(r, w)
			d := serviceTypes[svc]
			t := &ticketPlan{
				courtyard: ci, service: svc, submitted: sub,
				applicant: s.pickApplicant(r, c, d.MinAge),
				mode:      ticketModes[weighted(r, d.Modes[:])],
			}
			s.settleTicket(r, t)
			s.acceptTicket(acc, t)
			s.tickets = append(s.tickets, t)
		}
	}
	// Make sure the sample shows every status, and overdue tickets.
	for _, st := range []ticket.Status{ticket.StatusSUBMITTED, ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS,
		ticket.StatusCOMPLETED, ticket.StatusREJECTED, ticket.StatusWITHDRAWN} {
		if !slices.ContainsFunc(s.tickets, func(t *ticketPlan) bool { return t.status == st }) {
			t := pick(r, s.tickets)
			s.forceTicket(r, t, st, false)
			s.acceptTicket(acc, t)
		}
	}
	if !slices.ContainsFunc(s.tickets, s.overdue) {
		t := pick(r, s.tickets)
		s.forceTicket(r, t, ticket.StatusIN_PROGRESS, true)
		s.acceptTicket(acc, t)
	}
	sortStable(s.tickets, func(t *ticketPlan) int64 { return t.submitted.Unix() })
}

// acceptTicket times the acceptance of a settled ticket, as acceptTicket
// does: within half a day of submission (none for a ticket still SUBMITTED,
// or withdrawn before it), by the courtyard's agent then, due the service's
// time limit later (workflow.DueAt).
func (s *seeder) acceptTicket(r *rand.Rand, t *ticketPlan) {
	at := later(r, t.submitted, 20*time.Minute, 12*time.Hour)
	t.accepted, t.due, t.agent = time.Time{}, time.Time{}, -1
	if t.status == ticket.StatusSUBMITTED || at.After(s.asOf) || (!t.completed.IsZero() && !at.Before(t.completed)) {
		if t.status == ticket.StatusACCEPTED || t.status == ticket.StatusIN_PROGRESS || t.status == ticket.StatusCOMPLETED {
			panic(fmt.Sprintf("seed: %s ticket submitted %v cannot be accepted at %v", t.status, t.submitted, at))
		}
		return
	}
	t.accepted = at
	t.due = workflow.DueAt(at, serviceTypes[t.service].LimitDays)
	t.agent = s.activeAt(t.courtyard, roleAgent, at).resident
}

// overdue reports whether a ticket is still open past its due time.
func (s *seeder) overdue(t *ticketPlan) bool {
	return t.completed.IsZero() && !t.due.IsZero() && t.due.Before(s.asOf)
}

// limit returns the time limit of a ticket's service.
func (t *ticketPlan) limit() time.Duration {
	return time.Duration(serviceTypes[t.service].LimitDays) * day
}

// settleTicket sets the due time, status and completion of a ticket.
func (s *seeder) settleTicket(r *rand.Rand, t *ticketPlan) {
	lim := t.limit()
	t.due = t.submitted.AddDate(0, 0, serviceTypes[t.service].LimitDays)
	closeAt := func(st ticket.Status, lo, hi time.Duration) {
		at := later(r, t.submitted, lo, hi)
		if at.After(s.asOf) {
			s.openTicket(t)
			return
		}
		t.status, t.completed = st, at
	}
	switch u := r.Float64(); {
	case u < 0.04:
		closeAt(ticket.StatusWITHDRAWN, time.Hour, lim/2)
	case u < 0.10:
		closeAt(ticket.StatusREJECTED, day, lim)
	case u < 0.13 && t.due.Before(s.asOf):
		// Stuck: waiting on another office past the time limit.
		t.status = pick(r, []ticket.Status{ticket.StatusACCEPTED, ticket.StatusIN_PROGRESS, ticket.StatusIN_PROGRESS})
	case chance(r, 0.06):
		closeAt(ticket.StatusCOMPLETED, lim+lim/20, lim+lim/2) // completed late
	default:
		closeAt(ticket.StatusCOMPLETED, lim/5, lim-lim/20)
	}
}

// openTicket sets the status of a ticket still open at AsOf from its age.
func (s *seeder) openTicket(t *ticketPlan) {
	t.completed = time.Time{}
	switch age := s.asOf.Sub(t.submitted); {
	case age < 12*time.Hour:
		t.status = ticket.StatusSUBMITTED
	case age < t.limit()/4:
		t.status = ticket.StatusACCEPTED
	default:
		t.status = ticket.StatusIN_PROGRESS
	}
}

// forceTicket re-times ticket t so that it has status st at AsOf (overdue:
// still open past its due time).
func (s *seeder) forceTicket(r *rand.Rand, t *ticketPlan, st ticket.Status, overdue bool) {
	lim := t.limit()
	var sub time.Time
	switch {
	case overdue:
		sub = s.asOf.Add(-lim - time.Duration(2+r.IntN(14))*day)
	case st == ticket.StatusSUBMITTED:
		sub = s.asOf.Add(-time.Duration(1+r.IntN(10)) * time.Hour)
	case st == ticket.StatusACCEPTED:
		sub = s.asOf.Add(-12*time.Hour - time.Duration(r.Int64N(int64(lim/4-12*time.Hour)/int64(time.Second)))*time.Second)
	case st == ticket.StatusIN_PROGRESS:
		sub = s.asOf.Add(-lim / 2)
	default:
		sub = s.asOf.Add(-2 * lim)
	}
	t.submitted = sub
	t.due = sub.AddDate(0, 0, serviceTypes[t.service].LimitDays)
	t.status, t.completed = st, time.Time{}
	if st == ticket.StatusCOMPLETED || st == ticket.StatusREJECTED || st == ticket.StatusWITHDRAWN {
		t.completed = sub.Add(lim / 2)
	}
}

// pickApplicant picks an adult of courtyard c, at least minAge old when
// possible (the oldest adult otherwise).
func (s *seeder) pickApplicant(r *rand.Rand, c *courtyardPlan, minAge int) int {
	if minAge == 0 {
		return pick(r, c.adults)
	}
	year := s.asOf.Year()
	var cands []int
	oldest := c.adults[0]
	for _, ri := range c.adults {
		by := s.residents[ri].birthYear
		if year-by >= minAge {
			cands = append(cands, ri)
		}
		if by < s.residents[oldest].birthYear {
			oldest = ri
		}
	}
	if len(cands) == 0 {
		return oldest
	}
	return pick(r, cands)
}

// writeTickets plans and writes the tickets.
func (s *seeder) writeTickets(ctx context.Context) error {
	s.planTickets()
	r := s.rng("ticket notes")
	notes := make([]string, len(s.tickets))
	for i, t := range s.tickets {
		notes[i] = pick(r, ticketNotes[t.status])
	}
	return insert(ctx, s, kTicket, len(s.tickets),
		func(c *ent.Client, i int) *ent.TicketCreate {
			t := s.tickets[i]
			tid, vid := s.area(t.courtyard)
			b := c.Ticket.Create().SetMode(t.mode).SetStatus(t.status).SetSubmittedAt(t.submitted).
				SetCourtyardID(s.id(kCourtyard, t.courtyard)).SetTownID(tid).SetVillageID(vid).
				SetApplicantID(s.id(kResident, t.applicant)).SetServiceTypeID(s.id(kServiceType, t.service)).
				SetCreatedAt(t.submitted).SetUpdatedAt(t.submitted)
			if !t.accepted.IsZero() {
				b.SetAcceptedAt(t.accepted).SetDueAt(t.due).SetAgentID(s.id(kResident, t.agent)).SetUpdatedAt(t.accepted)
			}
			if !t.completed.IsZero() {
				b.SetCompletedAt(t.completed).SetUpdatedAt(t.completed)
			}
			if notes[i] != "" {
				b.SetNote(notes[i])
			}
			return b
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.TicketCreate) error {
			return c.Ticket.CreateBulk(bs...).Exec(ctx)
		})
}
