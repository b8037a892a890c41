// The areas below an area coloured by a catalogue metric (areaMap, one
// request): towns or villages as areas, a village's courtyards as points;
// a legend coloured by the metric's polarity (good is green); a click
// drills down keeping the period.
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { getLocale, t } from '../i18n';
import { ErrorState, Loading, formatNumber } from '../ui';
import type { Metric } from '../gql/graphql';
import { defaultMapMetric, type AreaRef } from '../lib/area';
import { preloadable, useLoaded } from '../lib/preloadable';
import { useWaitForFigures } from '../lib/priority';

/** The map's canvas (its own chunk, with ECharts); AreaMapCanvas.preload() asks for it ahead. */
export const AreaMapCanvas = preloadable(
  () => import('./AreaMapCanvas'),
  (m) => m.default,
);

export const AreaMapQuery = graphql(`
  query AreaMap($area: ID, $metric: Metric!, $period: String!) {
    areaMap(area: $area, metric: $metric, period: $period) {
      area
      outline
      metric {
        metric
        label
        labelEn
        unit
        better
      }
      layers {
        level
        features
        min
        max
        breaks
      }
    }
    metrics {
      metric
      label
      labelEn
    }
  }
`);

interface Props {
  properties: { id: string; name: string; value: number | null };
  geometry: { type: string; coordinates: unknown };
}

/** The value as the legend and tooltip show it: shares as percentages. */
export function formatValue(v: number | null | undefined, unit: string): string {
  if (v == null) return '—';
  return unit === 'share' ? `${formatNumber(Math.round(v * 1000) / 10)}%` : formatNumber(Math.round(v * 100) / 100);
}

/** Colours low to high: red to green when up is good, reversed when down is. */
export function colours(better: string): string[] {
  const up = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850'];
  if (better === 'UP') return up;
  if (better === 'DOWN') return [...up].reverse();
  return ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'];
}

export function AreaMap({
  area,
  period,
  onSettled,
}: {
  area: AreaRef;
  period: string;
  /** Called once the map is drawn or has failed (the overview then lets its later panels ask). */
  onSettled?: () => void;
}) {
  const navigate = useNavigate();
  const [metric, setMetric] = useState<Metric>(defaultMapMetric);
  const [ready, setReady] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: AreaMapQuery,
    variables: { area: area.level === 'district' ? null : (area.id ?? null), metric, period },
    pause: useWaitForFigures(),
  });
  // Drawn once its code is in, without suspending (lib/preloadable); the
  // code is asked for once there is a map to draw.
  const canvasLoaded = useLoaded(AreaMapCanvas, !!data);
  const en = getLocale() === 'en';
  const map = data?.areaMap;
  // Towns at district level, unless there is one town only: its villages.
  const layer =
    map?.layers[0] && map.layers[1] && !map.layers[0].features.includes('},{"type"') ? map.layers[1] : map?.layers[0];
  const points = layer?.level === 'COURTYARD';
  const features: Props[] = useMemo(
    () => (layer ? (JSON.parse(layer.features) as { features: Props[] }).features : []),
    [layer],
  );
  const key = `${map?.area ?? ''}:${metric}:${period}`;
  const name = `area-${map?.area ?? 'none'}`;
  const geoJson = useMemo(() => {
    if (!map) return '{"type":"FeatureCollection","features":[]}';
    if (!points) return layer?.features ?? '';
    const outline = JSON.parse(map.outline) as unknown;
    return JSON.stringify({
      type: 'FeatureCollection',
      features: outline ? [{ type: 'Feature', geometry: outline, properties: { name: '' } }] : [],
    });
  }, [map, layer, points]);
  const option = useMemo(() => {
    if (!map || !layer) return {};
    const unit = map.metric.unit;
    const data = features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      value: points
        ? [...(f.geometry.coordinates as number[]), f.properties.value ?? NaN]
        : (f.properties.value ?? NaN),
    }));
    const min = layer.min ?? 0;
    const max = layer.max ?? 1;
    return {
      // Drawn at once: an area map gains nothing from easing in, and the
      // leader reads it sooner (issue 21 item 7).
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number | number[] }) => {
          const v = Array.isArray(p.value) ? p.value[2] : p.value;
          return `${p.name}<br/>${formatValue(Number.isNaN(v) ? null : v, unit)}`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: max > min ? min : min - 1,
        max: max > min ? max : max + 1,
        left: 8,
        bottom: 8,
        calculable: false,
        dimension: points ? 2 : undefined,
        inRange: { color: colours(map.metric.better) },
        text: [formatValue(max, unit), formatValue(min, unit)],
        itemHeight: 100,
      },
      geo: points ? { map: name, roam: true, itemStyle: { areaColor: '#f3f4f6', borderColor: '#9ca3af' } } : undefined,
      series: points
        ? [{ type: 'scatter', coordinateSystem: 'geo', data, symbolSize: 10 }]
        : [
            {
              type: 'map',
              map: name,
              roam: true,
              nameProperty: 'id',
              data: data.map((d) => ({ ...d, name: d.id, label: d.name })),
              itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: '#e5e7eb' },
              emphasis: { label: { show: false } },
              label: { show: false },
            },
          ],
    };
  }, [map, layer, features, points, name]);
  // Tests draw no canvas (as charts/Chart): there the map counts as drawn once its data are in.
  const drawsCanvas = import.meta.env.MODE !== 'test';
  const drawn = !fetching && (drawsCanvas ? ready === key : !!map);
  useEffect(() => {
    if (drawn || error) onSettled?.();
  }, [drawn, error, onSettled]);
  if (error) return <ErrorState error={error} />;
  const label = map ? (en ? map.metric.labelEn : map.metric.label) : '';
  return (
    <div className="area-map" data-testid="area-map" data-state={drawn ? 'ready' : 'loading'}>
      <label className="field">
        {t('map.metric')}{' '}
        <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
          {(data?.metrics ?? []).map((m) => (
            <option key={m.metric} value={m.metric}>
              {en ? m.labelEn : m.label}
            </option>
          ))}
        </select>
      </label>
      {!map ? (
        <Loading />
      ) : (
        <figure className="chart" aria-label={t('map.description', { metric: label })}>
          {!drawsCanvas ? null : canvasLoaded ? (
            <Suspense fallback={<Loading />}>
              <AreaMapCanvas
                name={name}
                geoJson={geoJson}
                option={option}
                height={420}
                onReady={() => setReady(key)}
                onClick={(id) => {
                  const level = points ? 'courtyard' : layer?.level === 'TOWN' ? 'town' : 'village';
                  void navigate(`/${level}/${encodeURIComponent(id)}?period=${period}`);
                }}
              />
            </Suspense>
          ) : (
            <Loading />
          )}
          <details className="sr-table">
            <summary>{t('map.table')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('map.area')}</th>
                  <th scope="col">{label}</th>
                </tr>
              </thead>
              <tbody>
                {features.map((f) => (
                  <tr key={f.properties.id}>
                    <td>{f.properties.name}</td>
                    <td>{formatValue(f.properties.value, map.metric.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      )}
    </div>
  );
}
