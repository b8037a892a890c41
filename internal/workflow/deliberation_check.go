package workflow

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/predicate"
	"yuanbahui/ent/session"
)

func init() {
	register("votes add up", checkVotesAddUp)
	register("steps in order", checkStepsInOrder)
	register("approved decisions pass the rule", checkApprovedPass)
	register("escalated before spending over the threshold", checkEscalatedFirst)
}

// sumDiffers: votes for + against + abstain differ from the count present.
func sumDiffers(present string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sql.ExprP(fmt.Sprintf("%s + %s + %s <> %s", s.C("votes_for"), s.C("votes_against"), s.C("votes_abstain"), s.C(present))))
	}
}

func checkVotesAddUp(ctx context.Context, c *ent.Client) ([]Violation, error) {
	var vs []Violation
	issues, err := c.Issue.Query().Where(issue.VotesForNotNil(), predicate.Issue(sumDiffers(issue.FieldVotesPresent))).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, is := range issues {
		vs = append(vs, Violation{"votes add up", fmt.Sprintf("Issue %d", is.ID),
			fmt.Sprintf("%d+%d+%d ≠ %d present", *is.VotesFor, *is.VotesAgainst, *is.VotesAbstain, *is.VotesPresent)})
	}
	sessions, err := c.Session.Query().Where(session.VotesForNotNil(), predicate.Session(sumDiffers(session.FieldAttendance))).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range sessions {
		vs = append(vs, Violation{"votes add up", fmt.Sprintf("Session %d", s.ID),
			fmt.Sprintf("%d+%d+%d ≠ %d present", *s.VotesFor, *s.VotesAgainst, *s.VotesAbstain, s.Attendance)})
	}
	return vs, nil
}

// stepTimes are an issue's step times in the order they must come.
var stepTimes = []string{
	issue.FieldCollectedAt, issue.FieldConfirmedAt, issue.FieldVisitedAt, issue.FieldEmergencyAt, issue.FieldEscalatedAt,
	issue.FieldEscalationApprovedAt, issue.FieldDecidedAt, issue.FieldExecutedAt, issue.FieldEvaluatedAt,
}

// reached: the stage whose step time each stage requires; the loop's steps
// beyond an open issue's stage have no time.
var stageTime = map[issue.Stage]string{
	issue.StageCONFIRMED: issue.FieldConfirmedAt, issue.StageVISITED: issue.FieldVisitedAt,
	issue.StageDECIDED: issue.FieldDecidedAt, issue.StageEXECUTED: issue.FieldExecutedAt, issue.StageEVALUATED: issue.FieldEvaluatedAt,
}

func checkStepsInOrder(ctx context.Context, c *ent.Client) ([]Violation, error) {
	loop := issueLoop() // COLLECTED … EVALUATED, from IssueTransitions
	var conds []predicate.Issue
	// Times out of order (later steps compared with every earlier one).
	for i, a := range stepTimes {
		for _, b := range stepTimes[i+1:] {
			conds = append(conds, func(s *sql.Selector) { s.Where(sql.ColumnsGT(s.C(a), s.C(b))) })
		}
	}
	// An open issue has the times of the steps it reached, and no others.
	for i, st := range loop {
		for j, later := range loop[1:] {
			col := stageTime[later]
			switch {
			case j+1 <= i && (col == issue.FieldConfirmedAt || col == issue.FieldVisitedAt):
				// The emergency path (RecordEmergencyInput) skips confirmation and the visit.
				conds = append(conds, issue.And(issue.StageEQ(st), issue.EmergencyAtIsNil(), func(s *sql.Selector) { s.Where(sql.IsNull(s.C(col))) }))
			case j+1 <= i:
				conds = append(conds, issue.And(issue.StageEQ(st), func(s *sql.Selector) { s.Where(sql.IsNull(s.C(col))) }))
			default:
				conds = append(conds, issue.And(issue.StageEQ(st), func(s *sql.Selector) { s.Where(sql.NotNull(s.C(col))) }))
			}
		}
	}
	conds = append(conds,
		issue.And(issue.StageEQ(issue.StageCLOSED), issue.ClosedAtIsNil()),
		issue.And(issue.StageNEQ(issue.StageCLOSED), issue.ClosedAtNotNil()),
		issue.And(issue.EscalationApprovedAtNotNil(), issue.EscalatedAtIsNil()),
	)
	bad, err := c.Issue.Query().Where(issue.Or(conds...)).All(ctx)
	if err != nil {
		return nil, err
	}
	vs := make([]Violation, len(bad))
	for i, is := range bad {
		vs[i] = Violation{"steps in order", fmt.Sprintf("Issue %d", is.ID), fmt.Sprintf("stage %s with step times out of order or missing", is.Stage)}
	}
	return vs, nil
}

func checkApprovedPass(ctx context.Context, c *ent.Client) ([]Violation, error) {
	rs, err := loadRules(ctx, c)
	if err != nil {
		return nil, err
	}
	meetings, err := c.Session.Query().Where(session.KindEQ(session.KindDELIBERATION), session.OutcomeEQ(session.OutcomeAPPROVED)).All(ctx)
	if err != nil {
		return nil, err
	}
	var vs []Violation
	for _, m := range meetings {
		r, err := rs.of(ctx, c, m.VillageID)
		if err != nil {
			return nil, err
		}
		rec := fmt.Sprintf("Session %d", m.ID)
		switch {
		case m.HouseholdsRepresented == nil || m.HouseholdsTotal == nil:
			vs = append(vs, Violation{"approved decisions pass the rule", rec, "no household turnout recorded"})
		case MeetingMethod(m.Method, m.VotesFor != nil) != session.MethodVOTE:
			// Persuasion and mediation have no quorum or majority (checkMethodsAllowed).
		case !r.Quorate(*m.HouseholdsRepresented, *m.HouseholdsTotal):
			vs = append(vs, Violation{"approved decisions pass the rule", rec, fmt.Sprintf("no quorum: %d of %d households", *m.HouseholdsRepresented, *m.HouseholdsTotal)})
		case m.VotesFor != nil && !r.Carried(*m.VotesFor, m.Attendance):
			vs = append(vs, Violation{"approved decisions pass the rule", rec, fmt.Sprintf("not carried: %d of %d for", *m.VotesFor, m.Attendance)})
		}
	}
	return vs, nil
}

func checkEscalatedFirst(ctx context.Context, c *ent.Client) ([]Violation, error) {
	rs, err := loadRules(ctx, c)
	if err != nil {
		return nil, err
	}
	decided, err := c.Issue.Query().Where(issue.DecidedAtNotNil()).
		Select(issue.FieldID, issue.FieldVillageID, issue.FieldCategory, issue.FieldCollectiveFundFen,
			issue.FieldEscalationApprovedAt, issue.FieldDecidedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	var vs []Violation
	for _, is := range decided {
		r, err := rs.of(ctx, c, is.VillageID)
		if err != nil {
			return nil, err
		}
		var fund int64
		if is.CollectiveFundFen != nil {
			fund = *is.CollectiveFundFen
		}
		if r.NeedsVillage(is.Category, fund) && (is.EscalationApprovedAt == nil || is.EscalationApprovedAt.After(*is.DecidedAt)) {
			vs = append(vs, Violation{"escalated before spending over the threshold", fmt.Sprintf("Issue %d", is.ID),
				fmt.Sprintf("%s, %d fen decided without the village's approval first", is.Category, fund)})
		}
	}
	return vs, nil
}
