// The last answers of the queries the officers' forms need (the viewer, the
// courtyards and their households, service types, lecture topics, point
// rules and items), kept in localStorage so that the app and its forms open
// with no network: when such a query cannot reach the server, its last
// answer (for the same variables) is given instead.
//
// The session decides what may stay on the phone: when the server says there
// is none (`me` is null, after a logout, or a login as someone — perhaps
// someone else), every kept answer is forgotten.
import {
  getOperationName,
  makeResult,
  mapExchange,
  stringifyVariables,
  type Exchange,
  type Operation,
  type OperationResult,
} from 'urql';

/** The localStorage key of the kept answers. */
export const OFFLINE_CACHE_KEY = 'ybh.offline';

/** The queries whose last answers are kept, by operation name. */
export const OFFLINE_QUERIES: ReadonlySet<string> = new Set([
  'Me',
  'CourtyardChoices',
  'CourtyardPeople',
  'TicketServiceTypes',
  'TicketForForm',
  'LectureThemes',
  'PointsChoices',
  'DeliberationRulesForForm',
  'IssueForForm',
]);

/** Mutations after which nothing kept may stay: the account changes. */
const SESSION_CHANGES = new Set(['Login', 'Logout']);

/** How many answers are kept at most (the least recently stored go first). */
export const KEEP_ANSWERS = 60;

interface Kept {
  at: number;
  data: unknown;
}

const operationName = (op: Operation) => getOperationName(op.query);

/** Where a query's answer for its variables is kept (urql's stable variables: keys in order). */
function keyOf(name: string, op: Operation): string {
  return `${name}:${stringifyVariables(op.variables ?? {})}`;
}

function load(): Record<string, Kept> {
  try {
    const raw = globalThis.localStorage?.getItem(OFFLINE_CACHE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Kept>) : {};
  } catch {
    return {};
  }
}

function save(all: Record<string, Kept>) {
  let entries = Object.entries(all).sort((a, b) => b[1].at - a[1].at);
  entries = entries.slice(0, KEEP_ANSWERS);
  // Storage full: drop the oldest half until it fits (or nothing is left).
  for (;;) {
    try {
      globalThis.localStorage?.setItem(OFFLINE_CACHE_KEY, JSON.stringify(Object.fromEntries(entries)));
      return;
    } catch {
      if (entries.length === 0) return;
      entries = entries.slice(0, Math.floor(entries.length / 2));
    }
  }
}

/** Forgets every kept answer. */
export function clearOfflineCache() {
  try {
    globalThis.localStorage?.removeItem(OFFLINE_CACHE_KEY);
  } catch {
    // no storage: nothing kept
  }
}

/** The kept answer of a query, if any (tests, and the exchange). */
export function keptAnswer(op: Operation): unknown {
  const name = operationName(op);
  if (!name || !OFFLINE_QUERIES.has(name)) return undefined;
  return load()[keyOf(name, op)]?.data;
}

function keep(name: string, op: Operation, data: unknown) {
  const all = load();
  all[keyOf(name, op)] = { at: Date.now(), data };
  save(all);
}

/**
 * Keeps the answers of OFFLINE_QUERIES and gives the kept one when the
 * network fails; forgets them all when the session ends or changes. Place it
 * after the cacheExchange, before the fetchExchange.
 */
export const offlineExchange: Exchange = mapExchange({
  onResult(result: OperationResult): OperationResult | void {
    const op = result.operation;
    const name = operationName(op);
    if (!name) return;
    if (op.kind === 'mutation') {
      if (SESSION_CHANGES.has(name) && !result.error) clearOfflineCache();
      return;
    }
    if (op.kind !== 'query' || !OFFLINE_QUERIES.has(name)) return;
    if (result.error?.networkError) {
      const data = keptAnswer(op);
      return data === undefined ? undefined : makeResult(op, { data }, undefined);
    }
    if (result.error || result.data == null) return;
    if (name === 'Me' && (result.data as { me?: unknown }).me == null) {
      // The server says there is no session: nothing of it stays.
      clearOfflineCache();
      return;
    }
    keep(name, op, result.data);
  },
});
