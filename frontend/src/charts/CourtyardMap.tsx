// The courtyards of an area as dots at their coordinates, over the outline of
// the area (the hull of its courtyards): no map tiles, nothing from outside.
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { t } from '../i18n';
import { Chart } from './Chart';
import { Loading, ErrorState, Empty, nodes, formatNumber } from '../ui';
import type { CombinedError } from 'urql';
import type { CourtyardWhereInput } from '../gql/graphql';

export const CourtyardPointsQuery = graphql(`
  query CourtyardPoints($where: CourtyardWhereInput, $after: Cursor) {
    courtyards(first: 500, after: $after, where: $where, orderBy: [{ field: CODE }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          latitude
          longitude
        }
      }
    }
  }
`);

export interface Point {
  id: string;
  name: string;
  lng: number;
  lat: number;
}

/** The convex hull of the points (Andrew's monotone chain), counter-clockwise. */
export function hull(points: [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const MAX_PAGES = 20;

interface MapState {
  points: Point[];
  total: number;
  done: boolean;
  error?: CombinedError;
}
const LOADING: MapState = { points: [], total: 0, done: false };

export function CourtyardMap({ where }: { where: CourtyardWhereInput }) {
  const client = useClient();
  const navigate = useNavigate();
  const key = JSON.stringify(where);
  // The points loaded for `key`; another `where` shows loading until its own arrive.
  const [loaded, setLoaded] = useState<MapState & { key: string }>();
  const state: MapState = loaded?.key === key ? loaded : LOADING;

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let after: string | null | undefined = null;
      const all: Point[] = [];
      let total = 0;
      for (let i = 0; i < MAX_PAGES; i++) {
        const res = await client
          .query(CourtyardPointsQuery, { where: { ...where, latitudeNotNil: true }, after })
          .toPromise();
        if (cancelled) return;
        if (res.error || !res.data) {
          setLoaded({ key, points: all, total, done: true, error: res.error });
          return;
        }
        total = res.data.courtyards.totalCount;
        for (const c of nodes(res.data.courtyards)) {
          if (c.latitude != null && c.longitude != null)
            all.push({ id: c.id, name: c.name, lat: c.latitude, lng: c.longitude });
        }
        if (!res.data.courtyards.pageInfo.hasNextPage) break;
        after = res.data.courtyards.pageInfo.endCursor;
      }
      setLoaded({ key, points: all, total, done: true });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, key]); // eslint-disable-line react-hooks/exhaustive-deps

  const option = useMemo(() => {
    const outline = hull(state.points.map((p) => [p.lng, p.lat]));
    const lats = state.points.map((p) => p.lat);
    const midLat = lats.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 31;
    return {
      tooltip: { formatter: (p: { data: { name?: string } }) => p.data?.name ?? '' },
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: false },
      // Degrees of longitude are shorter than degrees of latitude by cos(lat).
      xAxis: { type: 'value', scale: true, show: false },
      yAxis: { type: 'value', scale: true, show: false },
      aspectScale: Math.cos((midLat * Math.PI) / 180),
      series: [
        {
          type: 'line',
          data: [...outline, outline[0]].filter(Boolean),
          symbol: 'none',
          lineStyle: { color: '#c9b8a3', width: 1.5 },
          areaStyle: { color: 'rgba(201,184,163,0.15)', origin: 'start' },
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'scatter',
          symbolSize: state.points.length > 1000 ? 3 : 6,
          itemStyle: { color: '#b5522e', opacity: 0.75 },
          data: state.points.map((p) => ({ value: [p.lng, p.lat], name: p.name, id: p.id })),
        },
      ],
    };
  }, [state.points]);

  if (state.error && state.points.length === 0) return <ErrorState error={state.error} />;
  if (!state.done) return <Loading label={t('map.loading', { count: state.points.length })} />;
  if (state.points.length === 0) return <Empty>{t('map.empty')}</Empty>;
  return (
    <div>
      <Chart
        label={t('overview.map')}
        option={option}
        height={320}
        onClick={(d) => {
          const id = (d as { id?: string } | undefined)?.id;
          if (id) void navigate(`/courtyard/${encodeURIComponent(id)}`);
        }}
        table={{
          columns: [t('common.name'), t('map.lng'), t('map.lat')],
          rows: state.points.slice(0, 50).map((p) => [p.name, p.lng.toFixed(4), p.lat.toFixed(4)]),
        }}
      />
      <p className="note">
        {t('map.count', { shown: formatNumber(state.points.length), total: formatNumber(state.total) })}
      </p>
    </div>
  );
}
