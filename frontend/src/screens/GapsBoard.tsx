// Gaps (短板): the analytics API's ready lists — courtyards with a vacant
// post, villages short of the quarter's themes, themes without a lecture,
// tickets past due, officers below the failing line — for the area and period
// in the URL, taken at its asOf (the overview card's instant) if it gives one.
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../gql';
import type { GapKind } from '../gql/graphql';
import { t, type MessageKey } from '../i18n';
import { usePeriod } from '../lib/usePeriod';
import { Loading, QueryState, Section, formatNumber, formatTime } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { AsOfNote } from './parts';
import { PeriodPicker } from './AreaPage';

export const GapsQuery = graphql(`
  query Gaps($area: ID, $period: String!, $asOf: Time) {
    vacant: gaps(kind: VACANT_ROLE, where: { area: $area, period: $period, asOf: $asOf }, first: 100) {
      ...GapFields
    }
    short: gaps(kind: THEMES_SHORT, where: { area: $area, period: $period, asOf: $asOf }, first: 100) {
      ...GapFields
    }
    unlectured: gaps(kind: THEMES_UNLECTURED, where: { area: $area, period: $period, asOf: $asOf }, first: 100) {
      ...GapFields
    }
    overdue: gaps(kind: TICKET_OVERDUE, where: { area: $area, period: $period, asOf: $asOf }, first: 100) {
      ...GapFields
    }
    failing: gaps(kind: OFFICER_FAILING, where: { area: $area, period: $period, asOf: $asOf }, first: 100) {
      ...GapFields
    }
  }
`);

const GapFields = graphql(`
  fragment GapFields on GapList {
    kind
    totalCount
    items {
      id
      subject
      since
      value
      place {
        key
        id
        name
        parentName
      }
    }
  }
`);

const kinds: { key: 'vacant' | 'short' | 'unlectured' | 'overdue' | 'failing'; kind: GapKind; label: MessageKey }[] = [
  { key: 'vacant', kind: 'VACANT_ROLE', label: 'gaps.vacant' },
  { key: 'short', kind: 'THEMES_SHORT', label: 'gaps.short' },
  { key: 'unlectured', kind: 'THEMES_UNLECTURED', label: 'gaps.unlectured' },
  { key: 'overdue', kind: 'TICKET_OVERDUE', label: 'kpi.ticketsOverdue' },
  { key: 'failing', kind: 'OFFICER_FAILING', label: 'gaps.failing' },
];

function placePath(key: string, id?: string | null): string | null {
  if (!id) return null;
  const level = key === 'TOWN' ? 'town' : key === 'VILLAGE' ? 'village' : key === 'COURTYARD' ? 'courtyard' : null;
  return level ? `/${level}/${encodeURIComponent(id)}` : null;
}

export function GapsBoard() {
  const { period, setPeriod } = usePeriod();
  const { town, village } = useAreaFilter();
  const [params] = useSearchParams();
  const area = village || town || null;
  const asOf = params.get('asOf') || null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GapsQuery,
    variables: { area, period: period?.label ?? '', asOf },
    pause: !period,
  });
  const lists = data ? Object.fromEntries(kinds.map((k) => [k.key, getFragmentData(GapFields, data[k.key])])) : {};
  return (
    <div>
      <h1 className="page-title">{t('nav.gaps')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
      </div>
      <AsOfNote asOf={asOf} until={period?.to} />
      {!period ? (
        <Loading />
      ) : (
        <QueryState
          fetching={fetching}
          error={error}
          hasData={!!data}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <div className="kpis">
            {kinds.map((k) => (
              <a key={k.key} className="kpi card" href={`#gap-${k.key}`}>
                <span className="kpi-label">{t(k.label, { quarter: period.label })}</span>
                <span className="kpi-value" data-testid={`gap-${k.kind}`}>
                  {formatNumber(lists[k.key]?.totalCount ?? 0)}
                </span>
              </a>
            ))}
          </div>
          <div className="grid-2">
            {kinds.map((k) => {
              const list = lists[k.key];
              const items = list?.items ?? [];
              return (
                <Section
                  key={k.key}
                  id={`gap-${k.key}`}
                  title={`${t(k.label, { quarter: period.label })}（${formatNumber(list?.totalCount ?? 0)}）`}
                >
                  {items.length === 0 ? (
                    <p className="status empty">{t('gaps.none')}</p>
                  ) : (
                    <ul className="gap-list">
                      {items.map((g) => {
                        const to = placePath(g.place.key, g.place.id);
                        const where = `${g.place.parentName ? `${g.place.parentName} · ` : ''}${g.place.name}`;
                        return (
                          <li key={`${g.id}-${g.subject}`}>
                            {to ? <Link to={`${to}?${params.toString()}`}>{where}</Link> : where} — {g.subject}
                            {g.since && (
                              <span className="muted"> · {t('gaps.since', { date: formatTime(g.since) })}</span>
                            )}
                            {g.value != null && k.kind === 'OFFICER_FAILING' && (
                              <span className="muted"> · {formatNumber(g.value, 2)}</span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {list && list.totalCount > items.length && (
                    <p className="note">{t('common.showingFirst', { count: items.length })}</p>
                  )}
                </Section>
              );
            })}
          </div>
        </QueryState>
      )}
    </div>
  );
}
