import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, login, newPage, server, unique } from '../support/browser';

const TABLE = 'Tavolo Povertà alimentare';
const CARRIED = 'Recupero delle eccedenze dalla grande distribuzione';

const tomorrow = () => new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/** The agenda's item titles, in the order shown. */
const order = (page: Page) => page.getByTestId('agenda-items').locator('li strong').allTextContents();

async function waitForOrder(page: Page, expected: string[]) {
  await page.waitForFunction(
    (titles) => JSON.stringify([...document.querySelectorAll('[data-testid="agenda-items"] li strong')].map((e) => e.textContent)) === JSON.stringify(titles),
    expected,
    { timeout: 10_000 },
  );
}

describe('preparing a meeting in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('takes an item from the backlog, warns when the agenda overruns, reorders by keyboard and by drag and drop', async () => {
    const { page, context } = await newPage(browser);
    await login(page, FACILITATOR);
    await page.goto('/spazi');
    await page.getByRole('link', { name: TABLE }).click();
    await page.getByRole('button', { name: 'Nuova seduta' }).click();
    await page.locator('#new-meeting-title').fill(unique('Seduta di preparazione'));
    await page.locator('#new-meeting-date').fill(tomorrow());
    await page.locator('#new-meeting-start').fill('17:00');
    await page.locator('#new-meeting-end').fill('18:00');
    // A bad end time is refused on the field, before anything is sent.
    await page.locator('#new-meeting-end').fill('16:00');
    await page.getByRole('button', { name: 'Crea la seduta' }).click();
    await page.getByText('L’ora di fine deve seguire quella di inizio.').waitFor();
    expect(await page.locator('#new-meeting-end').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#new-meeting-end').fill('18:00');
    await page.getByRole('button', { name: 'Crea la seduta' }).click();
    await page.waitForURL(/\/sedute\/[0-9a-f-]{36}$/);

    // The item the first meeting did not reach is offered, and joins the agenda with one click.
    await page.getByText('Nessun punto all’ordine del giorno.').waitFor();
    const offer = page.getByTestId('backlog').getByRole('listitem').filter({ hasText: CARRIED });
    await offer.getByRole('button', { name: 'Aggiungi all’ordine del giorno' }).click();
    await waitForOrder(page, [CARRIED]);

    for (const [title, minutes] of [
      ['Buoni spesa: stato delle domande', '30'],
      ['Varie ed eventuali', '20'],
    ]) {
      await page.locator('#new-item-title').fill(title);
      await page.locator('#new-item-plannedMinutes').fill(minutes);
      await page.getByRole('button', { name: 'Aggiungi il punto' }).click();
      await page.getByTestId('agenda-items').getByText(title).waitFor();
    }
    // 15 (the default for a carried item) + 30 + 20 minutes in a meeting of 60: the overrun is shown with its size.
    await page.getByText('Totale previsto: 65 minuti su 60 di seduta.').waitFor();
    expect(await page.getByTestId('agenda-overrun').textContent()).toBe('L’ordine del giorno supera di 5 minuti la durata prevista della seduta.');

    // Keyboard: the Down button moves the item, keeps the focus on it and announces where it went.
    const down = page.getByRole('button', { name: `Sposta giù «${CARRIED}»` });
    await down.focus();
    await page.keyboard.press('Enter');
    await waitForOrder(page, ['Buoni spesa: stato delle domande', CARRIED, 'Varie ed eventuali']);
    await page.getByText(`Punto «${CARRIED}» spostato in posizione 2 di 3.`).waitFor({ state: 'attached' });
    await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, `Sposta giù «${CARRIED}»`);
    await page.keyboard.press('Enter');
    await waitForOrder(page, ['Buoni spesa: stato delle domande', 'Varie ed eventuali', CARRIED]);
    // At the bottom the Down button is disabled: the focus moves to Up rather than being lost.
    await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, `Sposta su «${CARRIED}»`);

    // Drag and drop: the last item onto the first.
    await page.getByTestId('agenda-items').locator('li').nth(2).dragTo(page.getByTestId('agenda-items').locator('li').nth(0));
    const expected = [CARRIED, 'Buoni spesa: stato delle domande', 'Varie ed eventuali'];
    await waitForOrder(page, expected);

    // The order is the server's, not only the page's.
    await page.reload();
    await page.getByTestId('agenda-items').waitFor();
    expect(await order(page)).toEqual(expected);
    await context.close();
  });

  it('gives a personal calendar feed that a calendar program reads without logging in', async () => {
    const { page, context } = await newPage(browser);
    await login(page, FACILITATOR);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Crea l’indirizzo' }).click();
    const url = await page.getByLabel('Indirizzo del calendario').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nSUMMARY:Tavolo Povertà alimentare – seduta n\. 2\/\d{4}: Avviso buoni spesa: testo definitivo\r\n/);

    // A new address replaces the old one, which stops working at once.
    await page.getByRole('button', { name: /Crea un nuovo indirizzo/ }).click();
    await page.waitForFunction((old) => (document.getElementById('calendar-feed-url') as HTMLInputElement | null)?.value !== old, url);
    expect((await fetch(url)).status).toBe(404);
    expect(new URL(url).origin).toBe(server().baseUrl);
    await context.close();
  });
});
