import { beforeEach, describe, expect, it } from 'vitest';
import { Client, makeErrorResult, makeResult, type Exchange, type Operation, type OperationResult } from 'urql';
import { fromValue, mergeMap, never, pipe } from 'wonka';
import { MeQuery, LogoutMutation } from '../auth';
import { TicketServiceTypesQuery } from '../forms/TicketForms';
import { operationName } from '../test/harness';
import { OFFLINE_CACHE_KEY, offlineExchange } from './offlineCache';

beforeEach(() => localStorage.clear());

/** A client whose server answers with `answer(op)` (network-only: urql's own cache is left out). */
function clientWith(answer: (op: Operation) => OperationResult) {
  const server: Exchange = () => (ops$) =>
    pipe(
      ops$,
      mergeMap((op) => (op.kind === 'teardown' ? never : fromValue(answer(op)))),
    );
  return new Client({ url: '/query', exchanges: [offlineExchange, server], requestPolicy: 'network-only' });
}

const viewer = { username: 'officer', displayName: '专员', role: 'COURTYARD_OFFICER', areaCode: '500154001001' };
const types = { serviceTypes: [{ id: 's1', name: '低保' }] };

describe('offline answers', () => {
  it('gives the last answer of me and the catalogues when the network fails', async () => {
    let down = false;
    const client = clientWith((op) => {
      if (down) return makeErrorResult(op, new TypeError('Failed to fetch'));
      return makeResult(op, { data: operationName(op) === 'Me' ? { me: viewer } : types });
    });
    expect((await client.query(MeQuery, {}).toPromise()).data?.me).toEqual(viewer);
    await client.query(TicketServiceTypesQuery, {}).toPromise();

    down = true;
    const me = await client.query(MeQuery, {}).toPromise();
    expect(me.error).toBeUndefined();
    expect(me.data?.me).toEqual(viewer);
    const offline = await client.query(TicketServiceTypesQuery, {}).toPromise();
    expect(offline.data).toEqual(types);
  });

  it('gives the network error for a query never answered, or not kept', async () => {
    const client = clientWith((op) => makeErrorResult(op, new TypeError('Failed to fetch')));
    expect((await client.query(MeQuery, {}).toPromise()).error?.networkError).toBeTruthy();
  });

  it('forgets everything when the server says there is no session, or after a logout', async () => {
    let me: typeof viewer | null = viewer;
    const client = clientWith((op) => {
      if (operationName(op) === 'Logout') return makeResult(op, { data: { logout: { ok: true } } });
      return makeResult(op, { data: operationName(op) === 'Me' ? { me } : types });
    });
    await client.query(MeQuery, {}).toPromise();
    await client.query(TicketServiceTypesQuery, {}).toPromise();
    const kept = JSON.parse(localStorage.getItem(OFFLINE_CACHE_KEY) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(kept).sort()).toEqual(['Me:{}', 'TicketServiceTypes:{}']);

    me = null;
    await client.query(MeQuery, {}).toPromise();
    expect(localStorage.getItem(OFFLINE_CACHE_KEY)).toBeNull();

    me = viewer;
    await client.query(MeQuery, {}).toPromise();
    expect(localStorage.getItem(OFFLINE_CACHE_KEY)).not.toBeNull();
    await client.mutation(LogoutMutation, {}).toPromise();
    expect(localStorage.getItem(OFFLINE_CACHE_KEY)).toBeNull();
  });
});
