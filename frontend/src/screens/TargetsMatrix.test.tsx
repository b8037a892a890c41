import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Operation } from 'urql';
import { byName, clientAnswering, renderScreen } from '../test/harness';
import { TargetsMatrix } from './TargetsMatrix';

const cell = (metric: string, value: number | null, status: string, extra: Record<string, unknown> = {}) => ({
  metric,
  value,
  status,
  ytd: value,
  ytdStatus: status,
  lastYear: null,
  change: null,
  target: 0.95,
  ...extra,
});
const row = (id: string, code: string, name: string, cells: ReturnType<typeof cell>[]) => ({
  area: { id, code, name },
  cells,
});

const matrix = {
  targetMatrix: {
    level: 'TOWN',
    period: '2026Q2',
    asOf: '2026-06-30T00:00:00Z',
    columns: [
      { metric: 'TICKETS_ON_TIME_SHARE', label: '按时办结率', unit: 'share', polarity: 'UP', target: 0.95 },
      { metric: 'TICKETS_OVERDUE', label: '超期件数', unit: 'count', polarity: 'DOWN', target: 0 },
    ],
    rows: [
      row('t1', '500154001', '甲镇', [
        cell('TICKETS_ON_TIME_SHARE', 0.97, 'GREEN', { lastYear: 0.9, change: 0.07 }),
        cell('TICKETS_OVERDUE', 3, 'RED', { target: 0 }),
      ]),
      row('t2', '500154002', '乙镇', [
        cell('TICKETS_ON_TIME_SHARE', 0.9, 'AMBER'),
        cell('TICKETS_OVERDUE', 0, 'GREEN', { target: 0 }),
      ]),
      row('t3', '500154003', '丙镇', [
        cell('TICKETS_ON_TIME_SHARE', null, 'NONE'),
        cell('TICKETS_OVERDUE', 1, 'RED', { target: 0 }),
      ]),
    ],
    total: row('d', '500154', '开州区', [
      cell('TICKETS_ON_TIME_SHARE', 0.93, 'AMBER'),
      cell('TICKETS_OVERDUE', 4, 'RED'),
    ]),
  },
};

const names = () => screen.getAllByTestId('targets-row').map((r) => within(r).getByRole('rowheader').textContent);

describe('TargetsMatrix', () => {
  it('shows each cell with a light that is not colour alone, and sorts by a header', async () => {
    let vars: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        TargetMatrix: (op: Operation) => {
          vars = op.variables as Record<string, unknown>;
          return matrix;
        },
      }),
    );
    renderScreen(
      <TargetsMatrix
        area={{ level: 'district' }}
        period={{ kind: 'QUARTER', label: '2026Q2', from: '', to: '' } as never}
      />,
      { client },
    );
    await screen.findByTestId('targets-matrix');
    expect(vars).toEqual({ area: null, period: '2026Q2' });
    expect(names()).toEqual(['甲镇', '乙镇', '丙镇', '开州区合计']);
    // Lights carry a text and an aria-label.
    expect(screen.getByRole('img', { name: '甲镇 超期件数: 未达标' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '乙镇 按时办结率: 接近' }).textContent).toContain('接近');
    expect(screen.getByRole('img', { name: '丙镇 按时办结率: 无数据' })).toBeTruthy();
    // Targets in the header, with their direction.
    expect(screen.getByRole('columnheader', { name: /按时办结率/ }).textContent).toContain('≥');
    expect(screen.getByRole('columnheader', { name: /超期件数/ }).textContent).toContain('≤');
    // Sorting: value high first, then low first, then worst status first; the total stays last.
    fireEvent.click(screen.getByTestId('targets-sort-TICKETS_OVERDUE'));
    expect(names()).toEqual(['甲镇', '丙镇', '乙镇', '开州区合计']);
    fireEvent.click(screen.getByTestId('targets-sort-TICKETS_OVERDUE'));
    expect(names()).toEqual(['乙镇', '丙镇', '甲镇', '开州区合计']);
    fireEvent.click(screen.getByTestId('targets-sort-TICKETS_ON_TIME_SHARE'));
    expect(names()).toEqual(['甲镇', '乙镇', '丙镇', '开州区合计']);
  }, 60_000);
});
