// The SPA's routes. Filters and selections live in the URL (path and query
// string), so a shared link opens the same view. Screens are loaded lazily:
// the first route carries only the frame and its own screen.
import { Suspense, type ComponentType, type ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import App, { useMe } from './App';
import { homeRoles } from './auth';
import { Layout } from './Layout';
import { preloadable } from './lib/preloadable';
import { Loading } from './ui';

/** What each route's element loads, to ask for it before the route renders (preloadFirstScreen). */
const preloads = new WeakMap<ReactElement, () => Promise<unknown>>();

/** The screen exported as name by the module load() imports: loaded on first use, or preloaded. */
function screen(load: () => Promise<object>, name: string) {
  const C = preloadable(load, (m) => (m as Record<string, ComponentType>)[name]);
  const element = <C />;
  preloads.set(element, C.preload);
  return element;
}

function gate(children: ReactElement, wide = true) {
  const element = (
    <App wide={wide}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </App>
  );
  const preload = preloads.get(children);
  if (preload) preloads.set(element, preload);
  return element;
}

const home = screen(() => import('./screens/Home'), 'Home');
const overview = screen(() => import('./screens/AreaPage'), 'AreaPage');

/** The start page ('/'): officers' and cadres' home, the overview for district and town accounts. */
function Start() {
  return homeRoles.includes(useMe().role) ? home : overview;
}

export const routes: RouteObject[] = [
  {
    path: '/rate/:code?',
    element: <Suspense fallback={<Loading />}>{screen(() => import('./screens/RatePage'), 'RatePage')}</Suspense>,
  },
  {
    path: '/print/red-board',
    element: gate(
      screen(() => import('./screens/RedBoard'), 'RedBoardPrint'),
      false,
    ),
  },
  {
    path: '/print/rating-slips',
    element: gate(
      screen(() => import('./screens/RatingSlips'), 'RatingSlipsPrint'),
      false,
    ),
  },
  {
    path: '/print/briefing',
    element: gate(
      screen(() => import('./screens/Briefing'), 'BriefingPrint'),
      false,
    ),
  },
  {
    path: '/screen',
    element: gate(
      screen(() => import('./screens/BigScreen'), 'BigScreen'),
      false,
    ),
  },
  {
    path: '/',
    element: gate(<Layout />),
    children: [
      { index: true, element: <Start /> },
      { path: 'home', element: home },
      { path: 'town/:id', element: screen(() => import('./screens/AreaPage'), 'AreaPage') },
      { path: 'village/:id', element: screen(() => import('./screens/AreaPage'), 'AreaPage') },
      { path: 'courtyard/:id', element: screen(() => import('./screens/CourtyardPage'), 'CourtyardPage') },
      { path: 'list/:entity', element: screen(() => import('./screens/ListPage'), 'ListPage') },
      { path: 'boards/issues', element: screen(() => import('./screens/IssuesBoard'), 'IssuesBoard') },
      { path: 'boards/tickets', element: screen(() => import('./screens/TicketsBoard'), 'TicketsBoard') },
      { path: 'boards/lectures', element: screen(() => import('./screens/LectureMatrix'), 'LectureMatrix') },
      { path: 'boards/evaluation', element: screen(() => import('./screens/EvaluationBoard'), 'EvaluationBoard') },
      { path: 'boards/gaps', element: screen(() => import('./screens/GapsBoard'), 'GapsBoard') },
      { path: 'boards/red', element: screen(() => import('./screens/RedBoard'), 'RedBoard') },
      { path: 'forms', element: screen(() => import('./forms/FormsMenu'), 'FormsMenu') },
      { path: 'forms/issue', element: screen(() => import('./forms/RaiseIssueForm'), 'RaiseIssueForm') },
      { path: 'forms/issue/:id', element: screen(() => import('./forms/IssueDetail'), 'AdvanceIssueForm') },
      { path: 'forms/ticket', element: screen(() => import('./forms/TicketForms'), 'SubmitTicketForm') },
      { path: 'forms/ticket/:id', element: screen(() => import('./forms/TicketForms'), 'HandleTicketForm') },
      { path: 'forms/lecture', element: screen(() => import('./forms/LectureForm'), 'LectureForm') },
      { path: 'forms/points', element: screen(() => import('./forms/PointsForms'), 'AwardPointsForm') },
      { path: 'forms/redeem', element: screen(() => import('./forms/PointsForms'), 'RedeemForm') },
      { path: 'outbox', element: screen(() => import('./screens/Outbox'), 'Outbox') },
      { path: 'explorer', element: screen(() => import('./screens/Explorer'), 'Explorer') },
      { path: 'accounts', element: screen(() => import('./screens/Accounts'), 'Accounts') },
      { path: 'settings', element: screen(() => import('./screens/Settings'), 'Settings') },
      { path: '*', element: screen(() => import('./screens/NotFound'), 'NotFound') },
    ],
  },
];

/**
 * Loads the code of the screen the app opens on ("/": the overview and the
 * officers' home, as the role decides), from the routes its address matches
 * (the router's own matches: the route table is ranked once, when the router
 * is made), and resolves once it is in, failed or
 * not (a failed chunk is asked for again by the screen's first render, which
 * shows the error). startApp renders after it: a screen whose module is in
 * renders without suspending, and React reveals content that suspended no
 * sooner than 300 ms after the fallback it showed (issue 21 item 7).
 */
export async function preloadFirstScreen(matches: { route: RouteObject }[] | null): Promise<void> {
  const match = matches?.at(-1);
  const element = match?.route.element;
  const loads = (
    match?.route.index
      ? [preloads.get(overview), preloads.get(home)]
      : element && typeof element === 'object' && 'type' in element
        ? [preloads.get(element)]
        : []
  ).filter((load) => load !== undefined);
  await Promise.allSettled(loads.map((load) => load()));
}

export function createRouter() {
  return createBrowserRouter(routes);
}
