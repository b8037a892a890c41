// The map's canvas: ECharts' map series over the areas' GeoJSON (registered
// per request), courtyards as points; loaded lazily by AreaMap.tsx. Calls
// onReady once the chart's 'finished' event fired.
import { useEffect, useLayoutEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export default function AreaMapCanvas({
  name,
  geoJson,
  option,
  height,
  onClick,
  onReady,
}: {
  name: string;
  geoJson: string;
  option: EChartsCoreOption;
  height: number;
  onClick: (id: string) => void;
  onReady: () => void;
}) {
  const click = useRef(onClick);
  const ready = useRef(onReady);
  useLayoutEffect(() => {
    click.current = onClick;
    ready.current = onReady;
  });
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => {
      const d = (p as { data?: { id?: string } }).data;
      if (d?.id) click.current(d.id);
    });
    c.on('finished', () => ready.current());
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // echarts' GeoJSON type is narrower than the text the server sends.
    echarts.registerMap(name, JSON.parse(geoJson) as Parameters<typeof echarts.registerMap>[1]);
    chart.current?.setOption(option, true);
  }, [name, geoJson, option]);
  return <div ref={ref} style={{ width: '100%', height }} />;
}
