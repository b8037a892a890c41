// The analyst's example queries, as the server serves them from
// server/graphiql/examples.graphql (GET /graphiql/examples.json): one source
// for the explorer's list and GraphiQL's tabs.
import { useEffect, useState } from 'react';

/** One example: a named operation with the comment above it. */
export interface Example {
  name: string;
  /** The question, in Chinese and English (the comment's first line). */
  title: string;
  query: string;
  /** The tab's variables (JSON), when it has any. */
  variables?: string;
}

/** The examples and a version that changes with them. */
export interface ExampleSet {
  version: string;
  examples: Example[];
}

export const EXAMPLES_URL = '/graphiql/examples.json';

export type ExamplesState = { kind: 'loading' } | { kind: 'ok'; set: ExampleSet } | { kind: 'error'; message: string };

/** Loads the example queries once. */
export function useExamples(): ExamplesState {
  const [state, setState] = useState<ExamplesState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(EXAMPLES_URL, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const set = (await res.json()) as ExampleSet;
        if (live) setState({ kind: 'ok', set });
      })
      .catch((e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
