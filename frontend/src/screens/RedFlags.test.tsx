import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Operation } from 'urql';
import { byName, clientAnswering, renderScreen } from '../test/harness';
import { RedFlags } from './RedFlags';

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

const flags = {
  redFlags: {
    asOf: '2026-06-30T02:00:00Z',
    flags: [
      {
        kind: 'TICKET_OVERDUE',
        totalCount: 9,
        threshold: 7,
        items: [item('t1', '低保申请', { detail: '办理中', officer: '王代办', officerRole: 'AGENT', days: 12 })],
      },
      { kind: 'ISSUE_STUCK', totalCount: 1, threshold: 30, items: [item('i1', '修水管', { days: 45 })] },
      { kind: 'VACANT_POST', totalCount: 0, threshold: 0, items: [] },
      {
        kind: 'OFFICER_NEAR_FAILING',
        totalCount: 1,
        threshold: 0.5,
        items: [item('ra1', '服务态度 · 2026H1', { officer: '李院坝长', officerRole: 'HEAD', score: 2.67 })],
      },
      { kind: 'THEME_UNLECTURED', totalCount: 0, threshold: 21, items: [] },
    ],
  },
};

describe('RedFlags (the overview strip)', () => {
  it('shows each flag as a count that opens its list, with links keeping the area', async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        RedFlags: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return flags;
        },
      }),
    );
    renderScreen(<RedFlags area={{ level: 'town', id: 'town1' }} />, { client });
    const strip = await screen.findByRole('region', { name: '今日红灯' });
    expect(vars).toEqual({ area: 'town1', first: 5 });
    const tickets = within(strip).getByRole('button', { name: /代办超期/ });
    expect(tickets.textContent).toContain('9');
    expect(tickets.textContent).toContain('超期 7 天以上');
    // A flag without records cannot open.
    expect(within(strip).getByRole<HTMLButtonElement>('button', { name: /岗位空缺/ }).disabled).toBe(true);
    expect(tickets.getAttribute('aria-expanded')).toBe('false');

    act(() => tickets.click());
    expect(tickets.getAttribute('aria-expanded')).toBe('true');
    const link = within(strip).getByRole('link', { name: /低保申请/ });
    expect(link.getAttribute('href')).toBe('/forms/ticket/t1');
    // Place, status, the responsible officer and how long.
    expect(link.textContent).toContain('临江镇 · 三星村 · 水桶湾院坝');
    expect(link.textContent).toContain('王代办');
    expect(link.textContent).toContain('12 天');
    // More than shown: the board, filtered to the same town.
    expect(within(strip).getByRole('link', { name: '还有 8 项' }).getAttribute('href')).toBe(
      '/boards/tickets?town=town1',
    );

    const near = within(strip).getByRole('button', { name: /临近不合格/ });
    act(() => near.click());
    expect(tickets.getAttribute('aria-expanded')).toBe('false');
    const officer = within(strip).getByRole('link', { name: /服务态度/ });
    expect(officer.textContent).toContain('评分 2.67');
    expect(officer.getAttribute('href')).toBe('/boards/evaluation?town=town1');
    expect(within(strip).getByRole('link', { name: '查看看板' }).getAttribute('href')).toBe(
      '/boards/evaluation?town=town1',
    );
    act(() => near.click());
    expect(within(strip).queryByRole('link')).toBeNull();
  });

  it("asks for the account's own area on the district overview", async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        RedFlags: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return flags;
        },
      }),
    );
    renderScreen(<RedFlags area={{ level: 'district' }} />, { client });
    await screen.findByRole('region', { name: '今日红灯' });
    expect(vars).toEqual({ area: null, first: 5 });
  });
});
