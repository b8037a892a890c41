// Towns against targets (目标矩阵): the children of the area (a district's
// towns, a town's villages) against the district's targets, one column per
// targeted metric with the period's value and its traffic light (colour plus
// an icon and a text, never colour alone), the year to date and the change
// against the same period a year earlier. Sorted here, in the browser, by a
// column header: a metric's value (high first, then low first) or its status
// (worst first); the area's own row (the totals) stays at the bottom.
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useWaitForFigures } from '../lib/priority';
import { graphql } from '../gql';
import type { TargetMatrixQuery, TargetStatus } from '../gql/graphql';
import { t, type MessageKey } from '../i18n';
import type { AreaRef } from '../lib/area';
import type { Period } from '../lib/period';
import { formatUnit, QueryState, Section } from '../ui';
import { ExportButton } from './ExportButton';

export const TargetMatrixDocument = graphql(`
  query TargetMatrix($area: ID, $period: String!) {
    targetMatrix(area: $area, period: $period) {
      level
      period
      asOf
      columns {
        metric
        label
        unit
        polarity
        target
      }
      rows {
        area {
          id
          code
          name
        }
        cells {
          metric
          value
          status
          ytd
          ytdStatus
          lastYear
          change
          target
        }
      }
      total {
        area {
          id
          code
          name
        }
        cells {
          metric
          value
          status
          ytd
          ytdStatus
          lastYear
          change
          target
        }
      }
    }
  }
`);

type Matrix = TargetMatrixQuery['targetMatrix'];
type Row = Matrix['rows'][number];

/** Each light's icon, text and class; the order ranks them worst first. */
export const lights: Record<TargetStatus, { icon: string; label: MessageKey; rank: number }> = {
  RED: { icon: '✕', label: 'targets.red', rank: 0 },
  AMBER: { icon: '!', label: 'targets.amber', rank: 1 },
  GREEN: { icon: '✓', label: 'targets.green', rank: 2 },
  NONE: { icon: '–', label: 'targets.none', rank: 3 },
};

/** How the rows are sorted: a column and a mode (value high or low first, status worst first). */
export interface Sort {
  col: number;
  mode: 'desc' | 'asc' | 'status';
}

/** The rows sorted by s (null: by code, as the server returns them). */
export function sortRows(rows: readonly Row[], s: Sort | null): Row[] {
  if (!s) return [...rows];
  return [...rows].sort((a, b) => {
    const ca = a.cells[s.col];
    const cb = b.cells[s.col];
    if (s.mode === 'status') {
      const d = lights[ca.status].rank - lights[cb.status].rank;
      if (d !== 0) return d;
    }
    if (ca.value == null || cb.value == null) return ca.value == null ? (cb.value == null ? 0 : 1) : -1;
    const d = ca.value - cb.value;
    return s.mode === 'asc' ? d : -d || a.area.code.localeCompare(b.area.code);
  });
}

/** The next sort after a click on column col's header. */
export function nextSort(s: Sort | null, col: number): Sort | null {
  if (!s || s.col !== col) return { col, mode: 'desc' };
  if (s.mode === 'desc') return { col, mode: 'asc' };
  if (s.mode === 'asc') return { col, mode: 'status' };
  return null;
}

function Light({ status, what }: { status: TargetStatus; what: string }) {
  const l = lights[status];
  const text = t(l.label);
  return (
    <span className={`light light-${status.toLowerCase()}`} role="img" aria-label={`${what}: ${text}`} title={text}>
      <span aria-hidden="true">{l.icon}</span> <span className="light-text">{text}</span>
    </span>
  );
}

function signed(v: number, unit: string): string {
  return (v > 0 ? '+' : v < 0 ? '−' : '±') + formatUnit(Math.abs(v), unit);
}

/** The matrix's query context: its answer depends on the targets. */
const targetsContext = { additionalTypenames: ['MetricTarget'] };

export function TargetsMatrix({ area, period }: { area: AreaRef; period: Period }) {
  const areaId = area.level === 'district' ? null : (area.id ?? null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TargetMatrixDocument,
    variables: { area: areaId, period: period.label },
    pause: useWaitForFigures(),
    // Targets saved in /settings (a MetricTarget in the mutation's answer) re-read the matrix.
    context: targetsContext,
  });
  const [sort, setSort] = useState<Sort | null>(null);
  const m = data?.targetMatrix;
  const rows = useMemo(() => sortRows(m?.rows ?? [], sort), [m, sort]);
  const sortState = (i: number) =>
    sort?.col !== i ? 'none' : sort.mode === 'asc' ? 'ascending' : sort.mode === 'desc' ? 'descending' : 'other';
  return (
    <Section
      title={t('targets.title')}
      id="targets"
      actions={<ExportButton name="targets" where={{ period: period.label, ...(areaId ? { area: areaId } : {}) }} />}
    >
      <QueryState
        error={error}
        fetching={fetching}
        hasData={!!m}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {m && m.columns.length === 0 && <p className="note">{t('targets.noTargets')}</p>}
        {m && m.columns.length > 0 && (
          <div className="targets-scroll" role="region" aria-label={t('targets.title')} tabIndex={0}>
            <table className="table targets-table" data-testid="targets-matrix">
              <thead>
                <tr>
                  <th scope="col">{t(m.level === 'TOWN' ? 'targets.town' : 'targets.village')}</th>
                  {m.columns.map((c, i) => (
                    <th
                      key={c.metric}
                      scope="col"
                      aria-sort={(['ascending', 'descending'] as const).find((x) => x === sortState(i)) ?? 'none'}
                    >
                      <button
                        type="button"
                        className="linklike"
                        onClick={() => setSort(nextSort(sort, i))}
                        data-testid={`targets-sort-${c.metric}`}
                      >
                        {c.label}
                        {sort?.col === i && (
                          <span aria-hidden="true">
                            {sort.mode === 'desc' ? ' ↓' : sort.mode === 'asc' ? ' ↑' : ' ●'}
                          </span>
                        )}
                      </button>
                      <span className="target-rule">
                        {c.polarity === 'DOWN' ? '≤' : '≥'} {formatUnit(c.target, c.unit)}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...rows, m.total].map((r, ri) => (
                  <tr
                    key={r.area.id}
                    className={ri === rows.length ? 'targets-total' : undefined}
                    data-testid="targets-row"
                  >
                    <th scope="row">{ri === rows.length ? t('targets.total', { area: r.area.name }) : r.area.name}</th>
                    {r.cells.map((cell, i) => {
                      const unit = m.columns[i].unit;
                      return (
                        <td key={cell.metric} data-status={cell.status} data-metric={cell.metric}>
                          <div className="target-value">
                            <Light status={cell.status} what={`${r.area.name} ${m.columns[i].label}`} />{' '}
                            <strong>{cell.value == null ? '—' : formatUnit(cell.value, unit)}</strong>
                          </div>
                          <div className="target-sub">
                            {t('targets.ytd')} {cell.ytd == null ? '—' : formatUnit(cell.ytd, unit)}
                            {' · '}
                            {t('targets.yoy')} {cell.change == null ? '—' : signed(cell.change, unit)}
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {m && <p className="note">{t('targets.legend')}</p>}
      </QueryState>
    </Section>
  );
}
