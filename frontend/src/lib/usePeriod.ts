// The period of a screen, kept in the URL (?period=2024Q2); by default the
// latest quarter the data reach (dataRange), so a database whose records end
// before today opens on its data — the current quarter only when the data
// reach today.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { parsePeriod, periodAt, previousPeriod, type Period, type PeriodKind } from './period';

export const LatestDataQuery = graphql(`
  query LatestData {
    dataRange {
      to
      latestQuarter: latestPeriod(bucket: QUARTER)
    }
  }
`);

/**
 * The latest instant the account's data reach (dataRange.to): null while it
 * loads, now when there are no records or the server cannot say. Pickers
 * default to the periods that hold it.
 */
export function useLatestData(pause = false): Date | null {
  const [{ data, error }] = useQuery({ query: LatestDataQuery, pause });
  const to = data?.dataRange.to;
  return useMemo(() => {
    if (to) return new Date(to);
    if (data || error) return new Date();
    return null;
  }, [to, data, error]);
}

/**
 * The screen's period from ?period=, else the period of kind `kind` (a
 * quarter unless the board counts by years or half-years) that holds the
 * latest data; a period in the URL of a kind not in `kinds` (when given) is
 * taken as the one of the default kind that holds its start. `chosen` tells
 * whether the period is the address's rather than the default.
 */
export function usePeriod(kind: PeriodKind = 'quarter', kinds?: PeriodKind[]) {
  const [params, setParams] = useSearchParams();
  const parsed = parsePeriod(params.get('period'));
  const fromUrl = parsed && kinds && !kinds.includes(parsed.kind) ? periodAt(kind, new Date(parsed.from)) : parsed;
  const latest = useLatestData(!!fromUrl);
  const period: Period | null = useMemo(
    () => fromUrl ?? (latest ? periodAt(kind, latest) : null),
    // Keyed by the label: a period parsed from the URL is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fromUrl?.label, latest, kind],
  );

  function setPeriod(label: string) {
    const next = new URLSearchParams(params);
    next.set('period', label);
    setParams(next);
  }

  // chosen: the period is the address's, not the default.
  return { period, prev: period ? previousPeriod(period) : null, chosen: !!fromUrl, setPeriod, params };
}

/** The `count` periods of `kind` ending with the one that holds `p`. */
export function periodChoices(kind: PeriodKind, p: Period, count = 12): Period[] {
  const out: Period[] = [];
  let cur = periodAt(kind, new Date(new Date(p.to).getTime() - 1000));
  // Allow a few periods after p too, up to today.
  const now = Date.now();
  let ahead = periodAt(kind, new Date(new Date(cur.to).getTime() + 1000));
  const after: Period[] = [];
  while (after.length < 4 && new Date(ahead.from).getTime() <= now) {
    after.push(ahead);
    ahead = periodAt(kind, new Date(new Date(ahead.to).getTime() + 1000));
  }
  for (let i = 0; i < count; i++) {
    out.unshift(cur);
    cur = previousPeriod(cur);
  }
  return [...out, ...after];
}
