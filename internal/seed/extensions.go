package seed

// The sample's extension points: each is called where its feature's data
// belongs in the plan (after the records it refines are planned, before they
// are written), with its own random stream (s.rng(<name>)) so that adding it
// leaves every other stage's data as it was. Each plans nothing so far; the
// invariants each must keep are the rule checks of internal/workflow
// (workflow.Check reports 0 violations on every seed).

// planEmergencies is where emergencies (急事急办: a burst pipe, a landslide
// on the road, a fire) are planned once the issues are planned: urgent
// issues that skip ahead in the loop, or the emergency feature's own
// records, in the rainy months mostly (categoryWeights). Called from
// planIssues, after the failed meetings.
func (s *seeder) planEmergencies() {}

// planCustomsOutcomes is where the outcomes of customs cases (移风易俗: a
// banquet called off, a funeral kept simple, the money saved) are planned for
// the CUSTOMS issues executed or evaluated by AsOf (p.stage >= stageExecuted,
// p.outcome already drawn). Called from planIssues, last.
func (s *seeder) planCustomsOutcomes() {}

// planWaitingDocuments is where tickets waiting for the applicant's documents
// are planned: of the tickets accepted and still open at AsOf, or completed
// late (settleTicket), those held up by a missing document, with when it was
// asked for and when it came. Called from planTickets once every ticket is
// settled and accepted.
func (s *seeder) planWaitingDocuments() {}

// planLateEntries is where records entered days after the fact are planned:
// points entries (and other records with an event time and a recording time)
// whose creation follows the event by a few days, as happens when a cadre
// enters a week's paper forms at once. Called from writePoints after
// planPoints, before the entries are written.
func (s *seeder) planLateEntries() {}
