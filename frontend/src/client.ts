import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  type ClientOptions,
  type CombinedError,
  type Exchange,
  type Operation,
} from 'urql';
import { errorCodes } from './errors';
import { getLocale } from './i18n';
import { offlineExchange } from './lib/offlineCache';
import type { ErrorCode } from './gql/graphql';

/** The Go server's GraphQL endpoint (proxied to :8080 by the Vite dev server). */
export const GRAPHQL_ENDPOINT = '/query';

/**
 * The request headers that carry the SPA's language: the API writes its
 * messages (refusals, errors) in the language of Accept-Language (zh-CN
 * unless English is preferred), so they match the language switch.
 */
export function languageHeaders(): Record<string, string> {
  return { 'Accept-Language': getLocale() };
}

export function createGraphQLClient(options: Partial<ClientOptions> = {}): Client {
  const { fetchOptions, ...rest } = options;
  return new Client({
    url: GRAPHQL_ENDPOINT,
    // offlineExchange: the forms' catalogues and `me` answer from their last
    // answers when the network fails (lib/offlineCache.ts).
    exchanges: [unauthenticatedExchange, cacheExchange, offlineExchange, fetchExchange],
    // Always POST: the server's CSRF/size rules are simpler without GET queries.
    preferGetMethod: false,
    ...rest,
    // Read at each request: the language may change after the client is made.
    fetchOptions: () => {
      const given = typeof fetchOptions === 'function' ? fetchOptions() : (fetchOptions ?? {});
      const headers = new Headers(given.headers);
      for (const [name, value] of Object.entries(languageHeaders())) {
        if (!headers.has(name)) headers.set(name, value);
      }
      return { ...given, headers };
    },
  });
}

/**
 * Whether an error means the request had no valid session: an HTTP 401 (a
 * presented token was refused), or a GraphQL error with
 * `extensions.code` UNAUTHENTICATED (e.g. the session cookie is gone).
 */
export function isUnauthenticated(error: CombinedError): boolean {
  return (
    (error.response as { status?: number } | undefined)?.status === 401 ||
    errorCodes(error).includes('UNAUTHENTICATED' satisfies ErrorCode)
  );
}

/**
 * Operation context for a login attempt: its UNAUTHENTICATED answer means
 * wrong credentials, not a lost session, so listeners are not told about it.
 * Use it as `login(variables, LOGIN_ATTEMPT)`.
 */
export const LOGIN_ATTEMPT = { loginAttempt: true } as const;

export type UnauthenticatedListener = (error: CombinedError, operation: Operation) => void;

const listeners = new WeakMap<Client, Set<UnauthenticatedListener>>();

/**
 * Calls `listener` for every result of `client` that is UNAUTHENTICATED (see
 * isUnauthenticated), whatever the operation but a LOGIN_ATTEMPT; returns a
 * function that stops it. Needs unauthenticatedExchange among the client's
 * exchanges.
 *
 * Listeners are called in a microtask, never synchronously: urql may deliver a
 * result while React renders a component, and a listener usually sets state.
 */
export function onUnauthenticated(client: Client, listener: UnauthenticatedListener): () => void {
  let set = listeners.get(client);
  if (!set) listeners.set(client, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Reports UNAUTHENTICATED results to the client's onUnauthenticated listeners. */
export const unauthenticatedExchange: Exchange = (input) =>
  mapExchange({
    onError(error, operation) {
      if (operation.context.loginAttempt || !isUnauthenticated(error)) return;
      queueMicrotask(() => listeners.get(input.client)?.forEach((listener) => listener(error, operation)));
    },
  })(input);
