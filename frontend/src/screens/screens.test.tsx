import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import type { Operation } from 'urql';
import { admin, byName, clientAnswering, coded, conn, emptyMap, operationName, renderScreen } from '../test/harness';
import { AreaPage } from './AreaPage';
import { CourtyardPage } from './CourtyardPage';
import { IssuesBoard } from './IssuesBoard';
import { TicketsBoard } from './TicketsBoard';
import { LectureMatrix } from './LectureMatrix';
import { EvaluationBoard } from './EvaluationBoard';
import { GapsBoard } from './GapsBoard';
import { ListPage } from './ListPage';
import { RatePage } from './RatePage';
import { Accounts } from './Accounts';
import { RedBoard } from './RedBoard';
import { setLocale } from '../i18n';
import { Layout } from '../Layout';
import App from '../App';

const figure = (metric: string, label: string, unit: string, value: number | null, previous: number | null) => ({
  metric,
  label,
  unit,
  value,
  previous,
});

const overviewAnswers = {
  DistrictInfo: { districts: conn([{ id: 'd1', name: '开州区', code: '500154' }]) },
  AreaOverview: {
    overview: {
      period: '2024Q2',
      previousPeriod: '2024Q1',
      figures: [
        figure('COURTYARDS', '院坝数', 'count', 6695, 6690),
        figure('TICKETS_SUBMITTED', '代办申请数', 'count', 40, 50),
        figure('TICKET_SATISFACTION', '代办满意率', 'share', 0.925, 0.9),
        figure('OFFICERS_REPLACED', '因不合格更换数', 'count', 3, 1),
        figure('GRANT_AMOUNT', '奖补金额', 'yuan', 8700000, null),
      ],
    },
    metrics: [
      { metric: 'COURTYARDS', label: '院坝数', labelEn: 'courtyards', unit: 'count' },
      { metric: 'OFFICERS_REPLACED', label: '因不合格更换数', labelEn: 'officers replaced', unit: 'count' },
    ],
  },
  AreaTrend: {
    stats: {
      metrics: [
        { metric: 'TICKETS_SUBMITTED', label: '代办申请数', labelEn: 'tickets submitted' },
        { metric: 'ISSUES_COLLECTED', label: '议事事项数', labelEn: 'issues collected' },
        { metric: 'LECTURES', label: '宣讲场次', labelEn: 'lectures' },
      ],
      rows: [{ bucket: { label: '2024-06' }, values: [12, 5, 3] }],
    },
  },
  AreaBreakdowns: {
    byCategory: { rows: [{ keys: [{ code: 'DISPUTE', name: '矛盾纠纷调处' }], values: [7] }] },
    byTopic: { rows: [] },
    byService: { rows: [{ keys: [{ code: 'S1', name: '低保申请' }], values: [9] }] },
  },
  AreaMap: emptyMap('d1'),
  AreaRanking: {
    ranking: [
      { rank: 1, value: 95, subject: { id: 't2', code: '500154002', name: '临江镇', parentName: null } },
      { rank: 2, value: 60, subject: { id: 't1', code: '500154001', name: '汉丰街道', parentName: null } },
    ],
  },
};

describe('Overview (AreaPage)', () => {
  it('draws the map before the panels below: the trend, the breakdowns and the targets ask once the map is in, or 2 s after the figures without it', async () => {
    const { client, seen } = clientAnswering(byName({ ...overviewAnswers, AreaMap: () => undefined }));
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2' });
    await waitFor(() => expect(screen.getByTestId('kpi-TICKETS_SUBMITTED').textContent).toMatch(/40/));
    const asked = () => seen.map((op) => operationName(op));
    await waitFor(() => expect(asked()).toContain('AreaMap'));
    await new Promise((r) => setTimeout(r, 300));
    expect(asked()).toContain('AreaRanking');
    expect(asked()).not.toContain('AreaTrend');
    expect(asked()).not.toContain('AreaBreakdowns');
    // The map never came: they ask anyway.
    await waitFor(
      () => expect(asked()).toEqual(expect.arrayContaining(['AreaTrend', 'AreaBreakdowns', 'TargetMatrix'])),
      {
        timeout: 3000,
      },
    );
  });

  it("asks for the overview with no period when the address gives none (the server's default, the latest data's quarter, as lib/prefetch asks; the next test gives one)", async () => {
    const asked: unknown[] = [];
    const { client } = clientAnswering(
      byName({
        ...overviewAnswers,
        LatestData: { dataRange: { to: '2024-06-30T09:30:00Z', latestQuarter: '2024Q2' } },
        AreaOverview: (op: Operation) => {
          asked.push(op.variables);
          return overviewAnswers.AreaOverview;
        },
      }),
    );
    renderScreen(<AreaPage />, { client, url: '/' });
    await waitFor(() => expect(screen.getByTestId('kpi-COURTYARDS').textContent).toBe('6,695'));
    // Every overview asked (the cards', and the page's own for its name) asks so.
    expect(asked.length).toBeGreaterThan(0);
    for (const v of asked) expect(v).toEqual({ area: null, period: null });
    // The picker and the note state the quarter the server's default names.
    expect(screen.getByTestId('kpi-note').textContent).toContain('2024Q2');
  });

  it('shows a loading state, then the server figures with the change against the previous period and links to their lists', async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...overviewAnswers,
        AreaOverview: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return overviewAnswers.AreaOverview;
        },
      }),
    );
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2' });
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('正在加载'))).toBe(true);
    await waitFor(() => expect(screen.getByTestId('kpi-COURTYARDS').textContent).toBe('6,695'));
    expect(vars).toEqual({ area: null, period: '2024Q2' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('开州区');
    expect(screen.getByTestId('kpi-TICKET_SATISFACTION').textContent).toBe('92.5%');
    expect(screen.getByTestId('kpi-TICKET_SATISFACTION').closest('a')!.textContent).toContain('+2.5 个百分点');
    expect(screen.getByTestId('kpi-GRANT_AMOUNT').textContent).toBe('¥8,700,000');
    // An overview figure like the others: the server's value, change and list.
    const replaced = screen.getByTestId('kpi-OFFICERS_REPLACED').closest('a')!;
    expect(screen.getByTestId('kpi-OFFICERS_REPLACED').textContent).toBe('3');
    expect(replaced.textContent).toContain('+200.0%');
    expect(JSON.parse(decodeURIComponent(replaced.getAttribute('href')!.split('where=')[1]))).toEqual({
      endReason: 'RATED_FAILING',
      endedAtGTE: '2024-03-31T16:00:00Z',
      endedAtLT: '2024-06-30T16:00:00Z',
    });
    const card = screen.getByTestId('kpi-TICKETS_SUBMITTED').closest('a')!;
    expect(card.textContent).toContain('-20.0%');
    expect(card.getAttribute('href')).toMatch(/^\/list\/tickets\?where=/);
    const where: unknown = JSON.parse(decodeURIComponent(card.getAttribute('href')!.split('where=')[1]));
    expect(where).toEqual({ submittedAtGTE: '2024-03-31T16:00:00Z', submittedAtLT: '2024-06-30T16:00:00Z' });
    // The children ranked by the server, with links that keep the period.
    const ranking = await screen.findByRole('list', { name: '排名' });
    const links = within(ranking).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['临江镇', '汉丰街道']);
    expect(links[0].getAttribute('href')).toBe('/town/t2?period=2024Q2');
    expect(screen.getByText('矛盾纠纷调处')).toBeTruthy();
  });

  it('shows the error by its code with a retry', async () => {
    const { client } = clientAnswering(byName({ ...overviewAnswers, AreaOverview: coded('FORBIDDEN') }));
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2' });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0].textContent).toContain('当前账号无权进行此操作');
    expect(screen.getAllByRole('button', { name: '重试' }).length).toBeGreaterThan(0);
  });

  it('shows an empty ranking and empty breakdowns', async () => {
    const { client } = clientAnswering(byName({ ...overviewAnswers, AreaRanking: { ranking: [] } }));
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2' });
    await waitFor(() => expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(1));
  });

  it('is in English when the locale is', async () => {
    setLocale('en');
    const { client } = clientAnswering(byName(overviewAnswers));
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2' });
    await waitFor(() => expect(screen.getByTestId('kpi-COURTYARDS').textContent).toBe('6,695'));
    expect(screen.getByText('Courtyards')).toBeTruthy();
    expect(screen.getByText('Monthly trend')).toBeTruthy();
  });

  it('colours a change by whether it is good news, names it, labels a partial period and shows tied ranks', async () => {
    const { client } = clientAnswering(
      byName({
        ...overviewAnswers,
        AreaOverview: {
          ...overviewAnswers.AreaOverview,
          overview: {
            period: '2026Q4',
            previousPeriod: '2026Q3',
            partial: true,
            through: '2026-12-06T02:00:00Z',
            previousThrough: '2026-09-06T02:00:00Z',
            figures: [
              { ...figure('TICKETS_OVERDUE', '超期未办结数', 'count', 124, 100), better: 'DOWN' },
              { ...figure('TICKETS_COMPLETED', '代办办结数', 'count', 124, 100), better: 'UP' },
              { ...figure('TICKETS_SUBMITTED', '代办申请数', 'count', 124, 100), better: 'NEITHER' },
              { ...figure('OFFICERS_REPLACED', '因不合格更换数', 'count', 2, 4), better: 'NEITHER' },
            ],
          },
        },
        AreaRanking: {
          ranking: [
            { rank: 1, value: 9, subject: { id: 't2', code: '500154002', name: '临江镇', parentName: null } },
            { rank: 2, value: 5, subject: { id: 't1', code: '500154001', name: '汉丰街道', parentName: null } },
            { rank: 2, value: 5, subject: { id: 't3', code: '500154003', name: '文峰街道', parentName: null } },
            { rank: 4, value: 1, subject: { id: 't4', code: '500154004', name: '丰乐街道', parentName: null } },
          ],
        },
      }),
    );
    renderScreen(<AreaPage />, { client, url: '/?period=2026Q4' });
    await waitFor(() => expect(screen.getByTestId('kpi-TICKETS_OVERDUE').textContent).toBe('124'));
    const change = (m: string) => screen.getByTestId(`kpi-${m}`).closest('a')!.querySelector('.kpi-change')!;
    expect(change('TICKETS_OVERDUE').getAttribute('data-tone')).toBe('bad');
    expect(change('TICKETS_OVERDUE').textContent).toContain('+24.0%');
    expect(change('TICKETS_OVERDUE').textContent).toContain('变差');
    expect(change('TICKETS_COMPLETED').getAttribute('data-tone')).toBe('good');
    expect(change('TICKETS_COMPLETED').textContent).toContain('向好');
    expect(change('TICKETS_SUBMITTED').getAttribute('data-tone')).toBe('neutral');
    expect(change('TICKETS_SUBMITTED').textContent).not.toMatch(/向好|变差/);
    const note = screen.getByTestId('kpi-note').textContent;
    expect(note).toContain('尚未结束，截至 2026/12/06');
    expect(note).toContain('同期（截至 2026/09/06');
    // OFFICERS_REPLACED is compared, like every figure, with the same elapsed part of the period before.
    expect(change('OFFICERS_REPLACED').textContent).toContain('-50.0%');
    const ranking = await screen.findByRole('list', { name: '排名' });
    const ranks = within(ranking)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.rank-no')!.textContent);
    expect(ranks).toEqual(['1', '2并列', '2并列', '4']);
  });
});

const courtyard = {
  __typename: 'Courtyard',
  id: 'c1',
  name: '水桶湾院坝',
  code: '500154001001001',
  latitude: 31.2,
  longitude: 108.4,
  village: {
    id: 'v1',
    name: '三星村',
    town: { id: 't1', name: '汉丰街道' },
    quarterThemes: conn([{ id: 'q1', topic: { id: 't1', name: '法律' }, title: '民法典进院坝' }]),
  },
  roleAssignments: conn([
    {
      id: 'r2',
      role: 'HEAD',
      selection: 'ELECTED',
      startedAt: '2024-01-01T00:00:00Z',
      endedAt: null,
      endReason: null,
      resident: { id: 'p2', name: '张**', partyMember: true },
      successor: null,
    },
    {
      id: 'r1',
      role: 'HEAD',
      selection: 'ELECTED',
      startedAt: '2022-01-01T00:00:00Z',
      endedAt: '2024-01-01T00:00:00Z',
      endReason: 'RATED_FAILING',
      resident: { id: 'p1', name: '李**', partyMember: false },
      successor: { id: 'r2', resident: { id: 'p2', name: '张**' } },
    },
  ]),
  households: conn([{ id: 'h1', number: '001', headName: '付**', pointBalance: 216 }]),
  pointEntries: conn([
    {
      id: 'pe1',
      points: 20,
      reason: '让地修路',
      awardedAt: '2024-05-01T00:00:00Z',
      household: { id: 'h1', number: '001', headName: '付**' },
    },
  ]),
  issues: conn([
    {
      id: 'i1',
      title: '水管破裂',
      category: 'PUBLIC_FACILITY',
      stage: 'VISITED',
      collectedAt: '2024-05-01T00:00:00Z',
      escalatedAt: null,
      escalationApprovedAt: null,
      votesFor: null,
      votesAgainst: null,
      votesAbstain: null,
    },
  ]),
  tickets: conn([
    {
      id: 'k1',
      status: 'ACCEPTED',
      dueAt: '2099-01-01T00:00:00Z',
      submittedAt: '2024-05-01T00:00:00Z',
      overdue: false,
      serviceType: { id: 's1', name: '医保' },
      applicant: { id: 'p3', name: '王**' },
    },
    {
      id: 'k2',
      status: 'ACCEPTED',
      dueAt: '2024-05-03T00:00:00Z',
      submittedAt: '2024-05-02T00:00:00Z',
      overdue: true,
      serviceType: { id: 's2', name: '低保' },
      applicant: { id: 'p4', name: '赵**' },
    },
  ]),
  sessions: conn([]),
  ratings: conn([]),
  awards: conn([]),
  grants: conn([{ id: 'g1', amountFen: 5000000, purpose: 'BEAUTIFUL_COURTYARD', period: '2023', description: null }]),
};

describe('CourtyardPage', () => {
  it('shows the roster with its history, the six-step board, tickets overdue first, themes without lectures and grants', async () => {
    const { client } = clientAnswering(byName({ CourtyardPage: { node: courtyard } }));
    renderScreen(<CourtyardPage />, { client, url: '/courtyard/c1?period=2024Q2', path: '/courtyard/:id' });
    await screen.findByRole('heading', { level: 1, name: '水桶湾院坝' });
    expect(screen.getByText(/李\*\* .* · 评价不合格/).textContent).toContain('→ 张**');
    expect(screen.getAllByText('空缺').length).toBe(3); // publicist, agent, informant
    const board = screen.getByRole('list', { name: '议事六步' });
    expect(within(within(board).getByRole('listitem', { name: '走访' })).getByText('水管破裂')).toBeTruthy();
    const rows = screen.getAllByRole('row').filter((r) => r.className.startsWith('sla'));
    expect(rows[0].textContent).toContain('低保');
    expect(rows[0].className).toBe('sla-overdue');
    expect(screen.getByText('未宣讲')).toBeTruthy();
    expect(screen.getByText('¥50,000')).toBeTruthy();
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toContain('三星村');
  });

  it('says when the courtyard is not there (or outside the area)', async () => {
    const { client } = clientAnswering(byName({ CourtyardPage: { node: null } }));
    renderScreen(<CourtyardPage />, { client, url: '/courtyard/x?period=2024Q2', path: '/courtyard/:id' });
    expect(await screen.findByText(/院坝不存在/)).toBeTruthy();
  });

  it('shows a loading state, then an error', async () => {
    const { client } = clientAnswering(byName({ CourtyardPage: new Error('Failed to fetch') }));
    renderScreen(<CourtyardPage />, { client, url: '/courtyard/x?period=2024Q2', path: '/courtyard/:id' });
    expect((await screen.findByRole('alert')).textContent).toContain('Failed to fetch');
  });
});

describe('boards', () => {
  const areaOptions = { AreaOptions: { towns: conn([{ id: 't1', name: '汉丰街道' }]) } };

  it('deliberation board: filters in the URL, empty and filled', async () => {
    let where: unknown;
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        IssuesBoard: (op: Operation) => {
          where = (op.variables as { w1: unknown }).w1;
          return Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`s${i}`, conn([])]));
        },
      }),
    );
    renderScreen(<IssuesBoard />, { client, url: '/boards/issues?category=DISPUTE&town=t1' });
    expect(await screen.findByText('暂无未结议题')).toBeTruthy();
    expect(where).toEqual({ townID: 't1', stage: 'COLLECTED', category: 'DISPUTE' });
    expect(screen.getByLabelText<HTMLSelectElement>('类别').value).toBe('DISPUTE');
  });

  it('deliberation board: the headline counts issues in progress, evaluated ones apart', async () => {
    const totals = [2, 3, 0, 1, 4, 50];
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        IssuesBoard: () => Object.fromEntries(totals.map((n, i) => [`s${i + 1}`, conn([], n)])),
      }),
    );
    renderScreen(<IssuesBoard />, { client, url: '/boards/issues' });
    expect(await screen.findByText(/在办议题 10 件（第一至五步；已评价 50 件另计）/)).toBeTruthy();
    // The export holds what the headline counts: the issues in progress.
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { status: 500 }));
    try {
      fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
      await waitFor(() => expect(fetchSpy).toHaveBeenCalled());
      const url = new URL(fetchSpy.mock.calls[0][0] as string, 'http://x');
      expect(JSON.parse(url.searchParams.get('where') ?? '{}')).toEqual({ stageNotIn: ['EVALUATED', 'CLOSED'] });
    } finally {
      fetchSpy.mockRestore();
    }
  });

  /** Courtyards of one name in several villages (白岩院坝), as the board's rows carry them. */
  const place = (id: string, village: string, town: string) => ({
    id,
    name: '白岩院坝',
    village: { id: `v-${village}`, name: village, town: { id: `t-${town}`, name: town } },
  });
  const page = (rows: unknown[], totalCount = rows.length, hasNextPage = false) => ({
    tickets: { ...conn(rows, totalCount), pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c50' : null } },
    districts: conn([{ id: 'd', flagTicketOverdueDays: 7 }]),
  });

  it('ticket board: by due time from the server, a page at a time, town and village columns, bands in words, repeated names told apart', async () => {
    const seen: Record<string, unknown>[] = [];
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        TicketsBoard: (op: Operation) => {
          seen.push(op.variables as Record<string, unknown>);
          return page(
            [
              { ...courtyard.tickets.edges[1].node, courtyard: place('c1', '大坪村', '高桥镇') },
              { ...courtyard.tickets.edges[0].node, courtyard: place('c2', '新村', '高桥镇') },
            ],
            120,
            true,
          );
        },
      }),
    );
    renderScreen(<TicketsBoard />, { client, url: '/boards/tickets?overdue=1' });
    await screen.findAllByText('低保');
    expect(seen[0]).toMatchObject({ first: 50, after: null, direction: 'ASC', where: { overdue: true } });
    const table = screen.getByTestId('tickets-board');
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(expect.arrayContaining(['乡镇街道', '村（社区）', '院坝', '时限状态']));
    const body = within(table).getAllByRole('row').slice(1);
    // Overdue since 2024: more than the district's 7 days, red and said so.
    expect(body[0].className).toBe('sla-late');
    expect(body[0].textContent).toContain('严重超时（超过 7 天）');
    expect(body[0].textContent).toContain('白岩院坝 · 大坪村');
    expect(body[1].className).toBe('sla-ok');
    expect(body[1].textContent).toContain('白岩院坝 · 新村');
    expect(screen.getByTestId('tickets-page').textContent).toBe('第 1 页，共 3 页');
    // The next page asks after the last cursor; the order turns by due time.
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ after: 'c50' }));
    expect(screen.getByTestId('tickets-page').textContent).toBe('第 2 页，共 3 页');
    fireEvent.click(screen.getByRole('button', { name: '时限 ↑' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ after: null, direction: 'DESC' }));
  });

  /** A client answering TicketsBoard with rows; vars.last holds the variables it was last asked with. */
  function ticketBoard(rows: unknown[]) {
    const vars: { last: { where: Record<string, unknown>; asOf?: unknown } } = { last: { where: {} } };
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        TicketsBoard: (op: Operation) => {
          vars.last = op.variables as typeof vars.last;
          return page(rows);
        },
      }),
    );
    return { client, vars };
  }

  it('ticket board at ?asOf=: the tickets open then, overdue judged then by the filter and the rows, 数据截至 stated and kept in the export', async () => {
    const asOf = '2024-06-30T16:00:00Z';
    // The row overdue at asOf (overdueAt) though not now (overdue).
    const { client, vars } = ticketBoard([
      {
        ...courtyard.tickets.edges[1].node,
        overdue: false,
        overdueAt: true,
        courtyard: { id: 'c1', name: '水桶湾院坝' },
      },
    ]);
    renderScreen(<TicketsBoard />, { client, url: `/boards/tickets?overdue=1&asOf=${encodeURIComponent(asOf)}` });
    expect((await screen.findByTestId('as-of')).textContent).toContain('数据截至 2024/07/01 00:00');
    await screen.findByText('低保');
    expect(vars.last.asOf).toBe(asOf);
    expect(vars.last.where).toMatchObject({ overdue: true, asOf, submittedAtLTE: asOf });
    expect(vars.last.where.statusIn).toBeUndefined();
    const body = screen.getAllByRole('row').slice(1);
    // Due 2024-05-03: at asOf overdue by more than the district's 7 days.
    expect(body[0].className).toBe('sla-late');
    // The export is of the same where: its overdue is judged at asOf (server/export.go).
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { status: 500 }));
    try {
      fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
      await waitFor(() => expect(fetchSpy).toHaveBeenCalled());
      const url = new URL(fetchSpy.mock.calls[0][0] as string, 'http://x');
      expect(JSON.parse(url.searchParams.get('where') ?? '{}')).toEqual(vars.last.where);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('ticket board without asOf: open tickets now, 数据截至 now', async () => {
    const { client, vars } = ticketBoard([]);
    renderScreen(<TicketsBoard />, { client, url: '/boards/tickets' });
    expect((await screen.findByTestId('as-of')).textContent).toMatch(/^数据截至 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    await waitFor(() => expect(vars.last.where.statusIn).toEqual(['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS']));
    expect(vars.last.asOf).toBeNull();
    expect(vars.last.where.asOf).toBeUndefined();
  });

  it('lecture matrix: a district account sees towns × topics (the catalogue counts); a town villages × topics', async () => {
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        LectureMatrix: {
          lectureTopics: conn(
            ['THEORY', 'POLICY', 'HEALTH', 'LAW', 'ROLE_MODEL', 'TECHNOLOGY', 'SAFETY', 'CHANGE', 'CIVILISATION'].map(
              (code, i) => ({
                id: code,
                code,
                name: code,
                nameEn: null,
                active: i < 8,
              }),
            ),
          ),
          villages: conn([
            {
              id: 'v1',
              name: '三星村',
              quarterThemes: conn([
                { id: 'q1', topic: { id: 'LAW' }, title: '民法典', sessions: { totalCount: 2 } },
                { id: 'q2', topic: { id: 'HEALTH' }, title: '健康', sessions: { totalCount: 0 } },
              ]),
            },
          ]),
        },
        LectureTowns: {
          stats: {
            rows: [
              {
                keys: [
                  { id: 't1', name: '汉丰街道' },
                  { id: 'LAW', name: 'LAW' },
                ],
                values: [3, 2, 5],
              },
              {
                keys: [
                  { id: 't1', name: '汉丰街道' },
                  { id: 'HEALTH', name: 'HEALTH' },
                ],
                values: [1, 1, 1],
              },
            ],
          },
        },
      }),
    );
    const { unmount } = renderScreen(<LectureMatrix />, { client, url: '/boards/lectures?period=2024Q2' });
    const town = (await screen.findByRole('button', { name: '汉丰街道' })).closest('tr')!;
    const townCells = within(town).getAllByRole('cell');
    // LAW: 3 villages picked it, 2 lectured on it, 5 lectures; HEALTH: all lectured on.
    expect(townCells.filter((c) => c.className === 'cell-uncovered').map((c) => c.textContent)).toEqual(['2/3 · 5']);
    expect(townCells.filter((c) => c.className === 'cell-covered').map((c) => c.textContent)).toEqual(['1/1 · 1']);
    expect(screen.queryByText('请先选择乡镇街道')).toBeNull();
    unmount();
    renderScreen(<LectureMatrix />, { client, url: '/boards/lectures?period=2024Q2&town=t1' });
    const row = (await screen.findByText('三星村')).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.filter((c) => c.className === 'cell-covered').map((c) => c.textContent)).toEqual(['2']);
    expect(cells.filter((c) => c.className === 'cell-uncovered').map((c) => c.textContent)).toEqual(['0']);
  });

  it('evaluation: the failing list and replacements, and an error', async () => {
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        Evaluation: {
          failingOfficers: [
            {
              period: '2024H1',
              dimension: 'PROXY_SERVICE',
              ratings: 4,
              score: 2.25,
              failing: true,
              roleAssignment: {
                id: 'r1',
                role: 'AGENT',
                endedAt: null,
                resident: { id: 'p', name: '钱**' },
                courtyard: { id: 'c1', name: '水桶湾院坝', village: { id: 'v1', name: '三星村' } },
              },
            },
          ],
          replaced: conn([]),
        },
      }),
    );
    renderScreen(<EvaluationBoard />, { client, url: '/boards/evaluation?half=2024H1' });
    expect(await screen.findByText('钱**')).toBeTruthy();
    expect(screen.getByText('2.25')).toBeTruthy();
    const { client: failing } = clientAnswering(byName({ ...areaOptions, Evaluation: coded('INTERNAL') }));
    renderScreen(<EvaluationBoard />, { client: failing, url: '/boards/evaluation?half=2024H1' });
    expect((await screen.findAllByRole('alert'))[0].textContent).toContain('服务器内部错误');
  });

  it('gaps: the ready lists of the analytics API, with their places', async () => {
    const list = (kind: string, items: unknown[]) => ({ kind, totalCount: items.length, items });
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        Gaps: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return {
            vacant: list('VACANT_ROLE', [
              {
                id: 'c1',
                subject: '宣传员',
                since: null,
                value: null,
                place: { key: 'COURTYARD', id: 'c1', name: '水桶湾院坝', parentName: '三星村' },
              },
            ]),
            short: list('THEMES_SHORT', []),
            unlectured: list('THEMES_UNLECTURED', []),
            overdue: list('TICKET_OVERDUE', []),
            failing: list('OFFICER_FAILING', []),
          };
        },
      }),
    );
    renderScreen(<GapsBoard />, { client, url: '/boards/gaps?period=2024Q2&town=t1' });
    expect((await screen.findByRole('link', { name: '三星村 · 水桶湾院坝' })).getAttribute('href')).toMatch(
      /^\/courtyard\/c1\?/,
    );
    expect(screen.getByTestId('gap-VACANT_ROLE').textContent).toBe('1');
    expect(screen.getAllByText('没有短板').length).toBe(4);
    expect(vars).toEqual({ area: 't1', period: '2024Q2', asOf: null });
    // Without asOf the snapshot is the ended period's end.
    expect(screen.getByTestId('as-of').textContent).toContain('数据截至 2024/07/01 00:00');
    // With the card's asOf: asked at it, stated, and kept in the place links.
    const asOf = '2024-05-31T16:00:00Z';
    cleanup();
    renderScreen(<GapsBoard />, { client, url: `/boards/gaps?period=2024Q2&town=t1&asOf=${encodeURIComponent(asOf)}` });
    expect(
      new URLSearchParams(
        (await screen.findByRole('link', { name: '三星村 · 水桶湾院坝' })).getAttribute('href')!.split('?')[1],
      ).get('asOf'),
    ).toBe(asOf);
    expect(vars).toEqual({ area: 't1', period: '2024Q2', asOf });
    expect(screen.getByTestId('as-of').textContent).toContain('数据截至 2024/06/01 00:00');
  });

  it('red board: the district board by default, a village board when chosen, ranking households and linking the print view', async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...areaOptions,
        DistrictId: { districts: conn([{ id: 'd1' }]) },
        RedBoard: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return {
            redBoard: [
              {
                rank: 1,
                name: '付家',
                points: 216,
                entries: 9,
                household: {
                  id: 'h1',
                  number: '007',
                  courtyard: { id: 'c1', name: '大坪院坝', village: { name: '大坪村', town: { name: '高桥镇' } } },
                },
                topReasons: [{ reason: '让地修路', points: 20, entries: 1 }],
              },
            ],
            node: { __typename: 'Village', id: 'v1', name: '大坪村', town: { id: 't1', name: '高桥镇' } },
          };
        },
      }),
    );
    const { unmount } = renderScreen(<RedBoard />, { client, url: '/boards/red?period=2024' });
    // The district's board: where each household lives.
    expect(await screen.findByText('高桥镇 大坪村 大坪院坝')).toBeTruthy();
    expect(vars).toMatchObject({ area: 'd1', period: '2024' });
    unmount();
    renderScreen(<RedBoard />, { client, url: '/boards/red?town=t1&village=v1&period=2024' });
    expect(await screen.findByText('付家')).toBeTruthy();
    expect(screen.getByText('让地修路 +20')).toBeTruthy();
    expect(vars).toMatchObject({ area: 'v1', period: '2024' });
    expect(screen.getByRole('link', { name: '打印 A4 红榜' }).getAttribute('href')).toBe(
      '/print/red-board?area=v1&period=2024',
    );
  });
});

describe('ListPage', () => {
  it('lists the rows behind a number with the filter from the URL, and pages on', async () => {
    const seenWhere: unknown[] = [];
    const { client } = clientAnswering(
      byName({
        List: (op: Operation) => {
          const v = op.variables as { where: unknown; after: string | null };
          seenWhere.push(v.where);
          return {
            list: {
              totalCount: 2,
              pageInfo: { hasNextPage: !v.after, endCursor: 'x' },
              edges: [
                {
                  node: {
                    id: v.after ? 'b' : 'a',
                    title: v.after ? '第二页' : '第一页',
                    category: 'DISPUTE',
                    stage: 'DECIDED',
                    collectedAt: '2024-05-01T00:00:00Z',
                    courtyard: { id: 'c1', name: '水桶湾院坝' },
                  },
                },
              ],
            },
          };
        },
      }),
    );
    renderScreen(<ListPage />, {
      client,
      url: `/list/issues?where=${encodeURIComponent('{"category":"DISPUTE"}')}`,
      path: '/list/:entity',
    });
    expect(await screen.findByText('第一页')).toBeTruthy();
    expect(screen.getByText('矛盾纠纷调处')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('第二页')).toBeTruthy();
    expect(screen.getByText('第一页')).toBeTruthy();
    expect(seenWhere[0]).toEqual({ category: 'DISPUTE' });
  });

  it('a tickets list at the where.asOf: the rows overdue then, 数据截至 stated', async () => {
    const asOf = '2024-06-30T16:00:00Z';
    let seen: { query: string; asOf?: unknown } = { query: '' };
    const { client } = clientAnswering(
      byName({
        List: (op: Operation) => {
          seen = { query: op.query.loc?.source.body ?? '', asOf: (op.variables as { asOf?: unknown }).asOf };
          return {
            list: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [
                {
                  node: {
                    id: 'k2',
                    serviceType: { name: '低保' },
                    status: 'COMPLETED',
                    submittedAt: '2024-05-02T00:00:00Z',
                    dueAt: '2024-05-03T00:00:00Z',
                    completedAt: '2024-08-01T00:00:00Z',
                    overdue: true,
                    courtyard: { id: 'c1', name: '水桶湾院坝' },
                  },
                },
              ],
            },
          };
        },
      }),
    );
    renderScreen(<ListPage />, {
      client,
      url: `/list/tickets?where=${encodeURIComponent(JSON.stringify({ overdue: true, asOf }))}`,
      path: '/list/:entity',
    });
    expect(await screen.findByText('低保')).toBeTruthy();
    expect(seen.query).toContain('overdue(asOf: $asOf)');
    expect(seen.asOf).toBe(asOf);
    expect(screen.getByRole('columnheader', { name: '已超时' })).toBeTruthy();
    expect(screen.getAllByRole('row')[1].textContent).toContain('是');
    expect(screen.getByTestId('as-of').textContent).toContain('数据截至 2024/07/01 00:00');
  });

  it('refuses an unknown list or a broken filter', () => {
    const { client } = clientAnswering(() => undefined);
    renderScreen(<ListPage />, { client, url: '/list/passwords', path: '/list/:entity' });
    expect(screen.getByText('没有这个清单')).toBeTruthy();
  });
});

describe('RatePage', () => {
  it('rates with a code without logging in', async () => {
    let input: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        RateWithCode: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return { rateWithCode: { rating: { id: 'r', score: 5 }, userErrors: [] } };
        },
      }),
    );
    renderScreen(<RatePage />, { client, url: '/rate/ab12cd', path: '/rate/:code?' });
    expect(screen.getByLabelText<HTMLInputElement>('评价码').value).toBe('ab12cd');
    fireEvent.click(screen.getByLabelText('5 分'));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByTestId('rate-thanks')).textContent).toContain('5');
    expect(input).toMatchObject({ code: 'AB12CD', score: 5 });
  });

  it('shows a refused code by its error code', async () => {
    const { client } = clientAnswering(
      byName({
        RateWithCode: {
          rateWithCode: {
            rating: null,
            userErrors: [{ field: ['input', 'code'], message: 'unknown or used code', code: 'NOT_FOUND' }],
          },
        },
      }),
    );
    renderScreen(<RatePage />, { client, url: '/rate/XX', path: '/rate/:code?' });
    fireEvent.click(screen.getByLabelText('3 分'));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByRole('alert')).textContent).toContain('记录不存在');
  });
});

describe('Accounts (lists and tokens; adding and disabling in accounts.test.tsx)', () => {
  it('an administrator lists accounts; tokens are created once and listed', async () => {
    let tokens = [
      {
        id: 'tk1',
        name: '季度报表',
        createdAt: '2024-01-01T00:00:00Z',
        expiresAt: '2024-04-01T00:00:00Z',
        revokedAt: null,
        lastUsedAt: null,
      },
    ];
    const { client } = clientAnswering(
      byName({
        Users: {
          users: conn([
            {
              id: 'u1',
              username: 'admin',
              displayName: '管理员',
              role: 'DISTRICT_ADMIN',
              areaCode: '500154',
              disabled: false,
              lastLoginAt: null,
            },
          ]),
        },
        ApiTokens: () => ({ apiTokens: tokens }),
        CreateApiToken: () => {
          tokens = [
            ...tokens,
            {
              id: 'tk2',
              name: '导出',
              createdAt: '2024-01-02T00:00:00Z',
              expiresAt: '2024-04-02T00:00:00Z',
              revokedAt: null,
              lastUsedAt: null,
            },
          ];
          return {
            createApiToken: {
              token: 'ybh_secret',
              apiToken: { id: 'tk2', name: '导出', expiresAt: '2024-04-02T00:00:00Z' },
            },
          };
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    expect(await within(screen.getAllByRole('table')[0]).findByText('区级管理员')).toBeTruthy();
    expect(await screen.findByText('季度报表')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('用途'), { target: { value: '导出' } });
    fireEvent.click(screen.getByRole('button', { name: '创建令牌' }));
    expect((await screen.findByTestId('new-token')).textContent).toBe('ybh_secret');
  });

  it('an analyst sees only the tokens (empty)', async () => {
    const { client, seen } = clientAnswering(byName({ ApiTokens: { apiTokens: [] } }));
    renderScreen(<Accounts />, { client, url: '/accounts', me: { ...admin, role: 'ANALYST' } });
    expect(await screen.findByText('暂无令牌')).toBeTruthy();
    expect(seen.map((o) => o.kind === 'query' && o.query.definitions.length)).not.toContain(undefined);
    expect(screen.queryByText(/账号（/)).toBeNull();
  });
});

describe('Layout', () => {
  it('has labelled navigation to every screen', async () => {
    const { client } = clientAnswering(byName({ Me: { me: admin } }));
    render(
      <Provider value={client}>
        <MemoryRouter>
          <App>
            <Layout />
          </App>
        </MemoryRouter>
      </Provider>,
    );
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      '/',
      '/home',
      '/boards/issues',
      '/boards/tickets',
      '/boards/lectures',
      '/boards/evaluation',
      '/boards/gaps',
      '/boards/red',
      '/forms',
      '/outbox',
      '/explorer',
      '/accounts',
      '/settings',
    ]);
    await act(async () => {});
  });
});
