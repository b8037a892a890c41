// Ticket board: open proxy-service tickets, overdue first, coloured by their
// time limit; filters (area, overdue only) and the instant (asOf: overdue is
// judged then, by the filter and the rows alike) in the URL.
import { useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { TicketWhereInput } from '../gql/graphql';
import { t } from '../i18n';
import { QueryState, Section, nodes, formatNumber } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { ExportButton } from './ExportButton';
import { AsOfNote, TicketTable } from './parts';
import { useLiveRefresh } from '../lib/live';
import { LiveIndicator } from './LiveIndicator';

export const TicketsBoardQuery = graphql(`
  query TicketsBoard($where: TicketWhereInput, $asOf: Time) {
    tickets(first: 300, where: $where, orderBy: [{ field: DUE_AT }]) {
      totalCount
      edges {
        node {
          ...TicketRowFields
          overdueAt: overdue(asOf: $asOf)
          courtyard {
            id
            name
          }
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

export function TicketsBoard() {
  const id = useId();
  const { where: area, params, set } = useAreaFilter();
  const overdueOnly = params.get('overdue') === '1';
  const asOf = params.get('asOf') || null;
  const where: TicketWhereInput = {
    ...area,
    ...(asOf ? openAt(asOf) : { statusIn: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'] }),
    ...(overdueOnly ? { overdue: true } : {}),
  };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TicketsBoardQuery, variables: { where, asOf } });
  const live = useLiveRefresh(null, reexecute);
  const tickets = nodes(data?.tickets);
  return (
    <div>
      <h1 className="page-title">
        {t('nav.tickets')}
        <LiveIndicator status={live} />
      </h1>
      <div className="filters-bar">
        <AreaFilter />
        <div className="filters">
          <input
            id={`${id}-overdue`}
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => set('overdue', e.target.checked ? '1' : '')}
          />
          <label htmlFor={`${id}-overdue`}>{t('tickets.overdueOnly')}</label>
        </div>
      </div>
      <AsOfNote asOf={asOf} />
      <p className="legend">
        <span className="sla-overdue">{t('tickets.legendOverdue')}</span>{' '}
        <span className="sla-soon">{t('tickets.legendSoon')}</span>{' '}
        <span className="sla-ok">{t('tickets.legendOk')}</span>
      </p>
      <Section
        title={t('tickets.open', { count: formatNumber(data?.tickets.totalCount ?? 0) })}
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
          {data && data.tickets.totalCount > tickets.length && (
            <p className="note">{t('common.showingFirst', { count: tickets.length })}</p>
          )}
          <TicketTable tickets={tickets} showCourtyard now={asOf ? Date.parse(asOf) : undefined} />
        </QueryState>
      </Section>
    </div>
  );
}
