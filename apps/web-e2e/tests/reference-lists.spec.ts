import type { Browser } from 'playwright-core';
import { ADMIN, launch, login, newPage } from '../support/browser';

describe('managed lists', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin adds a thematic area, which then appears in the organisation filters', async () => {
    const code = `area_${Date.now().toString(36)}`;
    const { page, context } = await newPage(browser);
    await login(page, ADMIN);
    await page.goto('/amministrazione/elenchi');
    await page.getByLabel('Codice').fill('Non Valido!');
    await page.getByRole('button', { name: 'Aggiungi voce' }).click();
    expect(await page.getByLabel('Codice').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Codice').fill(code);
    await page.getByLabel('Nome in italiano').fill('Povertà digitale');
    await page.getByLabel('Nome in inglese').fill('Digital poverty');
    await page.getByRole('button', { name: 'Aggiungi voce' }).click();
    await page.getByRole('cell', { name: code }).waitFor();
    await page.goto('/organizzazioni');
    const option = page.getByLabel('Area tematica').locator('option', { hasText: 'Povertà digitale' });
    await option.waitFor({ state: 'attached' });
    expect(await option.getAttribute('value')).toBe(code);
    await context.close();
  });
});
