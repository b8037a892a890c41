// Test harness for the screens: a real urql Client whose exchange answers
// every operation from a function (no network), a router at a given URL, and
// a logged-in account.
import { render } from '@testing-library/react';
import { Kind } from 'graphql';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import {
  Client,
  makeErrorResult,
  makeResult,
  Provider,
  type Exchange,
  type Operation,
  type OperationResult,
} from 'urql';
import { fromValue, mergeMap, never, pipe, type Source } from 'wonka';
import { MeContext, type CurrentUser } from '../App';
import { unauthenticatedExchange } from '../client';
import { defaultMapMetric } from '../lib/area';

export function operationName(op: Operation): string | undefined {
  for (const d of op.query.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) return d.name?.value;
  }
  return undefined;
}

export type Answer = (op: Operation) => Source<OperationResult> | OperationResult | undefined;

/** A client answering each operation with `answer(op)`; undefined never answers (loading). */
export function clientAnswering(answer: Answer) {
  const seen: Operation[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      mergeMap((op) => {
        if (op.kind === 'teardown') return never;
        seen.push(op);
        const a = answer(op);
        if (a === undefined) return never;
        return 'operation' in a ? fromValue(a) : a;
      }),
    );
  return {
    client: new Client({ url: '/query', exchanges: [unauthenticatedExchange, exchange], preferGetMethod: false }),
    seen,
  };
}

/**
 * Answers by operation name with data (or a function of the operation giving
 * it), or an Error for an error result.
 */
export function byName(table: Record<string, unknown>): Answer {
  return (op) => {
    const name = operationName(op) ?? '';
    if (!(name in table)) return undefined;
    const v = table[name];
    const data = typeof v === 'function' ? (v as (op: Operation) => unknown)(op) : v;
    if (data === undefined) return undefined;
    if (data instanceof Error) return makeErrorResult(op, data);
    if (data && typeof data === 'object' && 'graphQLErrors' in data) {
      return makeResult(op, { errors: (data as { graphQLErrors: unknown[] }).graphQLErrors as never });
    }
    return makeResult(op, { data });
  };
}

/** A GraphQL error with an extensions.code, as the server sends it. */
export function coded(code: string, message = 'refused') {
  return { graphQLErrors: [{ message, extensions: { code } }] };
}

export const admin: CurrentUser = {
  username: 'admin',
  displayName: '管理员',
  role: 'DISTRICT_ADMIN',
  areaCode: '500154',
};

export function renderScreen(
  ui: ReactElement,
  { client, url = '/', path = '*', me = admin }: { client: Client; url?: string; path?: string; me?: CurrentUser },
) {
  return render(
    <Provider value={client}>
      <MeContext.Provider value={me}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        </MemoryRouter>
      </MeContext.Provider>
    </Provider>,
  );
}

/** A Relay connection of nodes. */
export function conn<T>(items: T[], totalCount = items.length) {
  return { totalCount, edges: items.map((node) => ({ node })) };
}

/** The answer of the overview's AreaMap query for an area with nothing to draw (tests draw no canvas). */
export function emptyMap(area: string) {
  return {
    areaMap: {
      area,
      outline: 'null',
      metric: {
        metric: defaultMapMetric,
        label: '代办按时办结率',
        labelEn: 'on time',
        unit: 'share',
        better: 'UP',
      },
      layers: [],
    },
    metrics: [],
  };
}
