import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fromValue, never } from 'wonka';
import { clientAnswering, operationName } from './test/harness';
import { Client, makeErrorResult, makeResult, Provider, type Operation, type OperationResult } from 'urql';
import App from './App';
import { VillagesList } from './VillagesList.fixture';
import { createGraphQLClient } from './client';
import type { HomeVillagesQuery, MeQuery } from './gql/graphql';
import { setLocale } from './i18n';

function renderWith(
  client: Client,
  ui: ReactElement = (
    <App>
      <VillagesList />
    </App>
  ),
) {
  return render(<Provider value={client}>{ui}</Provider>);
}

const cadre: NonNullable<MeQuery['me']> = {
  username: 'zhangsan',
  displayName: '张三',
  role: 'VILLAGE_CADRE',
  areaCode: '500154102201',
};

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

// A logged-in client: `me` is the cadre and the villages come from `villages`.
function loggedInClient(villages: (op: Operation) => OperationResult) {
  return clientAnswering((op) => {
    if (operationName(op) === 'Me') return fromValue(makeResult(op, { data: { me: cadre } }));
    return fromValue(villages(op));
  });
}

// A fake server with a session: Login succeeds for zhangsan/right-password,
// Logout ends the session, and `me`/villages depend on it. With
// expireBeforeVillages, the session ends (expires) just before the next
// villages query is answered.
function fakeServer({ loggedIn = false, expireBeforeVillages = false } = {}) {
  const state = { loggedIn, expireBeforeVillages };
  const { client, seen } = clientAnswering((op) => {
    switch (operationName(op)) {
      case 'Me':
        return fromValue(makeResult(op, { data: { me: state.loggedIn ? cadre : null } }));
      case 'Login': {
        const { username, password } = (op.variables as { input: { username: string; password: string } }).input;
        if (username === 'zhangsan' && password === 'right-password') {
          state.loggedIn = true;
          return fromValue(
            makeResult(op, {
              data: {
                login: {
                  expiresAt: '2030-01-01T00:00:00Z',
                  user: { username: cadre.username, role: cadre.role, displayName: cadre.displayName },
                },
              },
            }),
          );
        }
        return fromValue(
          makeResult(op, {
            data: null,
            errors: [{ message: 'wrong username or password', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        );
      }
      case 'Logout': {
        const ok = state.loggedIn;
        state.loggedIn = false;
        return fromValue(makeResult(op, { data: { logout: { ok } } }));
      }
      case 'HomeVillages':
        if (state.expireBeforeVillages) {
          state.loggedIn = false;
          state.expireBeforeVillages = false;
        }
        return fromValue(
          state.loggedIn
            ? makeResult(op, { data: villagesData })
            : makeResult(op, {
                data: null,
                errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }],
              }),
        );
      default:
        throw new Error(`unexpected operation ${operationName(op) ?? op.kind}`);
    }
  });
  const names = () => seen.filter((op) => op.kind !== 'teardown').map((op) => `${op.kind}:${operationName(op)}`);
  return { client, seen, names, state };
}

// Lets pending results, microtasks and re-renders run their course.
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('App', () => {
  it('renders the header and the GraphiQL link', () => {
    const { client } = clientAnswering(() => never);
    renderWith(client);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('院坝汇');
    expect(screen.getByText('开州区院坝微网格治理')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'GraphQL 调试器 / GraphiQL' });
    expect(link.getAttribute('href')).toBe('/explorer');
  });

  it('first asks who is logged in and shows a loading state meanwhile', () => {
    const { client, seen } = clientAnswering(() => never);
    renderWith(client);
    expect(screen.getByRole('status').textContent).toBe('正在检查登录状态…');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(new Set(seen.map(operationName))).toEqual(new Set(['Me']));
  });

  it('shows an error with a retry button when the login state cannot be loaded', async () => {
    let fail = true;
    const { client } = clientAnswering((op) =>
      fromValue(fail ? makeErrorResult(op, new Error('网络不可用')) : makeResult(op, { data: { me: null } })),
    );
    renderWith(client);
    expect((await screen.findByRole('alert')).textContent).toBe('无法获取登录状态：网络不可用');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
  });

  describe('when anonymous', () => {
    it('shows the login form', async () => {
      const { client, names } = fakeServer();
      renderWith(client);

      expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
      const username = screen.getByLabelText('用户名');
      const password = screen.getByLabelText('密码');
      expect(username.getAttribute('autocomplete')).toBe('username');
      expect(username.getAttribute('type')).toBe('text');
      expect(password.getAttribute('autocomplete')).toBe('current-password');
      expect(password.getAttribute('type')).toBe('password');
      expect(screen.getByRole('button', { name: '登录' }).getAttribute('type')).toBe('submit');
      expect(screen.queryByRole('button', { name: '退出' })).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
      // No data query is sent before logging in.
      expect(new Set(names())).toEqual(new Set(['query:Me']));
    });

    it('logs in, then shows the account and the villages', async () => {
      const { client, seen, names } = fakeServer();
      renderWith(client);
      await screen.findByRole('button', { name: '登录' });

      fillAndSubmit(' zhangsan ', 'right-password');

      expect(await screen.findByText('汉丰街道安康社区')).toBeTruthy();
      expect(screen.getByTestId('account-name').textContent).toBe('张三');
      expect(screen.getByTestId('account-role').textContent).toBe('村社干部');
      expect(screen.getByRole('button', { name: '退出' })).toBeTruthy();
      expect(screen.queryByLabelText('密码')).toBeNull();
      expect(screen.getByTestId('villages-total').textContent).toBe('42');

      const login = seen.find((op) => operationName(op) === 'Login');
      expect(login?.kind).toBe('mutation');
      // The username is trimmed, the password sent as typed.
      expect(login?.variables).toEqual({ input: { username: 'zhangsan', password: 'right-password' } });
      // `me` was asked again from the network after logging in.
      const mes = seen.filter((op) => operationName(op) === 'Me');
      expect(mes.length).toBeGreaterThanOrEqual(2);
      expect(mes.at(-1)?.context.requestPolicy).toBe('network-only');
      expect(names().indexOf('mutation:Login')).toBeLessThan(names().indexOf('query:HomeVillages'));
    });

    it('shows the mapped message for a wrong password and stays on the form', async () => {
      const { client, seen } = fakeServer();
      renderWith(client);
      await screen.findByRole('button', { name: '登录' });

      fillAndSubmit('zhangsan', 'wrong-password');

      expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误');
      expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
      expect(screen.getByLabelText<HTMLInputElement>('用户名').value).toBe('zhangsan');
      expect(screen.queryByRole('list')).toBeNull();
      // `me` is not asked again after a failed login, and it is no expired session.
      expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
      const recheck = seen.filter((op) => operationName(op) === 'Me' && op.context.requestPolicy === 'network-only');
      expect(recheck).toHaveLength(0);
    });

    it('shows the wait message when logins are rate limited', async () => {
      const { client } = clientAnswering((op) =>
        fromValue(
          operationName(op) === 'Me'
            ? makeResult(op, { data: { me: null } })
            : makeResult(op, {
                data: null,
                errors: [
                  {
                    message: 'too many failed logins for this username; try again in 2 s',
                    extensions: { code: 'RATE_LIMITED' },
                  },
                ],
              }),
        ),
      );
      renderWith(client);
      await screen.findByRole('button', { name: '登录' });
      fillAndSubmit('zhangsan', 'whatever');
      expect((await screen.findByRole('alert')).textContent).toBe('登录失败次数过多，请稍候片刻再试（账号不会被锁定）');
    });
  });

  describe('when logged in', () => {
    it('shows the display name, role and logout button in the header', async () => {
      const { client } = fakeServer({ loggedIn: true });
      renderWith(client);
      const account = await screen.findByRole('group', { name: '当前用户' });
      expect(account.textContent).toBe('张三村社干部退出');
      expect(screen.queryByLabelText('密码')).toBeNull();
    });

    it('falls back to the username when there is no display name', async () => {
      const { client } = clientAnswering((op) =>
        fromValue(
          operationName(op) === 'Me'
            ? makeResult(op, { data: { me: { ...cadre, displayName: null, role: 'DISTRICT_ADMIN' } } })
            : makeResult(op, { data: villagesData }),
        ),
      );
      renderWith(client);
      expect((await screen.findByTestId('account-name')).textContent).toBe('zhangsan');
      expect(screen.getByTestId('account-role').textContent).toBe('区级管理员');
    });

    it('logs out and returns to the login form', async () => {
      const { client, names, state } = fakeServer({ loggedIn: true });
      renderWith(client);
      await screen.findByText('汉丰街道安康社区');

      fireEvent.click(screen.getByRole('button', { name: '退出' }));

      expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
      expect(state.loggedIn).toBe(false);
      expect(names()).toContain('mutation:Logout');
      expect(screen.queryByRole('button', { name: '退出' })).toBeNull();
      expect(screen.queryByTestId('account-name')).toBeNull();
      expect(screen.queryByRole('list')).toBeNull();

      // Logging in again fetches the villages afresh (network-only).
      const before = names().filter((n) => n === 'query:HomeVillages').length;
      fillAndSubmit('zhangsan', 'right-password');
      expect(await screen.findByText('汉丰街道安康社区')).toBeTruthy();
      expect(names().filter((n) => n === 'query:HomeVillages').length).toBeGreaterThan(before);
    });

    it('shows the screen behind the login with what the API answers', async () => {
      const { client, seen } = loggedInClient((op) => makeResult(op, { data: villagesData }));
      renderWith(client);

      expect(await screen.findByText('汉丰街道安康社区')).toBeTruthy();
      const items = screen.getAllByRole('listitem');
      expect(items.map((li) => li.textContent)).toEqual(['汉丰街道安康社区', '临江镇福德村', '温泉镇白岩村']);
      expect(screen.getByTestId('villages-total').textContent).toBe('42');
      expect(screen.queryByRole('status')).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();

      // The app asks `me`, then HomeVillages (urql may re-execute queries while
      // mounting, since this client has no cache exchange); nothing else.
      const names = seen.filter((op) => op.kind === 'query').map(operationName);
      expect(names[0]).toBe('Me');
      expect(new Set(names)).toEqual(new Set(['Me', 'HomeVillages']));
    });
  });

  describe('when the session expires', () => {
    it('returns to the login form with a notice, and logs in again', async () => {
      const { client, seen, names } = fakeServer({ loggedIn: true, expireBeforeVillages: true });
      renderWith(client);

      await screen.findByText('登录已过期，请重新登录');
      expect(screen.getByRole('status').textContent).toBe('登录已过期，请重新登录');
      expect(screen.getByRole('heading', { name: '登录' })).toBeTruthy();
      expect(screen.getByLabelText('密码')).toBeTruthy();
      expect(screen.queryByRole('button', { name: '退出' })).toBeNull();
      expect(screen.queryByTestId('account-name')).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByText(/加载失败/)).toBeNull();

      // `me` was asked again from the network after the failed villages query,
      // and nothing more is asked: a null `me` is an answer, not an error.
      await settle();
      const asked = names();
      const after = seen.slice(seen.map(operationName).lastIndexOf('HomeVillages') + 1);
      expect(after.map(operationName)).toContain('Me');
      expect(new Set(after.map(operationName))).toEqual(new Set(['Me']));
      expect(after.some((op) => op.context.requestPolicy === 'network-only')).toBe(true);
      await settle();
      expect(names()).toEqual(asked);

      // A wrong password is the login form's error, not another expiry.
      fillAndSubmit('zhangsan', 'wrong-password');
      expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误');
      expect(screen.getByRole('status').textContent).toBe('登录已过期，请重新登录');
      await settle();
      expect(names()).toEqual([...asked, 'mutation:Login']);

      fillAndSubmit('zhangsan', 'right-password');
      expect(await screen.findByText('汉丰街道安康社区')).toBeTruthy();
      expect(screen.getByTestId('account-name').textContent).toBe('张三');
      expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
      expect(screen.queryByLabelText('密码')).toBeNull();
    });

    it('stays on the login form, without looping, even if `me` still answers', async () => {
      // A server that keeps refusing the villages while `me` still names the
      // account: the app must not bounce between the two.
      const { client, seen } = loggedInClient((op) =>
        makeResult(op, {
          data: null,
          errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      );
      renderWith(client);

      await screen.findByText('登录已过期，请重新登录');
      await settle();
      const count = seen.length;
      const rechecks = seen.filter((op) => operationName(op) === 'Me' && op.context.requestPolicy === 'network-only');
      expect(rechecks).toHaveLength(1);
      await settle();
      expect(seen).toHaveLength(count);
      expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: '退出' })).toBeNull();
    });

    it('shows the notice in English', async () => {
      setLocale('en');
      const { client } = fakeServer({ loggedIn: true, expireBeforeVillages: true });
      renderWith(client);
      await screen.findByText('Your session has expired. Please sign in again.');
      expect(screen.getByRole('status').textContent).toBe('Your session has expired. Please sign in again.');
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    });
  });

  it.each([
    ['401 (refused token)', 401],
    ['a GraphQL UNAUTHENTICATED error (cookie gone)', 200],
  ])('returns to the login form when the villages query gets %s (real client)', async (_name, status) => {
    let session = true;
    let expireNext = true;
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(init?.body as string) as { operationName: string };
      const json = (payload: unknown, status = 200) =>
        new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json' } });
      switch (body.operationName) {
        case 'Me':
          return json({ data: { me: session ? { __typename: 'User', ...cadre } : null } });
        case 'HomeVillages':
          if (expireNext) {
            // The session ends while the app is open.
            expireNext = false;
            session = false;
          }
          if (!session) {
            return status === 401
              ? json(
                  { errors: [{ message: 'invalid or expired token', extensions: { code: 'UNAUTHENTICATED' } }] },
                  401,
                )
              : json({
                  data: null,
                  errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }],
                });
          }
          return json({
            data: {
              villages: {
                __typename: 'VillageConnection',
                totalCount: 1,
                edges: [
                  {
                    __typename: 'VillageEdge',
                    node: { __typename: 'Village', id: 'v2', code: cadre.areaCode, name: '临江镇福德村' },
                  },
                ],
              },
            },
          });
        case 'Login':
          session = true;
          return json({
            data: {
              login: {
                __typename: 'LoginPayload',
                expiresAt: '2030-01-01T00:00:00Z',
                user: { __typename: 'User', ...cadre },
              },
            },
          });
      }
      throw new Error(`unexpected ${body.operationName}`);
    });
    const asked = () =>
      fetchMock.mock.calls.map(
        ([, init]) => (JSON.parse(init?.body as string) as { operationName: string }).operationName,
      );
    renderWith(createGraphQLClient({ fetch: fetchMock }));

    await screen.findByText('登录已过期，请重新登录');
    expect(screen.getByRole('status').textContent).toBe('登录已过期，请重新登录');
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '退出' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await settle();
    // `me` is fetched again (past the cache), then nothing more.
    const calls = asked();
    expect(calls.at(-1)).toBe('Me');
    expect(calls.filter((n) => n === 'Me')).toHaveLength(2);
    await settle();
    expect(asked()).toEqual(calls);

    fillAndSubmit('zhangsan', 'pw');
    expect(await screen.findByText('临江镇福德村')).toBeTruthy();
    expect(screen.getByTestId('account-name').textContent).toBe('张三');
    expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
  });

  it('shows no stale data after logging out and in as another account (real client with cache)', async () => {
    // A fake server behind the real client (cacheExchange + fetchExchange).
    const accounts: Record<string, { me: NonNullable<MeQuery['me']>; village: string }> = {
      zhangsan: { me: cadre, village: '临江镇福德村' },
      lisi: {
        me: { username: 'lisi', displayName: '李四', role: 'TOWN_OFFICIAL', areaCode: '500154105' },
        village: '温泉镇白岩村',
      },
    };
    let session: string | null = null;
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(init?.body as string) as {
        operationName: string;
        variables?: { input?: { username: string } };
      };
      const json = (payload: unknown) =>
        new Response(JSON.stringify(payload), { status: 200, headers: { 'Content-Type': 'application/json' } });
      const user = session ? accounts[session] : null;
      switch (body.operationName) {
        case 'Me':
          return json({ data: { me: user ? { __typename: 'User', ...user.me } : null } });
        case 'Login':
          session = body.variables?.input?.username ?? null;
          return json({
            data: {
              login: {
                __typename: 'LoginPayload',
                expiresAt: '2030-01-01T00:00:00Z',
                user: { __typename: 'User', ...accounts[session!].me },
              },
            },
          });
        case 'Logout':
          session = null;
          return json({ data: { logout: { __typename: 'LogoutPayload', ok: true } } });
        case 'HomeVillages':
          if (!user)
            return json({
              data: null,
              errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }],
            });
          return json({
            data: {
              villages: {
                __typename: 'VillageConnection',
                totalCount: 1,
                edges: [
                  {
                    __typename: 'VillageEdge',
                    node: { __typename: 'Village', id: session, code: '1', name: user.village },
                  },
                ],
              },
            },
          });
      }
      throw new Error(`unexpected ${body.operationName}`);
    });
    renderWith(createGraphQLClient({ fetch: fetchMock }));

    await screen.findByRole('button', { name: '登录' });
    fillAndSubmit('zhangsan', 'pw');
    expect(await screen.findByText('临江镇福德村')).toBeTruthy();
    expect(screen.getByTestId('account-name').textContent).toBe('张三');

    fireEvent.click(screen.getByRole('button', { name: '退出' }));
    await screen.findByRole('button', { name: '登录' });
    expect(screen.queryByText('临江镇福德村')).toBeNull();

    fillAndSubmit('lisi', 'pw');
    expect(await screen.findByText('温泉镇白岩村')).toBeTruthy();
    expect(screen.getByTestId('account-name').textContent).toBe('李四');
    expect(screen.getByTestId('account-role').textContent).toBe('镇街干部');
    expect(screen.queryByText('临江镇福德村')).toBeNull();
  });
});
