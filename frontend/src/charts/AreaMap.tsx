// The areas below an area coloured by a catalogue metric (areaMap, one
// request): towns or villages as areas, a village's courtyards as points;
// a legend coloured by the metric's polarity (good is green); a click
// drills down keeping the period. Drawn as SVG (AreaMapSvg) in the render
// that brings its data.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { getLocale, t } from '../i18n';
import { ErrorState, Loading, formatNumber } from '../ui';
import type { Metric } from '../gql/graphql';
import { defaultMapMetric, type AreaRef } from '../lib/area';
import { useWaitForFigures } from '../lib/priority';
import { AreaMapSvg, type MapFeature } from './AreaMapSvg';

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
  const [{ data, error, fetching }] = useQuery({
    query: AreaMapQuery,
    variables: { area: area.level === 'district' ? null : (area.id ?? null), metric, period },
    pause: useWaitForFigures(),
  });
  const en = getLocale() === 'en';
  const map = data?.areaMap;
  // Towns at district level, unless there is one town only: its villages.
  const layer =
    map?.layers[0] && map.layers[1] && !map.layers[0].features.includes('},{"type"') ? map.layers[1] : map?.layers[0];
  const points = layer?.level === 'COURTYARD';
  const features: MapFeature[] = useMemo(
    () => (layer ? (JSON.parse(layer.features) as { features: MapFeature[] }).features : []),
    [layer],
  );
  const outline = useMemo(
    () => (points && map?.outline ? (JSON.parse(map.outline) as MapFeature['geometry'] | null) : null),
    [map, points],
  );
  const palette = useMemo(() => colours(map?.metric.better ?? ''), [map]);
  // The scale's ends: the layer's lowest and highest values, around the one value when they are equal.
  const [lo, hi] = [layer?.min ?? 0, layer?.max ?? 1];
  const [min, max] = hi > lo ? [lo, hi] : [lo - 1, hi + 1];
  const drawn = !fetching && !!map;
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
          <AreaMapSvg
            key={map.area}
            features={features}
            points={points}
            outline={outline}
            min={min}
            max={max}
            colours={palette}
            legend={[formatValue(layer?.max, map.metric.unit), formatValue(layer?.min, map.metric.unit)]}
            format={(v) => formatValue(v, map.metric.unit)}
            height={420}
            onClick={(id) => {
              const level = points ? 'courtyard' : layer?.level === 'TOWN' ? 'town' : 'village';
              void navigate(`/${level}/${encodeURIComponent(id)}?period=${period}`);
            }}
          />
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
