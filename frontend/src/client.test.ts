import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, CombinedError, makeResult, type Exchange } from 'urql';
import { filter, map, pipe, subscribe } from 'wonka';
import { LoginMutation, MeQuery } from './auth';
import {
  createGraphQLClient,
  GRAPHQL_ENDPOINT,
  isUnauthenticated,
  languageHeaders,
  LOGIN_ATTEMPT,
  onUnauthenticated,
  unauthenticatedExchange,
  type UnauthenticatedListener,
} from './client';
import { defaultLocale, setLocale } from './i18n';
import { HomeVillagesQuery } from './VillagesList.fixture';

const json = (payload: unknown, status = 200) =>
  new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json' } });
const unauthenticated = { message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } };
const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createGraphQLClient', () => {
  it('POSTs queries as JSON to /query', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify({ data: { villages: { totalCount: 1, edges: [] } } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    const client = createGraphQLClient({ fetch: fetchMock });

    const result = await client.query(HomeVillagesQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data?.villages.totalCount).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(GRAPHQL_ENDPOINT).toBe('/query');
    expect(url).toBe('/query');
    expect(init?.method).toBe('POST');
    const body = JSON.parse(init?.body as string) as { operationName?: string; query: string };
    expect(body.operationName).toBe('HomeVillages');
    expect(body.query).toContain('villages(first: 5)');
  });
});

describe('the language header', () => {
  const ok = () => Promise.resolve(json({ data: { villages: { totalCount: 0, edges: [] } } }));
  const sentLanguage = (fetchMock: ReturnType<typeof vi.fn<typeof fetch>>, call: number) =>
    new Headers(fetchMock.mock.calls[call][1]?.headers).get('Accept-Language');

  afterEach(() => setLocale(defaultLocale));

  it('sends the current locale as Accept-Language, read at each request', async () => {
    const fetchMock = vi.fn<typeof fetch>(ok);
    const client = createGraphQLClient({ fetch: fetchMock });

    await client.query(HomeVillagesQuery, {}).toPromise();
    expect(sentLanguage(fetchMock, 0)).toBe('zh-CN');

    setLocale('en');
    await client.query(HomeVillagesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(sentLanguage(fetchMock, 1)).toBe('en');
    expect(languageHeaders()).toEqual({ 'Accept-Language': 'en' });
  });

  it("keeps the caller's fetch options and headers", async () => {
    const fetchMock = vi.fn<typeof fetch>(ok);
    const client = createGraphQLClient({
      fetch: fetchMock,
      fetchOptions: () => ({ credentials: 'include', headers: { 'X-Request-Id': 'abc' } }),
    });

    await client.query(HomeVillagesQuery, {}).toPromise();
    const init = fetchMock.mock.calls[0][1];
    expect(init?.credentials).toBe('include');
    expect(new Headers(init?.headers).get('X-Request-Id')).toBe('abc');
    expect(sentLanguage(fetchMock, 0)).toBe('zh-CN');
  });
});

describe('isUnauthenticated', () => {
  it('is true for an UNAUTHENTICATED GraphQL error or an HTTP 401', () => {
    const gql = (code?: string) =>
      new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: code ? { code } : {} })] });
    expect(isUnauthenticated(gql('UNAUTHENTICATED'))).toBe(true);
    expect(
      isUnauthenticated(new CombinedError({ networkError: new Error('Unauthorized'), response: { status: 401 } })),
    ).toBe(true);

    expect(isUnauthenticated(gql('FORBIDDEN'))).toBe(false);
    expect(isUnauthenticated(gql())).toBe(false);
    expect(isUnauthenticated(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(false);
    for (const status of [403, 429, 500]) {
      expect(isUnauthenticated(new CombinedError({ networkError: new Error('x'), response: { status } }))).toBe(false);
    }
  });
});

describe('onUnauthenticated', () => {
  it.each([
    [
      'a 401 with a JSON body',
      () => json({ errors: [{ ...unauthenticated, message: 'invalid or expired token' }] }, 401),
    ],
    ['a 401 without a JSON body', () => new Response('Unauthorized', { status: 401, statusText: 'Unauthorized' })],
    ['an UNAUTHENTICATED GraphQL error', () => json({ data: null, errors: [unauthenticated] })],
  ])('reports %s to the listeners', async (_name, answer) => {
    const client = createGraphQLClient({ fetch: vi.fn(() => Promise.resolve(answer())) });
    const listener = vi.fn<UnauthenticatedListener>();
    const stop = onUnauthenticated(client, listener);

    const result = await client.query(HomeVillagesQuery, {}).toPromise();
    expect(result.error).toBeDefined();
    await flushMicrotasks();
    expect(listener).toHaveBeenCalledTimes(1);
    const [error, operation] = listener.mock.calls[0];
    expect(error).toBe(result.error);
    expect(operation.key).toBe(result.operation.key);

    stop();
    await client.query(HomeVillagesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    await flushMicrotasks();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('calls listeners in a microtask, not while the result is being delivered', async () => {
    // An exchange answering synchronously, as urql may do while React renders.
    const answer: Exchange = () => (ops$) =>
      pipe(
        ops$,
        filter((op) => op.kind !== 'teardown'),
        map((op) => makeResult(op, { data: null, errors: [unauthenticated] })),
      );
    const client = new Client({ url: GRAPHQL_ENDPOINT, exchanges: [unauthenticatedExchange, answer] });
    const listener = vi.fn();
    onUnauthenticated(client, listener);

    let callsWhenDelivered = -1;
    const subscription = pipe(
      client.query(HomeVillagesQuery, {}),
      subscribe(() => {
        callsWhenDelivered = listener.mock.calls.length;
      }),
    );
    subscription.unsubscribe();
    expect(callsWhenDelivered).toBe(0);
    await flushMicrotasks();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores other results, login attempts and other clients', async () => {
    let answer = () => json({ data: { me: null } });
    const client = createGraphQLClient({ fetch: vi.fn(() => Promise.resolve(answer())) });
    const other = createGraphQLClient({ fetch: vi.fn(() => Promise.resolve(answer())) });
    const listener = vi.fn();
    onUnauthenticated(client, listener);

    // A null `me` is an answer, not an error; other errors are not about the session.
    expect((await client.query(MeQuery, {}).toPromise()).error).toBeUndefined();
    answer = () => json({ data: null, errors: [{ message: 'permission denied', extensions: { code: 'FORBIDDEN' } }] });
    await client.query(HomeVillagesQuery, {}).toPromise();
    answer = () =>
      json({ errors: [{ message: 'too many requests; slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429);
    await client.query(HomeVillagesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    // A wrong password is not a lost session.
    answer = () => json({ data: null, errors: [{ ...unauthenticated, message: 'wrong username or password' }] });
    const login = await client
      .mutation(LoginMutation, { input: { username: 'zhangsan', password: 'wrong' } }, LOGIN_ATTEMPT)
      .toPromise();
    expect(login.error?.graphQLErrors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Another client's lost session is not this one's.
    answer = () => json({ data: null, errors: [unauthenticated] });
    await other.query(HomeVillagesQuery, {}).toPromise();

    await flushMicrotasks();
    expect(listener).not.toHaveBeenCalled();
  });
});
