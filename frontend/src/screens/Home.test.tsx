import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import type { Operation } from 'urql';
import { byName, clientAnswering, coded, emptyMap, renderScreen } from '../test/harness';
import type { CurrentUser } from '../App';
import App from '../App';
import { Layout } from '../Layout';
import { Home } from './Home';

const cadre: CurrentUser = {
  username: 'cadre',
  displayName: '李书记',
  role: 'VILLAGE_CADRE',
  areaCode: '500154112201',
};
const officer: CurrentUser = {
  username: 'agent',
  displayName: '王代办',
  role: 'COURTYARD_OFFICER',
  areaCode: '500154',
};

const place = (id: string, name: string, key = 'COURTYARD') => ({ key, id, name, parentName: '三星村' });
const item = (id: string, subject: string, extra: Record<string, unknown> = {}) => ({
  id,
  subject,
  detail: '',
  at: null,
  urgent: false,
  place: place('c1', '水桶湾院坝'),
  ...extra,
});
const list = (kind: string, items: ReturnType<typeof item>[], totalCount = items.length) => ({
  kind,
  totalCount,
  items,
});

const work = {
  myWork: {
    asOf: '2026-06-30T02:00:00Z',
    area: { key: 'VILLAGE', id: 'v1', name: '三星村', parentName: '临江镇' },
    lists: [
      list('ISSUE', [item('i1', '修水管', { detail: '已走访' })], 7),
      list('TICKET', [
        item('t1', '低保申请', { detail: '办理中', at: '2026-06-28T02:00:00Z', urgent: true }),
        item('t2', '社保续缴', { detail: '办理中', at: '2026-07-01T02:00:00Z' }),
      ]),
      list('THEME', []),
      list('PROPOSAL', [item('p1', '修路让地', { detail: '20' })]),
      list('VACANT_ROLE', [item('c2', '代办员', { place: place('c2', '河坝院坝') })]),
      list('OFFICER_FAILING', []),
      list('COURTYARD', [item('c1', '水桶湾院坝'), item('c2', '河坝院坝')]),
    ],
  },
};

describe('Home (my work)', () => {
  it("lists the cadre's to-dos, each one tap from its form, and the courtyards", async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        MyWork: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return work;
        },
      }),
    );
    renderScreen(<Home />, { client, url: '/', me: cadre });
    const issues = await screen.findByRole('region', { name: /待我办理的议事/ });
    expect(vars).toEqual({ first: 5 });
    // The village by name, with its overview: never the raw code.
    expect(screen.getByText(/李书记 · 临江镇 · 三星村/)).toBeTruthy();
    expect(screen.queryByText(/500154112201/)).toBeNull();
    expect(screen.getByRole('link', { name: '查看总览' }).getAttribute('href')).toBe('/village/v1');
    expect(screen.getByRole('link', { name: '专员填报' }).getAttribute('href')).toBe('/forms');
    // Each to-do opens its form; more than shown links to the board.
    expect(
      within(issues)
        .getByRole('link', { name: /修水管/ })
        .getAttribute('href'),
    ).toBe('/forms/issue/i1');
    expect(within(issues).getByRole('link', { name: '还有 6 项' }).getAttribute('href')).toBe('/boards/issues');
    const tickets = screen.getByRole('region', { name: /即将到期或超期的代办/ });
    const ticketLinks = within(tickets).getAllByRole('link');
    expect(ticketLinks.map((a) => a.getAttribute('href'))).toEqual(['/forms/ticket/t1', '/forms/ticket/t2']);
    expect(ticketLinks[0].textContent).toContain('已超期');
    expect(ticketLinks[1].textContent).not.toContain('已超期');
    expect(
      screen
        .getByRole('region', { name: /待我确认的积分/ })
        .querySelector('a')!
        .getAttribute('href'),
    ).toBe('/forms/points?entry=p1');
    expect(
      screen
        .getByRole('region', { name: /空缺岗位/ })
        .querySelector('a')!
        .getAttribute('href'),
    ).toBe('/courtyard/c2');
    // Empty lists are left out; the total counts every to-do.
    expect(screen.queryByRole('region', { name: /尚未宣讲/ })).toBeNull();
    expect(screen.getByRole('heading', { name: /待办/, level: 2 }).textContent).toContain('11');
    const courtyards = screen.getByRole('region', { name: /我的院坝/ });
    expect(
      within(courtyards)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/courtyard/c1', '/courtyard/c2']);
  });

  it("opens a theme's lecture form with the theme, in the officer's one courtyard", async () => {
    const mine = {
      myWork: {
        ...work.myWork,
        lists: [
          list('THEME', [item('q1', '民法典进院坝', { place: place('v1', '三星村', 'VILLAGE') })]),
          list('COURTYARD', [item('c1', '水桶湾院坝')]),
        ],
      },
    };
    const { client } = clientAnswering(byName({ MyWork: mine }));
    renderScreen(<Home />, { client, url: '/', me: officer });
    const themes = await screen.findByRole('region', { name: /尚未宣讲/ });
    expect(
      within(themes)
        .getByRole('link', { name: /民法典进院坝/ })
        .getAttribute('href'),
    ).toBe('/forms/lecture?theme=q1&courtyard=c1');
    // A cadre of several courtyards chooses the courtyard on the form.
    const several = { myWork: { ...mine.myWork, lists: [mine.myWork.lists[0], work.myWork.lists[6]] } };
    const cadreClient = clientAnswering(byName({ MyWork: several })).client;
    renderScreen(<Home />, { client: cadreClient, url: '/', me: cadre });
    await waitFor(() => expect(screen.getAllByRole('region', { name: /尚未宣讲/ })).toHaveLength(2));
    expect(
      within(screen.getAllByRole('region', { name: /尚未宣讲/ })[1])
        .getByRole('link', { name: /民法典进院坝/ })
        .getAttribute('href'),
    ).toBe('/forms/lecture?theme=q1');
  });

  it('says when there is nothing to do, and shows an error by its code', async () => {
    const empty = {
      myWork: { ...work.myWork, area: null, lists: [list('ISSUE', []), list('COURTYARD', [item('c1', '水桶湾院坝')])] },
    };
    const { client } = clientAnswering(byName({ MyWork: empty }));
    renderScreen(<Home />, { client, url: '/', me: officer });
    expect(await screen.findByText('暂无待办事项')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '查看总览' })).toBeNull();
    const failing = clientAnswering(byName({ MyWork: coded('FORBIDDEN') }));
    renderScreen(<Home />, { client: failing.client, url: '/', me: officer });
    expect((await screen.findByRole('alert')).textContent).toContain('当前账号无权进行此操作');
  });

  it('has a bottom bar for phones: home, forms, outbox and the language', async () => {
    const { client } = clientAnswering(byName({ Me: { me: officer }, MyWork: work }));
    render(
      <Provider value={client}>
        <MemoryRouter>
          <App>
            <Routes>
              <Route path="/" element={<Layout />}>
                <Route index element={<Home />} />
              </Route>
            </Routes>
          </App>
        </MemoryRouter>
      </Provider>,
    );
    const bar = await screen.findByRole('navigation', { name: '手机导航' });
    expect(
      within(bar)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/', '/forms', '/outbox']);
    expect(within(bar).getByRole('button').textContent).toBe('English');
    // An officer's main navigation starts at the home, not the overview.
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getAllByRole('link')[0].textContent).toBe('首页');
    await waitFor(() => expect(screen.getByRole('region', { name: /待我办理的议事/ })).toBeTruthy());
    await act(async () => {});
  });
});

describe('Overview of a town account', () => {
  it('names its own area (not its code) in the title, the breadcrumb and the scope, and leaves out a ranking of one', async () => {
    const town: CurrentUser = { username: 'town', displayName: '镇干部', role: 'TOWN_OFFICIAL', areaCode: '500154112' };
    const { client } = clientAnswering(
      byName({
        DistrictInfo: { districts: { totalCount: 1, edges: [{ node: { id: 'd1', name: '开州区', code: '500154' } }] } },
        AreaOverview: {
          overview: {
            area: { name: '临江镇', parentName: '开州区' },
            period: '2024Q2',
            previousPeriod: '2024Q1',
            partial: false,
            through: null,
            previousThrough: null,
            asOf: '2024-06-30T16:00:00Z',
            figures: [
              { metric: 'COURTYARDS', label: '院坝数', unit: 'count', value: 120, previous: 120, better: 'UP' },
            ],
          },
          metrics: [{ metric: 'COURTYARDS', label: '院坝数', labelEn: 'courtyards', unit: 'count', better: 'UP' }],
        },
        AreaTrend: { stats: { metrics: [], rows: [] } },
        AreaMap: emptyMap('t1'),
        AreaBreakdowns: { byCategory: { rows: [] }, byTopic: { rows: [] }, byService: { rows: [] } },
        AreaRanking: {
          ranking: [{ rank: 1, value: 9, subject: { id: 't1', code: '500154112', name: '临江镇', parentName: null } }],
        },
      }),
    );
    const { AreaPage } = await import('./AreaPage');
    renderScreen(<AreaPage />, { client, url: '/?period=2024Q2', me: town });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('临江镇'));
    const crumbs = screen.getByRole('navigation', { name: '当前位置' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['开州区', '临江镇']);
    expect(screen.getByText(/当前账号仅可查看其辖区（临江镇）/)).toBeTruthy();
    expect(screen.queryByText(/500154112/)).toBeNull();
    // The other sections are there; the ranking of one town is not.
    await screen.findByRole('heading', { name: '议事事项类别' });
    await act(async () => {});
    expect(screen.queryByRole('heading', { name: /排名/ })).toBeNull();
  });
});
