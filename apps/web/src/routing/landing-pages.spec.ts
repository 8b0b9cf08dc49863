import { describe, expect, it, vi } from 'vitest';
import pages from './landing-pages.json';

// The server names in index.html the chunks of the page a path shows, from this table (apps/web/build/landing-pages.mts):
// it must say what the client's router loads, or the browser would fetch one page's code for another.
describe('landing-pages.json', () => {
  it("names, for every route of the client, the module its page's code comes from", async () => {
    const loaded: string[] = [];
    for (const file of Object.values(pages)) vi.doMock(`../../${file}`, () => (loaded.push(file), {}));
    const { PAGE_PATHS, preloadLandingPage } = await import('../App');
    expect(Object.keys(pages).sort()).toEqual([...PAGE_PATHS].sort());
    for (const [route, file] of Object.entries(pages)) {
      loaded.length = 0;
      preloadLandingPage(route.replace(/:\w+/g, 'x1'));
      await vi.waitFor(() => expect(loaded).toEqual([file]));
    }
  });
});
