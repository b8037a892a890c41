import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeErrorResult, makeResult, type Operation } from 'urql';
import { clientAnswering, operationName } from '../test/harness';
import {
  allOutboxEntries,
  clearOutbox,
  flushOutbox,
  KEEP_SENT_MS,
  OUTBOX_HISTORY_KEY,
  OUTBOX_STORAGE_KEY,
  outboxEntries,
  reloadOutbox,
  send,
  setRetryDelay,
  statusOf,
  submit,
  type OutboxEntry,
} from './outbox';

const RAISE =
  'mutation RaiseIssue($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } userErrors { field message code } } }';

beforeEach(() => {
  localStorage.clear();
  reloadOutbox();
  setRetryDelay(() => 1);
});
afterEach(() => clearOutbox());

type Reply = 'network' | 'ok' | 'refused' | 'unavailable' | 'unauthenticated' | 'forbidden';

/** A server answering RaiseIssue with the replies in turn (the last one repeats), recording the keys it got. */
function server(...replies: Reply[]) {
  const keys: string[] = [];
  const { client } = clientAnswering((op: Operation) => {
    if (operationName(op) !== 'RaiseIssue') return undefined;
    keys.push((op.variables as { input: { idempotencyKey: string } }).input.idempotencyKey);
    const reply = replies[Math.min(keys.length, replies.length) - 1];
    switch (reply) {
      case 'network':
        return makeErrorResult(op, new TypeError('Failed to fetch'));
      case 'ok':
        return makeResult(op, { data: { raiseIssue: { issue: { id: 'i1' }, userErrors: [] } } });
      case 'refused':
        return makeResult(op, {
          data: {
            raiseIssue: {
              issue: null,
              userErrors: [{ field: ['input', 'courtyardID'], message: 'courtyard closed', code: 'FORBIDDEN' }],
            },
          },
        });
      case 'forbidden':
      case 'unavailable':
      case 'unauthenticated': {
        const code = { forbidden: 'FORBIDDEN', unavailable: 'UNAVAILABLE', unauthenticated: 'UNAUTHENTICATED' }[reply];
        return makeResult(op, { errors: [{ message: 'no', extensions: { code } }] as never });
      }
    }
  });
  return { client, keys };
}

function offline(yes: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!yes);
}

const only = (): OutboxEntry => {
  const all = allOutboxEntries();
  expect(all).toHaveLength(1);
  return all[0];
};

describe('outbox states', () => {
  it('waits while the network is down and is sent once, with the same key, when it returns', async () => {
    const { client, keys } = server('network', 'network', 'network', 'network', 'ok');
    const first = await submit(client, '收集议题', RAISE, { title: '路灯' });
    expect(first.error?.networkError).toBeTruthy();
    let e = only();
    expect(statusOf(e)).toBe('waiting');
    expect(e.attempts).toBe(4);
    expect(e.lastError).toBe('无网络');

    await flushOutbox(client);
    e = only();
    expect(statusOf(e)).toBe('sent');
    expect(e.sentAt).toBeTypeOf('number');
    expect(outboxEntries()).toEqual([]);
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(1);

    // Sent entries are not sent again.
    await flushOutbox(client);
    expect(keys).toHaveLength(5);
    // Both lists survive a reload of the page.
    reloadOutbox();
    expect(statusOf(only())).toBe('sent');
  });

  it('sends nothing while the browser is offline, then exactly once when it is back', async () => {
    const { client, keys } = server('ok');
    offline(true);
    const first = await submit(client, '收集议题', RAISE, { title: '路灯' });
    expect(first.error?.networkError).toBeTruthy();
    expect(keys).toEqual([]);
    expect(statusOf(only())).toBe('waiting');
    expect(only().lastError).toBe('无网络');
    expect(only().attempts).toBe(1);
    await flushOutbox(client);
    expect(keys).toEqual([]);

    offline(false);
    // Two flushes at once (the online event and the minute's) send it once.
    await Promise.all([flushOutbox(client), flushOutbox(client)]);
    expect(keys).toHaveLength(1);
    expect(statusOf(only())).toBe('sent');
  });

  it('keeps a refusal of a queued entry as failed, with the reason, and does not retry it by itself', async () => {
    const { client, keys } = server('network', 'network', 'network', 'network', 'refused', 'ok');
    await submit(client, '收集议题', RAISE, { title: '路灯' });
    await flushOutbox(client);
    let e = only();
    expect(statusOf(e)).toBe('failed');
    expect(e.reason).toBe('当前账号无权进行此操作（courtyard closed）');
    expect(e.failedAt).toBeTypeOf('number');
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toEqual([]);
    expect(JSON.parse(localStorage.getItem(OUTBOX_HISTORY_KEY) ?? '[]')).toHaveLength(1);

    await flushOutbox(client);
    expect(keys).toHaveLength(5);

    // Retry: the same key again, now accepted.
    await send(client, e);
    e = only();
    expect(statusOf(e)).toBe('sent');
    expect(e.reason).toBeUndefined();
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(1);
  });

  it('keeps a GraphQL refusal (an error code) of a queued entry as failed', async () => {
    const { client } = server('network', 'network', 'network', 'network', 'forbidden');
    await submit(client, '收集议题', RAISE, { title: '路灯' });
    await flushOutbox(client);
    expect(statusOf(only())).toBe('failed');
    expect(only().reason).toBe('当前账号无权进行此操作');
  });

  it('does not keep a refusal that the form showed', async () => {
    const { client } = server('refused');
    const result = await submit(client, '收集议题', RAISE, { title: '路灯' });
    expect(result.data).toBeTruthy();
    expect(allOutboxEntries()).toEqual([]);
  });

  it('waits when the server is unavailable, and stops trying when the session must be renewed', async () => {
    const unavailable = server('unavailable');
    await submit(unavailable.client, '收集议题', RAISE, { title: '路灯' });
    expect(unavailable.keys).toHaveLength(4);
    expect(statusOf(only())).toBe('waiting');
    expect(only().lastError).toBe('服务暂不可用（数据库繁忙或无法连接），请稍后再试');
    clearOutbox();

    const relogin = server('unauthenticated', 'ok');
    await submit(relogin.client, '收集议题', RAISE, { title: '路灯' });
    expect(relogin.keys).toHaveLength(1);
    expect(statusOf(only())).toBe('waiting');
    await flushOutbox(relogin.client);
    expect(statusOf(only())).toBe('sent');
  });

  it('discards an entry', async () => {
    const { client } = server('network');
    await submit(client, '收集议题', RAISE, { title: '路灯' });
    clearOutbox(only().key);
    expect(allOutboxEntries()).toEqual([]);
    reloadOutbox();
    expect(allOutboxEntries()).toEqual([]);
  });

  it('lists sent entries for a week, failed ones until discarded', () => {
    const now = Date.now();
    const base = { label: 'x', query: RAISE, variables: { input: {} }, attempts: 0, createdAt: now - 2 * KEEP_SENT_MS };
    localStorage.setItem(
      OUTBOX_HISTORY_KEY,
      JSON.stringify([
        { ...base, key: 'old', status: 'sent', sentAt: now - KEEP_SENT_MS - 1000 },
        { ...base, key: 'new', status: 'sent', sentAt: now - 1000 },
        { ...base, key: 'refused', status: 'failed', failedAt: now - 2 * KEEP_SENT_MS, reason: 'no' },
      ]),
    );
    reloadOutbox();
    expect(allOutboxEntries().map((e) => e.key)).toEqual(['new', 'refused']);
  });
});
