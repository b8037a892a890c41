// The ECharts canvas, tree-shaken through echarts/core; loaded lazily by
// Chart.tsx so the first route does not carry it.
import { useEffect, useLayoutEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { tidyOption } from './tidy';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export default function EChart({
  option,
  height,
  onClick,
  counts,
}: {
  option: EChartsCoreOption;
  height: number;
  onClick?: (data: unknown) => void;
  /** The values are counts: whole-number ticks, no smoothing (tidy.ts). */
  counts?: boolean;
}) {
  // The latest onClick, for the listener registered once below.
  const click = useRef(onClick);
  // The latest option and hints, for the resize listener registered once below.
  const shown = useRef({ option, counts });
  useLayoutEffect(() => {
    click.current = onClick;
    shown.current = { option, counts };
  });
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => click.current?.((p as { data?: unknown }).data));
    // The value axis's ticks as drawn, for the browser tests (data-y-ticks).
    c.on('finished', () => {
      const el = ref.current;
      if (!el) return;
      try {
        type Tick = { value: number };
        type Axis = { axis?: { scale?: { getTicks?: () => Tick[] } } };
        const model = (
          c as unknown as { getModel: () => { getComponent: (t: string, i: number) => Axis | undefined } }
        ).getModel();
        const axis = model.getComponent('yAxis', 0)?.axis ?? model.getComponent('xAxis', 0)?.axis;
        const ticks = axis?.scale?.getTicks?.();
        if (ticks) el.dataset.yTicks = ticks.map((x) => x.value).join(',');
      } catch {
        // Internal API: the attribute is only a test aid.
      }
    });
    const resize = () => {
      c.resize();
      // Labels are tidied for the new width (rotated when narrow).
      const { option: o, counts: n } = shown.current;
      c.setOption(tidyOption(o, { counts: n, width: c.getWidth() }), true);
    };
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    c?.setOption(tidyOption(option, { counts, width: c.getWidth() }), true);
  }, [option, counts]);

  return <div ref={ref} style={{ width: '100%', height }} />;
}
