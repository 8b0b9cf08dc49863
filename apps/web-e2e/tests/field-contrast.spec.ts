import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, linkIn, login, newPage, server, unique, waitForMailTo } from '../support/browser';
import { demoIds, ROLE_VISITS, visitPath } from '../support/routes';
import { fieldContrasts } from '../support/field-contrast';

/**
 * WCAG 1.4.11: the boundary of every form field reaches 3:1 against its background. axe does not check this, and
 * bootstrap-italia draws no border on an <input> without a type, so fields can be invisible and pass axe.
 */
const MINIMUM = 3;

// A representative in the demo space, convoked to its meetings.
const REPRESENTATIVE = 'anna.ricci@caritascremonese.example';

describe('form fields are visible (non-text contrast of their boundary, WCAG 1.4.11)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  /** Visits a page and returns its fields below the minimum, and how many fields it measured. */
  const measure = async (page: Page, path: string, open?: string) => {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (open) {
      await page.getByRole('button', { name: open }).click();
      await page.locator('form').last().waitFor();
    }
    const fields = await fieldContrasts(page);
    return {
      failures: fields.filter((f) => f.ratio < MINIMUM).map((f) => `${path}${open ? ` (${open})` : ''}: ${f.field} ${f.ratio}:1`),
      measured: fields.length,
    };
  };

  it.each(ROLE_VISITS)('on every page a %s sees', async (_role, email, visits) => {
    const { page, context } = await newPage(browser);
    await login(page, email);
    const ids = await demoIds(page);
    const failures: string[] = [];
    let measured = 0;
    for (const visit of visits) {
      const result = await measure(page, visitPath(visit, ids), visit.open);
      failures.push(...result.failures);
      measured += result.measured;
    }
    expect(failures).toEqual([]);
    // The pages do hold fields: a test that measured none would prove nothing.
    expect(measured).toBeGreaterThan(5);
    await context.close();
  });

  it('on the public pages, the RSVP page with the delegate field included', async () => {
    // A convocation of its own, to get a personal RSVP link by mail.
    const chair = await newPage(browser);
    await login(chair.page, FACILITATOR);
    const ids = await demoIds(chair.page);
    const title = unique('Contrasto campi');
    const post = (path: string, data: unknown) => chair.page.request.post(path, { data, headers: { origin: server().baseUrl } });
    const start = new Date(Date.now() + 3 * 86_400_000);
    // In the morning, whatever the time of the run: a meeting that ended after midnight would not fit the meeting form.
    start.setUTCHours(9, 0, 0, 0);
    const created = await (
      await post('/api/meetings', {
        spaceId: ids.space,
        title,
        kind: 'thematic_table',
        place: 'Sala Quadri',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      })
    ).json();
    const meetingId = created.meeting.id;
    const added = await post(`/api/meetings/${meetingId}/agenda-items`, { title: 'Punto unico', kind: 'information', plannedMinutes: 10 });
    expect(added.ok() ? 'ok' : await added.text()).toBe('ok');
    const convened = await post(`/api/meetings/${meetingId}/transitions`, { transition: 'convene' });
    expect(convened.ok() ? 'ok' : await convened.text()).toBe('ok');
    await chair.context.close();
    const rsvp = linkIn(await waitForMailTo(REPRESENTATIVE, title), '/risposta');

    const { page, context } = await newPage(browser);
    const failures: string[] = [];
    let measured = 0;
    for (const path of ['/accesso', '/password-dimenticata', '/reimposta-password/abcdefghijklmnopqrstuvwxyz0123456789']) {
      const result = await measure(page, path);
      failures.push(...result.failures);
      measured += result.measured;
    }
    await page.goto(rsvp);
    await page.getByText('Invierò un delegato', { exact: true }).click();
    // The field has a name of its own, and its label focuses it (it once shared the radio's id).
    await page.getByRole('textbox', { name: 'Nome del delegato' }).waitFor();
    await page.getByText('Nome del delegato', { exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rsvp-delegate-name');
    const fields = await fieldContrasts(page);
    failures.push(...fields.filter((f) => f.ratio < MINIMUM).map((f) => `${rsvp}: ${f.field} ${f.ratio}:1`));
    expect(fields.map((f) => f.field)).toContain('input[type=text]#rsvp-delegate-name "Nome del delegato"');
    expect(failures).toEqual([]);
    expect(measured).toBeGreaterThan(2);
    await context.close();
  });
});
