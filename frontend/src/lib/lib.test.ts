import { describe, expect, it } from 'vitest';
import { monthsEnding, parsePeriod, periodAt, previousPeriod, quarterOf } from './period';
import { areaWhere, areaPath, childLevel } from './area';
import { listPath } from './kpis';
import { changeTone } from './change';
import type { Metric } from '../gql/graphql';
import lists from './testdata/lists.json';

describe('periods in Asia/Shanghai', () => {
  it('parses the model labels into UTC instants of local midnight', () => {
    expect(parsePeriod('2024Q2')).toEqual({
      kind: 'quarter',
      label: '2024Q2',
      from: '2024-03-31T16:00:00Z',
      to: '2024-06-30T16:00:00Z',
    });
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

describe('areas and figures', () => {
  it('filters rows by their own area columns', () => {
    expect(areaWhere({ level: 'town', id: 't' }, 'tickets')).toEqual({ townID: 't' });
    expect(areaWhere({ level: 'village', id: 'v' }, 'courtyards')).toEqual({ villageID: 'v' });
    expect(areaWhere({ level: 'district' }, 'tickets')).toEqual({});
    expect(areaPath({ level: 'village', id: 'a b' })).toBe('/village/a%20b');
    expect(childLevel('village')).toBe('courtyard');
  });

  it('links a figure to the rows behind it (or the board that explains it)', () => {
    const p = parsePeriod('2024Q2')!;
    const href = listPath('LECTURES', { level: 'town', id: 't' }, p)!;
    expect(href.startsWith('/list/sessions?where=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(href.split('where=')[1]))).toEqual({
      townID: 't',
      kind: 'LECTURE',
      heldAtGTE: '2024-03-31T16:00:00Z',
      heldAtLT: '2024-06-30T16:00:00Z',
    });
    expect(listPath('OFFICERS_FAILING', { level: 'town', id: 't' }, p)).toBe('/boards/evaluation?period=2024Q2&town=t');
    expect(listPath('OFFICERS_FAILING', { level: 'village', id: 'v' }, p)).toBe(
      '/boards/evaluation?period=2024Q2&village=v',
    );
    expect(listPath('THEME_COVERAGE', { level: 'village', id: 'v' }, p)).toBe(
      '/boards/lectures?period=2024Q2&village=v',
    );
    expect(listPath('POINTS_BALANCE', { level: 'district' }, p)).toBeNull();
  });

  it('opens the lists the metric catalogue names behind its figures (internal/metrics Lists)', () => {
    const p = parsePeriod(lists.period)!;
    const named = lists.lists as Record<
      string,
      { connection: string; where: unknown; in: Record<'town' | 'village', unknown> }
    >;
    for (const [metric, l] of Object.entries(named)) {
      const href = listPath(metric as Metric, { level: 'district' }, p, lists.asOf);
      expect(href?.startsWith(`/list/${l.connection}?where=`), `${metric}: ${href}`).toBe(true);
      expect(JSON.parse(decodeURIComponent(href!.split('where=')[1])), metric).toEqual(l.where);
      // In a town and a village (ids t and v), as their pages' cards open it.
      for (const [level, id] of [
        ['town', 't'],
        ['village', 'v'],
      ] as const) {
        const inArea = listPath(metric as Metric, { level, id }, p, lists.asOf)!;
        expect(JSON.parse(decodeURIComponent(inArea.split('where=')[1])), `${metric} in a ${level}`).toEqual(
          l.in[level],
        );
      }
    }
  });

  it('opens a snapshot figure at the instant the overview is as of', () => {
    const p = parsePeriod('2024Q2')!;
    const where = (href: string): unknown => JSON.parse(decodeURIComponent(href.split('where=')[1]));
    const asOf = '2024-06-30T16:00:00Z';
    expect(where(listPath('TICKETS_OVERDUE', { level: 'district' }, p, asOf)!)).toEqual({ overdue: true, asOf });
    expect(where(listPath('ROLES_STAFFED', { level: 'district' }, p, asOf)!)).toEqual({
      startedAtLTE: asOf,
      or: [{ endedAtIsNil: true }, { endedAtGT: asOf }],
    });
    expect(where(listPath('TICKETS_OVERDUE', { level: 'district' }, p)!)).toEqual({ overdue: true });
    // The gaps board behind vacant posts takes the same instant (?asOf=).
    const gaps = new URLSearchParams(listPath('ROLES_VACANT', { level: 'district' }, p, asOf)!.split('?')[1]);
    expect(gaps.get('asOf')).toBe(asOf);
    expect(where(listPath('AWARDS', { level: 'district' }, parsePeriod('2024')!)!)).toEqual({
      periodIn: ['2024H1', '2024H2'],
    });
    expect(where(listPath('AWARDS', { level: 'district' }, p)!)).toEqual({ periodIn: ['none'] });
  });
});

describe('changeTone', () => {
  it('reads a change by the metric’s polarity, not its sign', () => {
    expect(changeTone('DOWN', 23.9)).toBe('bad');
    expect(changeTone('DOWN', -5)).toBe('good');
    expect(changeTone('UP', 23.9)).toBe('good');
    expect(changeTone('UP', -5)).toBe('bad');
    expect(changeTone('NEITHER', 23.9)).toBe('neutral');
    expect(changeTone(undefined, 23.9)).toBe('neutral');
    expect(changeTone('UP', 0)).toBe('flat');
    expect(changeTone('DOWN', null)).toBe('flat');
  });
});
