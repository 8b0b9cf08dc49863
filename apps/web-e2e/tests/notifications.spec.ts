import type { Browser } from 'playwright-core';
import { api, draftMeeting } from '../support/api';
import { FACILITATOR, MEMBER, launch, linkIn, login, newPage, seriousViolations, unique, waitForMailTo } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';
/** Has an account and may read the space's meetings (open to the network), but is not on their register. */
const FOLLOWER = 'chiara.galli@comune.cremona.it';

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
      // Start from nothing unread, so that the count the bell shows next is the new notification's. Other tests leave
      // notifications for this member; they are cleared before the page loads, not raced against its first fetch.
      await api(member.page, 'POST', '/api/notifications/read-all');
      await member.page.goto('/notifiche');
      await member.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
      const markAll = member.page.getByRole('button', { name: 'Segna tutte come lette' });
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

  it('stops one kind of mail from the link in a mail, without logging in, once', async () => {
    const facilitator = await newPage(browser);
    const follower = await newPage(browser);
    const visitor = await newPage(browser);
    try {
      await login(facilitator.page, FACILITATOR);
      const title = unique('Seduta seguita da chi non è nel registro');
      const { meeting } = await draftMeeting(facilitator.page, SPACE, title);
      await api(facilitator.page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', plannedMinutes: 10 });
      await api(facilitator.page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
      await login(follower.page, FOLLOWER);
      await api(follower.page, 'PUT', '/api/notifications/follows', { subjectType: 'meeting', subjectId: meeting.id, following: true });
      await api(follower.page, 'PUT', '/api/notifications/preferences', { kinds: [{ kind: 'meeting_changed', channel: 'immediate' }] });
      await api(facilitator.page, 'PATCH', `/api/meetings/${meeting.id}`, { place: 'Sala Rossa, Palazzo comunale' });

      const mail = await waitForMailTo(FOLLOWER, `/sedute/${meeting.id}`);
      await visitor.page.goto(linkIn(mail, '/disiscrizione'));
      await visitor.page.getByRole('heading', { level: 1, name: 'Smetti di ricevere queste email' }).waitFor();
      // The heading shows at once, the question once the link has been read from the server.
      await visitor.page.getByRole('button', { name: 'Non inviarmele più' }).waitFor();
      expect(await visitor.page.getByText('Non vuoi più ricevere email per «Sedute modificate»?', { exact: false }).count()).toBe(1);
      expect(await seriousViolations(visitor.page)).toEqual([]);
      await visitor.page.getByRole('button', { name: 'Non inviarmele più' }).click();
      await visitor.page.getByRole('status').filter({ hasText: 'Fatto: non riceverai più email per «Sedute modificate».' }).waitFor();
      const prefs = (await api(follower.page, 'GET', '/api/notifications/preferences')).preferences;
      expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'meeting_changed').channel).toBe('off');
      // Used once: opened again, the link says it is done and offers nothing more.
      await visitor.page.reload();
      await visitor.page.getByRole('status').filter({ hasText: 'Fatto:' }).waitFor();
      expect(await visitor.page.getByRole('button', { name: 'Non inviarmele più' }).count()).toBe(0);
    } finally {
      await facilitator.context.close();
      await follower.context.close();
      await visitor.context.close();
    }
  });
});
