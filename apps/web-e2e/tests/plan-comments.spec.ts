import type { Browser } from 'playwright-core';
import { api, type Json } from '../support/api';
import { FACILITATOR, MEMBER, launch, login, newPage, seriousViolations, unique, untilTrue } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';
const PLAN_TITLE = 'Piano di Zona 2025-2027 - Area povertà e inclusione';
/** Luca Fontana sits in the Cantiere for Caritas Cremonese. */
const CARITAS_PERSON = 'luca.fontana@caritascremonese.example';

describe("discussing a plan's action with an @organisation", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("a member mentions Caritas, Caritas's person is notified and replies, the facilitator resolves; accessible", async () => {
    const member = await newPage(browser);
    const caritas = await newPage(browser);
    const facilitator = await newPage(browser);
    try {
      await login(caritas.page, CARITAS_PERSON);
      // The demo's minutes assign Caritas an action, told once their text has settled after the server started (run
      // first, this test once marked everything read before it arrived): wait for it, then start from nothing unread,
      // so that the count the bell shows next is the mention's.
      await untilTrue(
        async () => ((await api(caritas.page, 'GET', '/api/notifications')).items as Json[]).some((n) => n.kind === 'action_assigned'),
        "the demo's action notification to Caritas",
        30_000,
      );
      await api(caritas.page, 'POST', '/api/notifications/read-all');
      await caritas.page.goto('/notifiche');
      await caritas.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
      const count = caritas.page.getByTestId('notification-count');
      await count.waitFor({ state: 'detached' });

      await login(member.page, MEMBER);
      const space = ((await api(member.page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === SPACE)!;
      const planId = ((await api(member.page, 'GET', `/api/plans?spaceId=${space.id}`)).items as Json[]).find((p) => p.title === PLAN_TITLE)!.id as string;
      const { plan } = await api(member.page, 'GET', `/api/plans/${planId}`);
      const action = plan.actions[0] as Json;
      await member.page.goto(`/piani/${planId}`);
      const discussion = member.page.getByTestId('plan-discussion');
      await discussion.getByRole('heading', { level: 2, name: 'Commenti' }).waitFor();
      await discussion.getByLabel('Obiettivo o azione').selectOption(action.id);
      await discussion.getByRole('heading', { name: `Commenti su «${action.title}»` }).waitFor();

      const text = unique('Potete coprire la distribuzione del sabato?');
      const box = discussion.getByRole('combobox', { name: 'Nuovo commento' });
      await box.click();
      await member.page.keyboard.type(`${text} Chiediamo a @Carit`);
      const option = discussion.getByRole('listbox', { name: 'Organizzazioni suggerite' }).getByRole('option', { name: 'Caritas Cremonese' });
      await option.waitFor();
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      expect(await seriousViolations(member.page)).toEqual([]);
      await member.page.keyboard.press('Enter');
      await member.page.keyboard.type('di confermare.');
      expect(await box.inputValue()).toBe(`${text} Chiediamo a @Caritas Cremonese di confermare.`);
      await discussion.getByRole('button', { name: 'Pubblica il commento' }).click();
      const thread = discussion.getByTestId('comment-thread').filter({ hasText: text });
      await thread.waitFor();
      expect(await discussion.getByLabel('Obiettivo o azione').locator('option:checked').textContent()).toContain('1 commento aperto');

      // Live on Caritas's page once the notification is out: no reload; the link opens the thread.
      await count.waitFor({ timeout: 30_000 });
      expect(await count.textContent()).toBe('1');
      const link = caritas.page.getByTestId('notifications-list').getByRole('link', { name: 'La tua organizzazione è stata menzionata in un commento' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^/piani/${planId}\\?commento=[0-9a-f-]{36}$`));
      await link.click();
      const linked = caritas.page.getByTestId('comment-thread').filter({ hasText: text });
      await linked.waitFor();
      await linked.getByRole('button', { name: 'Rispondi' }).click();
      await linked.getByRole('combobox', { name: 'Risposta a Giulia Rossi' }).fill('Sì, copriamo noi il sabato con due volontari.');
      await linked.getByRole('button', { name: 'Pubblica la risposta' }).click();
      await linked.getByTestId('comment-reply').filter({ hasText: 'Sì, copriamo noi il sabato' }).waitFor();
      expect(await seriousViolations(caritas.page)).toEqual([]);

      // The facilitator resolves the thread: who and when are shown to everyone.
      await login(facilitator.page, FACILITATOR);
      await facilitator.page.goto(`/piani/${planId}?voce=${action.id}`);
      const resolved = facilitator.page.getByTestId('comment-thread').filter({ hasText: text });
      await resolved.getByTestId('comment-reply').waitFor();
      await resolved.getByRole('button', { name: 'Segna come risolto' }).click();
      await resolved.getByTestId('comment-resolved').filter({ hasText: 'Risolto da Marco Bianchi il' }).waitFor();
      await resolved.getByRole('button', { name: 'Riapri' }).waitFor();
      expect(await seriousViolations(facilitator.page)).toEqual([]);
      // On a phone the discussion stays usable and accessible.
      await facilitator.page.setViewportSize({ width: 390, height: 844 });
      expect(await seriousViolations(facilitator.page)).toEqual([]);
    } finally {
      await member.context.close();
      await caritas.context.close();
      await facilitator.context.close();
    }
  }, 120_000);
});
