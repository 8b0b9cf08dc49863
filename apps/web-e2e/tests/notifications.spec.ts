import type { Browser } from 'playwright-core';
import { api, draftMeeting } from '../support/api';
import { FACILITATOR, MEMBER, launch, login, newPage, seriousViolations, unique } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';

describe('the notification bell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows a new notification live, lists it on /notifiche, and marking all read clears the count', async () => {
    const member = await newPage(browser);
    const facilitator = await newPage(browser);
    try {
      await login(member.page, MEMBER);
      await member.page.goto('/notifiche');
      await member.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
      // Start from nothing unread, so that the count the bell shows next is the new notification's.
      const markAll = member.page.getByRole('button', { name: 'Segna tutte come lette' });
      if (await markAll.isEnabled()) await markAll.click();
      const count = member.page.getByTestId('notification-count');
      await count.waitFor({ state: 'detached' });
      expect(await member.page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifiche');

      await login(facilitator.page, FACILITATOR);
      const title = unique('Seduta annunciata dalla campanella');
      const { meeting } = await draftMeeting(facilitator.page, SPACE, title);
      await api(facilitator.page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', plannedMinutes: 10 });
      await api(facilitator.page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });

      // Live: no reload on the member's page.
      await count.waitFor({ timeout: 20_000 });
      expect(await count.textContent()).toBe('1');
      expect(await member.page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifiche, da leggere: 1');
      const link = member.page.getByTestId('notifications-list').getByRole('link', { name: new RegExp(`^Convocazione: .*${title}$`) });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/sedute/${meeting.id}`);
      expect(await seriousViolations(member.page)).toEqual([]);

      await markAll.click();
      await count.waitFor({ state: 'detached' });
      expect(await member.page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifiche');
      expect(await member.page.getByRole('button', { name: /^Segna come letta/ }).count()).toBe(0);
      expect(await seriousViolations(member.page)).toEqual([]);
    } finally {
      await member.context.close();
      await facilitator.context.close();
    }
  });
});
