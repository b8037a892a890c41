// Ticket board: open proxy-service tickets, by due time (most overdue first,
// or the other way), a page at a time from the server (totalCount and page
// controls), with their town, village and courtyard (names that repeat on a
// page told apart), each in a time-limit band that means something at
// district scale (overdue by more than the district's red-flag days, overdue,
// due within 2 days, in time) shown in colour and in words; filters (area,
// overdue only), the order, the page and the instant (asOf: overdue is judged
// then, by the filter and the rows alike) in the URL.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import type { OrderDirection, TicketWhereInput } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { disambiguate, slaBand, slaBands, type SlaBand } from '../lib/sla';
import { QueryState, Section, nodes, formatNumber, formatTime } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { ExportButton } from './ExportButton';
import { AsOfNote, Countdown, TicketRowFields } from './parts';
import { useLiveRefresh } from '../lib/live';
import { LiveIndicator } from './LiveIndicator';

/** Rows on a page of the board by default; ?size= (10–200) asks for another. */
export const TICKETS_PAGE = 50;

/** The page size of ?size=, within 10–200, else TICKETS_PAGE. */
export function pageSize(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 10 && n <= 200 ? n : TICKETS_PAGE;
}

export const TicketsBoardQuery = graphql(`
  query TicketsBoard(
    $where: TicketWhereInput
    $asOf: Time
    $first: Int!
    $after: Cursor
    $direction: OrderDirection!
  ) {
    tickets(first: $first, after: $after, where: $where, orderBy: [{ field: DUE_AT, direction: $direction }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TicketRowFields
          overdueAt: overdue(asOf: $asOf)
          courtyard {
            id
            name
            village {
              id
              name
              town {
                id
                name
              }
            }
          }
        }
      }
    }
    districts(first: 1) {
      edges {
        node {
          id
          flagTicketOverdueDays
        }
      }
    }
  }
`);

/**
 * The tickets open at the instant asOf: submitted by then and not completed,
 * rejected or withdrawn by then (all three set completedAt); overdue in the
 * same where is judged at asOf.
 */
function openAt(asOf: string): TicketWhereInput {
  return { asOf, submittedAtLTE: asOf, or: [{ completedAtIsNil: true }, { completedAtGT: asOf }] };
}

const bandLabel: Record<SlaBand, 'sla.late' | 'sla.overdue' | 'sla.soon' | 'sla.ok' | 'sla.none'> = {
  late: 'sla.late',
  overdue: 'sla.overdue',
  soon: 'sla.soon',
  ok: 'sla.ok',
  none: 'sla.none',
};

export function TicketsBoard() {
  const id = useId();
  const { where: area, town, village, params, set } = useAreaFilter();
  const overdueOnly = params.get('overdue') === '1';
  const asOf = params.get('asOf') || null;
  const direction: OrderDirection = params.get('sort') === 'due-desc' ? 'DESC' : 'ASC';
  const after = params.get('after') || null;
  const size = pageSize(params.get('size'));
  // The cursors of the pages before this one (Previous goes back one).
  const [trail, setTrail] = useState<(string | null)[]>([]);
  const where: TicketWhereInput = {
    ...area,
    ...(asOf ? openAt(asOf) : { statusIn: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'] }),
    ...(overdueOnly ? { overdue: true } : {}),
  };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TicketsBoardQuery,
    variables: { where, asOf, first: size, after, direction },
  });
  const live = useLiveRefresh(null, reexecute);
  const tickets = nodes(data?.tickets);
  const flagDays = nodes(data?.districts)[0]?.flagTicketOverdueDays ?? 7;
  const [opened] = useState(() => Date.now());
  const now = asOf ? Date.parse(asOf) : opened;
  const names = useMemo(() => disambiguate(tickets.flatMap((x) => (x.courtyard ? [x.courtyard] : []))), [tickets]);
  // Another town or village starts again at the first page (the cursor is the old list's).
  const areaKey = `${town}/${village}`;
  const lastArea = useRef(areaKey);
  useEffect(() => {
    if (lastArea.current === areaKey) return;
    lastArea.current = areaKey;
    setTrail([]);
    if (after) set('after', '');
    // Only a change of area: after and set change with every page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [areaKey]);
  const page = trail.length + 1;
  const pages = Math.max(1, Math.ceil((data?.tickets.totalCount ?? 0) / size));
  // Filters and order start again at the first page.
  const reset = ['after'];
  function go(next: string | null, back: boolean) {
    if (back) setTrail(trail.slice(0, -1));
    else setTrail([...trail, after]);
    set('after', next ?? '');
  }
  return (
    <div>
      <h1 className="page-title">{t('nav.tickets')}</h1>
      <LiveIndicator status={live} />
      <div className="filters-bar">
        <AreaFilter />
        <div className="filters">
          <input
            id={`${id}-overdue`}
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => {
              setTrail([]);
              set('overdue', e.target.checked ? '1' : '', reset);
            }}
          />
          <label htmlFor={`${id}-overdue`}>{t('tickets.overdueOnly')}</label>
        </div>
      </div>
      <AsOfNote asOf={asOf} />
      <ul className="legend sla-legend" aria-label={t('sla.legend')}>
        {slaBands.map((b) => (
          <li key={b} className={`sla-${b}`}>
            {t(bandLabel[b], { days: flagDays })}
          </li>
        ))}
      </ul>
      <Section
        title={t('tickets.openCount', { count: formatNumber(data?.tickets.totalCount ?? 0) })}
        actions={<ExportButton name="tickets" where={where} />}
      >
        <QueryState
          fetching={fetching}
          error={error}
          hasData={!!data}
          isEmpty={tickets.length === 0}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          empty={t('tickets.none')}
        >
          <div className="table-wrap" tabIndex={0}>
            <table className="table" data-testid="tickets-board">
              <thead>
                <tr>
                  <th scope="col">{t('tickets.service')}</th>
                  <th scope="col">{t('tickets.applicant')}</th>
                  <th scope="col">{t('area.town')}</th>
                  <th scope="col">{t('area.village')}</th>
                  <th scope="col">{t('area.courtyard')}</th>
                  <th scope="col">{t('tickets.status')}</th>
                  <th scope="col">{t('tickets.submittedAt')}</th>
                  <th scope="col" aria-sort={direction === 'ASC' ? 'ascending' : 'descending'}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setTrail([]);
                        set('sort', direction === 'ASC' ? 'due-desc' : '', reset);
                      }}
                    >
                      {t('tickets.timeLimit')} {direction === 'ASC' ? '↑' : '↓'}
                    </button>
                  </th>
                  <th scope="col">{t('sla.band')}</th>
                </tr>
              </thead>
              <tbody>
                {tickets.map((x) => {
                  const row = getFragmentData(TicketRowFields, x);
                  const overdue = x.overdueAt ?? row.overdue;
                  const band = slaBand(row.dueAt, overdue, now, flagDays);
                  const c = x.courtyard;
                  return (
                    <tr key={row.id} className={`sla-${band}`}>
                      <td>
                        <Link to={`/forms/ticket/${encodeURIComponent(row.id)}`}>{row.serviceType.name}</Link>
                      </td>
                      <td>{row.applicant.name}</td>
                      <td>{c?.village?.town?.name}</td>
                      <td>{c?.village?.name}</td>
                      <td>
                        {c && <Link to={`/courtyard/${encodeURIComponent(c.id)}`}>{names.get(c.id) ?? c.name}</Link>}
                      </td>
                      <td>{enumLabel('TicketStatus', row.status)}</td>
                      <td>{formatTime(row.submittedAt)}</td>
                      <td>
                        <Countdown dueAt={row.dueAt} overdue={overdue} now={now} />
                      </td>
                      <td className="sla-text">{t(bandLabel[band], { days: flagDays })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('pager.label')}>
            <button
              type="button"
              className="button button-small"
              disabled={page <= 1}
              onClick={() => go(trail[trail.length - 1] ?? null, true)}
            >
              {t('pager.prev')}
            </button>
            <span data-testid="tickets-page">{t('pager.page', { n: page, of: pages })}</span>
            <button
              type="button"
              className="button button-small"
              disabled={!data?.tickets.pageInfo.hasNextPage}
              onClick={() => go(data?.tickets.pageInfo.endCursor ?? null, false)}
            >
              {t('pager.next')}
            </button>
          </nav>
        </QueryState>
      </Section>
    </div>
  );
}
