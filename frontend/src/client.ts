import { Client, cacheExchange, fetchExchange, type ClientOptions } from 'urql';

/** The Go server's GraphQL endpoint (proxied to :8080 by the Vite dev server). */
export const GRAPHQL_ENDPOINT = '/query';

export function createGraphQLClient(options: Partial<ClientOptions> = {}): Client {
  return new Client({
    url: GRAPHQL_ENDPOINT,
    exchanges: [cacheExchange, fetchExchange],
    // Always POST: the server's CSRF/size rules are simpler without GET queries.
    preferGetMethod: false,
    ...options,
  });
}
