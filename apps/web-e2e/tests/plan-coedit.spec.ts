import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { api, type Json } from '../support/api';
import { FACILITATOR, launch, login, MEMBER, newPage, seriousViolations, unique, untilTrue } from '../support/browser';

/** Where the screenshots go, to be looked at after the run (the path is printed). */
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-coedit-'));

const saved = (page: Page) => page.getByTestId('save-indicator').filter({ hasText: 'Tutte le modifiche sono salvate' }).waitFor({ timeout: 15_000 });
const objective = (page: Page, code: string) =>
  page.getByTestId('plan-objective').filter({ has: page.getByRole('heading', { name: new RegExp(`^${code} – `) }) });
/** An action by its title, inside `scope` (the filter's inner locator is read from each card, so it starts at the page). */
const action = (scope: Page | Locator, title: string) => {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  return scope.getByTestId('plan-action').filter({ has: page.getByRole('heading', { level: 5, name: title, exact: true }) });
};

/** Opens an objective (if it is not open yet) and returns it. */
async function openObjective(page: Page, code: string): Promise<Locator> {
  const card = objective(page, code);
  const toggle = card.getByRole('heading', { level: 3 }).getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return card;
}

async function openAction(card: Locator, title: string): Promise<Locator> {
  const item = action(card, title);
  const toggle = item.getByRole('heading', { level: 5 }).getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return item;
}

/**
 * The titles of an objective's actions, in order, as the page holds them. Their text, not their rendered text: cards
 * out of view skip rendering (content-visibility), and Chromium's innerText of a skipped card is empty.
 */
const actionTitles = (page: Page, code: string) => objective(page, code).getByTestId('plan-action').getByRole('heading', { level: 5 }).allTextContents();

describe('co-editing a plan in two browsers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('keeps both people’s actions and edits, a move, after reload and in the REST read; accessible on desktop and phone', async () => {
    const a = await newPage(browser);
    await login(a.page, FACILITATOR);
    const cantiere = ((await api(a.page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === 'Cantiere Welfare Inclusione sociale')!;
    // A plan of its own (the demo plan is adopted by the monitoring test): two objectives, one action, written live.
    const PLAN_TITLE = unique('Piano di Zona 2025-2027 - coprogettazione');
    const { plan } = await api(a.page, 'POST', '/api/plans', { spaceId: cantiere.id, title: PLAN_TITLE, startYear: 2025, endYear: 2027 });
    await a.page.goto(`/piani/${plan.id}`);
    await saved(a.page);
    await a.page.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    await objective(a.page, 'OB-1').waitFor();
    await a.page.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    await objective(a.page, 'OB-2').waitFor();
    const setup = await openObjective(a.page, 'OB-1');
    await setup.getByRole('button', { name: 'Aggiungi un’azione' }).click();
    await action(setup, 'Nuova azione').getByLabel('Titolo', { exact: true }).fill('Sportello di prossimità');
    await saved(a.page);
    let before: Json = plan;
    await untilTrue(async () => {
      before = (await api(a.page, 'GET', `/api/plans/${plan.id}`)).plan;
      return (before.objectives as Json[]).length === 2 && (before.actions as Json[]).some((x) => x.title === 'Sportello di prossimità');
    }, 'the projection of the plan written live');
    const [ob1, ob2] = before.objectives as Json[];
    const first = (before.actions as Json[]).find((x) => x.objectiveId === ob1.id)!;

    // The facilitator reaches the plan from the space page.
    await a.page.goto(`/spazi/${cantiere.id}`);
    await a.page.getByRole('link', { name: PLAN_TITLE }).click();
    await a.page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await saved(a.page);

    const b = await newPage(browser);
    await login(b.page, MEMBER);
    await b.page.goto(`/piani/${plan.id}`);
    await saved(b.page);

    // Each adds an action to OB-1 and names it.
    const cardA = await openObjective(a.page, ob1.code);
    const cardB = await openObjective(b.page, ob1.code);
    await cardA.getByRole('button', { name: 'Aggiungi un’azione' }).click();
    await action(cardA, 'Nuova azione').getByLabel('Titolo', { exact: true }).fill('Orti sociali con le famiglie');
    await action(cardB, 'Orti sociali con le famiglie').waitFor();
    await cardB.getByRole('button', { name: 'Aggiungi un’azione' }).click();
    await action(cardB, 'Nuova azione').getByLabel('Titolo', { exact: true }).fill('Spesa sospesa nei negozi di quartiere');

    // A description opens the shared rich-text editor only when it is selected; the other sees the text arrive.
    const ortiA = action(cardA, 'Orti sociali con le famiglie');
    await ortiA.getByRole('textbox', { name: /^Descrizione/ }).click();
    await ortiA.getByTestId(/-description-editor$/).click();
    await a.page.keyboard.type('Coltivazione condivisa degli orti.');
    await ortiA.getByLabel('Titolo', { exact: true }).click();
    await ortiA
      .getByRole('textbox', { name: /^Descrizione/ })
      .filter({ hasText: 'Coltivazione condivisa degli orti.' })
      .waitFor();
    const ortiB = await openAction(cardB, 'Orti sociali con le famiglie');
    await ortiB
      .getByRole('textbox', { name: /^Descrizione/ })
      .filter({ hasText: 'Coltivazione condivisa degli orti.' })
      .waitFor();

    // Both edit different fields of one action at once.
    const firstA = await openAction(cardA, first.title);
    const firstB = await openAction(cardB, first.title);
    await firstA.getByLabel('Avanzamento (da 0 a 100)').fill('55');
    await firstB.getByLabel('Beneficiari attesi (numero)').fill('450');
    // The member sees the facilitator on the field they are in.
    await firstA.getByLabel('Avanzamento (da 0 a 100)').focus();
    await firstB.getByTestId('plan-presence').filter({ hasText: 'Marco Bianchi sta modificando questo campo' }).waitFor();
    // The objective's heading names the field too.
    await objective(b.page, ob1.code)
      .getByTestId('plan-presence')
      .first()
      .filter({ hasText: 'Marco Bianchi · Avanzamento (da 0 a 100) sta modificando «Avanzamento (da 0 a 100)»' })
      .waitFor();
    // A value out of range is said at once and never shared.
    await firstB.getByLabel('Avanzamento (da 0 a 100)').fill('150');
    await firstB.getByText('L’avanzamento va da 0 a 100').waitFor();

    // The facilitator moves the member's action to OB-2 once it has arrived.
    const moved = await openAction(cardA, 'Spesa sospesa nei negozi di quartiere');
    await moved.getByLabel('Sposta l’azione in un altro obiettivo').selectOption(ob2.id);
    await moved.getByRole('button', { name: 'Sposta' }).click();
    await saved(a.page);
    await saved(b.page);

    for (const page of [a.page, b.page]) {
      await page.reload();
      await saved(page);
      await openObjective(page, ob1.code);
      await openObjective(page, ob2.code);
    }
    const ob1Titles = await actionTitles(a.page, ob1.code);
    expect(ob1Titles).toContain('Orti sociali con le famiglie');
    expect(ob1Titles).not.toContain('Spesa sospesa nei negozi di quartiere');
    expect(await actionTitles(a.page, ob2.code)).toContain('Spesa sospesa nei negozi di quartiere');
    for (const code of [ob1.code, ob2.code]) expect(await actionTitles(b.page, code)).toEqual(await actionTitles(a.page, code));
    for (const page of [a.page, b.page]) {
      const item = await openAction(objective(page, ob1.code), first.title);
      expect(await item.getByLabel('Avanzamento (da 0 a 100)').inputValue()).toBe('55');
      expect(await item.getByLabel('Beneficiari attesi (numero)').inputValue()).toBe('450');
    }

    // REST reads the projected rows: once the projection has run, they say the same.
    let rows: Json = before;
    await untilTrue(async () => {
      rows = (await api(a.page, 'GET', `/api/plans/${plan.id}`)).plan;
      const byTitle = (t: string) => (rows.actions as Json[]).find((x) => x.title === t);
      const edited = (rows.actions as Json[]).find((x) => x.id === first.id);
      return (
        byTitle('Orti sociali con le famiglie')?.objectiveId === ob1.id &&
        byTitle('Orti sociali con le famiglie')?.description === 'Coltivazione condivisa degli orti.' &&
        byTitle('Spesa sospesa nei negozi di quartiere')?.objectiveId === ob2.id &&
        edited?.progress === 55 &&
        edited?.beneficiaries.expected === 450
      );
    }, 'the projection of the edits');
    const shown = async (code: string) => (await actionTitles(a.page, code)).sort();
    const rest = (objectiveId: string) =>
      (rows.actions as Json[])
        .filter((x) => x.objectiveId === objectiveId)
        .map((x) => x.title as string)
        .sort();
    expect(await shown(ob1.code)).toEqual(rest(ob1.id));
    expect(await shown(ob2.code)).toEqual(rest(ob2.id));

    // Accessibility of every plan page view, and how it looks on a desktop and on a phone.
    expect(await seriousViolations(a.page)).toEqual([]);
    await a.page.screenshot({ path: path.join(SHOTS, 'live-desktop.png'), fullPage: false });
    await a.page.getByRole('link', { name: 'Panoramica' }).click();
    await a.page.getByTestId('roll-up-rule').waitFor();
    await a.page.getByTestId('overview-action').filter({ hasText: 'Orti sociali con le famiglie' }).waitFor();
    // The objective's bar says the roll-up the server computed for it, one decimal, once the overview's read (asked
    // again on opening the tab) has replaced the one cached before the move.
    const progress = (rows.objectives as Json[]).find((o) => o.id === ob1.id)!.progress as number;
    const bar = a.page.getByRole('progressbar', { name: `Avanzamento di ${ob1.code}` });
    await untilTrue(async () => (await bar.getAttribute('aria-valuenow')) === String(Math.round(progress * 10) / 10), 'the objective bar to show the roll-up');
    expect(await seriousViolations(a.page)).toEqual([]);
    await a.page.screenshot({ path: path.join(SHOTS, 'overview-desktop.png'), fullPage: false });
    await a.page.goto(`/spazi/${cantiere.id}`);
    await a.page.getByTestId('space-plans').waitFor();
    expect(await seriousViolations(a.page)).toEqual([]);

    // On a phone: the same page, one column (axe already ran on its content above).
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.screenshot({ path: path.join(SHOTS, 'live-phone.png'), fullPage: false });
    await b.page.getByRole('link', { name: 'Panoramica' }).click();
    await b.page.getByTestId('plan-overview').waitFor();
    await b.page.screenshot({ path: path.join(SHOTS, 'overview-phone-top.png'), fullPage: false });
    await b.page.getByRole('table').first().scrollIntoViewIfNeeded();
    await b.page.screenshot({ path: path.join(SHOTS, 'overview-phone-table.png'), fullPage: false });
    // While the live document has not arrived (here its socket never answers), the rows stand in for it, read-only.
    const c = await newPage(browser);
    await c.context.routeWebSocket(/socket\.io/, () => undefined);
    await login(c.page, FACILITATOR);
    await c.page.goto(`/piani/${plan.id}`);
    const preview = c.page.getByTestId('live-plan-preview');
    await preview.waitFor();
    const rowsOf = (objectiveId: string) => (rows.actions as Json[]).filter((x) => x.objectiveId === objectiveId).length;
    const objectivesInOrder = (rows.objectives as Json[]).sort((x, y) => (x.order < y.order ? -1 : 1));
    expect(await preview.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(objectivesInOrder.map((o) => `${o.code} – ${o.title}`));
    const count = rowsOf(objectivesInOrder[0].id);
    expect(await preview.getByTestId('plan-objective-preview').first().innerText()).toContain(`${count} ${count === 1 ? 'azione' : 'azioni'}, avanzamento`);
    expect(await preview.getByRole('status').innerText()).toMatch(/^(Apertura del piano condiviso…|Senza connessione: .*)$/);
    expect(await preview.getByRole('button').count()).toBe(0);
    expect(await preview.getByRole('textbox').count()).toBe(0);
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.page.screenshot({ path: path.join(SHOTS, 'live-arriving-desktop.png'), fullPage: false });

    console.log(`plan screenshots in ${SHOTS}`);
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  }, 240_000);
});
