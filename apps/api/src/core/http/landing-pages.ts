import fs from 'node:fs';
import path from 'node:path';

/** The files of one page of the client beyond those of its entry (apps/web/build/landing-pages.mts writes them). */
export interface LandingFiles {
  modules: string[];
  styles: string[];
}

/** Whether a URL path is one a route pattern (`/sedute/:id`, each `:param` one non-empty segment) shows. */
export function routeMatches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).split('/');
  return want.length === got.length && want.every((segment, i) => (segment.startsWith(':') ? got[i] !== '' : segment === got[i]));
}

/**
 * The files of the page a URL path shows, from the table the build wrote beside its manifest; nothing for a build
 * without one. Read with each page, as index.html is, so that the two always come from the same build (a few KB).
 */
export async function landingFiles(distDir: string, pathname: string): Promise<LandingFiles | undefined> {
  let text: string;
  try {
    text = await fs.promises.readFile(path.join(distDir, '.vite/landing-pages.json'), 'utf8');
  } catch {
    return undefined;
  }
  const table = JSON.parse(text) as Record<string, LandingFiles>;
  return Object.entries(table).find(([pattern]) => routeMatches(pattern, pathname))?.[1];
}
