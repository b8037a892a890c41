// The period of a screen, kept in the URL (?period=2024Q2); by default the
// quarter of the latest recorded ticket, so a demo database opens on its data.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { isOver, parsePeriod, periodAt, previousPeriod, type Period, type PeriodKind } from './period';

export const LatestActivityQuery = graphql(`
  query LatestActivity {
    tickets(first: 1, orderBy: [{ field: SUBMITTED_AT, direction: DESC }]) {
      edges {
        node {
          id
          submittedAt
        }
      }
    }
  }
`);

export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const fromUrl = parsePeriod(params.get('period'));
  const [{ data, error }] = useQuery({ query: LatestActivityQuery, pause: !!fromUrl });
  const latest = data?.tickets.edges?.[0]?.node?.submittedAt;
  const period: Period | null = useMemo(() => {
    if (fromUrl) return fromUrl;
    if (latest) {
      // The latest quarter with activity, if it is over; else the one before
      // (a quarter under way compares badly with a whole one).
      const q = periodAt('quarter', new Date(latest));
      return isOver(q) ? q : previousPeriod(q);
    }
    if (data || error) return periodAt('quarter', new Date());
    return null;
  }, [fromUrl, latest, data, error]);

  function setPeriod(label: string) {
    const next = new URLSearchParams(params);
    next.set('period', label);
    setParams(next);
  }

  return { period, prev: period ? previousPeriod(period) : null, setPeriod, params };
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
