import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { byName, clientAnswering, emptyMap, renderScreen } from '../test/harness';
import { AreaMap, colours, formatValue } from './AreaMap';
import { colourOf, pathOf, projection } from './AreaMapSvg';

const square = (x: number, y: number, d = 0.1) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

/** An areaMap answer of the district: two towns (one without data) over three villages. */
function districtMap() {
  const town = (id: string, name: string, x: number, value: number | null) => ({
    type: 'Feature',
    geometry: square(x, 31),
    properties: { id, code: id, name, value },
  });
  const towns = [
    town('T1', '汉丰街道', 108.1, 0.9),
    town('T2', '文峰街道', 108.3, null),
    town('T3', '赵家街道', 108.5, 1),
  ];
  return {
    ...emptyMap('D1'),
    areaMap: {
      ...emptyMap('D1').areaMap,
      layers: [
        {
          level: 'TOWN',
          features: JSON.stringify({ type: 'FeatureCollection', features: towns }),
          min: 0.9,
          max: 1,
          breaks: [],
        },
        { level: 'VILLAGE', features: '{"type":"FeatureCollection","features":[]}', min: null, max: null, breaks: [] },
      ],
    },
  };
}

/** A colour given as #rrggbb as colourOf writes it. */
const rgb = (s: string) => `rgb(${[1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16)).join(',')})`;

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}

describe('the area map', () => {
  it('projects north up, a degree of longitude shorter than one of latitude, within its margin', () => {
    const p = projection([
      [108, 31],
      [109, 32],
    ]);
    const [sw, ne] = [p.point([108, 31]), p.point([109, 32])];
    expect(p.width).toBe(1000);
    expect(ne[1]).toBeLessThan(sw[1]); // north is up
    const [w, h] = [ne[0] - sw[0], sw[1] - ne[1]];
    expect(w / h).toBeCloseTo(Math.cos((31.5 * Math.PI) / 180), 3);
    for (const [x, y] of [sw, ne]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(p.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(p.height);
    }
    expect(pathOf(square(108, 31, 1), p)).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z$/);
  });

  it('colours the scale from its first colour at the lowest value to its last at the highest; no data is no colour', () => {
    const c = colours('UP');
    expect(colourOf(0.9, 0.9, 1, c)).toBe(rgb(c[0]));
    expect(colourOf(1, 0.9, 1, c)).toBe(rgb(c[4]));
    expect(colourOf(0.95, 0.9, 1, c)).toBe(rgb(c[2]));
    expect(colourOf(2, 0.9, 1, c)).toBe(rgb(c[4])); // beyond the scale: its end
    expect(colourOf(null, 0, 1, c)).toBeNull();
    expect(colourOf(Number.NaN, 0, 1, c)).toBeNull();
    // Down is good: the lowest value is green.
    expect(colourOf(0, 0, 1, colours('DOWN'))).toBe(rgb(c[4]));
  });

  it("draws the district's towns coloured by the metric with its legend, a tooltip, zoom, and drills down keeping the period", async () => {
    const { client } = clientAnswering(byName({ AreaMap: districtMap }));
    renderScreen(
      <Routes>
        <Route path="/" element={<AreaMap area={{ level: 'district' }} period="2024Q2" />} />
        <Route path="*" element={<Where />} />
      </Routes>,
      { client },
    );
    const map = await screen.findByTestId('area-map');
    await waitFor(() => expect(map.dataset.state).toBe('ready'));
    const areas = map.querySelectorAll('path.map-area');
    expect(areas).toHaveLength(3);
    const c = colours('UP');
    expect([...areas].map((a) => a.getAttribute('fill'))).toEqual([rgb(c[0]), '#d1d5db', rgb(c[4])]);
    expect(map.querySelector('.map-legend')?.textContent).toBe(
      `${formatValue(1, 'share')}${formatValue(0.9, 'share')}`,
    );
    // The table for screen readers holds the same values.
    expect(screen.getByRole('cell', { name: '汉丰街道' }).nextElementSibling?.textContent).toBe('90%');

    fireEvent.pointerMove(areas[0]);
    expect(map.querySelector('.map-tip')?.textContent).toBe('汉丰街道\n90%');
    fireEvent.pointerLeave(map.querySelector('svg')!);
    expect(map.querySelector('.map-tip')).toBeNull();

    const svg = map.querySelector('svg')!;
    const whole = svg.getAttribute('viewBox');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '地图复位' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '放大地图' }));
    expect(svg.getAttribute('viewBox')).not.toBe(whole);
    fireEvent.click(screen.getByRole('button', { name: '地图复位' }));
    expect(svg.getAttribute('viewBox')).toBe(whole);

    fireEvent.click(areas[2]);
    expect((await screen.findByTestId('where')).textContent).toBe('/town/T3?period=2024Q2');
  });

  it("draws a village's courtyards as points over its outline", async () => {
    const yard = (id: string, x: number, value: number) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, 31.05] },
      properties: { id, name: id, value },
    });
    const answer = {
      ...emptyMap('V1'),
      areaMap: {
        ...emptyMap('V1').areaMap,
        outline: JSON.stringify(square(108, 31)),
        layers: [
          {
            level: 'COURTYARD',
            features: JSON.stringify({
              type: 'FeatureCollection',
              features: [yard('C1', 108.02, 1), yard('C2', 108.06, 3)],
            }),
            min: 1,
            max: 3,
            breaks: [],
          },
        ],
      },
    };
    const { client } = clientAnswering(byName({ AreaMap: () => answer }));
    renderScreen(<AreaMap area={{ level: 'village', id: 'V1' }} period="2024Q2" />, { client });
    const map = await screen.findByTestId('area-map');
    await waitFor(() => expect(map.dataset.state).toBe('ready'));
    expect(map.querySelectorAll('path.map-outline')).toHaveLength(1);
    const points = map.querySelectorAll('path.map-point');
    expect(points).toHaveLength(2);
    // West to east, coloured low to high.
    const x = (p: Element) => Number(/^M([\d.]+) /.exec(p.getAttribute('d') ?? '')?.[1]);
    expect(x(points[0])).toBeLessThan(x(points[1]));
    expect([...points].map((p) => p.getAttribute('stroke'))).toEqual([rgb(colours('UP')[0]), rgb(colours('UP')[4])]);
  });
});
