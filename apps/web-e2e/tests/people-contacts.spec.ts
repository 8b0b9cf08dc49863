import type { Browser, Page } from 'playwright-core';
import { ADMIN, launch, login, newPage } from '../support/browser';

/** Contact details follow the person's choice (GDPR art. 5): the demo's Marta Colombo and Luca Fontana share no organisation. */
describe('people: contact details and their visibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  const martaRow = async (page: Page) => {
    await page.goto('/persone');
    await page.getByLabel('Cerca', { exact: true }).fill('Colombo');
    await page.getByRole('button', { name: 'Cerca' }).click();
    const row = page.getByTestId('people').getByRole('row').filter({ hasText: 'Colombo Marta' });
    await row.waitFor();
    return row;
  };
  const setMine = async (page: Page, shown: boolean) => {
    await (await martaRow(page)).getByRole('link', { name: 'Colombo Marta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marta Colombo' }).waitFor();
    await page.getByRole('button', { name: 'Modifica' }).click();
    const box = page.getByLabel('Mostra i miei recapiti (email e telefono) a tutta la rete');
    if ((await box.isChecked()) !== shown) await page.locator('label[for="person-edit-contactsPublic"]').click();
    expect(await box.isChecked()).toBe(shown);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Salvato.', { exact: true }).waitFor();
  };

  it('shows "Recapiti riservati" until the person chooses to show them, and offers the CSV export to administrators only', async () => {
    const luca = await newPage(browser);
    await login(luca.page, 'luca.fontana@caritascremonese.example');
    const hidden = await martaRow(luca.page);
    await hidden.getByText('Recapiti riservati').waitFor();
    expect(await hidden.textContent()).not.toContain('marta.colombo@');
    expect(await luca.page.getByRole('link', { name: 'Esporta CSV' }).count()).toBe(0);

    const marta = await newPage(browser);
    await login(marta.page, 'marta.colombo@quartieriinsieme.example');
    await setMine(marta.page, true);
    await (await martaRow(luca.page)).getByText('marta.colombo@quartieriinsieme.example').waitFor();
    await setMine(marta.page, false);
    await (await martaRow(luca.page)).getByText('Recapiti riservati').waitFor();

    const admin = await newPage(browser);
    await login(admin.page, ADMIN);
    await (await martaRow(admin.page)).getByText('marta.colombo@quartieriinsieme.example').waitFor();
    await admin.page.getByRole('link', { name: 'Esporta CSV' }).waitFor();
    await Promise.all([luca.context.close(), marta.context.close(), admin.context.close()]);
  });
});
