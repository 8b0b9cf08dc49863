import { ComponentType, LazyExoticComponent, ReactNode, startTransition, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath } from 'react-router-dom';
import { lazyFrom, moduleOnce } from './lazy-component';

/**
 * A page loaded on first visit to its route, so that the login and home pages do not carry the code of every other
 * page (the meeting page alone brings socket.io and Yjs). Pages are named exports; `pick` names the one to use.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, pick: K): LazyPage {
  const once = moduleOnce(load);
  return Object.assign(lazyFrom<M, K, object>(once, pick) as LazyPage, { preload: once.start });
}

/** A lazily loaded page that can also be fetched ahead of its first render. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/**
 * Starts fetching the page a path shows. Called once at start for the page the visit lands on: a guarded page
 * otherwise began to load only after the session check answered, one round trip later. Resolves when the page's code
 * has arrived (or failed to: the page's own render then reports it).
 */
export function preloadPage(pages: [path: string, page: LazyPage][], pathname: string): Promise<void> {
  const page = pages.find(([path]) => matchPath(path, pathname))?.[1];
  return page
    ? page.preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** Stands in for a page while its code arrives; it takes the height a page takes, so the footer does not jump. */
export function PageFallback() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}

// Whether the code of the page the visit landed on has arrived (or failed to), told by `landingCodeSettled`.
let landingCode: 'pending' | 'settled' = 'pending';
const landingListeners = new Set<() => void>();

/** Marks the landing page's code as arrived: the pages' place, kept empty until then, renders. */
export function landingCodeSettled(): void {
  landingCode = 'settled';
  for (const listener of landingListeners) listener();
}

/**
 * The pages' place. Until the landing page's code has arrived it holds the fallback as plain content, not as a
 * Suspense fallback: React shows what replaces a Suspense fallback no sooner than 300 ms after the fallback
 * appeared, and the page, rendered then without suspending, would have waited that long with its code in hand. The
 * frame around it paints first; the page then renders as a transition, in slices that leave the main thread free
 * between them, as it did when it came out of Suspense.
 */
export function PageSuspense({ children }: { children: ReactNode }) {
  const [settled, setSettled] = useState(landingCode === 'settled');
  useEffect(() => {
    if (settled) return;
    const listener = () => startTransition(() => setSettled(true));
    landingListeners.add(listener);
    if (landingCode === 'settled') listener();
    return () => void landingListeners.delete(listener);
  }, [settled]);
  if (!settled) return <PageFallback />;
  return <Suspense fallback={<PageFallback />}>{children}</Suspense>;
}
