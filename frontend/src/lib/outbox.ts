// Officers' forms on a phone: every workflow mutation is sent with an
// idempotency key, and the entry (document, variables, key) is kept in
// localStorage until the server has answered. With no network (or while the
// server is unavailable or the session must be renewed) the entry waits and is
// sent again — with the same key, so the server records it once — after a
// backoff, when the browser is back online, every minute, or from the outbox.
//
// What became of an entry is kept beside the waiting ones (OUTBOX_HISTORY_KEY)
// for the outbox screen: sent (with when, for a week: as long as the server
// keeps keys) or failed, with the server's reason. A refusal is an answer, not
// a network failure: it is never sent again by itself, only by "retry" (the
// same key: a refused step claims no key). A refusal that the form itself
// showed (while it waited for the answer) is not kept as failed: the form
// says why and the officer corrects it there.
import { createRequest, makeErrorResult, type Client, type Operation, type OperationResult } from 'urql';
import { useSyncExternalStore } from 'react';
import { errorCodes, errorMessage, errorMessageKey } from '../errors';
import type { ErrorCode } from '../gql/graphql';
import { t } from '../i18n';

/** Where the waiting entries are kept. */
export const OUTBOX_STORAGE_KEY = 'ybh.outbox';
/** Where the sent and failed entries are kept. */
export const OUTBOX_HISTORY_KEY = 'ybh.outbox.history';
/** How long a sent entry stays listed (the server keeps idempotency keys as long). */
export const KEEP_SENT_MS = 7 * 24 * 3600 * 1000;
/** How many sent entries stay listed at most. */
export const KEEP_SENT = 50;

/** What became of an entry. */
export type OutboxStatus = 'waiting' | 'sent' | 'failed';

/** A mutation kept by the outbox. */
export interface OutboxEntry {
  key: string;
  /** What it is, for the list (already translated). */
  label: string;
  query: string;
  variables: { input: Record<string, unknown> };
  createdAt: number;
  /** Sends that did not reach an answer. */
  attempts: number;
  /** Why the last send did not reach an answer (no network, server unavailable, session). */
  lastError?: string;
  /** Waiting when absent (entries kept before statuses existed). */
  status?: OutboxStatus;
  /** When the server accepted it. */
  sentAt?: number;
  /** When the server refused it, and why (translated). */
  failedAt?: number;
  reason?: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: OutboxEntry[] | null = null;
let historyCache: OutboxEntry[] | null = null;
let allCache: OutboxEntry[] | null = null;

function load(key: string): OutboxEntry[] {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function save(key: string, entries: OutboxEntry[]) {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or denied: the entries still live in memory for this page.
  }
}

function read(): OutboxEntry[] {
  return (cache ??= load(OUTBOX_STORAGE_KEY));
}

function readHistory(): OutboxEntry[] {
  if (historyCache) return historyCache;
  const now = Date.now();
  const all = load(OUTBOX_HISTORY_KEY);
  const sent = all.filter((e) => e.status === 'sent' && now - (e.sentAt ?? 0) < KEEP_SENT_MS).slice(-KEEP_SENT);
  historyCache = all.filter((e) => e.status === 'failed' || sent.includes(e));
  return historyCache;
}

function changed() {
  allCache = null;
  listeners.forEach((l) => l());
}

function write(entries: OutboxEntry[]) {
  cache = entries;
  save(OUTBOX_STORAGE_KEY, entries);
  changed();
}

function writeHistory(entries: OutboxEntry[]) {
  historyCache = entries;
  save(OUTBOX_HISTORY_KEY, entries);
  changed();
}

/** The waiting entries, oldest first. */
export function outboxEntries(): OutboxEntry[] {
  return read();
}

/** Every entry, waiting, failed and sent, oldest first. */
export function allOutboxEntries(): OutboxEntry[] {
  return (allCache ??= [...read(), ...readHistory()].sort((a, b) => a.createdAt - b.createdAt));
}

/** An entry's status (entries kept before statuses existed are waiting). */
export function statusOf(e: OutboxEntry): OutboxStatus {
  return e.status ?? 'waiting';
}

function upsert(entry: OutboxEntry) {
  const rest = read().filter((e) => e.key !== entry.key);
  write([...rest, { ...entry, status: 'waiting' }]);
}

function remove(key: string) {
  write(read().filter((e) => e.key !== key));
}

function settle(entry: OutboxEntry) {
  const rest = readHistory().filter((e) => e.key !== entry.key);
  remove(entry.key);
  writeHistory([...rest, entry]);
}

/** Forgets one entry (the user's "discard"), or every entry and the history (tests). */
export function clearOutbox(key?: string) {
  if (key) {
    remove(key);
    writeHistory(readHistory().filter((e) => e.key !== key));
  } else {
    write([]);
    writeHistory([]);
  }
}

/** Forgets the sent entries from the list. */
export function clearSent() {
  writeHistory(readHistory().filter((e) => e.status !== 'sent'));
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

/** Whether the browser says it has no network (then nothing is tried). */
function offline(): boolean {
  return globalThis.navigator?.onLine === false;
}

/** Codes of answers that are not the server's verdict on the entry: it waits and is sent again. */
const TRANSIENT: readonly ErrorCode[] = ['UNAVAILABLE', 'RATE_LIMITED'];
const RELOGIN: ErrorCode = 'UNAUTHENTICATED';

/**
 * What an answer means for its entry: it did not reach the server's verdict
 * ('wait', with why; 'stop' also ends this call's retries: only logging in
 * again helps), the server refused it ('refused', with the reason), or it was
 * recorded ('sent').
 */
export function classify(
  result: OperationResult,
): { kind: 'wait' | 'stop'; why: string } | { kind: 'refused'; reason: string } | { kind: 'sent' } {
  const error = result.error;
  if (error?.networkError) return { kind: 'wait', why: t('outbox.why.network') };
  if (error) {
    const codes = errorCodes(error);
    if (codes.includes(RELOGIN)) return { kind: 'stop', why: errorMessage(error) };
    if (codes.some((c) => (TRANSIENT as string[]).includes(c))) return { kind: 'wait', why: errorMessage(error) };
    return { kind: 'refused', reason: errorMessage(error) };
  }
  const refusals = userErrorsOf(result.data);
  if (refusals.length > 0) {
    return {
      kind: 'refused',
      reason: refusals
        .map((e) => {
          const general = e.code ? t(errorMessageKey(e.code)) : '';
          return e.message && e.message !== general ? `${general}（${e.message}）` : general || e.message;
        })
        .join('；'),
    };
  }
  return { kind: 'sent' };
}

/** The userErrors of a workflow mutation's payload (its one field). */
function userErrorsOf(data: unknown): { message: string; code?: ErrorCode }[] {
  if (!data || typeof data !== 'object') return [];
  for (const payload of Object.values(data)) {
    if (payload && typeof payload === 'object' && 'userErrors' in payload) {
      const list = (payload as { userErrors: unknown }).userErrors;
      if (Array.isArray(list)) return list as { message: string; code?: ErrorCode }[];
    }
  }
  return [];
}

/** The answer given for an entry not sent because the browser is offline. */
function offlineResult(client: Client, entry: OutboxEntry): OperationResult {
  const op: Operation = client.createRequestOperation('mutation', createRequest(entry.query, entry.variables));
  return makeErrorResult(op, new TypeError(t('outbox.why.network')));
}

async function deliver(client: Client, entry: OutboxEntry, direct: boolean): Promise<OperationResult> {
  let result!: OperationResult;
  for (let i = 0; i < SEND_ATTEMPTS; i++) {
    if (offline()) {
      entry = { ...entry, attempts: entry.attempts + 1, lastError: t('outbox.why.network') };
      upsert(entry);
      return offlineResult(client, entry);
    }
    result = await client.mutation(entry.query, entry.variables, { requestPolicy: 'network-only' }).toPromise();
    const verdict = classify(result);
    if (verdict.kind === 'sent') {
      settle({ ...entry, status: 'sent', sentAt: Date.now(), lastError: undefined, reason: undefined });
      return result;
    }
    if (verdict.kind === 'refused') {
      // The form that sent it directly shows the refusal; one sent from the
      // outbox is kept, with why, for the officer to see.
      if (direct) remove(entry.key);
      else settle({ ...entry, status: 'failed', failedAt: Date.now(), reason: verdict.reason });
      return result;
    }
    entry = { ...entry, attempts: entry.attempts + 1, lastError: verdict.why };
    upsert(entry);
    if (verdict.kind === 'stop') return result;
    if (i < SEND_ATTEMPTS - 1) await new Promise((r) => setTimeout(r, retryDelay(entry.attempts)));
  }
  return result;
}

/**
 * Sends (or re-sends) an entry; one delivery per key at a time. A failed
 * entry sent again waits again until the server answers.
 */
export function send(client: Client, entry: OutboxEntry, direct = false): Promise<OperationResult> {
  const running = inFlight.get(entry.key);
  if (running) return running;
  if (statusOf(entry) === 'failed') {
    writeHistory(readHistory().filter((e) => e.key !== entry.key));
    entry = { ...entry, status: 'waiting', reason: undefined, failedAt: undefined };
    upsert(entry);
  }
  const p = deliver(client, entry, direct).finally(() => inFlight.delete(entry.key));
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
    status: 'waiting',
  };
  upsert(entry);
  return send(client, entry, true);
}

/**
 * Re-sends every waiting entry (at start, when the browser is back online,
 * and every minute); failed ones only by retry.
 */
export function flushOutbox(client: Client): Promise<OperationResult[]> {
  if (offline()) return Promise.resolve([]);
  return Promise.all(read().map((e) => send(client, e)));
}

function subscribe(l: Listener) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

/** The waiting entries, re-rendering when they change. */
export function useOutbox(): OutboxEntry[] {
  return useSyncExternalStore(subscribe, read, read);
}

/** Every entry (waiting, failed, sent), re-rendering when they change. */
export function useOutboxAll(): OutboxEntry[] {
  return useSyncExternalStore(subscribe, allOutboxEntries, allOutboxEntries);
}

/** Test hook: forget the in-memory copy so the next read is from storage. */
export function reloadOutbox() {
  cache = null;
  historyCache = null;
  allCache = null;
}
