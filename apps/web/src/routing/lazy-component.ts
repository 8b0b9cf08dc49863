import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A component whose code arrives when it is first rendered (or when `preload` is called, to fetch it beside the
 * data it will show). Components are named exports; `pick` names the one to use.
 */
export function lazyComponent<M extends Record<K, ComponentType<P>>, K extends keyof M, P = M[K] extends ComponentType<infer Q> ? Q : never>(
  load: () => Promise<M>,
  pick: K,
): LazyExoticComponent<ComponentType<P>> & { preload: () => void } {
  let loading: Promise<M> | null = null;
  const once = () => (loading ??= load());
  const component = lazy(async () => ({ default: (await once())[pick] }));
  return Object.assign(component, { preload: () => void once().catch(() => undefined) });
}
