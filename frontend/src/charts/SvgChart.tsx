// An ECharts chart drawn as SVG at a fixed size, without animation: sharp on
// paper (the briefing's A4 pages) and on a big screen, and complete as soon as
// it is mounted (nothing left to animate when the page prints). Loaded lazily
// by FixedChart below, so the screens carry echarts only once they draw.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export default function SvgChart({
  option,
  width,
  height,
}: {
  option: EChartsCoreOption;
  width: number;
  height: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'svg', width, height });
    c.setOption({ animation: false, ...option }, true);
    // A viewBox, so that CSS may scale the drawing to a narrower screen.
    ref.current.querySelector('svg')?.setAttribute('viewBox', `0 0 ${width} ${height}`);
    ref.current.dataset.ready = 'true';
    return () => c.dispose();
  }, [option, width, height]);
  // Drawn at its size; on a narrower screen scaled down to fit (the SVG has a viewBox).
  return <div ref={ref} className="svg-chart" style={{ width: '100%', maxWidth: width }} />;
}
