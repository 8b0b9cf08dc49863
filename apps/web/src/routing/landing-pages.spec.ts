import { describe, expect, it, vi } from 'vitest';
import { routeTables } from '@cantiere/domain';
import pages from './landing-pages.json';

/** Whether an address (literal segments, or the page's `:params`) is one of an API route (`:params` any segment). */
const sameRoute = (route: string, address: string) => {
  const want = route.split('/');
  const got = address.split('/');
  return want.length === got.length && want.every((segment, i) => segment.startsWith(':') || segment === got[i]);
};

// The server names in index.html the chunks of the page a path shows, from this table (apps/web/build/landing-pages.mts):
// it must say what the client's router loads, or the browser would fetch one page's code for another.
describe('landing-pages.json', () => {
  it("names, for every route of the client, the module its page's code comes from", async () => {
    const loaded: string[] = [];
    for (const { page } of Object.values(pages)) vi.doMock(`../../${page}`, () => (loaded.push(page), {}));
    const { PAGE_PATHS, preloadLandingPage } = await import('../App');
    expect(Object.keys(pages).sort()).toEqual([...PAGE_PATHS].sort());
    for (const [route, { page }] of Object.entries(pages)) {
      loaded.length = 0;
      preloadLandingPage(route.replace(/:\w+/g, 'x1'));
      await vi.waitFor(() => expect(loaded).toEqual([page]));
    }
  });

  it('names as data only GET routes of the API (a query string allowed), whose params the page path gives', () => {
    const gets = Object.values(routeTables).flatMap((table) =>
      Object.values(table)
        .filter((r) => r.method === 'GET')
        .map((r) => r.path as string),
    );
    for (const [route, entry] of Object.entries(pages) as [string, { data?: string[] }][])
      for (const path of entry.data ?? []) {
        expect({ route, path, known: gets.some((get) => sameRoute(get, path.split('?')[0])) }).toEqual({ route, path, known: true });
        for (const param of path.match(/:\w+/g) ?? []) expect({ route, param, given: route.split('/').includes(param) }).toEqual({ route, param, given: true });
      }
  });
});
