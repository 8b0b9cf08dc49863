import type { Browser } from 'playwright-core';
import { FACILITATOR, launch, login, newPage, seriousViolations } from '../support/browser';

describe('space membership', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a facilitator adds a representative of a member organisation to a table', async () => {
    const { page, context } = await newPage(browser);
    await login(page, FACILITATOR);
    await page.goto('/spazi');
    await page.getByRole('link', { name: 'Tavolo Abitare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tavolo Abitare' }).waitFor();
    const members = page.getByTestId('members');
    await members.waitFor();
    expect(await members.getByText('Valentina Costa').count()).toBe(0);
    // The form, and its list of every organisation, open on request, by keyboard as by mouse.
    expect(await page.getByLabel('Organizzazione', { exact: true }).count()).toBe(0);
    await page.getByText('Aggiungi rappresentante').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Organizzazione', { exact: true }).selectOption({ label: 'Impresa sociale Lavoro e Dignità' });
    await page.getByLabel('Persona', { exact: true }).selectOption({ label: 'Valentina Costa' });
    await page.getByLabel('Rappresentanza').selectOption('delegate');
    await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    await page.getByText('Rappresentante aggiunto.').waitFor();
    const row = members.getByRole('row', { name: /Valentina Costa/ });
    await expect(row.textContent()).resolves.toContain('Delegato');
    await expect(row.textContent()).resolves.toContain('Lavoro e Dignità');

    // Removing asks first, in the workspace's dialog, naming the person; going back keeps them.
    await row.getByRole('button', { name: 'Rimuovi' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.getByText("Confermi l'uscita di Valentina Costa dallo spazio da oggi? Lo storico resta.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByRole('button', { name: 'Rimuovi' }).count()).toBe(1);
    await row.getByRole('button', { name: 'Rimuovi' }).click();
    await dialog.getByRole('button', { name: 'Rimuovi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-testid="members"] tr')].some((tr) => tr.textContent?.includes('Valentina Costa') && tr.querySelector('button')),
    );
    await context.close();
  });
});
