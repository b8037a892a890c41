// An issue's next step on a phone, by its stage: confirm or dismiss, record
// the visit, decide with the vote tally (or escalate, then the village's
// approval), execute, evaluate.
import { useContext, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { MeContext } from '../App';
import type { IssueCustomOutcome, SessionMethod, SessionOutcome } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { issueTransitions, type IssueEscalation } from '../issueFlow.gen';
import {
  Field,
  OccurredAtField,
  OutcomeView,
  occurredAt,
  intOrNull,
  oneOf,
  optional,
  str,
  useWorkflow,
  type Outcome,
  type Workflow,
  type WorkflowInput,
} from './common';
import {
  ApproveEscalationMutation,
  ConfirmIssueMutation,
  DeliberationRulesQuery,
  DecideIssueMutation,
  DismissIssueMutation,
  EscalateIssueMutation,
  EvaluateIssueMutation,
  ExecuteIssueMutation,
  RecordEmergencyMutation,
  RecordVisitMutation,
  type IssueData,
} from './issueOperations';
import { RuleSummary } from './RuleSummary';
import { VoteTally } from './VoteTally';

/** The outcomes a vote may record, in the order the select offers them. */
const sessionOutcomes: SessionOutcome[] = ['APPROVED', 'REJECTED', 'DEFERRED'];

/** How a meeting may decide: a vote first (the default), persuasion for customs, mediation for disputes. */
const sessionMethods: SessionMethod[] = ['VOTE', 'PERSUASION', 'MEDIATION'];

/** What may become of a custom, in the order the select offers them. */
const customOutcomes: IssueCustomOutcome[] = ['STOPPED', 'REDUCED', 'PERSUADED', 'HELD'];

/** The method a category's meeting usually takes (the rule decides which it may). */
function usualMethod(category: string): SessionMethod {
  if (category === 'CUSTOMS') return 'PERSUASION';
  if (category === 'DISPUTE') return 'MEDIATION';
  return 'VOTE';
}

/** The forms of the steps the issue may take next, or that it is done. */
export function NextStep({ issue, onChanged }: { issue: IssueData; onChanged: () => void }) {
  const label = (k: Parameters<typeof t>[0]) => `${t(k)} · ${issue.title}`;
  const confirm = useWorkflow(ConfirmIssueMutation, (d) => d.confirmIssue);
  const dismiss = useWorkflow(DismissIssueMutation, (d) => d.dismissIssue);
  const visit = useWorkflow(RecordVisitMutation, (d) => d.recordVisit);
  const escalate = useWorkflow(EscalateIssueMutation, (d) => d.escalateIssue);
  const approve = useWorkflow(ApproveEscalationMutation, (d) => d.approveEscalation);
  const decide = useWorkflow(DecideIssueMutation, (d) => d.decideIssue);
  const execute = useWorkflow(ExecuteIssueMutation, (d) => d.executeIssue);
  const evaluate = useWorkflow(EvaluateIssueMutation, (d) => d.evaluateIssue);
  const emergency = useWorkflow(RecordEmergencyMutation, (d) => d.recordEmergency);
  const me = useContext(MeContext);
  const [tally, setTally] = useState({ present: 0, for: 0, against: 0, abstain: 0 });
  const [method, setMethod] = useState<SessionMethod>(usualMethod(issue.category));
  const [represented, setRepresented] = useState(0);
  const [decided, setDecided] = useState<SessionOutcome>('APPROVED');
  const customs = issue.category === 'CUSTOMS';
  // The village's passing rule (its override, else the district's), to check
  // a meeting's figures as the server will before sending them.
  const [{ data: rulesData }] = useQuery({ query: DeliberationRulesQuery });
  const rules = (rulesData?.deliberationRules.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const rule = rules.find((r) => r.village?.id === issue.courtyard.village.id) ?? rules.find((r) => !r.village);

  async function go<I extends { issueID: string }>(
    w: Workflow<I, unknown>,
    key: Parameters<typeof t>[0],
    input: NoInfer<Omit<WorkflowInput<I>, 'issueID'>>,
  ) {
    // With this issue's ID the input is the whole I again, which TypeScript
    // cannot see through Omit; the callers' inputs are checked against I.
    const p = await w.run(label(key), { issueID: issue.id, ...input } as WorkflowInput<I>);
    if (p) onChanged();
  }

  // The steps the issue's stage and escalation allow, from the server's transition table.
  const escalated = !!issue.escalatedAt;
  const approved = !!issue.escalationApprovedAt;
  const escalationAllows: Record<IssueEscalation, boolean> = {
    '': true,
    NOT_ESCALATED: !escalated,
    AWAITING_APPROVAL: escalated && !approved,
    NOT_AWAITING_APPROVAL: !escalated || approved,
  };
  // The account's role, when known, narrows them to the steps it may take.
  const possible = new Set(
    issueTransitions
      .filter((s) => s.from === issue.stage && escalationAllows[s.escalation] && (!me || s.roles.includes(me.role)))
      .map((s) => s.step),
  );

  if (possible.size === 0) {
    return (
      <p className="status status-ok" data-testid="issue-done">
        {issue.closeReason ? t('issues.closedBecause', { reason: issue.closeReason }) : t('issues.completed')}
        {issue.satisfied != null && ` · ${issue.satisfied ? t('issues.satisfied') : t('issues.unsatisfied')}`}
      </p>
    );
  }
  const sum = tally.for + tally.against + tally.abstain;
  const total = issue.courtyard.households.totalCount;
  // What the server would refuse in the meeting's figures (workflow
  // DecideIssueInput.check), said before anything is sent.
  const voting = method === 'VOTE';
  const meetingProblems = [
    voting && tally.present > 0 && sum !== tally.present && t('issues.sumMismatch', { sum, present: tally.present }),
    represented > 0 &&
      tally.present > 0 &&
      represented > tally.present &&
      t('issues.householdsOverPresent', { households: represented, present: tally.present }),
    represented > total && t('issues.householdsOverTotal', { households: represented, total }),
    voting &&
      decided === 'APPROVED' &&
      rule &&
      represented > 0 &&
      represented * rule.quorumDenominator < total * rule.quorumNumerator &&
      t('issues.noQuorum', {
        households: represented,
        total,
        quorum: `${rule.quorumNumerator}/${rule.quorumDenominator}`,
      }),
    voting &&
      decided === 'APPROVED' &&
      rule &&
      tally.present > 0 &&
      sum === tally.present &&
      tally.for * rule.majorityDenominator <= tally.present * rule.majorityNumerator &&
      t('issues.notCarried', {
        for: tally.for,
        present: tally.present,
        majority: `${rule.majorityNumerator}/${rule.majorityDenominator}`,
      }),
  ].filter((p): p is string => typeof p === 'string');
  return (
    <>
      {possible.has('CONFIRMED') && (
        <StepForm
          title={t('issues.confirm')}
          outcome={confirm.outcome}
          primary
          onSubmit={(f) => go(confirm, 'issues.confirm', { ...occurredAt(f), scope: str(f.get('scope')) })}
        >
          <Field label={t('issues.scope')}>{(id) => <input id={id} name="scope" required />}</Field>
        </StepForm>
      )}
      {possible.has('EMERGENCY') && (
        <StepForm
          title={t('issues.emergency')}
          outcome={emergency.outcome}
          onSubmit={(f) => go(emergency, 'issues.emergency', { ...occurredAt(f), action: str(f.get('action')) })}
        >
          <p className="muted">{t('issues.emergencyHint')}</p>
          <Field label={t('issues.emergencyAction')}>
            {(id) => <textarea id={id} name="action" rows={2} required />}
          </Field>
        </StepForm>
      )}
      {possible.has('DISMISSED') && (
        <StepForm
          title={t('issues.dismiss')}
          outcome={dismiss.outcome}
          onSubmit={(f) => go(dismiss, 'issues.dismiss', { ...occurredAt(f), reason: str(f.get('reason')) })}
        >
          <Field label={t('issues.reason')}>{(id) => <input id={id} name="reason" required />}</Field>
        </StepForm>
      )}
      {possible.has('VISITED') && (
        <StepForm
          title={t('issues.visit')}
          outcome={visit.outcome}
          primary
          onSubmit={(f) =>
            go(visit, 'issues.visit', {
              ...occurredAt(f),
              householdsVisited: intOrNull(f.get('households')) ?? 0,
              notes: str(f.get('notes')),
            })
          }
        >
          <Field label={t('issues.householdsVisited')}>
            {(id) => <input id={id} name="households" type="number" min={1} inputMode="numeric" required />}
          </Field>
          <Field label={t('issues.notes')}>{(id) => <textarea id={id} name="notes" rows={3} required />}</Field>
        </StepForm>
      )}
      {possible.has('ESCALATION_APPROVED') && (
        <StepForm
          title={t('issues.approve')}
          outcome={approve.outcome}
          primary
          onSubmit={(f) => go(approve, 'issues.approve', { ...occurredAt(f), notes: str(f.get('notes')) })}
        >
          <Field label={t('issues.notes')}>{(id) => <input id={id} name="notes" required />}</Field>
        </StepForm>
      )}
      {possible.has('DECIDED') && (
        <StepForm
          title={t('issues.decide')}
          outcome={decide.outcome}
          problems={meetingProblems}
          primary
          onSubmit={(f) => {
            const fund = intOrNull(f.get('fund'));
            const customOutcome = optional(f.get('customOutcome'));
            const note = optional(f.get('note'));
            void go(decide, 'issues.decide', {
              method,
              ...occurredAt(f),
              residentsPresent: tally.present,
              householdsRepresented: represented,
              ...(method === 'VOTE'
                ? { votesFor: tally.for, votesAgainst: tally.against, votesAbstain: tally.abstain }
                : {}),
              outcome: decided,
              decision: str(f.get('decision')),
              ...(fund ? { collectiveFundFen: fund * 100, fundPurpose: optional(f.get('fundPurpose')) } : {}),
              ...(issue.category === 'DISPUTE' || method === 'MEDIATION'
                ? { mediationResult: optional(f.get('mediation')) }
                : {}),
              ...(customs ? { customChange: optional(f.get('custom')) } : {}),
              ...(customs && customOutcome ? { customOutcome: oneOf(customOutcome, customOutcomes) } : {}),
              ...(issue.emergencyAt ? { ratified: f.get('ratified') === 'yes' } : {}),
              ...(note ? { note } : {}),
            });
          }}
        >
          <RuleSummary villageID={issue.courtyard.village.id} />
          {issue.emergencyAt && (
            <fieldset>
              <legend>{t('issues.ratify', { action: issue.emergencyAction ?? '' })}</legend>
              <label>
                <input type="radio" name="ratified" value="yes" defaultChecked /> {t('issues.ratified')}
              </label>
              <label>
                <input type="radio" name="ratified" value="no" /> {t('issues.notRatified')}
              </label>
            </fieldset>
          )}
          <Field label={t('issues.method')}>
            {(id) => (
              <select
                id={id}
                name="method"
                value={method}
                onChange={(e) => setMethod(oneOf(e.target.value, sessionMethods))}
              >
                {sessionMethods.map((m) => (
                  <option key={m} value={m}>
                    {enumLabel('SessionMethod', m)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="muted">{t('issues.householdsTotal', { count: issue.courtyard.households.totalCount })}</p>
          <div className="form-row">
            <Field label={t('issues.residentsPresent')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  required
                  value={tally.present || ''}
                  onChange={(e) => setTally({ ...tally, present: Number(e.target.value) })}
                />
              )}
            </Field>
            <Field label={t('issues.householdsRepresented')}>
              {(id) => (
                <input
                  id={id}
                  name="households"
                  type="number"
                  min={1}
                  inputMode="numeric"
                  required
                  value={represented || ''}
                  onChange={(e) => setRepresented(Number(e.target.value))}
                />
              )}
            </Field>
          </div>
          <div className="form-row" hidden={method !== 'VOTE'}>
            <Field label={t('issues.votesFor')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  required={method === 'VOTE'}
                  value={tally.for || ''}
                  onChange={(e) => setTally({ ...tally, for: Number(e.target.value) })}
                />
              )}
            </Field>
            <Field label={t('issues.votesAgainst')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={tally.against || ''}
                  onChange={(e) => setTally({ ...tally, against: Number(e.target.value) })}
                />
              )}
            </Field>
            <Field label={t('issues.votesAbstain')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={tally.abstain || ''}
                  onChange={(e) => setTally({ ...tally, abstain: Number(e.target.value) })}
                />
              )}
            </Field>
          </div>
          {method === 'VOTE' && (
            <>
              <VoteTally forVotes={tally.for} against={tally.against} abstain={tally.abstain} present={tally.present} />
            </>
          )}
          {meetingProblems.map((p) => (
            <p key={p} className="status status-error">
              {p}
            </p>
          ))}
          <Field label={t('issues.outcome')}>
            {(id) => (
              <select
                id={id}
                name="outcome"
                value={decided}
                onChange={(e) => setDecided(oneOf(e.target.value, sessionOutcomes))}
              >
                {sessionOutcomes.map((o) => (
                  <option key={o} value={o}>
                    {enumLabel('SessionOutcome', o)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('issues.decision')}>{(id) => <textarea id={id} name="decision" rows={2} required />}</Field>
          <Field label={t('issues.fundYuan')}>
            {(id) => <input id={id} name="fund" type="number" min={0} inputMode="numeric" />}
          </Field>
          <Field label={t('issues.fundPurpose')}>{(id) => <input id={id} name="fundPurpose" />}</Field>
          {(issue.category === 'DISPUTE' || method === 'MEDIATION') && (
            <Field label={t('issues.mediation')}>
              {(id) => <input id={id} name="mediation" required={method === 'MEDIATION'} />}
            </Field>
          )}
          {customs && (
            <>
              <Field label={t('issues.customChange')}>{(id) => <input id={id} name="custom" />}</Field>
              <CustomOutcomeField />
            </>
          )}
          <Field label={t('issues.note')}>{(id) => <textarea id={id} name="note" rows={2} />}</Field>
        </StepForm>
      )}
      {possible.has('ESCALATED') && (
        <StepForm
          title={t('issues.escalate')}
          outcome={escalate.outcome}
          onSubmit={(f) => go(escalate, 'issues.escalate', { ...occurredAt(f), reason: str(f.get('reason')) })}
        >
          <Field label={t('issues.reason')}>{(id) => <input id={id} name="reason" required />}</Field>
        </StepForm>
      )}
      {possible.has('EXECUTED') && (
        <StepForm
          title={t('issues.execute')}
          outcome={execute.outcome}
          primary
          onSubmit={(f) => {
            const cost = intOrNull(f.get('cost'));
            const receipts = str(f.get('receipts'));
            void go(execute, 'issues.execute', {
              ...occurredAt(f),
              outcome: str(f.get('outcome')),
              executedBy: str(f.get('by')),
              ...(cost != null ? { costFen: cost * 100 } : {}),
              ...(receipts
                ? {
                    receipts: receipts
                      .split(/[,，\n]/)
                      .map((s) => s.trim())
                      .filter(Boolean),
                  }
                : {}),
              ...(customs ? { customChange: optional(f.get('custom')) } : {}),
              ...(customs && f.get('customOutcome')
                ? { customOutcome: oneOf(f.get('customOutcome'), customOutcomes) }
                : {}),
            });
          }}
        >
          <Field label={t('issues.executionOutcome')}>
            {(id) => <textarea id={id} name="outcome" rows={2} required />}
          </Field>
          <Field label={t('issues.executedBy')}>{(id) => <input id={id} name="by" required />}</Field>
          <Field label={t('issues.costYuan')}>
            {(id) => <input id={id} name="cost" type="number" min={0} inputMode="numeric" />}
          </Field>
          <Field label={t('issues.receipts')}>{(id) => <input id={id} name="receipts" />}</Field>
          {customs && (
            <Field label={t('issues.customChange')}>{(id) => <input id={id} name="custom" required />}</Field>
          )}
          {customs && !issue.customOutcome && <CustomOutcomeField required />}
        </StepForm>
      )}
      {possible.has('EVALUATED') && (
        <StepForm
          title={t('issues.evaluate')}
          outcome={evaluate.outcome}
          primary
          onSubmit={(f) =>
            go(evaluate, 'issues.evaluate', {
              ...occurredAt(f),
              satisfied: f.get('satisfied') === 'yes',
              notes: str(f.get('notes')),
            })
          }
        >
          <fieldset>
            <legend>{t('issues.residentsSatisfied')}</legend>
            <label>
              <input type="radio" name="satisfied" value="yes" defaultChecked /> {t('issues.satisfied')}
            </label>
            <label>
              <input type="radio" name="satisfied" value="no" /> {t('issues.unsatisfied')}
            </label>
          </fieldset>
          <Field label={t('issues.notes')}>{(id) => <textarea id={id} name="notes" rows={2} required />}</Field>
        </StepForm>
      )}
    </>
  );
}

/** What became of a custom (移风易俗结果): a select of the outcomes, empty unless required. */
function CustomOutcomeField({ required }: { required?: boolean }) {
  return (
    <Field label={t('issues.customOutcome')}>
      {(id) => (
        <select id={id} name="customOutcome" required={required} defaultValue="">
          <option value="">—</option>
          {customOutcomes.map((o) => (
            <option key={o} value={o}>
              {enumLabel('IssueCustomOutcome', o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One step's form: its title, its fields, the outcome of sending it, and a button named as the step. */
function StepForm({
  title,
  outcome,
  problems = [],
  primary,
  onSubmit,
  children,
}: {
  title: string;
  outcome: Outcome<unknown>;
  /** What the server would refuse, shown by the fields: nothing is sent while there is any. */
  problems?: readonly string[];
  primary?: boolean;
  onSubmit: (fd: FormData) => Promise<void> | void;
  children: ReactNode;
}) {
  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length > 0) return;
        void onSubmit(new FormData(e.currentTarget));
      }}
    >
      <h2>{title}</h2>
      {children}
      <OccurredAtField />
      <OutcomeView outcome={outcome} />
      <button
        className={primary ? 'button button-primary' : 'button'}
        type="submit"
        disabled={outcome.kind === 'sending' || problems.length > 0}
      >
        {title}
      </button>
    </form>
  );
}
