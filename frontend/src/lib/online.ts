// Whether the browser says it has a network, re-rendering when that changes.
import { useSyncExternalStore } from 'react';

function subscribe(l: () => void) {
  window.addEventListener('online', l);
  window.addEventListener('offline', l);
  return () => {
    window.removeEventListener('online', l);
    window.removeEventListener('offline', l);
  };
}

const isOnline = () => globalThis.navigator?.onLine !== false;

/** True unless the browser says it is offline. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
