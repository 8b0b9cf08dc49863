import type { Browser } from 'playwright-core';
import { api, draftMeeting, type Json } from '../support/api';
import { FACILITATOR, launch, login, newPage, seriousViolations, unique } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';
const ITEM = 'Sportello casa: nuove aperture';

describe("the facilitator sets an agenda item's outcome for the verbale", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('marks an item as postponed from the keyboard after the meeting, and the choice is fixed once the minutes are approved', async () => {
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const { meeting } = await draftMeeting(page, SPACE, unique('Seduta con esiti'));
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', plannedMinutes: 10 });
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: ITEM, plannedMinutes: 20 });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'start' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'close' });

    await page.goto(`/sedute/${meeting.id}`);
    await page.getByText('Ordine del giorno trattato (2 punti)').click();
    const select = page.getByLabel(`Esito nel verbale di «${ITEM}»`);
    await select.waitFor();
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option').allTextContents()).toEqual(['Automatico (dal testo del verbale)', 'Trattato', 'Non trattato', 'Rinviato']);
    expect(await seriousViolations(page)).toEqual([]);

    // From the keyboard alone: focus the select and step down to the last choice.
    await select.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.getByText(`Esito di «${ITEM}»: Rinviato.`).waitFor({ state: 'attached' });
    // Each change is also announced live and refetched: the page settles on the last choice.
    const selectId = (await select.getAttribute('id')) ?? '';
    await page.waitForFunction((id) => (document.getElementById(id) as HTMLSelectElement | null)?.value === 'postponed', selectId, { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(selectId);
    const items = (await api(page, 'GET', `/api/meetings/${meeting.id}/agenda-items`)).agenda.items as Json[];
    expect(items.map((i) => [i.title, i.outcome])).toEqual([
      ['Comunicazioni', null],
      [ITEM, 'postponed'],
    ]);
    const verbale = await api(page, 'GET', `/api/meetings/${meeting.id}/minutes.json`);
    expect(verbale.agenda.map((i: Json) => i.status)).toEqual(['not_discussed', 'postponed']);

    // The choice survives a reload; once the minutes are approved it is shown, no longer offered.
    await page.reload();
    await page.getByText('Ordine del giorno trattato (2 punti)').click();
    expect(await page.getByLabel(`Esito nel verbale di «${ITEM}»`).inputValue()).toBe('postponed');
    await api(page, 'POST', `/api/meetings/${meeting.id}/minutes/approve`, {});
    await page.reload();
    await page.getByText('Ordine del giorno trattato (2 punti)').click();
    const row = page.getByTestId('agenda-items').getByRole('listitem').filter({ hasText: ITEM });
    await row.getByText('· rinviato').waitFor();
    expect(await page.getByTestId('item-outcome').count()).toBe(0);
    await context.close();
  });
});
