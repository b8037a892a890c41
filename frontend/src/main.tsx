import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createGraphQLClient } from './client';
import { getLocale, messages, setLocale, t, type Locale } from './i18n';
import { LOCALE_STORAGE_KEY } from './Layout';
import { flushOutbox, outboxEntries } from './lib/outbox';
import { prefetchFirstScreen } from './lib/prefetch';
import { registerServiceWorker, UpdatePrompt } from './lib/pwa';
import { createRouter, preloadFirstScreen } from './router';
import './styles.css';

try {
  const saved = localStorage.getItem(LOCALE_STORAGE_KEY);
  if (saved && saved in messages) setLocale(saved as Locale);
} catch {
  // no storage: the default language
}
document.documentElement.lang = getLocale();
document.title = t('app.documentTitle');

preloadFirstScreen(window.location.pathname);

const client = createGraphQLClient();
// The first screen's data, asked for now rather than as its components mount.
void prefetchFirstScreen(client, window.location);
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <RouterProvider router={createRouter()} />
      <UpdatePrompt />
    </Provider>
  </StrictMode>,
);
