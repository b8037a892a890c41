// A preloadable component renders at once (no Suspense fallback) once its
// module is in, and suspends like React.lazy before; its module is imported
// once however often it is asked for.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable, useLoaded, type Preloadable } from './preloadable';

function Hello({ name }: { name: string }) {
  return <p data-testid="hello">hello {name}</p>;
}

/** A module that arrives when resolve() is called. */
function deferredModule() {
  let resolve!: () => void;
  const arrived = new Promise<void>((r) => (resolve = r));
  const load = vi.fn(() => arrived.then(() => ({ Hello })));
  return { load, resolve };
}

describe('preloadable', () => {
  it('renders without suspending once preloaded', async () => {
    const { load, resolve } = deferredModule();
    const C = preloadable(load, (m) => m.Hello);
    const pending = C.preload();
    expect(C.loaded()).toBe(false);
    resolve();
    await pending;
    expect(C.loaded()).toBe(true);
    render(
      <Suspense fallback={<p data-testid="fallback">loading</p>}>
        <C name="院坝" />
      </Suspense>,
    );
    // Synchronously there: no fallback was ever shown.
    expect(screen.getByTestId('hello').textContent).toBe('hello 院坝');
    expect(screen.queryByTestId('fallback')).toBeNull();
    void C.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends until the module arrives when it was not preloaded', async () => {
    const { load, resolve } = deferredModule();
    const C = preloadable(load, (m) => m.Hello);
    render(
      <Suspense fallback={<p data-testid="fallback">loading</p>}>
        <C name="村" />
      </Suspense>,
    );
    expect(screen.getByTestId('fallback')).toBeTruthy();
    await act(async () => resolve());
    expect((await screen.findByTestId('hello')).textContent).toBe('hello 村');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ Hello: typeof Hello }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ Hello });
    const C = preloadable(load, (m) => m.Hello);
    await expect(C.preload()).rejects.toThrow('offline');
    await C.preload();
    expect(C.loaded()).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('useLoaded: a placeholder of its own while the module loads, never the Suspense fallback', async () => {
    const { load, resolve } = deferredModule();
    const C = preloadable(load, (m) => m.Hello);
    function Drawn({ c: Drawing }: { c: Preloadable<{ name: string }> }) {
      return useLoaded(Drawing) ? <Drawing name="院坝" /> : <p data-testid="placeholder">…</p>;
    }
    const fallbacks = vi.fn(() => <p data-testid="fallback">loading</p>);
    function Fallback() {
      return fallbacks();
    }
    render(
      <Suspense fallback={<Fallback />}>
        <Drawn c={C} />
      </Suspense>,
    );
    expect(screen.getByTestId('placeholder')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1); // asked for on first use
    await act(async () => resolve());
    expect(screen.getByTestId('hello').textContent).toBe('hello 院坝');
    expect(fallbacks).not.toHaveBeenCalled();
  });
});
