import fs from 'node:fs';
import path from 'node:path';

/** The files of one page of the client beyond those of its entry (apps/web/build/landing-pages.mts writes them). */
export interface LandingFiles {
  modules: string[];
  /** Chunks of modules the page loads lazily but shows on its first screen. */
  lazy: string[];
  styles: string[];
  /** API paths the page's first screen reads, with the route's `:params`. */
  data: string[];
}

/**
 * The params of a URL path under a route pattern (`/sedute/:id`, each `:param` one non-empty segment, a trailing
 * slash allowed), or null when the pattern does not match it.
 */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    if (segment.startsWith(':') && got[i] !== '') params[segment.slice(1)] = got[i];
    else if (segment !== got[i]) return null;
  }
  return params;
}

/** A path with its `:params` filled in, each encoded as the client's `routeUrl` encodes it (one segment). */
function fill(template: string, params: Record<string, string>): string | null {
  let missing = false;
  const out = template.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return encodeURIComponent(safeDecode(value ?? ''));
  });
  return missing ? null : out;
}

/** The segment as the browser's router reads it (decoded), or as it came when it does not decode. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What the page a URL path shows needs (its API paths with the path's params filled in), from the table the build
 * wrote beside its manifest; nothing for a build without one. Read with each page, as index.html is, so that the two
 * always come from the same build (a few KB).
 */
export async function landingPage(distDir: string, pathname: string): Promise<LandingFiles | undefined> {
  let text: string;
  try {
    text = await fs.promises.readFile(path.join(distDir, '.vite/landing-pages.json'), 'utf8');
  } catch {
    return undefined;
  }
  const table = JSON.parse(text) as Record<string, Partial<LandingFiles>>;
  for (const [pattern, files] of Object.entries(table)) {
    const params = matchRoute(pattern, pathname);
    if (!params) continue;
    const data = (files.data ?? []).map((template) => fill(template, params)).filter((url): url is string => url !== null);
    return { modules: files.modules ?? [], lazy: files.lazy ?? [], styles: files.styles ?? [], data };
  }
  return undefined;
}
