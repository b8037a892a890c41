// The period pickers' default: the latest period the data reach (dataRange),
// not today's, so a database whose records end on 2024-06-30 opens on 2024Q2.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { byName, clientAnswering, renderScreen } from '../test/harness';
import { usePeriod, useLatestData } from './usePeriod';

function Picked() {
  const { period, prev } = usePeriod();
  return <p data-testid="period">{period ? `${period.label} ${prev!.label}` : 'loading'}</p>;
}

function Latest() {
  const latest = useLatestData();
  return <p data-testid="latest">{latest ? latest.toISOString() : 'loading'}</p>;
}

const endsMid2024 = { LatestData: { dataRange: { to: '2024-06-30T09:30:00Z', latestQuarter: '2024Q2' } } };

describe('usePeriod', () => {
  it('defaults to the quarter that holds the latest data, not the current one', async () => {
    const { client } = clientAnswering(byName(endsMid2024));
    renderScreen(<Picked />, { client });
    await waitFor(() => expect(screen.getByTestId('period').textContent).toBe('2024Q2 2024Q1'));
  });

  it('keeps the period the URL gives, without asking for the data range', () => {
    const { client, seen } = clientAnswering(byName(endsMid2024));
    renderScreen(<Picked />, { client, url: '/?period=2023Q4' });
    expect(screen.getByTestId('period').textContent).toBe('2023Q4 2023Q3');
    expect(seen.length).toBe(0);
  });

  it('falls back to today when there are no records', async () => {
    const { client } = clientAnswering(byName({ LatestData: { dataRange: { to: null, latestQuarter: null } } }));
    renderScreen(<Latest />, { client });
    await waitFor(() => expect(screen.getByTestId('latest').textContent).not.toBe('loading'));
    expect(Math.abs(new Date(screen.getByTestId('latest').textContent).getTime() - Date.now())).toBeLessThan(60_000);
  });
});
