import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { api, type Json } from '../support/api';
import { launch, login, MEMBER, newPage, seriousViolations } from '../support/browser';
import { docxText } from '../support/files';

const PLAN_TITLE = 'Piano di Zona 2025-2027 - Area povertà e inclusione';
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-export-'));

/** Clicks an export button and keeps the file the browser receives. */
async function save(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name, exact: true }).click()]);
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

describe('exporting the demo plan from its page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('downloads the Piano di Zona section and the monitoring report as Word files whose text is the plan’s, and the open data; accessible on a phone', async () => {
    const { page } = await newPage(browser);
    await login(page, MEMBER);
    const cantiere = ((await api(page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === 'Cantiere Welfare Inclusione sociale')!;
    const listed = ((await api(page, 'GET', `/api/plans?spaceId=${cantiere.id}`)).items as Json[]).find((p) => p.title === PLAN_TITLE)!;
    const { plan } = await api(page, 'GET', `/api/plans/${listed.id}`);

    await page.goto(`/piani/${plan.id}?vista=panoramica`);
    const exports = page.getByRole('region', { name: 'Esporta' });
    await exports.waitFor();

    const section = await save(page, 'Sezione Piano di Zona (DOCX)');
    expect(section.suggested).toBe('piano-2025-2027-sezione-piano-di-zona.docx');
    await exports.getByRole('status').filter({ hasText: 'Scaricato: Sezione Piano di Zona (DOCX).' }).waitFor();
    const text = docxText(section.file);
    expect(text).toContain(PLAN_TITLE);
    for (const o of plan.objectives as Json[]) expect(text).toContain(`${o.code} – ${o.title}`);
    for (const a of plan.actions as Json[]) expect(text).toContain(a.title);
    // Ten of the demo plan's eleven actions have a lead; an action another browser test adds while co-editing has none.
    const led = (plan.actions as Json[]).filter((a) => a.leadOrganisationName);
    expect(led.length).toBeGreaterThanOrEqual(10);
    for (const a of led) expect(text).toContain(a.leadOrganisationName);
    expect(text).toContain('Riepilogo delle risorse per fonte di finanziamento');

    await exports.getByLabel('Anno del rapporto').selectOption('2026');
    const report = await save(page, 'Rapporto di monitoraggio (DOCX)');
    expect(report.suggested).toBe('piano-2025-2027-monitoraggio-2026.docx');
    expect(docxText(report.file)).toContain('Rapporto di monitoraggio 2026');

    const csv = fs.readFileSync((await save(page, 'Dati aperti (CSV)')).file, 'utf8');
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(1 + (plan.actions as Json[]).length);
    const json = JSON.parse(fs.readFileSync((await save(page, 'Dati aperti (JSON)')).file, 'utf8'));
    expect(json.plan).toMatchObject({ id: plan.id, title: PLAN_TITLE });
    // The people of the demo (the member who downloads, the facilitator) are nowhere in the open data.
    for (const name of ['Giulia Rossi', 'Marco Bianchi']) expect(`${csv}${JSON.stringify(json)}`).not.toContain(name);

    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await exports.scrollIntoViewIfNeeded();
    const box = await exports.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(downloads, 'exports-phone.png') });
    // On the phone, the export group itself (the overview above it is another view's, checked by its own test).
    const phone = await new AxeBuilder({ page }).include('section.plan-exports').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(phone.violations.map((v) => v.id)).toEqual([]);
    console.log(`plan export downloads and screenshot in ${downloads}`);
  }, 120_000);
});
