// The map drawn as SVG from the areas' GeoJSON: each area a path filled by
// its value on the metric's colour scale, a village's courtyards as points
// over its outline, a legend, a tooltip, zoom buttons and drag to pan; a
// click drills down. Drawn in the render that brings its data, with no
// chart library to load or run: ECharts' map series took 300-450 ms of the
// overview's main thread on two cores, this takes a few (issue 21 item 7).
import {
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { t } from '../i18n';

/** One area or courtyard of the map's GeoJSON. */
export interface MapFeature {
  properties: { id: string; name: string; value: number | null };
  geometry: { type: string; coordinates: unknown };
}

type Position = [number, number];

/** The rings of a Polygon or MultiPolygon, the position of a Point (other geometries draw nothing). */
function rings(g: { type: string; coordinates: unknown } | null | undefined): Position[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates as Position[][];
  if (g.type === 'MultiPolygon') return (g.coordinates as Position[][][]).flat();
  if (g.type === 'Point') return [[g.coordinates as Position]];
  return [];
}

/** The plane the map is drawn on: its size in drawing units and where a longitude and latitude fall on it. */
export interface Projection {
  width: number;
  height: number;
  point: (p: Position) => Position;
}

/**
 * Projects the positions' extent onto a plane 1000 units wide:
 * longitudes scaled by the cosine of the middle latitude (equirectangular;
 * a district spans a degree or two, where that is true to a fraction of a
 * percent), latitude up, with a margin of 2 %.
 */
export function projection(positions: Position[]): Projection {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!(x1 >= x0)) [x0, x1, y0, y1] = [0, 1, 0, 1];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const span = Math.max((x1 - x0) * k, y1 - y0, 1e-6);
  const s = 960 / span;
  const width = 1000;
  const height = Math.max(Math.round((y1 - y0) * s + 40), 200);
  const ox = (width - (x1 - x0) * k * s) / 2;
  const oy = (height - (y1 - y0) * s) / 2;
  return { width, height, point: ([x, y]) => [ox + (x - x0) * k * s, oy + (y1 - y) * s] };
}

/** The SVG path of a geometry's rings on the projection. */
export function pathOf(g: MapFeature['geometry'] | null | undefined, proj: Projection): string {
  return rings(g)
    .map(
      (ring) =>
        ring
          .map((p, i) => {
            const [x, y] = proj.point(p);
            return `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/**
 * The colour of a value on a continuous scale from min to max through the
 * colours (evenly spaced, mixed linearly); null for a value that is not a
 * number (no data).
 */
export function colourOf(value: number | null | undefined, min: number, max: number, colours: string[]): string | null {
  if (value == null || Number.isNaN(value)) return null;
  const f = max > min ? Math.min(Math.max((value - min) / (max - min), 0), 1) : 0.5;
  const at = f * (colours.length - 1);
  const i = Math.min(Math.floor(at), colours.length - 2);
  const [a, b] = [rgb(colours[i]), rgb(colours[i + 1])];
  const w = at - i;
  return `rgb(${a.map((c, k) => Math.round(c + (b[k] - c) * w)).join(',')})`;
}

/** The path of a point: no length, drawn as its round cap. */
const dot = ([x, y]: Position) => `M${x.toFixed(1)} ${y.toFixed(1)}h0`;

/** The fill of an area without data. */
const noData = '#d1d5db';
const maxZoom = 16;

export function AreaMapSvg({
  features,
  points,
  outline,
  min,
  max,
  colours,
  legend,
  format,
  height,
  onClick,
}: {
  /** The areas (or, with points, the courtyards) to draw. */
  features: MapFeature[];
  /** Whether the features are points (a village's courtyards), drawn over the outline. */
  points: boolean;
  /** The area's outline (GeoJSON geometry), drawn under points. */
  outline: MapFeature['geometry'] | null;
  /** The ends of the colour scale and its colours, low to high. */
  min: number;
  max: number;
  colours: string[];
  /** The legend's two ends as text: [high, low]. */
  legend: [string, string];
  /** A value as the tooltip shows it. */
  format: (v: number | null) => string;
  height: number;
  /** Called with the id of the area or courtyard clicked. */
  onClick: (id: string) => void;
}) {
  const drawn = useMemo(() => {
    const under = points && outline ? [outline] : [];
    const all = [...under, ...features.map((f) => f.geometry)].flatMap((g) => rings(g).flat());
    const proj = projection(all);
    return {
      proj,
      outline: under.map((g) => pathOf(g, proj)),
      shapes: features.map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        value: f.properties.value,
        fill: colourOf(f.properties.value, min, max, colours) ?? noData,
        d: points ? '' : pathOf(f.geometry, proj),
        at: points ? proj.point(f.geometry.coordinates as Position) : ([0, 0] as Position),
      })),
    };
  }, [features, points, outline, min, max, colours]);
  const { width: W, height: H } = drawn.proj;
  // The part of the drawing shown: its centre and zoom (1: all of it).
  const [view, setView] = useState({ cx: W / 2, cy: H / 2, zoom: 1 });
  const [tip, setTip] = useState<{ x: number; y: number; w: number; h: number; index: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; cx: number; cy: number; moved: boolean } | null>(null);
  const w = W / view.zoom;
  const h = H / view.zoom;
  const clamp = (v: { cx: number; cy: number; zoom: number }) => {
    const [hw, hh] = [W / v.zoom / 2, H / v.zoom / 2];
    return {
      zoom: v.zoom,
      cx: Math.min(Math.max(v.cx, hw), W - hw),
      cy: Math.min(Math.max(v.cy, hh), H - hh),
    };
  };
  const zoomBy = (f: number) => setView((v) => clamp({ ...v, zoom: Math.min(Math.max(v.zoom * f, 1), maxZoom) }));
  // Drawing units per screen pixel (the drawing is fitted whole: the larger ratio).
  const unitsPerPixel = () => {
    const r = svg.current?.getBoundingClientRect();
    return r && r.width > 0 ? Math.max(w / r.width, h / r.height) : 1;
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, cx: view.cx, cy: view.cy, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d && view.zoom > 1 && (d.moved || Math.hypot(e.clientX - d.x, e.clientY - d.y) > 4)) {
      if (!d.moved) svg.current?.setPointerCapture?.(e.pointerId);
      d.moved = true;
      const u = unitsPerPixel();
      setView(clamp({ zoom: view.zoom, cx: d.cx - (e.clientX - d.x) * u, cy: d.cy - (e.clientY - d.y) * u }));
      setTip(null);
      return;
    }
    const i = (e.target as Element).getAttribute?.('data-index');
    const box = svg.current?.parentElement?.getBoundingClientRect();
    if (i == null || !box) return setTip(null);
    setTip({ x: e.clientX - box.left, y: e.clientY - box.top, w: box.width, h: box.height, index: Number(i) });
  };
  const onClickShape = (e: ReactMouseEvent) => {
    if (drag.current?.moved) return;
    const i = (e.target as Element).getAttribute('data-index');
    if (i != null) onClick(drawn.shapes[Number(i)].id);
  };
  const hovered = tip ? drawn.shapes[tip.index] : undefined;
  return (
    <div className="map-svg" style={{ height }}>
      <svg
        ref={svg}
        viewBox={`${(view.cx - w / 2).toFixed(1)} ${(view.cy - h / 2).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`}
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
        data-zoom={view.zoom}
        className={view.zoom > 1 ? 'zoomed' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => setTimeout(() => (drag.current = null))}
        onPointerLeave={() => setTip(null)}
        onClick={onClickShape}
      >
        {drawn.outline.map((d, i) => (
          <path key={i} d={d} className="map-outline" />
        ))}
        {drawn.shapes.map((s, i) =>
          points ? (
            // A dot of the same size on screen at any zoom: a round cap on a path of no length (styles.css).
            <path key={s.id} data-index={i} d={dot(s.at)} stroke={s.fill} className="map-point" />
          ) : (
            <path key={s.id} data-index={i} d={s.d} fill={s.fill} className="map-area" />
          ),
        )}
        {hovered &&
          (points ? (
            <>
              <path d={dot(hovered.at)} className="map-hover-ring" />
              <path d={dot(hovered.at)} stroke={hovered.fill} className="map-point map-hover-dot" />
            </>
          ) : (
            <path d={hovered.d} className="map-hover" />
          ))}
      </svg>
      <div className="map-legend" aria-hidden="true">
        <span>{legend[0]}</span>
        <i style={{ background: `linear-gradient(to top, ${colours.join(', ')})` }} />
        <span>{legend[1]}</span>
      </div>
      <div className="map-zoom">
        <button type="button" onClick={() => zoomBy(1.5)} disabled={view.zoom >= maxZoom} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} disabled={view.zoom <= 1} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button
          type="button"
          onClick={() => setView({ cx: W / 2, cy: H / 2, zoom: 1 })}
          disabled={view.zoom <= 1}
          aria-label={t('map.zoomReset')}
        >
          ⟲
        </button>
      </div>
      {hovered && tip && (
        <div
          className="map-tip"
          // Beside the pointer, on the side with room (the map clips what sticks out).
          style={{
            left: tip.x,
            top: tip.y,
            transform: `translate(${tip.x > tip.w / 2 ? 'calc(-100% - 12px)' : '12px'}, ${tip.y > tip.h / 2 ? 'calc(-100% - 12px)' : '12px'})`,
          }}
          aria-hidden="true"
        >
          {hovered.name}
          {'\n'}
          {format(hovered.value)}
        </div>
      )}
    </div>
  );
}
