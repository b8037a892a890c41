import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeResult, type Operation } from 'urql';
import { clientAnswering, operationName, renderScreen } from '../test/harness';
import { allOutboxEntries, clearOutbox, OUTBOX_HISTORY_KEY, OUTBOX_STORAGE_KEY, reloadOutbox } from '../lib/outbox';
import { Outbox } from './Outbox';
import { OutboxBanner } from '../forms/OutboxBanner';

const RAISE =
  'mutation RaiseIssue($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } userErrors { field message code } } }';
const now = Date.now();
const entry = (key: string, title: string) => ({
  key,
  label: '收集议题',
  query: RAISE,
  variables: { input: { title, idempotencyKey: key } },
  createdAt: now - 60_000,
  attempts: 0,
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    OUTBOX_STORAGE_KEY,
    JSON.stringify([{ ...entry('w', '路灯'), attempts: 2, lastError: '无网络', status: 'waiting' }]),
  );
  localStorage.setItem(
    OUTBOX_HISTORY_KEY,
    JSON.stringify([
      { ...entry('s', '水管'), status: 'sent', sentAt: now - 30_000 },
      { ...entry('f', '占道'), status: 'failed', failedAt: now, reason: '当前账号无权进行此操作' },
    ]),
  );
  reloadOutbox();
  return () => clearOutbox();
});

function serverKeys() {
  const keys: string[] = [];
  const { client } = clientAnswering((op: Operation) => {
    if (operationName(op) !== 'RaiseIssue') return undefined;
    keys.push((op.variables as { input: { idempotencyKey: string } }).input.idempotencyKey);
    return makeResult(op, { data: { raiseIssue: { issue: { id: 'i1' }, userErrors: [] } } });
  });
  return { client, keys };
}

describe('the outbox screen', () => {
  it('lists waiting, sent and refused entries, with why', () => {
    const { client } = serverKeys();
    renderScreen(<Outbox />, { client, url: '/outbox' });
    const items = screen.getAllByTestId('outbox-item');
    expect(items.map((i) => i.dataset.status)).toEqual(['failed', 'waiting', 'sent']);
    expect(items[0].textContent).toContain('收集议题：占道');
    expect(items[0].textContent).toContain('原因：当前账号无权进行此操作');
    expect(items[1].textContent).toContain('上次未送达：无网络');
    expect(items[1].textContent).toContain('已尝试 2 次');
    expect(items[2].textContent).toContain('发送于');
    // Sent entries can be neither retried nor discarded.
    expect(within(items[2]).queryByRole('button')).toBeNull();
  });

  it('retries a refused entry with its key, and discards after asking', async () => {
    const { client, keys } = serverKeys();
    renderScreen(<Outbox />, { client, url: '/outbox' });
    const failed = screen.getAllByTestId('outbox-item')[0];
    fireEvent.click(within(failed).getByRole('button', { name: '立即重试' }));
    await waitFor(() => expect(allOutboxEntries().find((e) => e.key === 'f')?.status).toBe('sent'));
    expect(keys).toEqual(['f']);

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const waiting = () => screen.getAllByTestId('outbox-item').find((i) => i.dataset.status === 'waiting')!;
    fireEvent.click(within(waiting()).getByRole('button', { name: '放弃' }));
    expect(allOutboxEntries().some((e) => e.key === 'w')).toBe(true);
    fireEvent.click(within(waiting()).getByRole('button', { name: '放弃' }));
    expect(allOutboxEntries().some((e) => e.key === 'w')).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(keys).toEqual(['f']);
  });

  it('clears the sent entries', () => {
    const { client } = serverKeys();
    renderScreen(<Outbox />, { client, url: '/outbox' });
    fireEvent.click(screen.getByRole('button', { name: '清除已发送' }));
    expect(screen.getAllByTestId('outbox-item').map((i) => i.dataset.status)).toEqual(['failed', 'waiting']);
  });
});

describe('the outbox banner', () => {
  it('says what waits and what was refused, and leads to the outbox', () => {
    const { client } = serverKeys();
    renderScreen(<OutboxBanner />, { client, url: '/forms' });
    const banner = screen.getByTestId('outbox-banner');
    expect(banner.textContent).toContain('1 条记录因网络中断尚未提交');
    expect(banner.textContent).toContain('1 条记录被拒绝');
    expect(within(banner).getByRole('link', { name: '查看待发记录' }).getAttribute('href')).toBe('/outbox');
    expect(banner.textContent).not.toContain('当前无网络');
  });

  it('on the outbox itself says only that there is no network', () => {
    const { client } = serverKeys();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderScreen(<OutboxBanner />, { client, url: '/outbox' });
    const banner = screen.getByTestId('outbox-banner');
    expect(banner.textContent).toContain('当前无网络');
    expect(banner.textContent).not.toContain('尚未提交');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('is not shown when nothing waits and the network is up', () => {
    clearOutbox();
    const { client } = serverKeys();
    renderScreen(<OutboxBanner />, { client, url: '/forms' });
    expect(screen.queryByTestId('outbox-banner')).toBeNull();
  });
});
