// Evaluation: the half-year's officer scores (the server's scoring rule,
// docs/evaluation.md), the failing list and the replacements made.
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { enumLabel, t } from '../i18n';
import { parsePeriod, periodAt, type PeriodKind } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { PeriodPicker } from './AreaPage';
import { QueryState, Section, nodes, formatNumber, formatTime } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { ExportButton } from './ExportButton';
import { Link } from 'react-router';

export const EvaluationQuery = graphql(`
  query Evaluation($period: String!, $area: ID, $replacedWhere: RoleAssignmentWhereInput) {
    failingOfficers(period: $period, area: $area) {
      period
      dimension
      ratings
      score
      failing
      roleAssignment {
        id
        role
        endedAt
        resident {
          id
          name
        }
        courtyard {
          id
          name
          village {
            id
            name
          }
        }
      }
    }
    replaced: roleAssignments(first: 100, where: $replacedWhere, orderBy: [{ field: ENDED_AT, direction: DESC }]) {
      totalCount
      edges {
        node {
          id
          role
          endedAt
          resident {
            id
            name
          }
          successor {
            id
            resident {
              id
              name
            }
          }
          courtyard {
            id
            name
          }
        }
      }
    }
  }
`);

export function halfYears(count = 6, now = new Date()): string[] {
  const out: string[] = [];
  let p = periodAt('half', now);
  for (let i = 0; i < count; i++) {
    out.push(p.label);
    p = periodAt('half', new Date(new Date(p.from).getTime() - 1000));
  }
  return out;
}

/** Officers are scored per half-year: the only kind of period the board takes. */
const evaluationKinds: PeriodKind[] = ['half'];

export function EvaluationBoard() {
  const [params] = useSearchParams();
  const { town, village } = useAreaFilter();
  // ?period= as every board (a quarter from an overview card: its half-year);
  // ?half= as links made before.
  const { period: p, setPeriod } = usePeriod('half', evaluationKinds);
  const period = (!params.get('period') && params.get('half')) || p?.label || null;
  const current = parsePeriod(period);
  const area = village || town || null;
  const areaWhere = village ? { villageID: village } : town ? { townID: town } : {};
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EvaluationQuery,
    variables: { period: period ?? '', area, replacedWhere: { ...areaWhere, endReason: 'RATED_FAILING' } },
    pause: !period,
  });
  const failing = data?.failingOfficers ?? [];
  const replaced = nodes(data?.replaced);
  return (
    <div>
      <h1 className="page-title">{t('nav.evaluation')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        {current && <PeriodPicker period={current} onChange={setPeriod} kinds={evaluationKinds} />}
      </div>
      <p className="note">{t('evaluation.rule')}</p>
      <div className="grid-2">
        <Section title={t('evaluation.failing', { count: failing.length })}>
          <QueryState
            fetching={fetching}
            error={error}
            hasData={!!data}
            isEmpty={failing.length === 0}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            empty={t('evaluation.noneFailing')}
          >
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.officer')}</th>
                    <th scope="col">{t('courtyard.role')}</th>
                    <th scope="col">{t('area.courtyard')}</th>
                    <th scope="col">{t('evaluation.dimension')}</th>
                    <th scope="col">{t('evaluation.score')}</th>
                    <th scope="col">{t('evaluation.ratings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {failing.map((s) => (
                    <tr key={`${s.roleAssignment.id}-${s.dimension}`} className="sla-overdue">
                      <td>
                        {s.roleAssignment.resident.name}
                        {s.roleAssignment.endedAt && <span className="tag">{t('evaluation.replaced')}</span>}
                      </td>
                      <td>{enumLabel('RoleAssignmentRole', s.roleAssignment.role)}</td>
                      <td>
                        <Link to={`/courtyard/${encodeURIComponent(s.roleAssignment.courtyard.id)}`}>
                          {s.roleAssignment.courtyard.village.name} · {s.roleAssignment.courtyard.name}
                        </Link>
                      </td>
                      <td>{enumLabel('RatingDimension', s.dimension)}</td>
                      <td className="num">{formatNumber(s.score, 2)}</td>
                      <td className="num">{s.ratings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </QueryState>
        </Section>
        <Section
          title={t('evaluation.replacements', { count: data?.replaced.totalCount ?? 0 })}
          actions={<ExportButton name="roleAssignments" where={{ ...areaWhere, endReason: 'RATED_FAILING' }} />}
        >
          <QueryState fetching={fetching} error={error} hasData={!!data} isEmpty={replaced.length === 0}>
            <ul>
              {replaced.map((r) => (
                <li key={r.id}>
                  {formatTime(r.endedAt)} ·{' '}
                  <Link to={`/courtyard/${encodeURIComponent(r.courtyard.id)}`}>{r.courtyard.name}</Link> ·{' '}
                  {enumLabel('RoleAssignmentRole', r.role)} {r.resident.name} → {r.successor?.resident.name ?? '—'}
                </li>
              ))}
            </ul>
          </QueryState>
        </Section>
      </div>
    </div>
  );
}
