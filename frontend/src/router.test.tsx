// The screen the app opens on renders without suspending once
// preloadFirstScreen has resolved: startApp renders after it, because React
// reveals content that suspended no sooner than 300 ms after the fallback it
// showed (issue 21 item 7). A screen nobody preloaded still suspends, so the
// check can fail.
import { cleanup, screen } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { matchRoutes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { CurrentUser } from './App';
import { preloadFirstScreen, routes } from './router';
import { admin, clientAnswering, renderScreen } from './test/harness';

const officer: CurrentUser = { username: 'o1', displayName: '院坝专干', role: 'COURTYARD_OFFICER', areaCode: 'C1' };

/** Renders the route url opens inside a Suspense and tells whether its fallback shows at once. */
function suspendsAt(url: string, me: CurrentUser): boolean {
  const match = matchRoutes(routes, url)!.at(-1)!;
  const { client } = clientAnswering(() => undefined);
  renderScreen(<Suspense fallback={<p data-testid="fallback" />}>{match.route.element as ReactElement}</Suspense>, {
    client,
    url,
    path: match.route.index ? '/' : `/${match.route.path}`,
    me,
  });
  const suspended = screen.queryByTestId('fallback') !== null;
  cleanup();
  return suspended;
}

describe('preloadFirstScreen', () => {
  afterEach(cleanup);

  it('a screen that was not preloaded suspends on its first render', () => {
    expect(suspendsAt('/boards/gaps', admin)).toBe(true);
  });

  it.each([
    { url: '/boards/tickets', me: admin },
    { url: '/town/T1', me: admin },
    { url: '/', me: admin },
    { url: '/', me: officer },
  ])('$url renders at once after it resolved, as $me.role', async ({ url, me }) => {
    await preloadFirstScreen(matchRoutes(routes, url));
    expect(suspendsAt(url, me)).toBe(false);
  });
});
