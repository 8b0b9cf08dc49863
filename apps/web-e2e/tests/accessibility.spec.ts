import type { Browser, Page } from 'playwright-core';
import { ADMIN, FACILITATOR, launch, login, newPage, seriousViolations } from '../support/browser';

/** Every page of the client, checked with axe for serious and critical WCAG 2.1 AA violations. */
describe('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  const check = async (page: Page, path: string, ready: string) => {
    await page.goto(path);
    await page.getByText(ready, { exact: false }).first().waitFor();
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  };

  it('public pages', async () => {
    const { page, context } = await newPage(browser);
    await check(page, '/accesso', 'Password dimenticata?');
    await check(page, '/password-dimenticata', 'Invia il collegamento');
    await check(page, '/reimposta-password/abcdefghijklmnopqrstuvwxyz0123456789', 'Salva la password');
    await check(page, '/invito/abcdefghijklmnopqrstuvwxyz0123456789', 'Invito non valido');
    await check(page, '/pagina-che-non-esiste', 'Pagina non trovata');
    await context.close();
  });

  it('pages behind login', async () => {
    const { page, context } = await newPage(browser);
    await login(page, ADMIN);
    await check(page, '/', 'I tuoi spazi');
    await check(page, '/account', 'Token API personali');
    await check(page, '/amministrazione/utenti', 'Invita una persona');
    await check(page, '/amministrazione/importa', 'Scarica un modello');
    await check(page, '/amministrazione/elenchi', 'Povertà alimentare');
    await check(page, '/organizzazioni', 'Caritas Cremonese');
    await page.getByRole('link', { name: 'Caritas Cremonese' }).click();
    await page.getByText('Spazi a cui partecipa').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await check(page, '/persone', 'Rossi');
    await page.getByRole('link', { name: /Rossi Giulia/ }).click();
    await page.getByText('Privacy e dati personali').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await check(page, '/spazi', 'Tavolo Abitare');
    await page.getByRole('link', { name: 'Tavolo Abitare' }).click();
    await page.getByText('Documenti condivisi').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('meeting pages: decisions and actions of a space, a closed meeting with its minutes, a convened one with its register, run mode, RSVP', async () => {
    const { page, context } = await newPage(browser);
    await check(page, '/risposta/abcdefghijklmnopqrstuvwxyz0123456789', 'Collegamento non valido');
    await login(page, FACILITATOR);
    await check(page, '/spazi', 'Tavolo Povertà alimentare');
    await page.getByRole('link', { name: 'Tavolo Povertà alimentare' }).click();
    await page.getByTestId('space-actions').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /^Seduta n\. 1\/\d{4} – Avvio del tavolo/ }).click();
    await page.getByTestId('minutes-editor').waitFor();
    await page.locator('section.minutes-section').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await page.getByRole('link', { name: /^Seduta n\. 2\/\d{4} – Avviso buoni spesa/ }).click();
    await page.getByTestId('attendance').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await check(page, `${new URL(page.url()).pathname}/conduzione`, 'Conduzione della seduta');
    await context.close();
  });
});
