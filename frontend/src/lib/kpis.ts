// The headline figures come from the analytics API (`overview`: the metric
// catalogue of internal/metrics, computed in SQL); this file only says where
// the list behind each figure is: a root connection with the rows' own
// filter, or the board that explains it.
import type { Metric } from '../gql/graphql';
import { areaWhere, type AreaRef } from './area';
import type { Countable } from './counts';
import { parsePeriod, type Period } from './period';

const within = (field: string, p: Period) => ({ [`${field}GTE`]: p.from, [`${field}LT`]: p.to });

/**
 * The list behind a figure: its where for the period p (a flow) or the
 * instant asOf the overview's snapshot figures are taken at (a snapshot), the
 * same rows the figure counts (internal/metrics Lists), so the list's
 * totalCount equals the card.
 */
type Behind =
  { list: Countable; where: (p: Period, asOf?: string) => Record<string, unknown> } | { board: string; asOf?: boolean };

/**
 * The half-years that start in p (awards are recorded per half-year); "none"
 * when none does, as an empty periodIn would filter nothing (metrics Lists).
 */
function halvesStarting(p: Period): string[] {
  const y = p.label.slice(0, 4);
  const out = [`${y}H1`, `${y}H2`].filter((h) => {
    const half = parsePeriod(h)!;
    return half.from >= p.from && half.from < p.to;
  });
  return out.length ? out : ['none'];
}

const activeAt = (asOf?: string) =>
  asOf ? { startedAtLTE: asOf, or: [{ endedAtIsNil: true }, { endedAtGT: asOf }] } : { endedAtIsNil: true };

export const behind: Partial<Record<Metric, Behind>> = {
  COURTYARDS: { list: 'courtyards', where: () => ({}) },
  ROLES_STAFFED: { list: 'roleAssignments', where: (_p, asOf) => activeAt(asOf) },
  ROLES_VACANT: { board: '/boards/gaps', asOf: true },
  TICKETS_SUBMITTED: { list: 'tickets', where: (p) => within('submittedAt', p) },
  TICKETS_COMPLETED: { list: 'tickets', where: (p) => ({ status: 'COMPLETED', ...within('completedAt', p) }) },
  TICKETS_ON_TIME_SHARE: { list: 'tickets', where: (p) => ({ status: 'COMPLETED', ...within('completedAt', p) }) },
  TICKETS_OVERDUE: { list: 'tickets', where: (_p, asOf) => ({ overdue: true, ...(asOf ? { asOf } : {}) }) },
  TICKET_SATISFACTION: { list: 'ratings', where: (p) => ({ ticketIDNotNil: true, ...within('ratedAt', p) }) },
  ISSUES_COLLECTED: { list: 'issues', where: (p) => within('collectedAt', p) },
  ISSUES_EVALUATED: { list: 'issues', where: (p) => within('evaluatedAt', p) },
  ISSUES_EMERGENCY: { list: 'issues', where: (p) => within('emergencyAt', p) },
  DISPUTES_MEDIATED: { list: 'issues', where: (p) => ({ category: 'DISPUTE', ...within('executedAt', p) }) },
  IDEAS_ADOPTED: { list: 'ideas', where: (p) => within('adoptedAt', p) },
  LECTURES: { list: 'sessions', where: (p) => ({ kind: 'LECTURE', ...within('heldAt', p) }) },
  LECTURE_ATTENDANCES: { list: 'sessions', where: (p) => ({ kind: 'LECTURE', ...within('heldAt', p) }) },
  THEME_COVERAGE: { board: '/boards/lectures' },
  OFFICERS_FAILING: { board: '/boards/evaluation' },
  OFFICERS_REPLACED: {
    list: 'roleAssignments',
    where: (p) => ({ endReason: 'RATED_FAILING', ...within('endedAt', p) }),
  },
  POINTS_ISSUED: { list: 'pointEntries', where: (p) => ({ pointsGT: 0, ...within('awardedAt', p) }) },
  POINTS_REDEEMED: { list: 'pointRedemptions', where: (p) => within('redeemedAt', p) },
  AWARDS: { list: 'awards', where: (p) => ({ periodIn: halvesStarting(p) }) },
  GRANT_AMOUNT: { list: 'grants', where: () => ({}) },
};

/**
 * The URL of the list (or board) behind a figure, or null; asOf is the
 * instant the overview states its figures are as of (Overview.asOf).
 */
export function listPath(metric: Metric, area: AreaRef, p: Period, asOf?: string): string | null {
  const b = behind[metric];
  if (!b) return null;
  if ('board' in b) {
    const q = new URLSearchParams({ period: p.label });
    // The board's area filter (?town=, ?village=) keeps the page's area.
    if ((area.level === 'town' || area.level === 'village') && area.id) q.set(area.level, area.id);
    // A board taking ?asOf= shows its snapshot at the card's instant.
    if (b.asOf && asOf) q.set('asOf', asOf);
    return `${b.board}?${q}`;
  }
  const where = { ...areaWhere(area, b.list), ...b.where(p, asOf) };
  return `/list/${b.list}?where=${encodeURIComponent(JSON.stringify(where))}`;
}
