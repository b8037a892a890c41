// Lecture coverage: for one town and quarter, each village against the eight
// topics — which are the village's themes of the quarter and how many
// lectures were held on each (counted by the server).
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { enumLabel, t } from '../i18n';
import { quarterOf } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { Loading, QueryState, Section, nodes } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { PeriodPicker } from './AreaPage';
import { ExportButton } from './ExportButton';
import { useMe } from '../App';

export const LectureMatrixQuery = graphql(`
  query LectureMatrix($where: VillageWhereInput, $quarter: String!) {
    villages(first: 300, where: $where, orderBy: [{ field: CODE }]) {
      totalCount
      edges {
        node {
          id
          name
          quarterThemes(first: 8, where: { quarter: $quarter }) {
            edges {
              node {
                id
                topic
                title
                sessions {
                  totalCount
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const topics = ['THEORY', 'POLICY', 'HEALTH', 'LAW', 'ROLE_MODEL', 'TECHNOLOGY', 'SAFETY', 'CHANGE'] as const;

export function LectureMatrix() {
  const me = useMe();
  const { period, setPeriod } = usePeriod();
  const { town, village } = useAreaFilter();
  const quarter = period ? quarterOf(period) : '';
  // A district-wide account picks a town first (a district matrix is hundreds of rows).
  const needsTown = (me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST') && !town;
  const where = village ? { id: village } : town ? { townID: town } : {};
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LectureMatrixQuery,
    variables: { where, quarter },
    pause: !period || needsTown,
  });
  const villages = nodes(data?.villages);
  return (
    <div>
      <h1 className="page-title">{t('nav.lectures')}</h1>
      <div className="filters-bar">
        <AreaFilter requireTown={me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST'} />
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
      </div>
      {!period ? (
        <Loading />
      ) : needsTown ? (
        <p className="status">{t('lectures.chooseTown')}</p>
      ) : (
        <Section
          title={t('lectures.matrix', { quarter })}
          actions={<ExportButton name="quarterThemes" where={{ quarter }} />}
        >
          <p className="legend">
            <span className="cell-covered">{t('lectures.legendCovered')}</span>{' '}
            <span className="cell-uncovered">{t('lectures.legendUncovered')}</span>{' '}
            <span className="cell-none">{t('lectures.legendNone')}</span>
          </p>
          <QueryState
            fetching={fetching}
            error={error}
            hasData={!!data}
            isEmpty={villages.length === 0}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            <div className="table-wrap">
              <table className="table matrix">
                <thead>
                  <tr>
                    <th scope="col">{t('area.village')}</th>
                    {topics.map((tp) => (
                      <th scope="col" key={tp}>
                        {enumLabel('QuarterThemeTopic', tp)}
                      </th>
                    ))}
                    <th scope="col">{t('lectures.themes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {villages.map((v) => {
                    const themes = nodes(v.quarterThemes);
                    return (
                      <tr key={v.id} className={themes.length < 2 ? 'row-short' : ''}>
                        <th scope="row">{v.name}</th>
                        {topics.map((tp) => {
                          const th = themes.find((x) => x.topic === tp);
                          if (!th) return <td key={tp} className="cell-none" aria-label={t('lectures.legendNone')} />;
                          const n = th.sessions.totalCount;
                          return (
                            <td key={tp} className={n > 0 ? 'cell-covered' : 'cell-uncovered'} title={th.title}>
                              {n}
                            </td>
                          );
                        })}
                        <td className={themes.length < 2 ? 'status-error' : ''}>{themes.length}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </QueryState>
        </Section>
      )}
    </div>
  );
}
