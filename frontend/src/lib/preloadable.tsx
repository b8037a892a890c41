// Lazily loaded components that can be asked for ahead of their first render
// (issue 21 item 7). React.lazy suspends on its first render even when the
// module has already arrived, and React then reveals the content no sooner
// than 300 ms after the last fallback it showed: a screen whose chunk loaded
// beside the entry still appeared 300 ms after its data. A preloadable
// component renders the module's component directly once the module is in,
// and falls back to React.lazy (and the nearest Suspense) only before.
import { lazy, useEffect, useState, type ComponentType, type JSX } from 'react';

/** A component loaded on first use, with preload() to start loading it earlier. */
export type Preloadable<P extends object> = ((props: P) => JSX.Element) & {
  /** Starts loading the module (once); resolves with the component. */
  preload: () => Promise<ComponentType<P>>;
  /** Whether the module is in: the component renders without suspending. */
  loaded: () => boolean;
};

/**
 * A component from the module load() imports, picked by pick. The module is
 * imported once, by preload() or by the first render, whichever comes first.
 */
export function preloadable<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): Preloadable<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => (component = pick(m)),
      (e: unknown) => {
        pending = undefined; // a failed chunk is asked for again next time
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  const Component = (props: P) => {
    const C = component;
    return C ? <C {...props} /> : <Lazy {...props} />;
  };
  return Object.assign(Component, { preload, loaded: () => component !== undefined });
}

/**
 * Whether c's module is in, asking for it on first use. A component that
 * renders c only once this is true shows its own placeholder meanwhile
 * instead of suspending: React reveals content that suspended no sooner than
 * 300 ms after the fallback appeared, so a map whose data came before its
 * code waited that long after the code (issue 21 item 7). When the module
 * fails to load it says true, and c then suspends and shows the failure as
 * React.lazy does. With ask false it only watches (the module is asked for
 * once ask is true, or by preload()).
 */
export function useLoaded<P extends object>(c: Preloadable<P>, ask = true): boolean {
  const [loaded, setLoaded] = useState(c.loaded);
  useEffect(() => {
    if (loaded || !ask) return;
    let mounted = true;
    const done = () => mounted && setLoaded(true);
    c.preload().then(done, done);
    return () => {
      mounted = false;
    };
  }, [c, loaded, ask]);
  return loaded;
}
