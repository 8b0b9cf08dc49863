import type { Browser, Page } from 'playwright-core';
import { draftMeeting } from '../support/api';
import { FACILITATOR, launch, login, newPage, unique } from '../support/browser';

const SPACE = 'Tavolo Povertà alimentare';

/** Resolves when the page asks the live channel to watch a meeting, over WebSocket or long-polling. */
function watchSent(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => ws.on('framesent', (frame) => String(frame.payload).includes('meeting:watch') && resolve()));
    page.on('request', (req) => req.url().includes('/socket.io/') && (req.postData() ?? '').includes('meeting:watch') && resolve());
  });
}

/** The agenda's item titles, in the order shown. */
const agendaTitles = (page: Page) => page.getByTestId('agenda-items').locator('li strong').allTextContents();

describe('a meeting open in two browsers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the agenda and the details changed in one browser in the other, without reloading', async () => {
    const facilitator = await newPage(browser);
    const other = await newPage(browser);
    try {
      await login(facilitator.page, FACILITATOR);
      // The same facilitator on a second device (a laptop and the projector's PC, say): a context of its own.
      await login(other.page, FACILITATOR);
      const title = unique('Seduta seguita dal vivo');
      const { meeting } = await draftMeeting(facilitator.page, SPACE, title);
      const url = `/sedute/${meeting.id}`;
      const watching = watchSent(other.page);
      await facilitator.page.goto(url);
      await other.page.goto(url);
      for (const { page } of [facilitator, other]) {
        await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
        await page.getByText('Nessun punto all’ordine del giorno.').waitFor();
      }
      // The live channel of the second browser must be listening before the change, or it would only see it on reload.
      await watching;
      let navigations = 0;
      other.page.on('framenavigated', (frame) => {
        if (frame === other.page.mainFrame()) navigations++;
      });

      // An item added in the first browser appears in the second.
      const item = 'Aggiornamento sui buoni spesa';
      await facilitator.page.locator('#new-item-title').fill(item);
      await facilitator.page.getByRole('button', { name: 'Aggiungi il punto' }).click();
      await facilitator.page.getByTestId('agenda-items').getByText(item).waitFor();
      await other.page.getByTestId('agenda-items').getByText(item).waitFor({ timeout: 10_000 });
      expect(await agendaTitles(other.page)).toEqual([item]);

      // The meeting is renamed in the second browser: the first one's heading follows.
      const renamed = unique('Seduta rinominata');
      await other.page.getByRole('button', { name: 'Modifica i dati' }).click();
      await other.page.locator('#edit-meeting-title').fill(renamed);
      await other.page.getByRole('button', { name: 'Salva', exact: true }).click();
      await other.page.getByRole('heading', { level: 1, name: new RegExp(renamed) }).waitFor();
      await facilitator.page.getByRole('heading', { level: 1, name: new RegExp(renamed) }).waitFor({ timeout: 10_000 });
      expect(navigations).toBe(0);
    } finally {
      await Promise.all([facilitator.context.close(), other.context.close()]);
    }
  });
});
