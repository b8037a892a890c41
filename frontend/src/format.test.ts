// ui.tsx's formatters give the text toLocaleString gives, in each language
// (numbers rounded half away from zero, grouped by thousands),
// and follow a change of language. Times are China's (Asia/Shanghai), on a
// 23-hour clock (hour12: false would show midnight as 24:00 in English).
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n';
import { compareNames, formatNumber, formatTime, formatYuan } from './ui';

const times = [
  '2024-06-30T16:00:00Z', // midnight in China
  '2024-06-30T16:05:00Z',
  '2025-01-01T00:30:00+08:00',
  '2026-12-07T21:40:12.5Z',
  '2027-02-28T23:59:59Z',
];

describe('formatters', () => {
  afterEach(() => setLocale('zh-CN'));

  it.each([
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['en', 'en-US', 'en-CA'],
  ] as const)('in %s, as toLocaleString', (lang, numberLocale, timeLocale) => {
    setLocale(lang);
    for (const [n, digits] of [
      [0, 0],
      [7, 0],
      [999, 0],
      [1000, 0],
      [1234567.891, 0],
      [1234567.891, 2],
      [0.125, 2],
      [2.5, 0],
      [98.76, 1],
      [98.04, 1],
      [99.96, 1],
      [100, 1],
      [-3.5, 0],
      [-1234.56, 1],
      [6695, 0],
      [1.005, 2],
      [123456789012, 0],
      [0.5, 0],
      [0.0001, 1],
      [1e-7, 2],
      [2e21, 0],
      [NaN, 0],
      // Figures as the server sends them: shares, averages, sums.
      ...Array.from({ length: 300 }, (_, i) => [((i * 7919) % 100003) / [1, 7, 100, 3, 1000][i % 5], i % 3] as const),
    ] as const) {
      expect(formatNumber(n, digits)).toBe(n.toLocaleString(numberLocale, { maximumFractionDigits: digits }));
    }
    expect(formatYuan(123456)).toBe(`¥${(1234.56).toLocaleString(numberLocale, { maximumFractionDigits: 2 })}`);
    for (const iso of times) {
      const opts = { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' } as const;
      expect(formatTime(iso)).toBe(new Date(iso).toLocaleString(timeLocale, opts));
      expect(formatTime(iso, true)).toBe(
        new Date(iso).toLocaleString(timeLocale, { ...opts, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      );
    }
  });

  it('a change of language changes the text', () => {
    setLocale('zh-CN');
    const zh = formatTime(times[0], true);
    setLocale('en');
    expect(formatTime(times[0], true)).not.toBe(zh);
    expect(formatTime('not a time')).toBe('not a time');
    expect(formatTime(null)).toBe('');
  });

  it('names sort in pinyin order', () => {
    expect(['赵家镇', '白桥镇', '竹溪镇', '安平镇'].sort(compareNames)).toEqual([
      '安平镇',
      '白桥镇',
      '赵家镇',
      '竹溪镇',
    ]);
  });
});
