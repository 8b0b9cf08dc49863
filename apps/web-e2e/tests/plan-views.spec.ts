import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { api, type Json } from '../support/api';
import { FACILITATOR, launch, login, newPage, seriousViolations } from '../support/browser';

const PLAN_TITLE = 'Piano di Zona 2025-2027 - Area povertà e inclusione';
/** Where the screenshots go, to be looked at after the run (the path is printed). */
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-views-'));

const euros = (cents: number) => (cents / 100).toLocaleString('it-IT', { style: 'currency', currency: 'EUR' });
const takesPart = (a: Json, organisationId: string) =>
  a.leadOrganisationId === organisationId || (a.partners as Json[]).some((p) => p.organisationId === organisationId);
/** The overdue rule, written out again here so the page is checked against it rather than against itself. */
const overdue = (a: Json, today: string) =>
  !['completed', 'cancelled'].includes(a.status) && ((a.endDate && a.endDate < today) || (a.milestones as Json[]).some((m) => !m.done && m.date < today));
/** What `read` gives once it equals `expected`, or its last answer after a while (the page re-renders after the address). */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  return last;
}
const cardTitles = async (page: Page) =>
  (await page.getByTestId('plan-board').getByTestId('board-card').getByRole('heading', { level: 4 }).allInnerTexts())
    .map((t) => t.replace(/^OB-\d+\s*/, ''))
    .sort();

describe('the views of a plan: charts, action board, organisation page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('charts the demo plan with tables, filters its board by organisation and lateness, and lists an organisation’s actions', async () => {
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const cantiere = ((await api(page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === 'Cantiere Welfare Inclusione sociale')!;
    const summary = ((await api(page, 'GET', `/api/plans?spaceId=${cantiere.id}`)).items as Json[]).find((p) => p.title === PLAN_TITLE)!;
    const { plan } = await api(page, 'GET', `/api/plans/${summary.id}`);
    const actions = plan.actions as Json[];
    const today: string = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
    );

    // Overview: the charts come as SVG once their section is in view, each beside a table with the same money.
    await page.goto(`/piani/${plan.id}?vista=panoramica`);
    // Each chart is drawn (ECharts fetched, then an SVG) when it comes near the screen.
    for (const chart of ['funding', 'organisations', 'progress']) {
      await page.getByTestId(`chart-${chart}`).scrollIntoViewIfNeeded();
      await page.locator(`[data-testid="chart-${chart}"] svg`).first().waitFor({ timeout: 20_000 });
    }
    const funding = page.getByRole('table', { name: 'Budget delle azioni per fonte di finanziamento, in euro' });
    const planned = actions.reduce((n, a) => n + (a.budget as Json[]).reduce((m, b) => m + b.plannedCents, 0), 0);
    const spent = actions.reduce((n, a) => n + (a.budget as Json[]).reduce((m, b) => m + b.spentCents, 0), 0);
    expect(await funding.locator('tfoot tr').locator('th, td').allInnerTexts()).toEqual(['Totale', euros(planned), euros(spent)]);
    const progressRows = page.getByRole('table', { name: 'Avanzamento per obiettivo, in percentuale' }).locator('tbody tr');
    expect(await progressRows.count()).toBe((plan.objectives as Json[]).length);
    expect(await page.getByRole('img', { name: 'Budget per organizzazione' }).getAttribute('aria-describedby')).toBe('chart-organisations-description');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'charts-desktop.png'), fullPage: false });

    // The board: all the actions by status, then one organisation's, then only its late ones; the address keeps them.
    const board = page.getByTestId('plan-board');
    await board.scrollIntoViewIfNeeded();
    expect(await cardTitles(page)).toEqual(actions.map((a) => a.title).sort());
    const counts = Object.fromEntries(
      ['planned', 'in_progress', 'suspended', 'completed', 'cancelled'].map((s) => [s, actions.filter((a) => a.status === s).length]),
    );
    expect(await board.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      `Programmata (${counts.planned})`,
      `In svolgimento (${counts.in_progress})`,
      `Sospesa (${counts.suspended})`,
      `Conclusa (${counts.completed})`,
      `Annullata, fuori dal calcolo (${counts.cancelled})`,
    ]);
    // The organisation with most actions (the municipality leads and partners in several, some of them late).
    const organisations = new Map<string, string>();
    for (const a of actions) {
      if (a.leadOrganisationId) organisations.set(a.leadOrganisationId, a.leadOrganisationName);
      for (const p of a.partners as Json[]) organisations.set(p.organisationId, p.organisationName);
    }
    const [orgId, orgName] = [...organisations].sort(
      ([a], [b]) => actions.filter((x) => takesPart(x, b)).length - actions.filter((x) => takesPart(x, a)).length,
    )[0];
    const theirs = actions.filter((a) => takesPart(a, orgId));
    const late = theirs.filter((a) => overdue(a, today));
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(theirs.length);

    await board.getByLabel('Organizzazione (capofila o partner)').selectOption(orgId);
    await page.waitForURL((url) => url.searchParams.get('organizzazione') === orgId);
    expect(await settled(() => cardTitles(page), theirs.map((a) => a.title).sort())).toEqual(theirs.map((a) => a.title).sort());
    // By keyboard: the checkbox is reached with Tab from the select and toggled with the space bar.
    await board.getByLabel('Organizzazione (capofila o partner)').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('in-ritardo') === '1');
    expect(await settled(() => cardTitles(page), late.map((a) => a.title).sort())).toEqual(late.map((a) => a.title).sort());
    expect(await board.getByTestId('board-late').count()).toBe(late.length);
    expect(await board.getByTestId('board-count').innerText()).toBe(`${late.length} ${late.length === 1 ? 'azione' : 'azioni'} su ${actions.length}`);
    expect(await seriousViolations(page)).toEqual([]);
    await board.screenshot({ path: path.join(SHOTS, 'board-desktop.png') });

    // The shared address opens the same board, on a phone, where the columns become one list grouped by status.
    const shared = page.url();
    const phone = await newPage(browser);
    await login(phone.page, FACILITATOR);
    await phone.page.setViewportSize({ width: 390, height: 844 });
    await phone.page.goto(shared);
    await phone.page.getByTestId('plan-board').scrollIntoViewIfNeeded();
    expect(await settled(() => cardTitles(phone.page), late.map((a) => a.title).sort())).toEqual(late.map((a) => a.title).sort());
    const columns = phone.page.getByTestId('plan-board').locator('.plan-board-column');
    const boxes = await Promise.all([0, 1].map(async (i) => (await columns.nth(i).boundingBox())!));
    expect(boxes[1].y).toBeGreaterThan(boxes[0].y + boxes[0].height - 1);
    expect(boxes[0].width).toBeLessThanOrEqual(390);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: path.join(SHOTS, 'board-phone.png'), fullPage: false });
    // Each chart is drawn when it comes near the screen: on a phone they are one under the other.
    await phone.page.getByTestId('chart-funding').scrollIntoViewIfNeeded();
    await phone.page.locator('[data-testid="chart-funding"] svg').first().waitFor({ timeout: 20_000 });
    await phone.page.screenshot({ path: path.join(SHOTS, 'charts-phone.png'), fullPage: false });

    // The organisation's page lists the same actions, with plan, objective, role and status.
    await page.goto(`/organizzazioni/${orgId}`);
    await page.getByRole('heading', { level: 1, name: orgName }).waitFor();
    const rows = page.getByTestId('organisation-plan-action');
    await rows.first().waitFor();
    expect((await rows.getByRole('rowheader').allInnerTexts()).sort()).toEqual(theirs.map((a) => a.title).sort());
    expect(await page.getByTestId('organisation-plan').getByRole('heading', { level: 3 }).getByRole('link').allInnerTexts()).toEqual([PLAN_TITLE]);
    const led = theirs.find((a) => a.leadOrganisationId === orgId)!;
    const partnered = theirs.find((a) => a.leadOrganisationId !== orgId)!;
    const cells = (title: string) =>
      rows
        .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) })
        .getByRole('cell')
        .allInnerTexts();
    const codeOf = (a: Json) => (plan.objectives as Json[]).find((o) => o.id === a.objectiveId)!.code;
    expect((await cells(led.title)).slice(0, 2)).toEqual([codeOf(led), 'Capofila']);
    const role = (partnered.partners as Json[]).find((p) => p.organisationId === orgId)!.role as string;
    expect((await cells(partnered.title)).slice(0, 2)).toEqual([
      codeOf(partnered),
      { capofila: 'Capofila', partner: 'Partner di progetto', collaborating: 'Collaboratore' }[role],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('organisation-plan-actions').screenshot({ path: path.join(SHOTS, 'organisation-desktop.png') });
    await phone.page.goto(`/organizzazioni/${orgId}`);
    // On a phone the table becomes a list of cards, one per action.
    await phone.page.getByTestId('organisation-plan-card').first().waitFor();
    expect(await phone.page.getByTestId('organisation-plan-card').count()).toBe(theirs.length);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await phone.page.getByTestId('organisation-plan-actions').scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: path.join(SHOTS, 'organisation-phone.png'), fullPage: false });
    console.log(`plan views screenshots in ${SHOTS}`);
    await Promise.all([context.close(), phone.context.close()]);
  }, 240_000);
});
