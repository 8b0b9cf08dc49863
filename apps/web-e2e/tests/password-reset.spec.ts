import type { Browser } from 'playwright-core';
import { lastMailTo, launch, linkIn, login, newPage } from '../support/browser';

describe('password reset by email', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('sends a link that sets a new password, after which the old one no longer works', async () => {
    const email = 'chiara.galli@comune.cremona.it';
    const { page, context } = await newPage(browser);
    await page.goto('/accesso');
    await page.getByRole('link', { name: 'Password dimenticata?' }).click();
    // The login page stays on screen while the next page's code arrives, and it has an Email field too.
    await page.getByRole('heading', { name: 'Password dimenticata', exact: true }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Invia il collegamento' }).click();
    await page.getByText("Se l'indirizzo corrisponde a un account").waitFor();

    await page.goto(linkIn(lastMailTo(email), '/reimposta-password'));
    await page.getByLabel('Nuova password', { exact: true }).fill('nuova password di Chiara');
    await page.getByLabel('Ripeti la nuova password').fill('diversa');
    await page.getByRole('button', { name: 'Salva la password' }).click();
    await page.getByText('Le due password non coincidono').waitFor();
    await page.getByLabel('Ripeti la nuova password').fill('nuova password di Chiara');
    await page.getByRole('button', { name: 'Salva la password' }).click();
    await page.waitForURL('**/accesso');
    await page.getByText('Password aggiornata: ora puoi accedere.').waitFor();
    await login(page, email, 'nuova password di Chiara');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
