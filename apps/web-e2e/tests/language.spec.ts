import type { Browser } from 'playwright-core';
import { launch, login, newPage } from '../support/browser';

describe('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('switches Italian to English, sets <html lang>, and remembers it across a reload and on the account', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/accesso');
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByLabel('Email').fill('francesca.greco@ilponte.example');
    await page.getByLabel('Password', { exact: true }).fill('cantiere-demo-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    // The account's stored language (Italian) applies at login; switching saves the choice on the account.
    await page.getByRole('heading', { name: /Benvenuta\/o/ }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    const fresh = await newPage(browser);
    await login(fresh.page, 'francesca.greco@ilponte.example');
    await fresh.page.getByRole('heading', { name: /Welcome/ }).waitFor();
    expect(await fresh.page.getAttribute('html', 'lang')).toBe('en');
    await fresh.page.getByTestId('language-switch').click();
    await fresh.page.getByRole('heading', { name: /Benvenuta/ }).waitFor();
    await Promise.all([context.close(), fresh.context.close()]);
  });
});
