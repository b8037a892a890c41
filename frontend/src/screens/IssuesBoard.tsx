// Deliberation board: open issues by step, filtered by area and category
// (filters in the URL).
import { useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { IssueCategory, IssueWhereInput } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { QueryState, Section, nodes, formatNumber } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { ExportButton } from './ExportButton';
import { IssueBoard } from './parts';

export const IssuesBoardQuery = graphql(`
  query IssuesBoard($where: IssueWhereInput) {
    issues(first: 300, where: $where, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      totalCount
      edges {
        node {
          id
          title
          category
          stage
          collectedAt
          escalatedAt
          escalationApprovedAt
          votesFor
          votesAgainst
          votesAbstain
          courtyard {
            id
            name
          }
        }
      }
    }
  }
`);

const categories: IssueCategory[] = ['PUBLIC_FACILITY', 'LIVING_ENVIRONMENT', 'DISPUTE', 'CUSTOMS'];

export function IssuesBoard() {
  const id = useId();
  const { where: area, params, set } = useAreaFilter();
  const category = (params.get('category') ?? '') as IssueCategory | '';
  const where: IssueWhereInput = { ...area, stageNEQ: 'CLOSED', ...(category ? { category } : {}) };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IssuesBoardQuery, variables: { where } });
  const issues = nodes(data?.issues);
  return (
    <div>
      <h1 className="page-title">{t('nav.issues')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        <div className="filters">
          <label htmlFor={`${id}-cat`}>{t('issues.category')}</label>
          <select id={`${id}-cat`} value={category} onChange={(e) => set('category', e.target.value)}>
            <option value="">{t('filters.all')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {enumLabel('IssueCategory', c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Section
        title={t('issues.open', { count: formatNumber(data?.issues.totalCount ?? 0) })}
        actions={<ExportButton name="issues" where={where as Record<string, unknown>} />}
      >
        <QueryState fetching={fetching} error={error} hasData={!!data} isEmpty={issues.length === 0} onRetry={() => reexecute({ requestPolicy: 'network-only' })} empty={t('issues.none')}>
          {data && data.issues.totalCount > issues.length && <p className="note">{t('common.showingFirst', { count: issues.length })}</p>}
          <IssueBoard issues={issues} showCourtyard />
        </QueryState>
      </Section>
    </div>
  );
}
