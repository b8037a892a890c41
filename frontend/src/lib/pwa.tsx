// The service worker (vite-plugin-pwa's Workbox worker, see vite.config.ts):
// registered once the first screen is drawn, so it never delays it.
// A new version waits until the officer chooses to update (a form may be
// half filled): UpdatePrompt offers it.
import { useSyncExternalStore } from 'react';
import { t } from '../i18n';

let update: ((reload?: boolean) => Promise<void>) | null = null;
let waiting = false;
const listeners = new Set<() => void>();

function setWaiting(v: boolean) {
  waiting = v;
  listeners.forEach((l) => l());
}

/** Registers the service worker (production builds only; nothing without support for it). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      update = registerSW({ onNeedRefresh: () => setWaiting(true) });
    });
  // The load event comes before the overview's cards (the page's own files
  // are in by then; its data and drawing are not), and registering takes
  // about 25 ms of main thread on two cores (workbox-window's code, asking
  // the server for sw.js): so 3 s after it, when the main thread is idle.
  const later = () =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : start()), 3000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

/** "A new version is ready": update (reload into it) or later. */
export function UpdatePrompt() {
  const shown = useSyncExternalStore(
    subscribe,
    () => waiting,
    () => false,
  );
  if (!shown) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('pwa.update')}</p>
      <button type="button" className="button button-small" onClick={() => void update?.(true)}>
        {t('pwa.reload')}
      </button>
      <button type="button" className="button button-small" onClick={() => setWaiting(false)}>
        {t('pwa.later')}
      </button>
    </div>
  );
}
