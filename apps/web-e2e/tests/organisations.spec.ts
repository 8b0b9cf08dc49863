import type { Browser } from 'playwright-core';
import { ADMIN, launch, login, newPage, unique } from '../support/browser';

describe('organisations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin creates an organisation through the form, after fixing an invalid codice fiscale', async () => {
    const name = unique('Cooperativa sociale Prova');
    const { page, context } = await newPage(browser);
    await login(page, ADMIN);
    await page.goto('/organizzazioni');
    await page.getByRole('button', { name: 'Nuova organizzazione' }).click();
    await page.getByLabel('Denominazione').fill(name);
    await page.getByLabel('Tipo', { exact: true }).first().selectOption('cooperativa_sociale');
    await page.getByLabel('Codice fiscale').fill('00297960198');
    // bootstrap-italia draws the box on the label, so the label is what a person clicks.
    await page.locator('label[for="org-new-area-housing"]').click();
    expect(await page.getByLabel('Abitare e housing sociale').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Codice fiscale non valido (controllare anche il carattere di controllo)').waitFor();
    expect(await page.getByLabel('Codice fiscale').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Codice fiscale').fill('12345678903');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByRole('link', { name }).waitFor();
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('12345678903').waitFor();
    await page.getByText('Abitare e housing sociale').waitFor();
    await context.close();
  });

  it('finds "Cooperativa" when searching for "cooperative"', async () => {
    const { page, context } = await newPage(browser);
    await login(page, 'giulia.rossi@ilcerchio.example');
    await page.goto('/organizzazioni');
    await page.getByLabel('Cerca', { exact: true }).fill('cooperative');
    await page.getByRole('button', { name: 'Cerca' }).click();
    await page.getByRole('link', { name: 'Cooperativa sociale Il Cerchio' }).waitFor();
    await page.getByRole('link', { name: 'Cooperativa sociale Il Ponte Onlus' }).waitFor();
    await context.close();
  });
});
