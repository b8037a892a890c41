import { describe, expect, it } from 'vitest';
import { disambiguate, slaBand } from './sla';

const now = Date.parse('2026-12-07T12:00:00Z');
const at = (days: number) => new Date(now + days * 86_400_000).toISOString();

describe('time-limit bands at district scale', () => {
  it('bands by days overdue against the district threshold, and days left', () => {
    expect(slaBand(at(-8), true, now, 7)).toBe('late');
    expect(slaBand(at(-7), true, now, 7)).toBe('overdue');
    expect(slaBand(at(-0.1), true, now, 7)).toBe('overdue');
    // Past due but not yet flagged by the server: overdue all the same.
    expect(slaBand(at(-1), false, now, 7)).toBe('overdue');
    expect(slaBand(at(0.5), false, now, 7)).toBe('soon');
    expect(slaBand(at(2), false, now, 7)).toBe('soon');
    // The countdown says 剩余 2 天 up to 3 days left.
    expect(slaBand(at(2.9), false, now, 7)).toBe('soon');
    expect(slaBand(at(3), false, now, 7)).toBe('ok');
    expect(slaBand(null, false, now, 7)).toBe('none');
    // A lower threshold turns the same ticket red.
    expect(slaBand(at(-3), true, now, 2)).toBe('late');
  });
});

describe('courtyard names told apart', () => {
  const town = (id: string) => ({ id, name: id === 't1' ? '高桥镇' : '龙潭镇' });
  it('keeps unique names, adds the village where a name repeats, and the town where that repeats too', () => {
    const labels = disambiguate([
      { id: 'a', name: '大坪院坝', village: { id: 'v1', name: '大坪村', town: town('t1') } },
      { id: 'b', name: '白岩院坝', village: { id: 'v1', name: '大坪村', town: town('t1') } },
      { id: 'c', name: '白岩院坝', village: { id: 'v2', name: '新村', town: town('t1') } },
      { id: 'd', name: '白岩院坝', village: { id: 'v3', name: '新村', town: town('t2') } },
      { id: 'b', name: '白岩院坝', village: { id: 'v1', name: '大坪村', town: town('t1') } },
    ]);
    expect(labels.get('a')).toBe('大坪院坝');
    expect(labels.get('b')).toBe('白岩院坝 · 大坪村');
    expect(labels.get('c')).toBe('白岩院坝 · 高桥镇新村');
    expect(labels.get('d')).toBe('白岩院坝 · 龙潭镇新村');
    expect(new Set(labels.values()).size).toBe(4);
  });
});
