import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { api, draftMeeting, type Json } from '../support/api';
import { FACILITATOR, launch, login, newPage, unique } from '../support/browser';
import { pdfText } from '../support/files';

const SPACE = 'Cantiere Welfare Inclusione sociale';
const ITEMS = ['Mense solidali: la mappatura', 'Raccolta alimentare: il calendario'];

/** Polls a JSON route until `accept` is satisfied (the projection is debounced). */
async function poll(page: Page, url: string, accept: (body: Json) => boolean): Promise<Json> {
  for (let i = 0; ; i++) {
    const body = await api(page, 'GET', url);
    if (accept(body) || i > 60) return body;
    await page.waitForTimeout(250);
  }
}

describe('the minutes have no place between sections', () => {
  let browser: Browser;
  let downloads: string;
  beforeAll(async () => {
    browser = await launch();
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-sections-'));
  });
  afterAll(async () => {
    await browser.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('after a decision, arrow down and “Inserisci azione” puts the action in a section; varie ed eventuali prints its action in full', async () => {
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const { meeting } = await draftMeeting(page, SPACE, unique('Seduta sulle sezioni'));
    let items: Json[] = [];
    for (const title of ITEMS)
      items = (await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title, kind: 'discussion', plannedMinutes: 20 })).agenda.items;
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'start' });

    await page.goto(`/sedute/${meeting.id}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="minutes-editor"] section.minutes-section').length === 2, undefined, {
      timeout: 20_000,
    });
    expect(await page.locator('[data-testid="minutes-editor"] section.minutes-other-business > h3').textContent()).toBe('Varie ed eventuali');

    // A decision at the end of the first item's section; then arrow down and insert an action.
    await page.locator('section.minutes-section:nth-of-type(1) .minutes-section-body p').first().click();
    await page.getByTestId('insert-decision').click();
    await page.keyboard.type('Si approva la mappatura delle mense');
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('insert-action').click();
    await page.keyboard.type('Pubblicare la mappa delle mense');
    const action = page.locator('.minutes-action').filter({ hasText: 'Pubblicare la mappa delle mense' });
    await action.getByTestId('action-person').selectOption({ label: 'Giulia Rossi' });
    await action.getByTestId('action-due').fill('2027-04-30');

    // It sits inside the next agenda section, where arrow down took the cursor, not between two sections; its row has that item.
    const itemId = await action.evaluate((el) => el.closest('section.minutes-section')?.getAttribute('data-item-id') ?? null);
    expect(itemId).toBe(items[1].id);
    expect(await page.locator('[data-testid="minutes-editor"] > :not(section)').count()).toBe(0);

    // An action written under varie ed eventuali.
    await page.locator('section.minutes-other-business .minutes-section-body p').first().click();
    await page.keyboard.type('Si segnala la chiusura estiva degli uffici.');
    await page.getByTestId('insert-action').click();
    await page.keyboard.type('Prenotare la sala per settembre');
    const other = page.locator('.minutes-action').filter({ hasText: 'Prenotare la sala per settembre' });
    await other.getByTestId('action-person').selectOption({ label: 'Giulia Rossi' });
    await other.getByTestId('action-due').fill('2027-09-15');
    expect(await other.evaluate((el) => !!el.closest('section.minutes-other-business'))).toBe(true);
    await page.getByText('Tutte le modifiche sono salvate').waitFor();

    const title = (id: string | null) => items.find((i) => i.id === id)?.title ?? null;
    const { items: actions } = await poll(page, `/api/actions?meetingId=${meeting.id}`, (b) => b.items?.length === 2 && b.items.every((a: Json) => a.dueDate));
    expect((actions as Json[]).map((a) => [a.what, a.agendaItemTitle, a.responsiblePersonName, a.dueDate]).sort()).toEqual([
      ['Prenotare la sala per settembre', null, 'Giulia Rossi', '2027-09-15'],
      ['Pubblicare la mappa delle mense', title(itemId), 'Giulia Rossi', '2027-04-30'],
    ]);

    // The verbale prints varie ed eventuali once, with its action's responsible and due date.
    const response = await context.request.get(`/api/meetings/${meeting.id}/minutes.pdf`);
    const file = path.join(downloads, 'verbale.pdf');
    fs.writeFileSync(file, await response.body());
    const text = pdfText(file).replace(/\s+/g, ' ');
    const parts = text.split('Varie ed eventuali');
    expect(parts).toHaveLength(2);
    for (const expected of ['Si segnala la chiusura estiva degli uffici.', 'Prenotare la sala per settembre', 'Giulia Rossi', '15/09/2027'])
      expect(parts[1]).toContain(expected);
    expect(parts[0]).toContain('Pubblicare la mappa delle mense');
    expect(parts[0]).toContain('30/04/2027');
    await context.close();
  });
});
