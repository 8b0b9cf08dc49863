import type { Browser } from 'playwright-core';
import { ADMIN, launch, login, newPage } from '../support/browser';

describe('logging in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('sends anonymous visitors to the login page, lets them in, and logs them out', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/account');
    await page.waitForURL('**/accesso');
    await page.getByLabel('Email').fill(ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('cantiere-demo-2026');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: 'Il mio account' }).waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL('**/accesso');
    await page.goto('/');
    await page.waitForURL('**/accesso');
    await context.close();
  });

  it('keeps the person on the login page with a clear message after a wrong password', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/accesso');
    await page.getByLabel('Email').fill(ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('non è questa');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Email o password non corretti.');
    expect(new URL(page.url()).pathname).toBe('/accesso');
    await context.close();
  });

  it('home shows the spaces the person belongs to, with their role', async () => {
    const { page, context } = await newPage(browser);
    await login(page, 'marco.bianchi@comune.cremona.it');
    await page.getByRole('heading', { name: 'I tuoi spazi' }).waitFor();
    await page.getByRole('link', { name: 'Tavolo Povertà alimentare' }).waitFor();
    await expect(
      page.getByRole('region', { name: 'I tuoi spazi' }).getByRole('listitem').filter({ hasText: 'Tavolo Povertà alimentare' }).textContent(),
    ).resolves.toContain('Facilitatore');
    // The next meeting of that space is announced apart, under the upcoming meetings.
    await page
      .getByRole('region', { name: 'Prossime sedute' })
      .getByRole('link', { name: /Avviso buoni spesa: testo definitivo/ })
      .waitFor();
    await context.close();
  });
});
