import type { Browser } from 'playwright-core';
import { api, draftMeeting, type Json } from '../support/api';
import { FACILITATOR, launch, login, MEMBER, newPage, seriousViolations, unique, waitForMailTo } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';
const MEMBER_NAME = 'Giulia Rossi';

describe('the facilitator cancels a meeting and settles the register, with dialogs that say what happens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('previews who is told before cancelling a convened meeting, and the notice carries the reason', async () => {
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const title = unique('Seduta da annullare');
    const { meeting } = await draftMeeting(page, SPACE, title);
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', plannedMinutes: 10 });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });

    await page.goto(`/sedute/${meeting.id}`);
    await page.getByRole('button', { name: 'Annulla la seduta' }).click();
    const dialog = page.getByTestId('confirm-cancel');
    await dialog.getByTestId('preview-recipients').waitFor();
    const recipients = await dialog.getByTestId('preview-recipients').getByRole('listitem').allTextContents();
    expect(recipients.some((r) => r.endsWith(`– ${MEMBER}`))).toBe(true);
    // Cancel has the first focus: a stray Enter must not tell everyone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Torna indietro');
    expect(await seriousViolations(page)).toEqual([]);
    // Going back closes the dialog and gives the focus back to the button that opened it.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annulla la seduta');
    expect((await api(page, 'GET', `/api/meetings/${meeting.id}`)).meeting.status).toBe('convened');

    await page.getByRole('button', { name: 'Annulla la seduta' }).click();
    await dialog.getByTestId('preview-recipients').waitFor();
    const reason = `Sala non disponibile ${Date.now().toString(36)}`;
    await dialog.getByLabel('Motivo (facoltativo)').fill(reason);
    await dialog.getByRole('button', { name: `Annulla la seduta e avvisa ${recipients.length} destinatari` }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api(page, 'GET', `/api/meetings/${meeting.id}`)).meeting).toMatchObject({
      status: 'cancelled',
      transitions: expect.arrayContaining([expect.objectContaining({ transition: 'cancel', reason })]),
    });
    expect(await page.getByRole('button', { name: 'Annulla la seduta' }).count()).toBe(0);
    const notice = await waitForMailTo(MEMBER, `Motivo: ${reason}`);
    expect(notice).toContain('METHOD:CANCEL');
    await context.close();
  });

  it('clears the announced-delegate flag when the representative came in person, and asks the delegate’s name in a dialog', async () => {
    const member = await newPage(browser);
    await login(member.page, MEMBER);
    const { context, page } = await newPage(browser);
    await login(page, FACILITATOR);
    const { meeting } = await draftMeeting(page, SPACE, unique('Seduta con delega annunciata'));
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', plannedMinutes: 10 });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
    await api(member.page, 'PUT', `/api/meetings/${meeting.id}/rsvp`, { response: 'delegate', delegateName: 'Mario Verdi' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'start' });

    await page.goto(`/sedute/${meeting.id}`);
    const row = page.getByTestId('attendance').locator(`tr[data-person="${MEMBER_NAME}"]`).first();
    await row.getByRole('combobox', { name: `Presenza: ${MEMBER_NAME}` }).selectOption('present');
    const flag = row.getByTestId('attendance-flag');
    await flag.getByText('Aveva indicato un delegato: Mario Verdi').waitFor();
    await flag.getByRole('button', { name: `Conferma che ${MEMBER_NAME} è presente di persona e togli l’avviso` }).click();
    await flag.waitFor({ state: 'detached' });
    const entries = async () =>
      ((await api(page, 'GET', `/api/meetings/${meeting.id}/attendance`)).attendance.entries as Json[]).filter((e) => e.personName === MEMBER_NAME);
    expect((await entries())[0]).toMatchObject({ status: 'present', rsvp: 'delegate', flag: null });

    await row.getByRole('combobox', { name: `Presenza: ${MEMBER_NAME}` }).selectOption('delegated');
    const dialog = page.getByTestId('delegate-dialog');
    const field = dialog.getByRole('textbox', { name: 'Delegato a' });
    await field.waitFor();
    expect(await field.inputValue()).toBe('Mario Verdi');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await field.fill('Anna Neri');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Delegato a: Anna Neri').waitFor();
    expect((await entries())[0]).toMatchObject({ status: 'delegated', delegatedTo: 'Anna Neri', flag: null });
    await member.context.close();
    await context.close();
  });
});
