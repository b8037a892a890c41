// The leader's cockpit (领导驾驶舱): what needs action today, one strip at
// the top of the overview. Each red flag is a count (the API's redFlags,
// with the district's thresholds) that opens the list behind it — the
// record, its place, the officer responsible and how long — each a link to
// the record, and a link to the board filtered to the same area.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../gql';
import type { RedFlagKind, RedFlagsFieldsFragment } from '../gql/graphql';
import { enumLabel, t, type MessageKey } from '../i18n';
import type { AreaRef } from '../lib/area';
import { useLiveRefresh } from '../lib/live';
import { useWaitForFigures } from '../lib/priority';

/** What every surface reads of the red flags (the overview, the briefing, the big screen). */
export const RedFlagsFields = graphql(`
  fragment RedFlagsFields on RedFlags {
    asOf
    flags {
      kind
      totalCount
      threshold
      items {
        id
        subject
        detail
        town
        village
        courtyard
        officer
        officerRole
        days
        score
      }
    }
  }
`);

export const RedFlagsDocument = graphql(`
  query RedFlags($area: ID, $first: Int) {
    redFlags(area: $area, first: $first) {
      ...RedFlagsFields
    }
  }
`);

type Flag = RedFlagsFieldsFragment['flags'][number];
type Item = Flag['items'][number];

/**
 * Each flag's label, how its threshold reads, the route of a record (given the
 * boards' area filter) and the board behind it.
 */
export const kinds: Record<
  RedFlagKind,
  { title: MessageKey; rule: MessageKey; open: (it: Item, area: string) => string; board: string }
> = {
  TICKET_OVERDUE: {
    title: 'flags.tickets',
    rule: 'flags.ticketsRule',
    open: (it) => `/forms/ticket/${encodeURIComponent(it.id)}`,
    board: '/boards/tickets',
  },
  ISSUE_STUCK: {
    title: 'flags.issues',
    rule: 'flags.issuesRule',
    open: (it) => `/forms/issue/${encodeURIComponent(it.id)}`,
    board: '/boards/issues',
  },
  VACANT_POST: {
    title: 'flags.vacant',
    rule: 'flags.vacantRule',
    open: (it) => `/courtyard/${encodeURIComponent(it.id)}`,
    board: '/boards/gaps',
  },
  OFFICER_NEAR_FAILING: {
    title: 'flags.nearFailing',
    rule: 'flags.nearFailingRule',
    open: (_it, area) => `/boards/evaluation${area}`,
    board: '/boards/evaluation',
  },
  THEME_UNLECTURED: {
    title: 'flags.themes',
    rule: 'flags.themesRule',
    open: (it) => `/forms/lecture?theme=${encodeURIComponent(it.id)}`,
    board: '/boards/lectures',
  },
};

/** The boards' area filter (?town= or ?village=) for the overview's area. */
export function areaQuery(area: AreaRef): string {
  if (area.level === 'town' && area.id) return `?town=${encodeURIComponent(area.id)}`;
  if (area.level === 'village' && area.id) return `?village=${encodeURIComponent(area.id)}`;
  return '';
}

/** What a record's meta line says: place, officer, how long, score. */
export function itemMeta(kind: RedFlagKind, it: Item): string {
  const place = [it.town, it.village, it.courtyard].filter(Boolean).join(' · ');
  const officer = it.officer
    ? `${t('flags.officer')}: ${it.officerRole ? enumLabel('RoleAssignmentRole', it.officerRole) + ' ' : ''}${it.officer}`
    : null;
  const days =
    it.days == null ? null : t(kind === 'THEME_UNLECTURED' ? 'flags.daysLeft' : 'flags.days', { days: it.days });
  const score = it.score == null ? null : t('flags.score', { score: it.score.toFixed(2) });
  return [place, it.detail, officer, days, score].filter(Boolean).join(' · ');
}

export function RedFlags({ area }: { area: AreaRef }) {
  const id = useId();
  const [open, setOpen] = useState<RedFlagKind | null>(null);
  const [{ data }, reexecute] = useQuery({
    query: RedFlagsDocument,
    variables: { area: area.level === 'district' ? null : (area.id ?? null), first: 5 },
    pause: useWaitForFigures(),
  });
  useLiveRefresh(area.level === 'district' ? null : area.id, reexecute);
  // Nothing until the flags are in, and nothing on an error: the overview below still shows.
  if (!data) return null;
  const flags = getFragmentData(RedFlagsFields, data.redFlags).flags;
  const current = flags.find((f) => f.kind === open && f.totalCount > 0);
  const qs = areaQuery(area);
  return (
    <section className="red-flags" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="red-flags-title">
        {t('flags.title')}
      </h2>
      <ul className="red-flags-strip">
        {flags.map((f) => {
          const k = kinds[f.kind];
          return (
            <li key={f.kind}>
              <button
                type="button"
                className={`red-flag${f.totalCount > 0 ? ' on' : ''}`}
                data-kind={f.kind}
                aria-expanded={open === f.kind}
                aria-controls={`${id}-list`}
                disabled={f.totalCount === 0}
                title={t(k.rule, { n: f.threshold })}
                onClick={() => setOpen(open === f.kind ? null : f.kind)}
              >
                <span className="red-flag-count">{f.totalCount}</span>
                <span className="red-flag-label">{t(k.title)}</span>
                <span className="red-flag-rule">{t(k.rule, { n: f.threshold })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {current && (
        <div id={`${id}-list`} className="card home-list red-flag-list" data-kind={current.kind}>
          <h3>
            {t(kinds[current.kind].title)} <span className="badge">{current.totalCount}</span>
          </h3>
          <ul>
            {current.items.map((it) => (
              <li key={it.id}>
                <Link to={kinds[current.kind].open(it, qs)}>
                  <span className="home-subject">{it.subject}</span>
                  <span className="home-meta">{itemMeta(current.kind, it)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="home-more">
            <Link to={kinds[current.kind].board + qs}>
              {current.totalCount > current.items.length
                ? t('home.more', { count: current.totalCount - current.items.length })
                : t('flags.board')}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
