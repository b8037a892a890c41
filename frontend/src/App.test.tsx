import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fromValue, mergeMap, never, pipe, type Source } from 'wonka';
import { Client, makeErrorResult, makeResult, Provider, type Exchange, type Operation, type OperationResult } from 'urql';
import App from './App';
import type { HomeVillagesQuery } from './gql/graphql';

// A real urql Client whose only exchange answers every operation from `respond`
// (no network): each response is a wonka source, e.g. fromValue(result).
function clientAnswering(respond: (op: Operation) => Source<OperationResult>) {
  const seen: Operation[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      mergeMap((op) => {
        if (op.kind === 'teardown') return never;
        seen.push(op);
        return respond(op);
      }),
    );
  const client = new Client({ url: '/query', exchanges: [exchange], preferGetMethod: false });
  return { client, seen };
}

function renderWith(client: Client, ui: ReactElement = <App />) {
  return render(<Provider value={client}>{ui}</Provider>);
}

const villagesData: HomeVillagesQuery = {
  villages: {
    totalCount: 42,
    edges: [
      { node: { id: 'v1', code: '500154101001', name: '汉丰街道安康社区' } },
      { node: { id: 'v2', code: '500154102201', name: '临江镇福德村' } },
      null,
      { node: null },
      { node: { id: 'v3', code: '500154105203', name: '温泉镇白岩村' } },
    ],
  },
};

describe('App', () => {
  it('renders the header and the GraphiQL link', () => {
    const { client } = clientAnswering(() => never);
    renderWith(client);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('院坝汇');
    expect(screen.getByText('开州区院坝微网格治理')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'GraphQL 调试器 / GraphiQL' });
    expect(link.getAttribute('href')).toBe('/graphiql');
  });

  it('shows a loading state while the villages query is in flight', () => {
    const { client } = clientAnswering(() => never);
    renderWith(client);
    expect(screen.getByRole('status').textContent).toBe('正在加载村（社区）…');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists the first villages (name + code) and the total count from the API', async () => {
    const { client, seen } = clientAnswering((op) => fromValue(makeResult(op, { data: villagesData })));
    renderWith(client);

    expect(await screen.findByText('汉丰街道安康社区')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '汉丰街道安康社区500154101001',
      '临江镇福德村500154102201',
      '温泉镇白岩村500154105203',
    ]);
    expect(screen.getByText('500154102201')).toBeTruthy();
    expect(screen.getByTestId('villages-total').textContent).toBe('共 42 个村（社区） · 显示前 3 个');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    // Every query the app sent is the HomeVillages query (urql may re-execute it
    // while mounting, since this client has no cache exchange).
    const names = seen
      .filter((op) => op.kind === 'query')
      .map((op) => op.query.definitions.map((d) => (d.kind === 'OperationDefinition' ? d.name?.value : d.kind)));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names.flat())).toEqual(new Set(['HomeVillages']));
  });

  it('shows an empty state when there are no villages', async () => {
    const { client } = clientAnswering((op) =>
      fromValue(makeResult(op, { data: { villages: { totalCount: 0, edges: [] } } })),
    );
    renderWith(client);
    expect(await screen.findByText('暂无村（社区）数据')).toBeTruthy();
    expect(screen.getByTestId('villages-total').textContent).toBe('共 0 个村（社区）');
  });

  it('shows the error message when the query fails', async () => {
    const { client } = clientAnswering((op) => fromValue(makeErrorResult(op, new Error('网络不可用'))));
    renderWith(client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('加载失败：[Network] 网络不可用');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows GraphQL errors returned by the server', async () => {
    const { client } = clientAnswering((op) =>
      fromValue(makeResult(op, { data: null, errors: [{ message: 'permission denied' }] })),
    );
    renderWith(client);
    expect((await screen.findByRole('alert')).textContent).toBe('加载失败：[GraphQL] permission denied');
  });
});
