import { ComponentType, LazyExoticComponent, ReactNode, Suspense } from 'react';
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

export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageFallback />}>{children}</Suspense>;
}
