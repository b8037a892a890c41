import { describe, expect, it } from 'vitest';
import { monthsEnding, parsePeriod, periodAt, previousPeriod, quarterOf } from './period';
import { countsDocument, readCounts } from './counts';
import { areaWhere, areaPath, childLevel } from './area';
import { kpiSpecs, kpis } from './kpis';
import { hull } from '../charts/CourtyardMap';

describe('periods in Asia/Shanghai', () => {
  it('parses the model labels into UTC instants of local midnight', () => {
    expect(parsePeriod('2024Q2')).toEqual({ kind: 'quarter', label: '2024Q2', from: '2024-03-31T16:00:00Z', to: '2024-06-30T16:00:00Z' });
    expect(parsePeriod('2024-06')?.to).toBe('2024-06-30T16:00:00Z');
    expect(parsePeriod('2024H2')?.from).toBe('2024-06-30T16:00:00Z');
    expect(parsePeriod('2024')?.to).toBe('2024-12-31T16:00:00Z');
    expect(parsePeriod('2024Q5')).toBeNull();
    expect(parsePeriod('2024-13')).toBeNull();
  });

  it('finds the period of an instant in local time, and the one before', () => {
    // 2024-06-30 17:00 UTC is already 1 July in Shanghai.
    expect(periodAt('quarter', new Date('2024-06-30T17:00:00Z')).label).toBe('2024Q3');
    expect(previousPeriod(parsePeriod('2024Q1')!).label).toBe('2023Q4');
    expect(previousPeriod(parsePeriod('2024-01')!).label).toBe('2023-12');
    expect(monthsEnding(parsePeriod('2024Q2')!, 3).map((p) => p.label)).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(quarterOf(parsePeriod('2024-05')!)).toBe('2024Q2');
  });
});

describe('counts', () => {
  it('asks for every count in one document with typed filters, and reads them back by key', () => {
    const specs = [
      { key: 'a', of: 'tickets' as const, where: { overdue: true } },
      { key: 'b', of: 'courtyards' as const, where: {} },
    ];
    const { query, variables } = countsDocument(specs);
    expect(query).toContain('query Counts($w0: TicketWhereInput, $w1: CourtyardWhereInput)');
    expect(query).toContain('c0: tickets(where: $w0) { totalCount }');
    expect(variables).toEqual({ w0: { overdue: true }, w1: {} });
    expect(readCounts(specs, { c0: { totalCount: 3 }, c1: { totalCount: 9 } })).toEqual({ a: 3, b: 9 });
  });

  it('filters rows by their own area columns', () => {
    expect(areaWhere({ level: 'town', id: 't' }, 'tickets')).toEqual({ townID: 't' });
    expect(areaWhere({ level: 'village', id: 'v' }, 'courtyards')).toEqual({ villageID: 'v' });
    expect(areaWhere({ level: 'district' }, 'tickets')).toEqual({});
    expect(areaPath({ level: 'village', id: 'a b' })).toBe('/village/a%20b');
    expect(childLevel('village')).toBe('courtyard');
  });

  it('has each periodic KPI with its previous period', () => {
    const specs = kpiSpecs({ level: 'town', id: 't' }, parsePeriod('2024Q2')!, parsePeriod('2024Q1')!);
    expect(specs.length).toBe(kpis.length + kpis.filter((k) => k.periodic).length);
    expect(specs.find((s) => s.key === 'lectures.prev')?.where).toEqual({
      townID: 't',
      kind: 'LECTURE',
      heldAtGTE: '2023-12-31T16:00:00Z',
      heldAtLT: '2024-03-31T16:00:00Z',
    });
  });
});

describe('map', () => {
  it('outlines the courtyards by their convex hull', () => {
    const h = hull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
    ]);
    expect(h).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });
});
