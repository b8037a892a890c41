// The first screen's data asked for as soon as the app starts (issue 21 item
// 7), in parallel with loading the screen's chunk, instead of one request
// after another as the components mount (me → the screen → the latest data →
// the overview). The answers go through the client, so the screens' own
// queries (same documents, same variables) find them in urql's cache, or
// join them while they are still on their way (the client sends a query that
// is in flight once).
import type { Client } from 'urql';
import {
  AreaOverviewDocument,
  DistrictInfoDocument,
  LatestDataDocument,
  MeDocument,
  RedFlagsDocument,
} from '../gql/graphql';
import { homeRoles } from '../Layout';
import { parsePeriod, periodAt } from './period';

/**
 * Asks for `me` at once and, when the app opens on the overview of the
 * account's area ("/"), for what its first screen shows: the latest data's
 * date (the default period) in parallel with `me`, then — for an account
 * whose start page is the overview, not an officer's home — the overview's
 * figures and the district's name, then (once the figures are in) the red
 * flags, with the variables the overview's components ask with. Resolves when all have answered (for
 * tests; the app does not wait).
 */
export async function prefetchFirstScreen(client: Client, location: { pathname: string; search: string }) {
  const me = client.query(MeDocument, {}).toPromise();
  if (location.pathname !== '/') {
    await me;
    return;
  }
  const fromUrl = parsePeriod(new URLSearchParams(location.search).get('period'));
  const latest = fromUrl ? null : client.query(LatestDataDocument, {}).toPromise();
  const role = (await me).data?.me?.role;
  if (!role || homeRoles.includes(role)) return;
  const extras: Promise<unknown>[] = [client.query(DistrictInfoDocument, {}).toPromise()];
  let period = fromUrl;
  if (!period && latest) {
    // As usePeriod: the quarter of the latest data, now when the server cannot say.
    const to = (await latest).data?.dataRange.to;
    period = periodAt('quarter', to ? new Date(to) : new Date());
  }
  // The red flags once the figures are in (lib/priority: the cards first).
  if (period) await client.query(AreaOverviewDocument, { area: null, period: period.label }).toPromise();
  extras.push(client.query(RedFlagsDocument, { area: null, first: 5 }).toPromise());
  await Promise.all(extras);
}
