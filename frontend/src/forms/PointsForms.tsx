// Points (积分) on a phone: award points to a household under a rule in force
// (or a free reason, which the village confirms), and redeem goods at the
// village's points supermarket; both through the outbox (idempotency keys).
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { enumLabel, t } from '../i18n';
import { Breadcrumbs, formatNumber, nodes } from '../ui';
import {
  CourtyardPicker,
  Field,
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

export function AwardPointsForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const { households, rules, reload } = usePointsChoices(courtyard);
  const [rule, setRule] = useState('');
  const { outcome, run } = useWorkflow(AwardPointsMutation, (d) => d.awardPoints);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const p = await run(t('forms.awardPoints'), {
      ...occurredAt(f),
      householdID: str(f.get('household')),
      ...(rule ? { ruleID: rule } : { points: intOrNull(f.get('points')) ?? 0, reason: str(f.get('reason')) }),
      ...(rule && optional(f.get('reason')) ? { reason: optional(f.get('reason')) } : {}),
    });
    if (p) reload();
  }
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.awardPoints') }]} />
      <h1 className="page-title">{t('forms.awardPoints')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <Field label={t('points.household')}>
          {(id) => (
            <select id={id} name="household" required disabled={!courtyard}>
              <option value="">{t('filters.choose')}</option>
              {households.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.number} {h.headName}（{t('points.balance', { points: h.pointBalance })}）
                </option>
              ))}
            </select>
          )}
        </Field>
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
            outcome.kind === 'ok' &&
            outcome.data.pointEntry && (
              <p>
                {t('points.recorded', {
                  points: outcome.data.pointEntry.points,
                  status: enumLabel('PointEntryStatus', outcome.data.pointEntry.status),
                })}
                {outcome.data.pointEntry.household &&
                  ` · ${t('points.balance', { points: outcome.data.pointEntry.household.pointBalance })}`}
              </p>
            )
          }
        />
        <OccurredAtField />
        <button type="submit" className="button button-primary" disabled={outcome.kind === 'sending' || !courtyard}>
          {t('forms.awardPoints')}
        </button>
      </form>
    </div>
  );
}

export function RedeemForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const { households, items, reload } = usePointsChoices(courtyard);
  const [household, setHousehold] = useState('');
  const [qty, setQty] = useState<Record<string, number>>({});
  const { outcome, run } = useWorkflow(RedeemPointsMutation, (d) => d.redeemPoints);
  const h = households.find((x) => x.id === household);
  const lines = Object.entries(qty).filter(([, n]) => n > 0);
  // The sum of the prices shown, to tell the resident before asking; the
  // server decides (balance and stock in one transaction).
  const cost = lines.reduce((sum, [id, n]) => sum + (items.find((i) => i.id === id)?.pointsCost ?? 0) * n, 0);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const p = await run(t('forms.redeem'), {
      ...occurredAt(new FormData(e.currentTarget)),
      householdID: household,
      items: lines.map(([itemID, quantity]) => ({ itemID, quantity })),
    });
    if (p) {
      setQty({});
      reload();
    }
  }
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.redeem') }]} />
      <h1 className="page-title">{t('forms.redeem')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <Field label={t('points.household')}>
          {(id) => (
            <select
              id={id}
              value={household}
              onChange={(e) => setHousehold(e.target.value)}
              required
              disabled={!courtyard}
            >
              <option value="">{t('filters.choose')}</option>
              {households.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.number} {x.headName}（{t('points.balance', { points: x.pointBalance })}）
                </option>
              ))}
            </select>
          )}
        </Field>
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
        <OutcomeView
          outcome={outcome}
          success={
            outcome.kind === 'ok' &&
            outcome.data.household && <p>{t('points.redeemed', { balance: outcome.data.household.pointBalance })}</p>
          }
        />
        <OccurredAtField />
        <button
          type="submit"
          className="button button-primary"
          disabled={outcome.kind === 'sending' || !household || lines.length === 0}
        >
          {t('forms.redeem')}
        </button>
      </form>
    </div>
  );
}
