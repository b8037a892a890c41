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
import { useEffect, useMemo, useRef, type ComponentProps } from 'react';
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

/**
 * GraphiQL (5.4) draws its operation tabs as a tablist whose tabs (list items)
 * hold two buttons each, the tab's and its close button: controls nested in a
 * control, and buttons where a tablist allows only tabs (axe:
 * nested-interactive, aria-required-children). They are made what they
 * behave as: a toolbar of operation buttons, the open one aria-current, each
 * with its close button. Kept so as GraphiQL re-renders. Its icons' titles
 * are minified component names ("eh icon"): the icons are hidden from
 * assistive technology, their buttons are named by GraphiQL's aria-labels.
 */
function untangleTabs(root: HTMLElement) {
  const set = (el: Element, name: string, value: string | null) => {
    if (el.getAttribute(name) === value) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  for (const list of root.querySelectorAll('.graphiql-tabs')) set(list, 'role', 'toolbar');
  for (const item of root.querySelectorAll('.graphiql-tab')) {
    set(item, 'role', 'presentation');
    set(item, 'aria-selected', null);
    const button = item.querySelector('.graphiql-tab-button');
    if (button) set(button, 'aria-current', item.classList.contains('graphiql-tab-active') ? 'true' : null);
  }
  for (const title of root.querySelectorAll('svg > title')) {
    const icon = title.parentElement;
    if (icon && /^\S{1,3} icon$/.test(title.textContent ?? '')) set(icon, 'aria-hidden', 'true');
  }
}

export default function GraphiQLPanel({ set }: { set: ExampleSet }) {
  const storage = useMemo(() => prefixedStorage(`ybh-graphiql-${set.version}:`), [set.version]);
  // GraphiQL (5.4) opens the first default tab with its query but not its
  // variables: on a first visit (no tabs kept yet) both are given.
  const first = set.examples[0];
  const fresh = storage.getItem('graphiql:tabState') === null && first;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    untangleTabs(root);
    const watch = new MutationObserver(() => untangleTabs(root));
    watch.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'role', 'aria-selected'],
    });
    return () => watch.disconnect();
  }, []);
  return (
    <div className="graphiql" data-testid="graphiql" ref={ref}>
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
