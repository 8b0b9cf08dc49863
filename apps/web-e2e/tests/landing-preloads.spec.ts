import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, login, MEMBER, newPage } from '../support/browser';

/**
 * The server names the data of a landing page in its head, and the browser fetches it beside the code
 * (`apps/web/src/routing/landing-pages.json`). A preloaded answer waits in the page until a request for the same
 * address takes it: one the page does not ask for at once would be handed, stale, to a later request of the same
 * address (after a change). So every address the server preloads must be one the page asks for as it opens, for
 * each role: this records the page's own requests and compares.
 */
const SPACE = 'Tavolo Povertà alimentare';
const PLAN_TITLE = 'Piano di Zona 2025-2027 - Area povertà e inclusione';

/** The API addresses a page preloads, and those it asked for itself once it has settled. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((l) => new URL(l.href).pathname + new URL(l.href).search),
    asked: (window as unknown as { __asked: string[] }).__asked,
  }));
}

describe('the data a landing page preloads', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it.each([
    ['facilitator', FACILITATOR],
    ['member', MEMBER],
  ])('is all asked for by the page as it opens (%s)', async (_role, email) => {
    const { page, context } = await newPage(browser);
    await page.addInitScript(() => {
      const asked: string[] = [];
      (window as unknown as { __asked: string[] }).__asked = asked;
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        asked.push(url.pathname + url.search);
        return original(input, init);
      };
    });
    await login(page, email);
    const { items: spaces } = await (await page.request.get('/api/spaces')).json();
    const space = spaces.find((s: { name: string }) => s.name === SPACE);
    const cantiere = spaces.find((s: { parentId: string | null }) => !s.parentId);
    const { items: meetings } = await (await page.request.get(`/api/meetings?spaceId=${space.id}`)).json();
    const { items: plans } = await (await page.request.get(`/api/plans?spaceId=${cantiere.id}`)).json();
    const plan = plans.find((p: { title: string }) => p.title === PLAN_TITLE);
    const paths = ['/', `/spazi/${space.id}`, `/sedute/${meetings[0].id}`, `/piani/${plan.id}`, `/piani/${plan.id}?vista=panoramica`];
    const unasked: string[] = [];
    let preloaded = 0;
    for (const path of paths) {
      const seen = await visit(page, path);
      preloaded += seen.preloaded.length;
      unasked.push(...seen.preloaded.filter((url) => !seen.asked.includes(url)).map((url) => `${path}: ${url}`));
    }
    expect(unasked).toEqual([]);
    // Each of these pages preloads its data: a check that found no preload would prove nothing.
    expect(preloaded).toBeGreaterThanOrEqual(paths.length * 2);
    await context.close();
  });
});
