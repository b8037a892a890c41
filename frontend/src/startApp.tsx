// The app: React, the router and the screens' frame, started by main.tsx once
// the first screen's requests have left (boot.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider, type Client } from 'urql';
import { getLocale, t } from './i18n';
import { flushOutbox, outboxEntries } from './lib/outbox';
import { registerServiceWorker, UpdatePrompt } from './lib/pwa';
import { createRouter, preloadFirstScreen } from './router';

/** Draws the app into #root with `client`, and starts sending the outbox's waiting entries. */
export function startApp(client: Client) {
  document.documentElement.lang = getLocale();
  document.title = t('app.documentTitle');

  // Officers' entries that the network dropped are sent again (same keys, so
  // the server records each once): now, when the network is back, and every
  // minute while some wait (the server may have been unavailable).
  void flushOutbox(client);
  window.addEventListener('online', () => void flushOutbox(client));
  setInterval(() => {
    if (outboxEntries().length > 0) void flushOutbox(client);
  }, 60_000);

  // Opens with no network: the service worker keeps the app shell.
  registerServiceWorker();

  // The first screen's code first (already downloading: index.html
  // preloads it), so that its first render does not suspend.
  const router = createRouter();
  void preloadFirstScreen(router.state.matches).then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Provider value={client}>
          <RouterProvider router={router} />
          <UpdatePrompt />
        </Provider>
      </StrictMode>,
    ),
  );
}
