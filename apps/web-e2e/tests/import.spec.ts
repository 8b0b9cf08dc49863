import type { Browser } from 'playwright-core';
import { ADMIN, launch, login, newPage, unique } from '../support/browser';

describe('CSV import wizard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the rejected rows of a dry run and refuses to import them; a clean file then imports', async () => {
    const good = unique('APS Importata');
    const { page, context } = await newPage(browser);
    await login(page, ADMIN);
    await page.goto('/amministrazione/importa');
    const withErrors = `nome;tipo;codice_fiscale\n${good};aps;\nOrganizzazione Sbagliata;club;00297960198\n`;
    await page.getByLabel('File CSV').setInputFiles({ name: 'rete.csv', mimeType: 'text/csv', buffer: Buffer.from(withErrors, 'utf8') });
    await page.getByRole('button', { name: 'Verifica (prova senza modifiche)' }).click();
    await expect(page.getByTestId('import-counts').textContent()).resolves.toBe('Da creare: 1 · da aggiornare: 0 · scartate: 1');
    const rejected = page.getByRole('row', { name: /Scartata/ });
    await expect(rejected.textContent()).resolves.toContain('Valore non ammesso');
    expect(await page.getByRole('button', { name: 'Importa' }).isDisabled()).toBe(true);

    await page.getByLabel('File CSV').setInputFiles({ name: 'rete.csv', mimeType: 'text/csv', buffer: Buffer.from(`nome;tipo\n${good};aps\n`, 'utf8') });
    await page.getByRole('button', { name: 'Verifica (prova senza modifiche)' }).click();
    await page.getByTestId('import-counts').filter({ hasText: 'scartate: 0' }).waitFor();
    await expect(page.getByTestId('import-counts').textContent()).resolves.toBe('Da creare: 1 · da aggiornare: 0 · scartate: 0');
    await page.getByRole('button', { name: 'Importa' }).click();
    await page.getByText('Importazione completata: 1 create, 0 aggiornate.').waitFor();
    await page.goto(`/organizzazioni?q=${encodeURIComponent(good)}`);
    await page.getByRole('link', { name: good }).waitFor();

    await page.goto('/amministrazione/importa');
    await page.getByLabel('File CSV').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('nome;tipo\nCittà;aps\n', 'latin1') });
    await page.getByRole('button', { name: 'Verifica (prova senza modifiche)' }).click();
    await page.getByText('Il file non è in UTF-8').waitFor();
    await context.close();
  });
});
