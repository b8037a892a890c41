import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphQLClient } from '../client';
import {
  AreaMapDocument,
  AreaOverviewDocument,
  DistrictInfoDocument,
  LatestDataDocument,
  MeDocument,
} from '../gql/graphql';
import { defaultMapMetric } from './area';
import { clearOfflineCache } from './offlineCache';
import { prefetchFirstScreen } from './prefetch';

const me = (role: string) => ({
  me: { __typename: 'User', username: 'u', displayName: 'U', role, areaCode: '500154' },
});
const answers: Record<string, (vars: Record<string, unknown>) => unknown> = {
  DistrictInfo: () => ({ districts: { __typename: 'DistrictConnection', edges: [] } }),
  LatestData: () => ({
    dataRange: { __typename: 'DataRange', to: '2026-05-20T08:00:00Z', latestQuarter: '2026Q2' },
  }),
  AreaMap: () => ({ areaMap: null, metrics: [] }),
  // Without a period the server answers for the latest data's quarter.
  AreaOverview: (v) => ({
    overview: { __typename: 'Overview', period: v.period ?? '2026Q2', figures: [] },
    metrics: [],
  }),
};

/** What the prefetch asks for on the overview of a leader's account, in name order. */
const overviewRequests = ['AreaMap', 'AreaOverview', 'DistrictInfo', 'LatestData', 'Me'];

/**
 * A fetch that answers each operation after `release()` is called, and
 * records the operations sent and when: the prefetch must send `me` and the
 * latest data together, before either answers.
 */
function server(role: string) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const waiting: (() => void)[] = [];
  const fetchMock = vi.fn<typeof fetch>((_url, init) => {
    const body = JSON.parse(init?.body as string) as { operationName: string; variables: Record<string, unknown> };
    sent.push({ name: body.operationName, variables: body.variables });
    const data = body.operationName === 'Me' ? me(role) : answers[body.operationName](body.variables);
    return new Promise((resolve) =>
      waiting.push(() =>
        resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } })),
      ),
    );
  });
  const release = async () => {
    for (let i = 0; i < 10; i++) {
      waiting.splice(0).forEach((f) => f());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { sent, fetchMock, release, waiting };
}

/** Runs the prefetch for `location` with a fresh client on `s`'s fetch, lets every answer through, and returns the operations it sent. */
async function prefetched(s: ReturnType<typeof server>, location: { pathname: string; search: string }) {
  s.sent.length = 0;
  const done = prefetchFirstScreen(createGraphQLClient({ fetch: s.fetchMock }), location);
  await s.release();
  await done;
  return s.sent;
}

describe('prefetchFirstScreen', () => {
  // Each test starts as a browser that has not seen an account (no kept `me`).
  beforeEach(clearOfflineCache);

  it("asks for me and the latest data at once, then the overview with no period (the latest data's quarter), which the screen then reads from the cache", async () => {
    const s = server('DISTRICT_ADMIN');
    const client = createGraphQLClient({ fetch: s.fetchMock });
    const done = prefetchFirstScreen(client, { pathname: '/', search: '' });
    await new Promise((r) => setTimeout(r, 0));
    // Both on their way before either has answered.
    expect(s.sent.map((x) => x.name).sort()).toEqual(['LatestData', 'Me']);
    // The screen's own `me`, asked while the prefetch's is in flight, joins it.
    const screenMe = client.query(MeDocument, {}).toPromise();
    await s.release();
    await done;
    expect((await screenMe).data?.me?.role).toBe('DISTRICT_ADMIN');
    expect(s.sent.find((x) => x.name === 'AreaOverview')?.variables).toEqual({ area: null, period: null });
    expect(s.sent.map((x) => x.name).sort()).toEqual(overviewRequests);
    // The map of the period the figures answered for, as the map's component asks for it.
    expect(s.sent.find((x) => x.name === 'AreaMap')?.variables).toEqual({
      area: null,
      metric: defaultMapMetric,
      period: '2026Q2',
    });

    // What the overview's components ask next is answered without the network.
    const before = s.fetchMock.mock.calls.length;
    const overview = await client.query(AreaOverviewDocument, { period: null, area: null }).toPromise();
    const latest = await client.query(LatestDataDocument, {}).toPromise();
    const district = await client.query(DistrictInfoDocument, {}).toPromise();
    const map = await client
      .query(AreaMapDocument, { area: null, metric: defaultMapMetric, period: '2026Q2' })
      .toPromise();
    expect(map.data?.metrics).toEqual([]);
    expect(overview.data?.overview).toBeTruthy();
    expect(latest.data?.dataRange.latestQuarter).toBe('2026Q2');
    expect(district.data?.districts.edges).toEqual([]);
    expect(s.fetchMock.mock.calls.length).toBe(before);
  });

  it('sends the overview beside me, without waiting for it, when this browser last saw an account whose start page is the overview', async () => {
    const s = server('DISTRICT_ADMIN');
    const client = createGraphQLClient({ fetch: s.fetchMock });
    // A first visit keeps `me`'s answer (lib/offlineCache).
    await Promise.all([client.query(MeDocument, {}).toPromise(), s.release()]);
    s.sent.length = 0;

    const next = createGraphQLClient({ fetch: s.fetchMock });
    const done = prefetchFirstScreen(next, { pathname: '/', search: '' });
    await new Promise((r) => setTimeout(r, 0));
    // Nothing has answered yet: all four are on their way.
    expect(s.sent.map((x) => x.name).sort()).toEqual(['AreaOverview', 'DistrictInfo', 'LatestData', 'Me']);
    await s.release();
    await done;
    expect(s.sent.map((x) => x.name).sort()).toEqual(overviewRequests);
  });

  it('takes the period from the address without asking for the latest data', async () => {
    const s = server('TOWN_OFFICIAL');
    const client = createGraphQLClient({ fetch: s.fetchMock });
    const done = prefetchFirstScreen(client, { pathname: '/', search: '?period=2025H2&rank=lectures' });
    await s.release();
    await done;
    expect(s.sent.map((x) => x.name)).not.toContain('LatestData');
    expect(s.sent.find((x) => x.name === 'AreaOverview')?.variables).toEqual({ area: null, period: '2025H2' });
    expect(s.sent.find((x) => x.name === 'AreaMap')?.variables).toMatchObject({ period: '2025H2' });
  });

  it("asks only for me and the latest data when the start page is an officer's home, only for me on a screen without a period", async () => {
    const officer = server('COURTYARD_OFFICER');
    const home = { pathname: '/', search: '' };
    expect((await prefetched(officer, home)).map((x) => x.name).sort()).toEqual(['LatestData', 'Me']);
    // Again, now that this browser has seen the officer (the kept `me`): still only these.
    expect((await prefetched(officer, home)).map((x) => x.name).sort()).toEqual(['LatestData', 'Me']);

    const board = server('DISTRICT_ADMIN');
    expect((await prefetched(board, { pathname: '/boards/tickets', search: '' })).map((x) => x.name)).toEqual(['Me']);
  });

  it('asks for the latest data beside me on a board that picks a period, unless the address gives one', async () => {
    const board = server('DISTRICT_ADMIN');
    const done = prefetchFirstScreen(createGraphQLClient({ fetch: board.fetchMock }), {
      pathname: '/boards/evaluation',
      search: '',
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(board.sent.map((x) => x.name).sort()).toEqual(['LatestData', 'Me']);
    await board.release();
    await done;
    expect(board.sent.map((x) => x.name).sort()).toEqual(['LatestData', 'Me']);

    const given = server('DISTRICT_ADMIN');
    expect((await prefetched(given, { pathname: '/boards/red', search: '?period=2026Q1' })).map((x) => x.name)).toEqual(
      ['Me'],
    );
  });
});
