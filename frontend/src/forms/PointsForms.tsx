// Points (积分) on a phone: award points to a household under a rule in force
// (or a free reason, which the village confirms), and redeem goods at the
// village's points supermarket; both through the outbox (idempotency keys).
// Opened with ?entry=ID (from the home's 待我确认的积分), the points form shows
// that proposed entry for a second account of the village to confirm or
// reject (four eyes: the server refuses the proposer).
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../gql';
import { enumLabel, t } from '../i18n';
import { Breadcrumbs, formatNumber, nodes } from '../ui';
import {
  CourtyardPicker,
  Field,
  HouseholdPicker,
  OutcomeView,
  intOrNull,
  optional,
  str,
  useCourtyardParam,
  useWorkflow,
  OccurredAtField,
  occurredAt,
} from './common';

export const PointsChoicesQuery = graphql(`
  query PointsChoices($courtyard: ID!) {
    node(id: $courtyard) {
      id
      ... on Courtyard {
        name
        village {
          id
          name
          supermarketItems(first: 50, where: { active: true }) {
            edges {
              node {
                id
                name
                pointsCost
                stock
              }
            }
          }
        }
        households(first: 300, orderBy: [{ field: NUMBER }]) {
          edges {
            node {
              id
              number
              headName
              pointBalance
            }
          }
        }
      }
    }
    pointRules(first: 100, where: { active: true }, orderBy: [{ field: CODE }]) {
      edges {
        node {
          id
          code
          name
          points
        }
      }
    }
  }
`);

export const AwardPointsMutation = graphql(`
  mutation AwardPoints($input: AwardPointsInput!) {
    awardPoints(input: $input) {
      pointEntry {
        id
        points
        status
        household {
          id
          number
          headName
          pointBalance
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RedeemPointsMutation = graphql(`
  mutation RedeemPoints($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      household {
        id
        number
        headName
        pointBalance
      }
      redemptions {
        id
        points
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PointProposalQuery = graphql(`
  query PointProposal($id: ID!) {
    node(id: $id) {
      id
      ... on PointEntry {
        points
        reason
        status
        awardedAt
        courtyard {
          id
          name
          village {
            id
            name
          }
        }
        household {
          id
          number
          headName
          pointBalance
        }
        rule {
          id
          name
        }
        proposedBy {
          id
          username
          displayName
        }
      }
    }
  }
`);

const DecidedEntryFields = graphql(`
  fragment DecidedEntryFields on PointEntry {
    id
    status
    decidedAt
    household {
      id
      pointBalance
    }
  }
`);

export const ConfirmPointEntryMutation = graphql(`
  mutation ConfirmPointEntry($input: ConfirmPointEntryInput!) {
    confirmPointEntry(input: $input) {
      pointEntry {
        ...DecidedEntryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectPointEntryMutation = graphql(`
  mutation RejectPointEntry($input: RejectPointEntryInput!) {
    rejectPointEntry(input: $input) {
      pointEntry {
        ...DecidedEntryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

function usePointsChoices(courtyard: string) {
  const [{ data, fetching }, reexecute] = useQuery({
    query: PointsChoicesQuery,
    variables: { courtyard },
    pause: !courtyard,
    requestPolicy: 'cache-and-network',
  });
  const c = data?.node?.__typename === 'Courtyard' ? data.node : null;
  return {
    households: nodes(c?.households),
    items: nodes(c?.village.supermarketItems),
    rules: nodes(data?.pointRules),
    fetching,
    reload: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** The points form: a proposed entry to decide (?entry=ID), or a new entry. */
export function AwardPointsForm() {
  const [params] = useSearchParams();
  const entry = params.get('entry');
  return entry ? <ProposalReview id={entry} /> : <AwardForm />;
}

/**
 * A proposed entry, confirmed or rejected by a tap: one decision however
 * often either button is tapped (both wait while one is pending, and
 * neither is offered once the entry is decided).
 */
function ProposalReview({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: PointProposalQuery, variables: { id } });
  const e = data?.node?.__typename === 'PointEntry' ? data.node : null;
  const confirm = useWorkflow(ConfirmPointEntryMutation, (d) => d.confirmPointEntry);
  const reject = useWorkflow(RejectPointEntryMutation, (d) => d.rejectPointEntry);
  const done =
    confirm.outcome.kind === 'ok' ? confirm.outcome.data : reject.outcome.kind === 'ok' ? reject.outcome.data : null;
  const decided = getFragmentData(DecidedEntryFields, done?.pointEntry);
  const status = decided?.status ?? e?.status;
  const pending = confirm.pending || reject.pending;
  // Shared by both buttons: a tap on one while the other's is on its way sends nothing.
  const busy = useRef(false);
  async function decide(w: typeof confirm | typeof reject, other: { reset: () => void }, label: string, entry: string) {
    if (busy.current) return;
    busy.current = true;
    other.reset();
    try {
      await w.run(label, { id: entry });
    } finally {
      busy.current = false;
    }
  }
  const title = t('points.proposal');
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: title }]} />
      <h1 className="page-title">{title}</h1>
      <div className="card form" data-testid="points-proposal" data-status={status}>
        {fetching && !data && (
          <p className="status" role="status">
            {t('common.loading')}
          </p>
        )}
        {error && !data && (
          <p className="status status-error" role="alert">
            {t('forms.failed', { message: error.message })}
          </p>
        )}
        {data && !e && <p className="status empty">{t('points.noEntry')}</p>}
        {e && (
          <>
            <dl className="facts">
              <dt>{t('area.courtyard')}</dt>
              <dd>
                {e.courtyard.village.name} · {e.courtyard.name}
              </dd>
              {e.household && (
                <>
                  <dt>{t('points.household')}</dt>
                  <dd>
                    {e.household.number} {e.household.headName}（
                    {t('points.balance', { points: decided?.household?.pointBalance ?? e.household.pointBalance })}）
                  </dd>
                </>
              )}
              <dt>{t('points.points')}</dt>
              <dd data-testid="proposal-points">{e.points > 0 ? `+${e.points}` : e.points}</dd>
              <dt>{t('points.reason')}</dt>
              <dd>{[e.rule?.name, e.reason].filter(Boolean).join(' · ')}</dd>
              <dt>{t('points.proposalStatus')}</dt>
              <dd data-testid="proposal-status">
                {status && enumLabel('PointEntryStatus', status)}
                {e.proposedBy && (
                  <span className="muted">
                    {' · '}
                    {t('points.proposalOf', { who: e.proposedBy.displayName || e.proposedBy.username })}
                  </span>
                )}
              </dd>
            </dl>
            {!decided && status !== 'PROPOSED' && <p className="status">{t('points.notProposal')}</p>}
            <OutcomeView
              outcome={confirm.outcome.kind === 'idle' ? reject.outcome : confirm.outcome}
              success={decided && t('points.decided', { status: enumLabel('PointEntryStatus', decided.status) })}
            />
            {status === 'PROPOSED' && (
              <div className="proposal-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={pending}
                  onClick={() => void decide(confirm, reject, t('points.confirm'), e.id)}
                >
                  {t('points.confirm')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={pending}
                  onClick={() => void decide(reject, confirm, t('points.reject'), e.id)}
                >
                  {t('points.reject')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function AwardForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const { households, rules, reload } = usePointsChoices(courtyard);
  const [householdChoice, setHousehold] = useState('');
  // A household of another courtyard (the courtyard changed) is no choice.
  const household = households.some((h) => h.id === householdChoice) ? householdChoice : '';
  const [rule, setRule] = useState('');
  const { outcome, run, pending } = useWorkflow(AwardPointsMutation, (d) => d.awardPoints);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const p = await run(t('forms.awardPoints'), {
      ...occurredAt(f),
      householdID: household,
      ...(rule ? { ruleID: rule } : { points: intOrNull(f.get('points')) ?? 0, reason: str(f.get('reason')) }),
      ...(rule && optional(f.get('reason')) ? { reason: optional(f.get('reason')) } : {}),
    });
    if (p) {
      // Recorded: an empty form (the courtyard kept) for the next household;
      // the button waits for a household, so a late tap records nothing.
      form.reset();
      setHousehold('');
      setRule('');
      reload();
    }
  }
  const entry = outcome.kind === 'ok' ? outcome.data.pointEntry : null;
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.awardPoints') }]} />
      <h1 className="page-title">{t('forms.awardPoints')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <HouseholdPicker
          households={households}
          value={household}
          onChange={setHousehold}
          disabled={!courtyard}
          detail={(h) => t('points.balance', { points: h.pointBalance })}
        />
        <Field label={t('points.rule')}>
          {(id) => (
            <select id={id} value={rule} onChange={(e) => setRule(e.target.value)}>
              <option value="">{t('points.freeReason')}</option>
              {rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}（{r.points > 0 ? `+${r.points}` : r.points}）
                </option>
              ))}
            </select>
          )}
        </Field>
        {!rule && (
          <Field label={t('points.points')}>
            {(id) => <input id={id} name="points" type="number" inputMode="numeric" min={1} required />}
          </Field>
        )}
        <Field label={t('points.reason')} hint={rule ? t('points.reasonOptional') : t('points.reasonConfirm')}>
          {(id) => <input id={id} name="reason" required={!rule} />}
        </Field>
        <OutcomeView
          outcome={outcome}
          success={
            entry && (
              <p data-testid="points-recorded">
                {entry.household && `${entry.household.number} ${entry.household.headName}：`}
                {t('points.recorded', {
                  points: entry.points,
                  status: enumLabel('PointEntryStatus', entry.status),
                })}
                {entry.household && ` · ${t('points.balance', { points: entry.household.pointBalance })}`}
              </p>
            )
          }
        />
        <OccurredAtField />
        <button type="submit" className="button button-primary" disabled={pending || !courtyard || !household}>
          {t('forms.awardPoints')}
        </button>
      </form>
    </div>
  );
}

export function RedeemForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const { households, items, reload } = usePointsChoices(courtyard);
  const [householdChoice, setHousehold] = useState('');
  const household = households.some((h) => h.id === householdChoice) ? householdChoice : '';
  const [qty, setQty] = useState<Record<string, number>>({});
  const { outcome, run, pending } = useWorkflow(RedeemPointsMutation, (d) => d.redeemPoints);
  const h = households.find((x) => x.id === household);
  const lines = Object.entries(qty).filter(([, n]) => n > 0);
  // The basket checked as the server will (within the balance and the stock
  // shown) before it is sent; the server decides again in one transaction.
  const cost = lines.reduce((sum, [id, n]) => sum + (items.find((i) => i.id === id)?.pointsCost ?? 0) * n, 0);
  const short = lines.filter(([id, n]) => n > (items.find((i) => i.id === id)?.stock ?? 0));
  const problem = !h
    ? null
    : cost > h.pointBalance
      ? t('points.overBalance', { cost: formatNumber(cost), balance: formatNumber(h.pointBalance) })
      : short.length > 0
        ? t('points.overStock', { items: short.map(([id]) => items.find((i) => i.id === id)?.name ?? id).join('、') })
        : null;
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (problem) return;
    const form = e.currentTarget;
    const p = await run(t('forms.redeem'), {
      ...occurredAt(new FormData(form)),
      householdID: household,
      items: lines.map(([itemID, quantity]) => ({ itemID, quantity })),
    });
    if (p) {
      form.reset();
      setQty({});
      setHousehold('');
      reload();
    }
  }
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.redeem') }]} />
      <h1 className="page-title">{t('forms.redeem')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <HouseholdPicker
          households={households}
          value={household}
          onChange={setHousehold}
          disabled={!courtyard}
          detail={(x) => t('points.balance', { points: x.pointBalance })}
        />
        {items.length > 0 && (
          <fieldset>
            <legend>{t('points.items')}</legend>
            {items.map((i) => (
              <div key={i.id} className="form-row item-row">
                <label htmlFor={`qty-${i.id}`}>
                  {i.name}{' '}
                  <span className="muted">{t('points.itemCost', { points: i.pointsCost, stock: i.stock })}</span>
                </label>
                <input
                  id={`qty-${i.id}`}
                  type="number"
                  min={0}
                  max={i.stock}
                  inputMode="numeric"
                  value={qty[i.id] ?? ''}
                  onChange={(e) => setQty({ ...qty, [i.id]: Number(e.target.value) })}
                />
              </div>
            ))}
          </fieldset>
        )}
        {courtyard && items.length === 0 && <p className="status">{t('points.noItems')}</p>}
        <p data-testid="redeem-summary">
          {t('points.summary', { cost: formatNumber(cost), balance: h ? formatNumber(h.pointBalance) : '—' })}
        </p>
        {problem && (
          <p className="status status-error" role="alert" data-testid="redeem-problem">
            {problem}
          </p>
        )}
        <OutcomeView
          outcome={outcome}
          success={
            outcome.kind === 'ok' &&
            outcome.data.household && (
              <p>
                {outcome.data.household.number} {outcome.data.household.headName}：
                {t('points.redeemed', { balance: outcome.data.household.pointBalance })}
              </p>
            )
          }
        />
        <OccurredAtField />
        <button
          type="submit"
          className="button button-primary"
          disabled={pending || !household || lines.length === 0 || !!problem}
        >
          {t('forms.redeem')}
        </button>
      </form>
    </div>
  );
}
