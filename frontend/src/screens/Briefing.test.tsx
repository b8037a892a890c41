import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from 'urql';
import { byName, clientAnswering, operationName, renderScreen } from '../test/harness';
import { AreaPage } from './AreaPage';
import { BigScreen, refreshSeconds } from './BigScreen';
import { BriefingPrint, levelBelow, periodWords } from './Briefing';
import { parsePeriod } from '../lib/period';
import { setLocale } from '../i18n';

const figure = (metric: string, label: string, unit: string, value: number, previous: number, better = 'UP') => ({
  metric,
  label,
  unit,
  value,
  previous,
  better,
});

const item = (id: string, subject: string, extra: Record<string, unknown> = {}) => ({
  id,
  subject,
  detail: '',
  town: '临江镇',
  village: '三星村',
  courtyard: '水桶湾院坝',
  officer: null,
  officerRole: null,
  days: null,
  score: null,
  ...extra,
});

const entry = (rank: number, name: string, value: number) => ({
  rank,
  value,
  subject: { id: `t-${name}`, code: `5001540${rank}`, name, parentName: '开州区' },
});

const series = (metrics: [string, string, string][], rows: [string, number[]][]) => ({
  metrics: metrics.map(([metric, label, unit]) => ({ metric, label, labelEn: metric.toLowerCase(), unit })),
  rows: rows.map(([label, values]) => ({ bucket: { label }, values })),
});

const articleMetrics = [
  'COURTYARDS',
  'ROLES_STAFFED',
  'DISPUTES_MEDIATED',
  'IDEAS_ADOPTED',
  'CUSTOMS_STOPPED',
  'TICKETS_SUBMITTED',
  'TICKET_SATISFACTION',
  'LECTURES',
  'LECTURE_ATTENDANCES',
  'OFFICERS_REPLACED',
  'AWARDS',
  'GRANT_AMOUNT',
  'HOUSEHOLDS_WITH_POINTS',
];

const briefing = {
  overview: {
    area: { key: null, name: '开州区', parentName: null },
    period: '2024Q2',
    previousPeriod: '2024Q1',
    partial: false,
    through: null,
    previousThrough: null,
    asOf: '2024-06-30T16:00:00Z',
    figures: [
      figure('COURTYARDS', '院坝数', 'count', 6695, 6690, 'NEITHER'),
      figure('TICKETS_OVERDUE', '超期未办结数', 'count', 12, 8, 'DOWN'),
      figure('TICKET_SATISFACTION', '代办满意率', 'share', 0.925, 0.9),
    ],
  },
  metrics: [{ metric: 'COURTYARDS', labelEn: 'courtyards' }],
  volumes: series(
    [
      ['TICKETS_SUBMITTED', '代办申请数', 'count'],
      ['ISSUES_COLLECTED', '议事事项数', 'count'],
      ['LECTURES', '宣讲场次', 'count'],
    ],
    [['2024-06', [12, 5, 3]]],
  ),
  shares: series(
    [
      ['TICKETS_ON_TIME_SHARE', '按时办结率', 'share'],
      ['TICKET_SATISFACTION', '代办满意率', 'share'],
    ],
    [['2024-06', [0.9, 0.95]]],
  ),
  redFlags: {
    asOf: '2026-06-30T02:00:00Z',
    flags: [
      {
        kind: 'TICKET_OVERDUE',
        totalCount: 9,
        threshold: 7,
        items: [
          item('t1', '低保申请', { detail: '办理中', officer: '王代办', officerRole: 'AGENT', days: 12 }),
          item('t2', '社保办理', { days: 9 }),
        ],
      },
      { kind: 'ISSUE_STUCK', totalCount: 1, threshold: 30, items: [item('i1', '修水管', { days: 45 })] },
      { kind: 'VACANT_POST', totalCount: 0, threshold: 0, items: [] },
      { kind: 'OFFICER_NEAR_FAILING', totalCount: 0, threshold: 0.5, items: [] },
      { kind: 'THEME_UNLECTURED', totalCount: 0, threshold: 21, items: [] },
    ],
  },
  article: {
    metrics: articleMetrics.map((metric) => ({
      metric,
      label: metric === 'DISPUTES_MEDIATED' ? '调解纠纷数' : metric,
      labelEn: metric.toLowerCase(),
      unit: metric === 'TICKET_SATISFACTION' ? 'share' : metric === 'GRANT_AMOUNT' ? 'yuan' : 'count',
      snapshot: metric === 'COURTYARDS' || metric === 'ROLES_STAFFED',
    })),
    rows: [{ values: articleMetrics.map((_, i) => i * 10) }],
  },
  articleToDate: { rows: [{ values: articleMetrics.map((_, i) => i * 100 + 1) }] },
};

const ranking = {
  onTimeTop: [entry(1, '临江镇', 1), entry(2, '汉丰街道', 0.98), entry(3, '白鹤街道', 0.97)],
  onTimeBottom: [entry(1, '满月镇', 0.5), entry(2, '三汇口乡', 0.6), entry(3, '大进镇', 0.7), entry(3, '高桥镇', 0.7)],
  satisfactionTop: [entry(1, '临江镇', 0.99)],
  satisfactionBottom: [entry(1, '满月镇', 0.8)],
  coverageTop: [entry(1, '汉丰街道', 1)],
  coverageBottom: [entry(1, '大进镇', 0.5)],
};

afterEach(() => {
  setLocale('zh-CN');
  vi.useRealTimers();
});

describe('Briefing (/print/briefing)', () => {
  it('composes the figures, the flags, the leading and lagging areas and the article’s figures from the catalogue', async () => {
    const vars: Record<string, Record<string, unknown>> = {};
    const { client, seen } = clientAnswering(
      byName({
        Briefing: (op: Operation) => {
          vars.briefing = op.variables as Record<string, unknown>;
          return briefing;
        },
        BriefingRanking: (op: Operation) => {
          vars.ranking = op.variables as Record<string, unknown>;
          return ranking;
        },
      }),
    );
    renderScreen(<BriefingPrint />, { client, url: '/print/briefing?period=2024Q2' });
    await screen.findByTestId('briefing');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('开州区 2024年第二季度 院坝汇工作简报');
    expect(vars.briefing).toEqual({
      area: null,
      period: '2024Q2',
      from: '2023-06-30T16:00:00Z',
      to: '2024-06-30T16:00:00Z',
      through: '2024-06-30T16:00:00Z',
      article: articleMetrics,
    });
    // The overview's figures, each with its change coloured by polarity.
    expect(screen.getByTestId('briefing-kpi-COURTYARDS').textContent).toBe('6,695');
    const overdue = screen.getByTestId('briefing-kpi-TICKETS_OVERDUE').parentElement!;
    expect(overdue.querySelector('[data-tone]')!.getAttribute('data-tone')).toBe('bad');
    expect(overdue.textContent).toContain('+50.0%');
    const satisfaction = screen.getByTestId('briefing-kpi-TICKET_SATISFACTION').parentElement!;
    expect(satisfaction.querySelector('[data-tone]')!.getAttribute('data-tone')).toBe('good');

    // The flags: every kind with its count, the first items with place and officer, how many more.
    const flags = screen.getByTestId('briefing-flags');
    const tickets = flags.querySelector('tr[data-kind=TICKET_OVERDUE]')!;
    expect(tickets.querySelector('td.num')!.textContent).toBe('9');
    expect(tickets.textContent).toContain('低保申请');
    expect(tickets.textContent).toContain('王代办');
    expect(tickets.textContent).toContain('社保办理');
    expect(tickets.textContent).toContain('共 9 项');
    expect(flags.querySelector('tr[data-kind=VACANT_POST] td.num')!.textContent).toBe('0');
    expect(flags.querySelectorAll('tbody tr')).toHaveLength(5);

    // The towns below the district, best and lagging; four tied at the cut show three and a note.
    await screen.findByTestId('briefing-best-TICKETS_ON_TIME_SHARE');
    expect(vars.ranking).toEqual({ level: 'TOWN', area: null, period: '2024Q2', coverage: true });
    const names = (id: string) =>
      within(screen.getByTestId(id))
        .getAllByText((_, el) => el?.classList.contains('rank-name') ?? false)
        .map((e) => e.textContent);
    expect(names('briefing-best-TICKETS_ON_TIME_SHARE')).toEqual(['临江镇', '汉丰街道', '白鹤街道']);
    expect(names('briefing-lagging-TICKETS_ON_TIME_SHARE')).toEqual(['满月镇', '三汇口乡', '大进镇']);
    expect(screen.getByTestId('briefing-lagging-TICKETS_ON_TIME_SHARE').textContent).toContain('另有 1 个并列');
    expect(screen.getByTestId('briefing-best-THEME_COVERAGE').textContent).toContain('100%');
    expect(screen.getByRole('heading', { name: '四、先进与后进乡镇街道' })).toBeTruthy();

    // The article's claims beside the area's figures, the period's and to date (a snapshot only to date).
    const article = screen.getByTestId('briefing-article');
    const disputes = article.querySelector('tr[data-metric=DISPUTES_MEDIATED]')!;
    expect(disputes.textContent).toContain('1.5 万余件');
    expect([...disputes.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['20', '201']);
    const courtyards = article.querySelector('tr[data-metric=COURTYARDS]')!;
    expect([...courtyards.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['—', '1']);
    expect(article.querySelectorAll('tbody tr')).toHaveLength(13);
    // Two documents: the area's, then the ranking.
    expect(new Set(seen.map(operationName))).toEqual(new Set(['Briefing', 'BriefingRanking']));

    // The print button prints.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    act(() => screen.getByRole('button', { name: '打印' }).click());
    expect(print).toHaveBeenCalledOnce();
  });

  it('ranks the villages of a town, and the courtyards of a village without theme coverage', async () => {
    const vars: Record<string, unknown>[] = [];
    for (const [key, level] of [
      ['TOWN', 'VILLAGE'],
      ['VILLAGE', 'COURTYARD'],
    ]) {
      const { client } = clientAnswering(
        byName({
          Briefing: {
            ...briefing,
            overview: { ...briefing.overview, area: { key, name: '临江镇', parentName: '开州区' } },
          },
          BriefingRanking: (op: Operation) => {
            vars.push(op.variables as Record<string, unknown>);
            return { ...ranking, coverageTop: undefined, coverageBottom: undefined };
          },
        }),
      );
      const { unmount } = renderScreen(<BriefingPrint />, { client, url: '/print/briefing?area=a1&period=2024Q2' });
      await screen.findByTestId('briefing-best-TICKETS_ON_TIME_SHARE');
      expect(vars.at(-1)).toMatchObject({ level, area: 'a1' });
      expect(screen.queryByTestId('briefing-best-THEME_COVERAGE')).toBeNull();
      unmount();
    }
    expect(new Set(vars.map((v) => `${String(v.level)} ${String(v.coverage)}`))).toEqual(
      new Set(['VILLAGE true', 'COURTYARD false']),
    );
    expect(levelBelow('COURTYARD')).toBeNull();
  });

  it('names the period in words', () => {
    expect(periodWords(parsePeriod('2024-06')!)).toBe('2024年6月');
    expect(periodWords(parsePeriod('2024H1')!)).toBe('2024年上半年');
    expect(periodWords(parsePeriod('2024')!)).toBe('2024年');
    setLocale('en');
    expect(periodWords(parsePeriod('2024Q2')!)).toBe('Q2 2024');
    expect(periodWords(parsePeriod('2024-06')!)).toBe('June 2024');
  });

  it('is linked from the overview with its area and period, beside the big screen', () => {
    const { client } = clientAnswering(() => undefined);
    renderScreen(<AreaPage />, { client, url: '/town/t1?period=2024Q2', path: '/town/:id' });
    expect(screen.getByRole('link', { name: '简报' }).getAttribute('href')).toBe(
      '/print/briefing?area=t1&period=2024Q2',
    );
    expect(screen.getByRole('link', { name: '大屏' }).getAttribute('href')).toBe('/screen?area=t1');
  });
});

describe('BigScreen (/screen)', () => {
  const answers = {
    Screen: {
      overview: {
        area: { key: null, name: '开州区' },
        period: '2024Q2',
        previousPeriod: '2024Q1',
        asOf: '2024-06-30T16:00:00Z',
        figures: [figure('COURTYARDS', '院坝数', 'count', 6695, 6690, 'NEITHER')],
      },
      metrics: [{ metric: 'COURTYARDS', labelEn: 'courtyards' }],
      trend: series([['TICKETS_SUBMITTED', '代办申请数', 'count']], [['2024-06', [12]]]),
      redFlags: briefing.redFlags,
    },
    ScreenRanking: { ranking: ranking.onTimeTop },
  };

  it('labels its tiles and trend in the chosen language', async () => {
    setLocale('en');
    try {
      const { client } = clientAnswering(byName(answers));
      renderScreen(<BigScreen />, { client, url: '/screen?period=2024Q2' });
      await waitFor(() => expect(screen.getByTestId('screen-kpi-COURTYARDS').textContent).toBe('6,695'));
      expect(screen.getByText('Courtyards')).toBeTruthy();
      expect(screen.queryByText('院坝数')).toBeNull();
    } finally {
      setLocale('zh-CN');
    }
  });

  it('reads again by itself, network-only, and keeps the data marked stale when a read fails', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    let fail = false;
    const { client, seen } = clientAnswering(
      byName({ ...answers, Screen: () => (fail ? new Error('offline') : answers.Screen) }),
    );
    renderScreen(<BigScreen />, { client, url: '/screen?period=2024Q2&refresh=5' });
    await waitFor(() => expect(screen.getByTestId('screen-kpi-COURTYARDS').textContent).toBe('6,695'));
    expect(screen.getByTestId('screen-ranking').textContent).toContain('临江镇');
    expect(screen.getByTestId('screen-updated').textContent).toContain('每 5 秒刷新');
    const reads = () => seen.filter((op) => op.kind === 'query' && op.variables && 'from' in op.variables).length;
    expect(reads()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(reads()).toBe(2);
    expect(seen.at(-1)!.context.requestPolicy).toBe('network-only');
    fail = true;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await waitFor(() => expect(screen.getByTestId('screen-updated').textContent).toContain('刷新失败'));
    expect(screen.getByTestId('screen-kpi-COURTYARDS').textContent).toBe('6,695');
    // Hidden, it stops reading.
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    const before = reads();
    await act(() => vi.advanceTimersByTimeAsync(15000));
    expect(reads()).toBe(before);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  });

  it('refreshes every 60 s unless told, never faster than every 2 s', () => {
    expect(refreshSeconds(null)).toBe(60);
    expect(refreshSeconds('abc')).toBe(60);
    expect(refreshSeconds('1')).toBe(2);
    expect(refreshSeconds('10')).toBe(10);
  });
});
