import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** Loads a module once; remembers it when it has arrived, so that a later render can take it at once. */
export function moduleOnce<M>(load: () => Promise<M>): { start: () => Promise<M>; loaded: () => M | undefined } {
  let loading: Promise<M> | null = null;
  let module: { value: M } | null = null;
  const start = () =>
    (loading ??= load().then(
      (value) => {
        module = { value };
        return value;
      },
      (error: unknown) => {
        // A failed download (a new release, a dropped connection) is tried again by the next render.
        loading = null;
        throw error;
      },
    ));
  return { start, loaded: () => module?.value };
}

/**
 * React's `lazy` over a module loaded once, which renders without suspending when the module has already arrived.
 * Suspending shows the fallback, and React holds back the content that replaces a fallback until 300 ms after the
 * fallback appeared: with the page and then a section each waiting, a page whose code had all arrived took 600 ms
 * more to show its data. A thenable that calls back at once lets `lazy` take the module in the same render.
 */
export function lazyFrom<M, K extends keyof M, P>(once: ReturnType<typeof moduleOnce<M>>, pick: K): LazyExoticComponent<ComponentType<P>> {
  type Loaded = { default: ComponentType<P> };
  const take = (module: M): Loaded => ({ default: module[pick] as ComponentType<P> });
  return lazy(() => {
    const module = once.loaded();
    if (module) return { then: (resolve: (loaded: Loaded) => void) => resolve(take(module)) } as Promise<Loaded>;
    return once.start().then(take);
  });
}

/**
 * A component whose code arrives when it is first rendered (or when `preload` is called, to fetch it beside the
 * data it will show). Components are named exports; `pick` names the one to use.
 */
export function lazyComponent<M extends Record<K, ComponentType<P>>, K extends keyof M, P = M[K] extends ComponentType<infer Q> ? Q : never>(
  load: () => Promise<M>,
  pick: K,
): LazyExoticComponent<ComponentType<P>> & { preload: () => void } {
  const once = moduleOnce(load);
  const component = lazyFrom<M, K, P>(once, pick);
  return Object.assign(component, { preload: () => void once.start().catch(() => undefined) });
}
