import { describe, expect, it, vi } from 'vitest';
import { createGraphQLClient, GRAPHQL_ENDPOINT } from './client';
import { HomeVillagesQuery } from './VillagesCard';

describe('createGraphQLClient', () => {
  it('POSTs queries as JSON to /query', async () => {
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({ data: { villages: { totalCount: 1, edges: [] } } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const client = createGraphQLClient({ fetch: fetchMock as typeof fetch });

    const result = await client.query(HomeVillagesQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data?.villages.totalCount).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(GRAPHQL_ENDPOINT).toBe('/query');
    expect(String(url)).toBe('/query');
    expect(init?.method).toBe('POST');
    const body = JSON.parse(String(init?.body)) as { operationName?: string; query: string };
    expect(body.operationName).toBe('HomeVillages');
    expect(body.query).toContain('villages(first: 5)');
  });
});
