// The first screen's data asked for as soon as the app starts (issue 21 item
// 7), in parallel with loading the screen's chunk, instead of one request
// after another as the components mount (me → the screen → the latest data →
// the overview). The answers go through the client, so the screens' own
// queries (same documents, same variables) find them in urql's cache, or
// join them while they are still on their way (the client sends a query that
// is in flight once).
import { createRequest, type Client } from 'urql';
import { homeRoles } from '../auth';
import {
  AreaMapDocument,
  AreaOverviewDocument,
  DistrictInfoDocument,
  LatestDataDocument,
  MeDocument,
} from '../gql/graphql';
import { defaultMapMetric } from './area';
import { keptAnswer } from './offlineCache';
import { parsePeriod } from './period';

/** The paths of the screens that pick a period (usePeriod): the overviews, a courtyard, four boards, the briefing, the big screen. */
const periodScreens =
  /^\/($|town\/|village\/|courtyard\/|boards\/(evaluation|gaps|lectures|red)\b|print\/briefing|screen\b)/;

/** The role of the account this browser last saw (the kept answer of `me`, lib/offlineCache), if any. */
function lastRole(client: Client): string | undefined {
  const op = client.createRequestOperation('query', createRequest(MeDocument, {}));
  return (keptAnswer(op) as { me?: { role?: string } | null } | undefined)?.me?.role;
}

/**
 * Asks for `me` at once and, on a screen that picks a period, for the latest
 * data's date (its default period) in parallel. When the app opens on the
 * overview of the account's area ("/") and the account's start page is the
 * overview, not an officer's home, it also asks for what that screen shows
 * first, with the variables its components ask with: the overview's figures
 * (of the period in the address, else with none: the server's default is the
 * latest data's quarter, the picker's default) and the district's name, then
 * (once the figures are in) the map of the figures' period, coloured by its
 * default metric. Whose start page it is, is known from the role this browser
 * last saw; else once `me` has answered.
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
  const role = lastRole(client) ?? (await me).data?.me?.role;
  if (!role || homeRoles.includes(role)) {
    await Promise.all([me, latest]);
    return;
  }
  const district = client.query(DistrictInfoDocument, {}).toPromise();
  // The map once the figures are in (lib/priority: the cards first): its
  // request leaves now rather than once the cards have been drawn and laid
  // out, which is when the map's component asks. Its answer is computed in
  // 20 ms; the red flags' (150-200 ms of the server's cores) are asked for by
  // their strip once the cards are drawn, so as not to slow them.
  const figures = await client.query(AreaOverviewDocument, { area: null, period: fromUrl?.label ?? null }).toPromise();
  const period = figures.data?.overview.period;
  await Promise.all([
    me,
    latest,
    district,
    period && client.query(AreaMapDocument, { area: null, metric: defaultMapMetric, period }).toPromise(),
  ]);
}
