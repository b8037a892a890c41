// The list behind a number: /list/<connection>?where=<JSON filter>, the rows
// the server counted for a KPI card, page by page, with their export; a
// where with asOf (a snapshot's instant) judges the rows' overdue then too.
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { gql, useQuery } from 'urql';
import { countable, type Countable } from '../lib/counts';
import { enumLabel, t, type MessageKey } from '../i18n';
import { Empty, ErrorState, Loading, Section, formatNumber, formatTime, formatYuan } from '../ui';
import { ExportButton } from './ExportButton';
import { AsOfNote } from './parts';

type Kind = 'text' | 'time' | 'yuan' | 'bool' | `enum:${string}` | 'courtyard';
interface Column {
  path: string;
  label: MessageKey;
  kind?: Kind;
  /** Arguments of the leaf field, e.g. `(asOf: $asOf)`: the list's where.asOf. */
  args?: string;
}

const courtyardCol: Column = { path: 'courtyard', label: 'area.courtyard', kind: 'courtyard' };

export const listColumns: Partial<Record<Countable, Column[]>> = {
  courtyards: [
    { path: 'code', label: 'common.code' },
    { path: 'name', label: 'common.name' },
    { path: 'village.name', label: 'area.village' },
  ],
  villages: [
    { path: 'code', label: 'common.code' },
    { path: 'name', label: 'common.name' },
  ],
  towns: [
    { path: 'code', label: 'common.code' },
    { path: 'name', label: 'common.name' },
  ],
  households: [
    { path: 'number', label: 'list.householdNumber' },
    { path: 'headName', label: 'list.headName' },
    courtyardCol,
  ],
  roleAssignments: [
    { path: 'role', label: 'courtyard.role', kind: 'enum:RoleAssignmentRole' },
    { path: 'resident.name', label: 'courtyard.holder' },
    { path: 'startedAt', label: 'courtyard.since', kind: 'time' },
    { path: 'endedAt', label: 'list.endedAt', kind: 'time' },
    { path: 'endReason', label: 'list.endReason', kind: 'enum:RoleAssignmentEndReason' },
    courtyardCol,
  ],
  tickets: [
    { path: 'serviceType.name', label: 'tickets.service' },
    { path: 'status', label: 'tickets.status', kind: 'enum:TicketStatus' },
    { path: 'submittedAt', label: 'tickets.submittedAt', kind: 'time' },
    { path: 'dueAt', label: 'list.dueAt', kind: 'time' },
    { path: 'completedAt', label: 'list.completedAt', kind: 'time' },
    { path: 'overdue', label: 'list.overdue', kind: 'bool', args: '(asOf: $asOf)' },
    courtyardCol,
  ],
  ratings: [
    { path: 'ratedAt', label: 'list.ratedAt', kind: 'time' },
    { path: 'target', label: 'list.target', kind: 'enum:RatingTarget' },
    { path: 'dimension', label: 'evaluation.dimension', kind: 'enum:RatingDimension' },
    { path: 'score', label: 'evaluation.score' },
    courtyardCol,
  ],
  issues: [
    { path: 'title', label: 'issues.title' },
    { path: 'category', label: 'issues.category', kind: 'enum:IssueCategory' },
    { path: 'stage', label: 'list.stage', kind: 'enum:IssueStage' },
    { path: 'collectedAt', label: 'list.collectedAt', kind: 'time' },
    courtyardCol,
  ],
  ideas: [
    { path: 'content', label: 'list.content' },
    { path: 'submittedAt', label: 'list.submittedAt', kind: 'time' },
    { path: 'adoptedAt', label: 'list.adoptedAt', kind: 'time' },
    courtyardCol,
  ],
  sessions: [
    { path: 'heldAt', label: 'lectures.heldAt', kind: 'time' },
    { path: 'topic.name', label: 'list.topic' },
    { path: 'theme', label: 'list.theme' },
    { path: 'attendance', label: 'lectures.attendance' },
    courtyardCol,
  ],
  grants: [
    { path: 'period', label: 'list.period' },
    { path: 'purpose', label: 'list.purpose', kind: 'enum:GrantPurpose' },
    { path: 'amountFen', label: 'list.amount', kind: 'yuan' },
    courtyardCol,
  ],
  awards: [
    { path: 'period', label: 'list.period' },
    { path: 'category', label: 'list.awardCategory', kind: 'enum:AwardCategory' },
    { path: 'winner.name', label: 'list.winner' },
    courtyardCol,
  ],
  pointEntries: [
    { path: 'awardedAt', label: 'list.awardedAt', kind: 'time' },
    { path: 'household.number', label: 'list.householdNumber' },
    { path: 'reason', label: 'list.reason' },
    { path: 'points', label: 'list.points' },
    courtyardCol,
  ],
};

/** The selection set of the columns' paths (a.b → a { b }). */
export function selection(cols: Column[]): string {
  const tree: Record<string, unknown> = { id: true };
  for (const c of cols) {
    const parts = c.kind === 'courtyard' ? ['courtyard', 'id'] : c.path.split('.');
    if (c.kind === 'courtyard') {
      tree.courtyard = { ...(tree.courtyard as object), id: true, name: true };
      continue;
    }
    let node = tree;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) node[p] = node[p] ?? c.args ?? true;
      else node = node[p] = (typeof node[p] === 'object' ? node[p] : {}) as Record<string, unknown>;
    });
  }
  const render = (n: Record<string, unknown>): string =>
    Object.entries(n)
      .map(([k, v]) =>
        v === true ? k : typeof v === 'string' ? `${k}${v}` : `${k} { ${render(v as Record<string, unknown>)} }`,
      )
      .join(' ');
  return render(tree);
}

function get(row: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), row);
}

function cell(row: Record<string, unknown>, c: Column) {
  // A column's path ends at a leaf field (selection asks for no sub-fields there): a scalar or an enum.
  const v = get(row, c.path) as string | number | boolean | null | undefined;
  if (c.kind === 'courtyard') {
    const cy = row.courtyard as { id: string; name: string } | undefined;
    return cy ? <Link to={`/courtyard/${encodeURIComponent(cy.id)}`}>{cy.name}</Link> : null;
  }
  if (v == null) return '';
  if (c.kind === 'time') return formatTime(String(v), true);
  if (c.kind === 'yuan') return formatYuan(Number(v));
  if (c.kind === 'bool') return t(v ? 'common.yes' : 'common.no');
  if (c.kind?.startsWith('enum:')) return enumLabel(c.kind.slice(5), String(v));
  return String(v);
}

export function ListPage() {
  const { entity = '' } = useParams();
  const [params] = useSearchParams();
  if (!(entity in countable) || !listColumns[entity as Countable]) return <Empty>{t('list.unknown')}</Empty>;
  let where: Record<string, unknown>;
  try {
    where = JSON.parse(params.get('where') ?? '{}') as Record<string, unknown>;
  } catch {
    return <Empty>{t('list.badFilter')}</Empty>;
  }
  return <List key={entity + params.get('where')} entity={entity as Countable} where={where} />;
}

function List({ entity, where }: { entity: Countable; where: Record<string, unknown> }) {
  const cols = listColumns[entity]!;
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<Record<string, unknown>[][]>([]);
  // A column judged at an instant (a ticket's overdue) takes the where's asOf, as the filter does.
  const usesAsOf = cols.some((c) => c.args?.includes('$asOf'));
  const asOf = typeof where.asOf === 'string' ? where.asOf : null;
  const doc = useMemo(
    () =>
      gql(
        `query List($where: ${countable[entity]}, $after: Cursor${usesAsOf ? ', $asOf: Time' : ''}) { list: ${entity}(first: 100, after: $after, where: $where) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection(cols)} } } } }`,
      ),
    [entity], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [{ data, fetching, error }, reexecute] = useQuery<{
    list: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      edges: { node: Record<string, unknown> }[];
    };
  }>({ query: doc, variables: { where, after, ...(usesAsOf ? { asOf } : {}) } });
  const rows = [...pages.flat(), ...(data?.list.edges.map((e) => e.node) ?? [])];
  return (
    <div>
      <h1 className="page-title">{t(`list.${entity}` as MessageKey)}</h1>
      {asOf && <AsOfNote asOf={asOf} />}
      <details className="note">
        <summary>{t('list.filter')}</summary>
        <pre>{JSON.stringify(where, null, 2)}</pre>
      </details>
      <Section
        title={t('list.count', { count: formatNumber(data?.list.totalCount ?? 0) })}
        actions={<ExportButton name={entity} where={where} />}
      >
        {error && !data ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : !data && fetching ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Empty />
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  {cols.map((c) => (
                    <th key={c.path} scope="col">
                      {t(c.label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={String(r.id)}>
                    {cols.map((c) => (
                      <td key={c.path}>{cell(r, c)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data?.list.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={fetching}
            onClick={() => {
              setPages([...pages, data.list.edges.map((e) => e.node)]);
              setAfter(data.list.pageInfo.endCursor ?? null);
            }}
          >
            {t('list.more')}
          </button>
        )}
      </Section>
    </div>
  );
}
