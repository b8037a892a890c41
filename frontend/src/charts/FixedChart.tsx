// A fixed-size SVG chart (SvgChart, lazy) in a figure named for screen
// readers, with its numbers as a table; the table stays off paper.
import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../i18n';
import { ChartData, type ChartTable } from './Chart';

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
      <ChartData table={table} className="no-print" />
    </figure>
  );
}
