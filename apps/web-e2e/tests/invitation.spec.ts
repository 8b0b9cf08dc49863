import type { Browser } from 'playwright-core';
import { ADMIN, lastMailTo, launch, linkIn, login, newPage, unique } from '../support/browser';

describe('invitation by email', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin invites from the UI; the invitee sets a password through the emailed link and lands logged in', async () => {
    const email = `${unique('invitee').replace(/\s/g, '.')}@example.org`.toLowerCase();
    const admin = await newPage(browser);
    await login(admin.page, ADMIN);
    await admin.page.goto('/amministrazione/utenti');
    await admin.page.getByLabel('Email').fill(email);
    await admin.page.getByLabel('Nome e cognome').fill('Nuova Referente');
    await admin.page.getByRole('button', { name: "Invia l'invito" }).click();
    await admin.page.getByText(`Invito inviato a ${email}.`).waitFor();
    await admin.page.getByRole('cell', { name: email }).waitFor();

    const path = linkIn(lastMailTo(email), '/invito');
    const invitee = await newPage(browser);
    await invitee.page.goto(path);
    await invitee.page.getByText(`con l'indirizzo ${email}`).waitFor();
    await invitee.page.getByLabel('Nuova password', { exact: true }).fill('breve');
    await invitee.page.getByLabel('Ripeti la nuova password').fill('breve');
    await invitee.page.getByRole('button', { name: "Crea l'account" }).click();
    await invitee.page.getByText('La password deve avere almeno 10 caratteri').waitFor();
    await invitee.page.getByLabel('Nuova password', { exact: true }).fill('una password sicura');
    await invitee.page.getByLabel('Ripeti la nuova password').fill('una password sicura');
    await invitee.page.getByRole('button', { name: "Crea l'account" }).click();
    await invitee.page.waitForURL((u) => u.pathname === '/');
    await invitee.page.getByRole('heading', { name: 'Benvenuta/o, Nuova Referente' }).waitFor();

    const again = await newPage(browser);
    await again.page.goto(path);
    await again.page.getByText('Invito scaduto o già usato').waitFor();
    await Promise.all([admin.context.close(), invitee.context.close(), again.context.close()]);
  });
});
