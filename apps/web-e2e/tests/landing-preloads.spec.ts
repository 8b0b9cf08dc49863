import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, login, MEMBER, newPage } from '../support/browser';

/**
 * The server reads the data of a landing page's first screen and writes the answers into the page
 * (`apps/web/src/routing/landing-pages.json`, `apps/api/src/core/http/page-answers.ts`); the client takes each in
 * place of its first request for that address. An answer the page does not ask for at once would be handed, stale, to
 * a later request of the same address (after a change) while it is fresh: so every address the server reads must be
 * one the page asks for as it opens, for each role. To see what the page asks for, the answers are taken out of one
 * visit; on another, left in, the page asks the server for none of them.
 */
/** How long the page's answers stand in for requests (apps/web/src/api/page-answers.ts). */
const ANSWERS_FRESH_MS = 10_000;
const SPACE = 'Tavolo Povertà alimentare';
const PLAN_TITLE = 'Piano di Zona 2025-2027 - Area povertà e inclusione';

/** Records the API addresses the page's code asks the server for, in `window.__asked`. */
async function recordRequests(page: Page) {
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
}

/**
 * Opens a page: the addresses whose answers it carried, those it asked for itself by the time its title showed (its
 * first screen's requests; a live channel may refresh them later, on purpose), and all it asked for once settled.
 */
async function visit(page: Page, path: string, withAnswers: boolean) {
  let carried: string[] = [];
  await page.route(
    (url) => url.pathname + url.search === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const block = /<script type="application\/json" id="cantiere-answers">(.*?)<\/script>\n?/.exec(html);
      carried = block ? Object.keys(JSON.parse(block[1]) as object) : [];
      await route.fulfill({ response, body: withAnswers || !block ? html : html.replace(block[0], '') });
    },
  );
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  const askedFirst = await page.evaluate(() => [...(window as unknown as { __asked: string[] }).__asked]);
  await page.waitForLoadState('networkidle');
  // The network's quiet half-second is not the page's end of opening: on a busy machine a part drawn once its code
  // has loaded (the header's bell) asked for its data after it, and a CI run counted the bell's count as never asked.
  // What the page must do is ask for each carried address while the answers are fresh (ANSWERS_FRESH_MS, 10 s from
  // the page's start): without its answers, wait for that, and no longer.
  if (!withAnswers) {
    await page.waitForFunction(
      ({ urls, freshMs }) => {
        const asked = (window as unknown as { __asked: string[] }).__asked;
        return urls.every((url) => asked.includes(url)) || performance.now() > freshMs;
      },
      { urls: carried, freshMs: ANSWERS_FRESH_MS },
      { timeout: ANSWERS_FRESH_MS + 5_000 },
    );
  }
  await page.unrouteAll();
  const asked = await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
  return { carried, askedFirst, asked };
}

describe('the data a landing page carries', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it.each([
    ['facilitator', FACILITATOR],
    ['member', MEMBER],
  ])('is all asked for by the page as it opens, and then not asked of the server (%s)', async (_role, email) => {
    const { page, context } = await newPage(browser);
    await recordRequests(page);
    await login(page, email);
    const { items: spaces } = await (await page.request.get('/api/spaces')).json();
    const space = spaces.find((s: { name: string }) => s.name === SPACE);
    const cantiere = spaces.find((s: { parentId: string | null }) => !s.parentId);
    const { items: meetings } = await (await page.request.get(`/api/meetings?spaceId=${space.id}`)).json();
    const { items: plans } = await (await page.request.get(`/api/plans?spaceId=${cantiere.id}`)).json();
    const plan = plans.find((p: { title: string }) => p.title === PLAN_TITLE);
    const paths = ['/', `/spazi/${space.id}`, `/sedute/${meetings[0].id}`, `/piani/${plan.id}`, `/piani/${plan.id}?vista=panoramica`];
    const unasked: string[] = [];
    const askedAgain: string[] = [];
    let carried = 0;
    for (const path of paths) {
      const without = await visit(page, path, false);
      carried += without.carried.length;
      unasked.push(...without.carried.filter((url) => !without.asked.includes(url)).map((url) => `${path}: ${url}`));
      const withAnswers = await visit(page, path, true);
      askedAgain.push(...withAnswers.carried.filter((url) => withAnswers.askedFirst.includes(url)).map((url) => `${path}: ${url}`));
    }
    expect(unasked).toEqual([]);
    expect(askedAgain).toEqual([]);
    // Each of these pages carries its data: a check that found none would prove nothing.
    expect(carried).toBeGreaterThanOrEqual(paths.length * 2);
    await context.close();
  });
});
