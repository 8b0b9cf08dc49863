import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { api, type Json } from '../support/api';
import { FACILITATOR, launch, login, newPage, seriousViolations, unique, untilTrue } from '../support/browser';

/** Where the screenshots go, to be looked at after the run (the path is printed). */
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-adoption-'));

const saved = (page: Page) => page.getByTestId('save-indicator').filter({ hasText: 'Tutte le modifiche sono salvate' }).waitFor({ timeout: 15_000 });
const objective = (page: Page, code: string) =>
  page.getByTestId('plan-objective').filter({ has: page.getByRole('heading', { name: new RegExp(`^${code} – `) }) });

async function open(item: Locator, level: number) {
  const toggle = item.getByRole('heading', { level }).first().getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return item;
}

describe('adopting a plan and revising it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a facilitator adopts a plan by an act, starts a revision and sees its differences; accessible on desktop and phone', async () => {
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const cantiere = ((await api(page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === 'Cantiere Welfare Inclusione sociale')!;
    // A plan of its own, like the demo one (which other tests co-edit): one objective, one action, written live.
    const title = unique('Piano di Zona 2025-2027 - revisione');
    const { plan } = await api(page, 'POST', '/api/plans', { spaceId: cantiere.id, title, startYear: 2025, endYear: 2027 });
    await page.goto(`/piani/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await saved(page);
    await page.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    const card = await open(objective(page, 'OB-1'), 3);
    await card.getByRole('button', { name: 'Aggiungi un’azione' }).click();
    const action = card.getByTestId('plan-action').filter({ has: page.getByRole('heading', { level: 5, name: 'Nuova azione', exact: true }) });
    await action.getByLabel('Titolo', { exact: true }).fill('Emporio solidale');
    await saved(page);
    await untilTrue(async () => {
      const { plan: rows } = await api(page, 'GET', `/api/plans/${plan.id}`);
      return (rows.actions as Json[]).some((a) => a.title === 'Emporio solidale');
    }, 'the projection of the new action');

    // Submitted, then adopted: the form asks for a decision or a whole act, field by field, and a confirmation.
    await page.getByRole('button', { name: 'Presenta per l’adozione' }).click();
    await page.getByRole('status').filter({ hasText: 'Piano presentato.' }).waitFor();
    await page.getByRole('button', { name: 'Adotta', exact: true }).click();
    const dialog = page.getByTestId('adopt-dialog');
    await dialog.getByRole('heading', { name: 'Adozione del piano' }).waitFor();
    await dialog.getByRole('button', { name: 'Prosegui' }).click();
    const required = 'Indicare una decisione o un atto amministrativo (organo, numero e data)';
    expect(await dialog.getByText(required).count()).toBe(4);
    expect(await dialog.getByLabel('Organo che adotta').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Organo che adotta').fill('Assemblea dei Sindaci');
    await dialog.getByLabel('Data dell’atto').fill('2025-12-18');
    await dialog.getByRole('button', { name: 'Prosegui' }).click();
    await dialog.getByText('Campo obbligatorio').waitFor();
    expect(await dialog.getByLabel('Numero dell’atto').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Numero dell’atto').fill('12/2025');
    await dialog.getByRole('button', { name: 'Prosegui' }).click();
    await dialog.getByRole('heading', { name: 'Confermare l’adozione?' }).waitFor();
    await dialog.getByRole('button', { name: 'Adotta il piano' }).click();

    // The banner names the act and the fingerprint of the sealed record, the same the API serves.
    const banner = page.getByTestId('adopted-banner');
    await banner.waitFor();
    const { adopted } = await api(page, 'GET', `/api/plans/${plan.id}/adopted`);
    expect(await banner.getByTestId('adopted-sha256').innerText()).toBe(adopted.sha256);
    expect(await banner.innerText()).toContain('Atto: Assemblea dei Sindaci n. 12/2025 del 18/12/2025');
    expect(await page.getByTestId('adopting-act').innerText()).toContain('Assemblea dei Sindaci');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'adopted-desktop.png'), fullPage: false });

    // The revision, confirmed first, reopens the same records to co-design; one of them changes.
    await page.getByRole('button', { name: 'Avvia revisione' }).click();
    await page.getByTestId('revise-dialog').getByRole('button', { name: 'Sì, avvia la revisione' }).click();
    await page.getByRole('status').filter({ hasText: 'Revisione avviata.' }).waitFor();
    await saved(page);
    const revised = await open(objective(page, 'OB-1'), 3);
    const item = await open(
      revised.getByTestId('plan-action').filter({ has: page.getByRole('heading', { level: 5, name: 'Emporio solidale', exact: true }) }),
      5,
    );
    await item.getByLabel('Titolo', { exact: true }).fill('Emporio solidale e dispensa');
    await saved(page);
    await untilTrue(async () => {
      const { plan: rows } = await api(page, 'GET', `/api/plans/${plan.id}`);
      return (rows.actions as Json[]).some((a) => a.title === 'Emporio solidale e dispensa');
    }, 'the projection of the revised title');
    expect(await seriousViolations(page)).toEqual([]);

    // The overview shows the differences from the adopted version, field by field.
    await page.getByRole('link', { name: 'Panoramica' }).click();
    const diff = page.getByTestId('plan-diff');
    await diff.getByRole('heading', { name: 'Differenze dalla versione adottata' }).waitFor();
    const changed = diff.getByTestId('diff-changed').filter({ hasText: 'Emporio solidale e dispensa' });
    const row = changed.getByRole('table', { name: 'Campi modificati di Emporio solidale e dispensa' }).getByRole('row').nth(1);
    await row.waitFor();
    expect(await row.locator('th, td').allInnerTexts()).toEqual(['Titolo', 'Emporio solidale', 'Emporio solidale e dispensa']);
    expect(await page.getByTestId('adopted-banner').innerText()).toContain('la versione adottata resta in vigore');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'diff-desktop.png'), fullPage: true });

    // On a phone the differences stay readable: the table fits or scrolls inside its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await changed.scrollIntoViewIfNeeded();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'diff-phone.png'), fullPage: false });
    console.log(`plan adoption screenshots in ${SHOTS}`);
    await context.close();
  }, 240_000);
});
