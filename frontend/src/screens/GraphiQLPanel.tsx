// GraphiQL from the SPA's own bundle (the `graphiql` package with its Monaco
// editors and their workers), so the data explorer works without the
// internet. A lazy chunk of its own: only the explorer loads it, never the
// first route. The example queries are its default tabs; the user's tabs are
// kept in localStorage under a prefix that changes with the examples.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { languageHeaders } from '../client';
import { useMemo, type ComponentProps } from 'react';
import type { ExampleSet } from './examples';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];
type Storage = NonNullable<ComponentProps<typeof GraphiQL>['storage']>;

/** Sends GraphiQL's operations to the API with the session cookie and the headers tab's headers. */
const fetcher: Fetcher = async (params, opts) => {
  const res = await fetch('/query', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...languageHeaders(),
      ...opts?.headers,
    },
    body: JSON.stringify(params),
  });
  return (await res.json()) as ExecutionResult;
};

/** localStorage under a prefix. */
function prefixedStorage(prefix: string): Storage {
  const keys = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
  return {
    getItem: (k) => localStorage.getItem(prefix + k),
    setItem: (k, v) => localStorage.setItem(prefix + k, v),
    removeItem: (k) => localStorage.removeItem(prefix + k),
    clear: () => keys().forEach((k) => localStorage.removeItem(k)),
    get length() {
      return keys().length;
    },
  };
}

export default function GraphiQLPanel({ set }: { set: ExampleSet }) {
  const storage = useMemo(() => prefixedStorage(`ybh-graphiql-${set.version}:`), [set.version]);
  // GraphiQL (5.4) opens the first default tab with its query but not its
  // variables: on a first visit (no tabs kept yet) both are given.
  const first = set.examples[0];
  const fresh = storage.getItem('graphiql:tabState') === null && first;
  return (
    <div className="graphiql" data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={set.examples.map((e) => ({ query: e.query, variables: e.variables ?? null }))}
        {...(fresh ? { initialQuery: first.query, initialVariables: first.variables ?? '' } : {})}
        defaultEditorToolsVisibility
        isHeadersEditorEnabled
        inputValueDeprecation
        storage={storage}
      />
    </div>
  );
}
