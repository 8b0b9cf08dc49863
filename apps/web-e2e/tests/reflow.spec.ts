import type { Browser, Page } from 'playwright-core';
import { launch, login, newPage } from '../support/browser';
import { demoIds, ROLE_VISITS, visitPath } from '../support/routes';

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing but a data table scrolls sideways. A page wider than the screen
 * pans on a phone, and every field focused moves it. Tables scroll inside their own region (`.table-responsive`),
 * which must also hold what is positioned inside them (visually hidden headers once widened the space page).
 */
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

/** How much wider than the screen the page is, and the outermost elements that make it so. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const excess = root.scrollWidth - root.clientWidth;
    const culprits: string[] = [];
    if (excess > 0) {
      // Hide each element in turn, from the top: one whose hiding narrows the page is (or holds) the culprit.
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      const search = (el: HTMLElement, trail: string) => {
        const before = el.style.display;
        el.style.display = 'none';
        const narrower = root.scrollWidth < root.clientWidth + excess;
        el.style.display = before;
        if (!narrower) return;
        const here = `${trail} > ${name(el)}`;
        const inner = [...el.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
        const count = culprits.length;
        for (const child of inner) search(child, here);
        if (culprits.length === count) culprits.push(here);
      };
      for (const child of [...document.body.children]) if (child instanceof HTMLElement) search(child, 'body');
    }
    return { excess, culprits: culprits.slice(0, 3) };
  });
}

describe('pages fit a 320 px wide screen without sideways scrolling (WCAG 1.4.10)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it.each(ROLE_VISITS)('on every page a %s sees', async (_role, email, visits) => {
    const { page, context } = await newPage(browser, PHONE);
    await login(page, email);
    const ids = await demoIds(page);
    const failures: string[] = [];
    for (const visit of visits) {
      const path = visitPath(visit, ids);
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      if (visit.open) {
        await page.getByRole('button', { name: visit.open }).click();
        await page.locator('form').last().waitFor();
      }
      const { excess, culprits } = await sideways(page);
      if (excess > 0) failures.push(`${path}${visit.open ? ` (${visit.open})` : ''}: ${excess}px too wide, from ${culprits.join('; ')}`);
    }
    expect(failures).toEqual([]);
    await context.close();
  });
});
