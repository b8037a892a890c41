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

/** The paths of the screens that pick a period (usePeriod): the overviews, a courtyard, four boards, the briefing, the big screen. */
const periodScreens =
  /^\/($|town\/|village\/|courtyard\/|boards\/(evaluation|gaps|lectures|red)\b|print\/briefing|screen\b)/;

/**
 * Asks for `me` at once and, on a screen that picks a period, for the latest
 * data's date (its default period) in parallel. When the app opens on the
 * overview of the account's area ("/") and the account's start page is the
 * overview, not an officer's home, it then asks for what that screen shows
 * first, with the variables its components ask with: the overview's figures
 * and the district's name, then (once the figures are in) the red flags.
 * Resolves when all have answered (for tests; the app does not wait).
 */
export async function prefetchFirstScreen(client: Client, location: { pathname: string; search: string }) {
  const me = client.query(MeDocument, {}).toPromise();
  const fromUrl = parsePeriod(new URLSearchParams(location.search).get('period'));
  // The screens with a period picker default to the latest data's period.
  const latest =
    fromUrl || !periodScreens.test(location.pathname) ? null : client.query(LatestDataDocument, {}).toPromise();
  if (location.pathname !== '/') {
    await Promise.all([me, latest]);
    return;
  }
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
