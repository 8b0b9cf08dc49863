import type { Browser } from 'playwright-core';
import { api, type Json } from '../support/api';
import { FACILITATOR, MEMBER, launch, login, newPage, seriousViolations, unique } from '../support/browser';

/** Open to the whole network: every account may read its documents. */
const SPACE = 'Cantiere Welfare Inclusione sociale';

describe('mentioning a person in a shared document', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('types @, picks the person from the list with the keyboard, and the person sees it in the bell', async () => {
    const writer = await newPage(browser);
    const member = await newPage(browser);
    try {
      await login(member.page, MEMBER);
      // From nothing unread, so that the count the bell shows next is the mention's.
      await api(member.page, 'POST', '/api/notifications/read-all');
      await member.page.goto('/notifiche');
      await member.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
      const count = member.page.getByTestId('notification-count');
      await count.waitFor({ state: 'detached' });

      await login(writer.page, FACILITATOR);
      const space = ((await api(writer.page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === SPACE)!;
      const title = unique('Nota con menzioni');
      const { document } = await api(writer.page, 'POST', '/api/documents', { spaceId: space.id, title, kind: 'working_note' });
      await writer.page.goto(`/documenti/${document.id}`);
      await writer.page.getByText('Tutte le modifiche sono salvate').waitFor();
      const editor = writer.page.getByTestId('editor');
      await editor.click();
      await writer.page.keyboard.type('Chiedo a @Giulia');

      const list = writer.page.getByRole('listbox', { name: 'Persone e organizzazioni da menzionare' });
      const option = list.getByRole('option', { name: /@Giulia Rossi/ });
      await option.waitFor();
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await editor.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      expect(await seriousViolations(writer.page)).toEqual([]);
      await writer.page.keyboard.press('Enter');
      await list.waitFor({ state: 'detached' });
      await writer.page.keyboard.type('i dati degli empori.');
      const chip = editor.locator('span.mention[data-kind="person"]');
      expect(await chip.textContent()).toBe('@Giulia Rossi');
      await writer.page.getByText('Tutte le modifiche sono salvate').waitFor();

      // Once the text has settled, live on the member's page: no reload.
      await count.waitFor({ timeout: 30_000 });
      expect(await count.textContent()).toBe('1');
      const link = member.page.getByTestId('notifications-list').getByRole('link', { name: 'Nuova menzione' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/documenti/${document.id}`);
      await member.page.getByText(`Marco Bianchi ti ha menzionato in «${title}»`).waitFor();
    } finally {
      await writer.context.close();
      await member.context.close();
    }
  });
});
