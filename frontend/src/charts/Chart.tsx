// A chart: the canvas (ECharts, lazy-loaded) and, for screen readers and
// tests, the same numbers as a table.
import { Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../i18n';
import { preloadable, useLoaded } from '../lib/preloadable';

/** The ECharts canvas (its own chunk); EChart.preload() asks for it ahead of the first chart. */
export const EChart = preloadable(
  () => import('./EChart'),
  (m) => m.default,
);

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** A chart's numbers as a table, folded under its summary (for screen readers and tests); className adds to chart-table. */
export function ChartData({ table, className }: { table: ChartTable; className?: string }) {
  return (
    <details className={className ? `chart-table ${className}` : 'chart-table'}>
      <summary>{t('common.showData')}</summary>
      <table>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function Chart({
  option,
  label,
  table,
  height = 280,
  onClick,
  counts,
}: {
  option: EChartsCoreOption;
  label: string;
  table?: ChartTable;
  height?: number;
  onClick?: (data: unknown) => void;
  /** The values are counts: whole-number ticks and no smoothing (charts/tidy.ts). */
  counts?: boolean;
}) {
  return (
    <figure className="chart" aria-label={label}>
      {import.meta.env.MODE !== 'test' && <Canvas option={option} height={height} onClick={onClick} counts={counts} />}
      {table && <ChartData table={table} />}
    </figure>
  );
}

/** The ECharts canvas once its code is in, a placeholder of its height before (lib/preloadable's useLoaded). */
function Canvas(props: Parameters<typeof EChart>[0]) {
  const placeholder = (
    <div className="chart-loading" style={{ height: props.height }}>
      {t('common.loadingChart')}
    </div>
  );
  return useLoaded(EChart) ? (
    <Suspense fallback={placeholder}>
      <EChart {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}
