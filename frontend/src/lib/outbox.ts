// Officers' forms on a phone: every workflow mutation is sent with an
// idempotency key, and the entry (document, variables, key) is kept in
// localStorage until the server has answered. When the network drops, the
// entry stays and is sent again — with the same key, so the server records it
// once — after a backoff, when the browser is back online, or from the list of
// pending entries.
import type { Client, OperationResult } from 'urql';
import { useSyncExternalStore } from 'react';

export const OUTBOX_STORAGE_KEY = 'ybh.outbox';

/** A mutation waiting for the server's answer. */
export interface OutboxEntry {
  key: string;
  /** What it is, for the list (already translated). */
  label: string;
  query: string;
  variables: { input: Record<string, unknown> };
  createdAt: number;
  attempts: number;
  lastError?: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: OutboxEntry[] | null = null;

function read(): OutboxEntry[] {
  if (cache) return cache;
  try {
    const raw = globalThis.localStorage?.getItem(OUTBOX_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cache = Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    cache = [];
  }
  return cache;
}

function write(entries: OutboxEntry[]) {
  cache = entries;
  try {
    globalThis.localStorage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or denied: the entry still lives in memory for this page.
  }
  listeners.forEach((l) => l());
}

/** The pending entries, oldest first. */
export function outboxEntries(): OutboxEntry[] {
  return read();
}

function upsert(entry: OutboxEntry) {
  const rest = read().filter((e) => e.key !== entry.key);
  write([...rest, entry]);
}

function remove(key: string) {
  write(read().filter((e) => e.key !== key));
}

/** Forgets every pending entry (tests; the user's "discard"). */
export function clearOutbox(key?: string) {
  if (key) remove(key);
  else write([]);
}

/** A new idempotency key. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return c.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const inFlight = new Map<string, Promise<OperationResult>>();

/** Backoff before the n-th retry (ms); tests shorten it. */
export let retryDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
export function setRetryDelay(f: (attempt: number) => number) {
  retryDelay = f;
}

/** How many times one call sends before it leaves the entry for later. */
export const SEND_ATTEMPTS = 4;

async function deliver(client: Client, entry: OutboxEntry): Promise<OperationResult> {
  let result!: OperationResult;
  for (let i = 0; i < SEND_ATTEMPTS; i++) {
    result = await client.mutation(entry.query, entry.variables, { requestPolicy: 'network-only' }).toPromise();
    if (!result.error?.networkError) {
      remove(entry.key);
      return result;
    }
    entry = { ...entry, attempts: entry.attempts + 1, lastError: result.error.networkError.message };
    upsert(entry);
    if (i < SEND_ATTEMPTS - 1) await new Promise((r) => setTimeout(r, retryDelay(entry.attempts)));
  }
  return result;
}

/** Sends (or re-sends) an entry; one delivery per key at a time. */
export function send(client: Client, entry: OutboxEntry): Promise<OperationResult> {
  const running = inFlight.get(entry.key);
  if (running) return running;
  const p = deliver(client, entry).finally(() => inFlight.delete(entry.key));
  inFlight.set(entry.key, p);
  return p;
}

/**
 * Keeps a new entry for the mutation `query` with `input` (plus a fresh
 * idempotencyKey) and sends it.
 */
export function submit(client: Client, label: string, query: string, input: object): Promise<OperationResult> {
  const key = newIdempotencyKey();
  const entry: OutboxEntry = {
    key,
    label,
    query,
    variables: { input: { ...input, idempotencyKey: key } },
    createdAt: Date.now(),
    attempts: 0,
  };
  upsert(entry);
  return send(client, entry);
}

/** Re-sends every pending entry (at start and when the browser is back online). */
export function flushOutbox(client: Client): Promise<OperationResult[]> {
  return Promise.all(read().map((e) => send(client, e)));
}

function subscribe(l: Listener) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

/** The pending entries, re-rendering when they change. */
export function useOutbox(): OutboxEntry[] {
  return useSyncExternalStore(subscribe, read, read);
}

/** Test hook: forget the in-memory copy so the next read is from storage. */
export function reloadOutbox() {
  cache = null;
}
