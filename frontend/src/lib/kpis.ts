// The headline figures of an area and period, as counts the server makes
// (see counts.ts), each with the same count for the previous period and the
// list behind it. Sums and shares (attendances, grant amounts, satisfaction)
// are the analytics API's metrics and come from there, not from the client.
import type { Countable, CountSpec } from './counts';
import { areaWhere, type AreaRef } from './area';
import type { Period } from './period';
import type { MessageKey } from '../i18n';

export interface Kpi {
  key: string;
  label: MessageKey;
  of: Countable;
  /** The rows counted in `p` (null: not bound to a period). */
  where: (p: Period | null) => Record<string, unknown>;
  periodic: boolean;
}

const within = (field: string, p: Period | null) => (p ? { [`${field}GTE`]: p.from, [`${field}LT`]: p.to } : {});

export const kpis: Kpi[] = [
  { key: 'courtyards', label: 'kpi.courtyards', of: 'courtyards', where: () => ({}), periodic: false },
  { key: 'officers', label: 'kpi.officers', of: 'roleAssignments', where: () => ({ endedAtIsNil: true }), periodic: false },
  { key: 'households', label: 'kpi.households', of: 'households', where: () => ({}), periodic: false },
  { key: 'ticketsSubmitted', label: 'kpi.ticketsSubmitted', of: 'tickets', where: (p) => within('submittedAt', p), periodic: true },
  {
    key: 'ticketsCompleted',
    label: 'kpi.ticketsCompleted',
    of: 'tickets',
    where: (p) => ({ status: 'COMPLETED', ...within('completedAt', p) }),
    periodic: true,
  },
  { key: 'ticketsOverdue', label: 'kpi.ticketsOverdue', of: 'tickets', where: () => ({ overdue: true }), periodic: false },
  { key: 'ratings', label: 'kpi.ratings', of: 'ratings', where: (p) => within('ratedAt', p), periodic: true },
  { key: 'issuesRaised', label: 'kpi.issuesRaised', of: 'issues', where: (p) => within('collectedAt', p), periodic: true },
  {
    key: 'disputesMediated',
    label: 'kpi.disputesMediated',
    of: 'issues',
    where: (p) => ({ category: 'DISPUTE', mediationResultNotNil: true, ...within('decidedAt', p) }),
    periodic: true,
  },
  { key: 'ideasAdopted', label: 'kpi.ideasAdopted', of: 'ideas', where: (p) => ({ adopted: true, ...within('adoptedAt', p) }), periodic: true },
  { key: 'lectures', label: 'kpi.lectures', of: 'sessions', where: (p) => ({ kind: 'LECTURE', ...within('heldAt', p) }), periodic: true },
  {
    key: 'replaced',
    label: 'kpi.replaced',
    of: 'roleAssignments',
    where: (p) => ({ endReason: 'RATED_FAILING', ...within('endedAt', p) }),
    periodic: true,
  },
  { key: 'grants', label: 'kpi.grants', of: 'grants', where: (p) => within('createdAt', p), periodic: true },
  { key: 'pointEntries', label: 'kpi.pointEntries', of: 'pointEntries', where: (p) => within('awardedAt', p), periodic: true },
];

function merge(a: Record<string, unknown>, b: Record<string, unknown>) {
  return { ...a, ...b };
}

/** The counts for the KPI cards: `<key>` in `p`, `<key>.prev` in `prev`. */
export function kpiSpecs(area: AreaRef, p: Period, prev: Period): CountSpec[] {
  return kpis.flatMap((k) => {
    const base = areaWhere(area, k.of);
    const now: CountSpec = { key: k.key, of: k.of, where: merge(base, k.where(k.periodic ? p : null)) };
    return k.periodic ? [now, { key: `${k.key}.prev`, of: k.of, where: merge(base, k.where(prev)) }] : [now];
  });
}

/** The URL of the list behind a KPI. */
export function kpiListPath(area: AreaRef, k: Kpi, p: Period): string {
  const where = merge(areaWhere(area, k.of), k.where(k.periodic ? p : null));
  return `/list/${k.of}?where=${encodeURIComponent(JSON.stringify(where))}`;
}
