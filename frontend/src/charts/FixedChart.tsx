// A fixed-size SVG chart (SvgChart, lazy) in a figure named for screen
// readers, with its numbers as a table; the table stays off paper.
import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../i18n';
import type { ChartTable } from './Chart';

const SvgChart = lazy(() => import('./SvgChart'));

export function FixedChart({
  option,
  label,
  table,
  width,
  height,
}: {
  option: EChartsCoreOption;
  label: string;
  table: ChartTable;
  width: number;
  height: number;
}) {
  return (
    <figure className="fixed-chart" aria-label={label}>
      {import.meta.env.MODE !== 'test' && (
        <Suspense fallback={<div style={{ height }}>{t('common.loadingChart')}</div>}>
          <SvgChart option={option} width={width} height={height} />
        </Suspense>
      )}
      <details className="chart-table no-print">
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
    </figure>
  );
}
