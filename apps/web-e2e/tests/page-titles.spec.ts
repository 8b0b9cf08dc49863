import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, login, newPage, seriousViolations, untilTrue } from '../support/browser';

const SITE = 'Cantiere Welfare Inclusione sociale';

/** Waits until the browser's title is `expected` (it follows the page's heading, which may come with its data). */
async function titled(page: Page, expected: string | RegExp) {
  const matches = (title: string) => (typeof expected === 'string' ? title === expected : expected.test(title));
  await untilTrue(async () => matches(await page.title()), `the title ${expected} (it is "${await page.title()}")`);
}

/** WCAG 2.4.2: tabs, history and screen readers name the page shown, not the workspace alone. */
describe('page titles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('name the page shown, follow the links followed inside the workspace, and say when a page is not found', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/accesso');
    await titled(page, `Accedi – ${SITE}`);
    // The page loaded is read as it loads: nothing is announced.
    expect(await page.getByTestId('page-announcer').textContent()).toBe('');
    await login(page, FACILITATOR);
    await titled(page, `Home – ${SITE}`);
    // Links followed inside the workspace change the page without loading a new one: the title follows each.
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Spazi', exact: true }).click();
    await titled(page, `Spazi – ${SITE}`);
    // ... and a screen reader, which does not notice such a change, is told the new page's name.
    const announcer = page.getByTestId('page-announcer');
    expect(await announcer.getAttribute('role')).toBe('status');
    await untilTrue(async () => (await announcer.textContent()) === 'Spazi', 'the spaces page announced');
    await page.getByRole('link', { name: 'Tavolo Povertà alimentare' }).click();
    await titled(page, `Tavolo Povertà alimentare – ${SITE}`);
    await untilTrue(async () => (await announcer.textContent()) === 'Tavolo Povertà alimentare', 'the space announced');
    await page.getByRole('link', { name: /^Seduta n\. 2\/\d{4} – Avviso buoni spesa/ }).click();
    await titled(page, new RegExp(`^Seduta n\\. 2/\\d{4} – Avviso buoni spesa: testo definitivo – ${SITE}$`));
    const meetingPath = new URL(page.url()).pathname;
    await page.goto(`${meetingPath}/conduzione`);
    await titled(page, `Conduzione della seduta: Avviso buoni spesa: testo definitivo – ${SITE}`);
    await page.goBack();
    await titled(page, new RegExp(`^Seduta n\\. 2/\\d{4} – Avviso buoni spesa`));

    // A meeting that does not exist: a page named as not found, what was not found, and the way home.
    await page.goto('/sedute/00000000-0000-4000-8000-000000000000');
    await titled(page, `Pagina non trovata – ${SITE}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina non trovata');
    expect(await page.getByTestId('not-found').textContent()).toBe('Seduta non trovata o non accessibile.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Torna alla home' }).click();
    await titled(page, `Home – ${SITE}`);
    // The same for a plan and a space.
    await page.goto('/piani/00000000-0000-4000-8000-000000000000');
    await titled(page, `Pagina non trovata – ${SITE}`);
    expect(await page.getByTestId('not-found').textContent()).toBe('Piano non trovato o non accessibile.');
    await page.goto('/spazi/00000000-0000-4000-8000-000000000000');
    await titled(page, `Pagina non trovata – ${SITE}`);
    expect(await page.getByTestId('not-found').textContent()).toBe('Spazio non trovato.');
    await context.close();
  });
});
