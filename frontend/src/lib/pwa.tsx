// The service worker (vite-plugin-pwa's Workbox worker, see vite.config.ts):
// registered once the page has loaded, so it never delays the first screen.
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
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
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
