// Gaps: courtyards with a vacant post, villages short of the quarter's themes
// (fewer than two) and the overdue tickets, for one town (or the account's area).
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useMe } from '../App';
import { enumLabel, t } from '../i18n';
import { quarterOf } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { Loading, QueryState, Section, nodes, formatNumber } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';

export const GapsQuery = graphql(`
  query Gaps($courtyardWhere: CourtyardWhereInput, $villageWhere: VillageWhereInput, $ticketWhere: TicketWhereInput, $quarter: String!) {
    courtyards(first: 500, where: $courtyardWhere, orderBy: [{ field: CODE }]) {
      totalCount
      edges {
        node {
          id
          name
          village {
            id
            name
          }
          roleAssignments(where: { endedAtIsNil: true }) {
            edges {
              node {
                id
                role
              }
            }
          }
        }
      }
    }
    villages(first: 300, where: $villageWhere, orderBy: [{ field: CODE }]) {
      edges {
        node {
          id
          name
          quarterThemes(where: { quarter: $quarter }) {
            totalCount
          }
        }
      }
    }
    tickets(where: $ticketWhere) {
      totalCount
    }
  }
`);

const roles = ['HEAD', 'PUBLICIST', 'AGENT', 'INFORMANT'] as const;

export function GapsBoard() {
  const me = useMe();
  const { period } = usePeriod();
  const { town, village, where } = useAreaFilter();
  const wide = me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST';
  const needsTown = wide && !town;
  const quarter = period ? quarterOf(period) : '';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GapsQuery,
    variables: {
      courtyardWhere: where,
      villageWhere: village ? { id: village } : town ? { townID: town } : {},
      ticketWhere: { ...where, overdue: true },
      quarter,
    },
    pause: needsTown || !period,
  });
  const vacant = nodes(data?.courtyards)
    .map((c) => ({ c, missing: roles.filter((r) => !nodes(c.roleAssignments).some((a) => a.role === r)) }))
    .filter((x) => x.missing.length > 0);
  const short = nodes(data?.villages).filter((v) => v.quarterThemes.totalCount < 2);
  const qs = new URLSearchParams({ ...(town ? { town } : {}), ...(village ? { village } : {}), overdue: '1' }).toString();
  return (
    <div>
      <h1 className="page-title">{t('nav.gaps')}</h1>
      <div className="filters-bar">
        <AreaFilter requireTown={wide} />
      </div>
      {needsTown ? (
        <p className="status">{t('lectures.chooseTown')}</p>
      ) : !period ? (
        <Loading />
      ) : (
        <QueryState fetching={fetching} error={error} hasData={!!data} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <div className="kpis">
            <Link className="kpi card" to={`/boards/tickets?${qs}`}>
              <span className="kpi-label">{t('kpi.ticketsOverdue')}</span>
              <span className="kpi-value">{formatNumber(data?.tickets.totalCount ?? 0)}</span>
            </Link>
            <div className="kpi card">
              <span className="kpi-label">{t('gaps.vacantCourtyards')}</span>
              <span className="kpi-value">{vacant.length}</span>
            </div>
            <div className="kpi card">
              <span className="kpi-label">{t('gaps.shortVillages', { quarter })}</span>
              <span className="kpi-value">{short.length}</span>
            </div>
          </div>
          <div className="grid-2">
            <Section title={t('gaps.vacant')}>
              {vacant.length === 0 ? (
                <p className="status empty">{t('gaps.noVacant')}</p>
              ) : (
                <ul>
                  {vacant.map(({ c, missing }) => (
                    <li key={c.id}>
                      <Link to={`/courtyard/${encodeURIComponent(c.id)}`}>
                        {c.village.name} · {c.name}
                      </Link>{' '}
                      {missing.map((r) => (
                        <span key={r} className="tag tag-warn">
                          {enumLabel('RoleAssignmentRole', r)}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
              {data && data.courtyards.totalCount > nodes(data.courtyards).length && <p className="note">{t('common.showingFirst', { count: nodes(data.courtyards).length })}</p>}
            </Section>
            <Section title={t('gaps.short', { quarter })}>
              {short.length === 0 ? (
                <p className="status empty">{t('gaps.noShort')}</p>
              ) : (
                <ul>
                  {short.map((v) => (
                    <li key={v.id}>
                      <Link to={`/village/${encodeURIComponent(v.id)}`}>{v.name}</Link> — {t('gaps.themes', { count: v.quarterThemes.totalCount })}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>
        </QueryState>
      )}
    </div>
  );
}
