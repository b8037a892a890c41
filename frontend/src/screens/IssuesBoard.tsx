// Deliberation board: open issues by step, filtered by area and category
// (filters in the URL).
import { useId } from 'react';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../gql';
import type { IssueCategory, IssueWhereInput } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { QueryState, Section, nodes, formatNumber } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { ExportButton } from './ExportButton';
import { IssueBoard, issueStages } from './parts';
import { useLiveRefresh } from '../lib/live';
import { LiveIndicator } from './LiveIndicator';

// The cards of one step: its total and its latest issues.
const IssueColumn = graphql(`
  fragment IssueColumn on IssueConnection {
    totalCount
    edges {
      node {
        ...IssueCardFields
        courtyard {
          id
          name
        }
      }
    }
  }
`);

export const IssuesBoardQuery = graphql(`
  query IssuesBoard($w1: IssueWhereInput, $w2: IssueWhereInput, $w3: IssueWhereInput, $w4: IssueWhereInput, $w5: IssueWhereInput, $w6: IssueWhereInput) {
    s1: issues(first: 50, where: $w1, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
    s2: issues(first: 50, where: $w2, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
    s3: issues(first: 50, where: $w3, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
    s4: issues(first: 50, where: $w4, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
    s5: issues(first: 50, where: $w5, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
    s6: issues(first: 50, where: $w6, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
      ...IssueColumn
    }
  }
`);

const categories: IssueCategory[] = ['PUBLIC_FACILITY', 'LIVING_ENVIRONMENT', 'DISPUTE', 'CUSTOMS'];

export function IssuesBoard() {
  const id = useId();
  const { where: area, params, set } = useAreaFilter();
  const category = (params.get('category') ?? '') as IssueCategory | '';
  // The issues in progress (steps 1–5): what the headline counts and the export holds. Evaluated
  // issues (step 6, the loop's end) are counted apart, not as open ones.
  const where: IssueWhereInput = {
    ...area,
    stageNotIn: ['EVALUATED', 'CLOSED'],
    ...(category ? { category } : {}),
  };
  // One connection per step: its total from the server and its latest 50.
  const stageWhere = (stage: (typeof issueStages)[number]): IssueWhereInput => ({
    ...area,
    stage,
    ...(category ? { category } : {}),
  });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IssuesBoardQuery,
    variables: {
      w1: stageWhere('COLLECTED'),
      w2: stageWhere('CONFIRMED'),
      w3: stageWhere('VISITED'),
      w4: stageWhere('DECIDED'),
      w5: stageWhere('EXECUTED'),
      w6: stageWhere('EVALUATED'),
    },
  });
  const live = useLiveRefresh(null, reexecute);
  const columns = data
    ? [data.s1, data.s2, data.s3, data.s4, data.s5, data.s6].map((c) => getFragmentData(IssueColumn, c))
    : [];
  const issues = columns.flatMap((c) => nodes(c));
  const counts = Object.fromEntries(issueStages.map((st, i) => [st, columns[i]?.totalCount ?? 0]));
  const total = columns.reduce((n, c) => n + c.totalCount, 0);
  const evaluated = counts.EVALUATED ?? 0;
  return (
    <div>
      <h1 className="page-title">{t('nav.issues')}</h1>
      <LiveIndicator status={live} />
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
        title={t('issues.open', { count: formatNumber(total - evaluated), evaluated: formatNumber(evaluated) })}
        actions={<ExportButton name="issues" where={where} />}
      >
        <QueryState
          fetching={fetching}
          error={error}
          hasData={!!data}
          isEmpty={issues.length === 0}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          empty={t('issues.none')}
        >
          {total > issues.length && <p className="note">{t('issues.latestPerStep', { count: 50 })}</p>}
          <IssueBoard issues={issues} counts={counts} showCourtyard />
        </QueryState>
      </Section>
    </div>
  );
}
