// Live updates: the areaChanged subscription over Server-Sent Events (a POST
// to /query with Accept: text/event-stream, the session cookie sent along),
// one stream per area shared by every hook that follows it, reconnecting
// with backoff and paused while the page is hidden for long or the browser
// is offline. A page re-reads its query when its area changes.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { GRAPHQL_ENDPOINT } from '../client';

/** The state of a live stream: connected, reconnecting, or off (paused). */
export type LiveStatus = 'connected' | 'reconnecting' | 'off';

const SUBSCRIPTION = 'subscription Live($area: ID) { areaChanged(area: $area) { count at } }';

/** How long a hidden page keeps its streams open. */
export const HIDDEN_GRACE_MS = 60_000;
/** How long a page waits after a change before it re-reads (a burst is one re-read). */
export const REFRESH_DEBOUNCE_MS = 300;

/** One parsed Server-Sent Event. */
export interface SSEEvent {
  event: string;
  data: string;
}

/**
 * Splits a chunk of an event stream into events, returning them and the
 * unfinished rest (to prepend to the next chunk).
 */
export function parseSSE(buffer: string): { events: SSEEvent[]; rest: string } {
  const events: SSEEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const [field, ...v] = line.split(':');
      const value = v.join(':').replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length || event !== 'message') events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

interface Stream {
  listeners: Set<() => void>;
  status: LiveStatus;
  statusListeners: Set<() => void>;
  stop: () => void;
}

const streams = new Map<string, Stream>();

function setStatus(s: Stream, status: LiveStatus) {
  if (s.status === status) return;
  s.status = status;
  s.statusListeners.forEach((l) => l());
}

/** Opens the shared stream of area (key '' is the account's own area). */
function open(key: string): Stream {
  const s: Stream = { listeners: new Set(), status: 'reconnecting', statusListeners: new Set(), stop: () => {} };
  let stopped = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hiddenSince = 0;
  let attempt = 0;
  const paused = () =>
    globalThis.navigator?.onLine === false ||
    (document.visibilityState === 'hidden' && hiddenSince > 0 && Date.now() - hiddenSince > HIDDEN_GRACE_MS);

  const connect = async () => {
    timer = undefined;
    if (stopped) return;
    if (paused()) {
      setStatus(s, 'off');
      return;
    }
    controller = new AbortController();
    try {
      const res = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ query: SUBSCRIPTION, variables: { area: key || null } }),
        signal: controller.signal,
      });
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      attempt = 0;
      setStatus(s, 'connected');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseSSE(buffer + value);
        buffer = parsed.rest;
        for (const ev of parsed.events) {
          if (ev.event === 'next') {
            const msg = JSON.parse(ev.data) as { data?: unknown; errors?: unknown[] };
            if (msg.errors?.length) throw new Error('subscription refused');
            if (msg.data) s.listeners.forEach((l) => l());
          } else if (ev.event === 'complete') {
            break;
          }
        }
      }
    } catch {
      // reconnect below
    }
    controller = null;
    if (stopped) return;
    setStatus(s, 'reconnecting');
    attempt++;
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(attempt - 1, 5)) * (0.75 + Math.random() / 2);
    timer = setTimeout(() => void connect(), delay);
  };

  const wake = () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince = Date.now();
      return;
    }
    hiddenSince = 0;
    if (!controller && !timer && !stopped) {
      attempt = 0;
      setStatus(s, 'reconnecting');
      void connect();
    }
  };
  const sleep = () => {
    if (paused()) {
      controller?.abort();
    }
  };
  const check = setInterval(sleep, 10_000);
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  window.addEventListener('offline', sleep);
  s.stop = () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(check);
    controller?.abort();
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
    window.removeEventListener('offline', sleep);
  };
  void connect();
  return s;
}

/** Adds listener to area's stream, opening it if needed; returns the release. */
function follow(key: string, listener: () => void): () => void {
  let s = streams.get(key);
  if (!s) {
    s = open(key);
    streams.set(key, s);
  }
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size === 0) {
      s.stop();
      streams.delete(key);
    }
  };
}

/** The status of area's stream ('off' when none is open). */
export function useLiveStatus(areaId?: string | null): LiveStatus {
  const key = areaId ?? '';
  return useSyncExternalStore(
    (l) => {
      const s = streams.get(key);
      s?.statusListeners.add(l);
      const again = setTimeout(l, 0); // the stream may open after this subscribes
      return () => {
        clearTimeout(again);
        s?.statusListeners.delete(l);
      };
    },
    () => streams.get(key)?.status ?? 'off',
    () => 'off',
  );
}

/**
 * Re-executes a page's query (network-only, debounced) whenever something
 * changes in area (an area's global id; null or undefined: the account's
 * own area). Returns the stream's status for LiveIndicator.
 */
export function useLiveRefresh(
  areaId: string | null | undefined,
  reexecute: (opts: { requestPolicy: 'network-only' }) => void,
): LiveStatus {
  const latest = useRef(reexecute);
  useEffect(() => {
    latest.current = reexecute;
  });
  const key = areaId ?? '';
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = follow(key, () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current({ requestPolicy: 'network-only' }), REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      release();
    };
  }, [key]);
  return useLiveStatus(areaId);
}
