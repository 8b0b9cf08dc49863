import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, FACILITATOR, launch, linkIn, login, MEMBER, newPage, unique, waitForMailTo } from '../support/browser';
import { docxText, pdfText } from '../support/files';

/** The Cantiere's plenary: its members include the demo accounts of two organisations besides the Comune. */
const SPACE = 'Cantiere Welfare Inclusione sociale';
const ITEMS = ['Mappatura delle mense solidali', 'Calendario della raccolta'];

/** Tomorrow on Rome's calendar, as a date input wants it. */
const tomorrow = () => new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/** The minutes' text as the editor shows it, without other people's caret labels. */
const minutesText = (page: Page) =>
  page.getByTestId('minutes-editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return copy.textContent ?? '';
  });

const waitForMinutes = (page: Page, fragment: string) =>
  page.waitForFunction((f) => document.querySelector('[data-testid="minutes-editor"]')?.textContent?.includes(f), fragment, { timeout: 15_000 });

/** The paragraph of an item's section, to click into. */
const sectionBody = (page: Page, position: number) => page.locator(`section.minutes-section:nth-of-type(${position}) .minutes-section-body p`).first();

/** Polls a JSON route from the page's session until `accept` is satisfied (the projection is debounced). */
async function pollJson<T>(page: Page, url: string, accept: (body: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const body = (await page.evaluate(async (u) => (await fetch(u)).json(), url)) as T;
    if (accept(body) || i > 60) return body;
    await page.waitForTimeout(250);
  }
}

interface Decision {
  text: string;
  outcome: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  agendaItemTitle: string | null;
}

interface Action {
  what: string;
  responsiblePersonName: string | null;
  responsibleOrganisationName: string | null;
  dueDate: string | null;
  agendaItemTitle: string | null;
}

/** A list in the API's one list envelope. */
interface Listed<T> {
  items?: T[];
}

describe('a whole meeting in the browser', () => {
  let browser: Browser;
  let downloads: string;
  beforeAll(async () => {
    browser = await launch();
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-verbale-'));
  });
  afterAll(async () => {
    await browser.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  // The longest flow of the suite (three browsers through a whole meeting): 19 s on a quiet machine, over 60 s when
  // the machine is busy, so it has its own time limit.
  it('convene, check in two participants, start, write minutes in two browsers with a decision and an action, close, approve, download the verbale', async () => {
    const title = unique('Seduta del tavolo');
    // The facilitator creates the meeting in the Cantiere's space and writes the agenda.
    const chair = await newPage(browser);
    chair.page.on('dialog', (d) => void d.accept());
    await login(chair.page, FACILITATOR);
    await chair.page.goto('/spazi');
    await chair.page.getByRole('link', { name: SPACE, exact: true }).click();
    await chair.page.getByRole('button', { name: 'Nuova seduta' }).click();
    await chair.page.locator('#new-meeting-title').fill(title);
    await chair.page.locator('#new-meeting-date').fill(tomorrow());
    await chair.page.locator('#new-meeting-place').fill('Sala Quadri, Palazzo comunale');
    await chair.page.getByRole('button', { name: 'Crea la seduta' }).click();
    await chair.page.waitForURL(/\/sedute\/[0-9a-f-]{36}$/);
    const meetingUrl = new URL(chair.page.url()).pathname;
    const meetingId = meetingUrl.split('/').pop()!;
    await chair.page.getByText('Bozza', { exact: true }).waitFor();

    // Convening with an empty agenda is refused with the reason.
    await chair.page.getByRole('button', { name: 'Convoca' }).click();
    await chair.page
      .getByTestId('confirm-convene')
      .getByRole('button', { name: /^Invia la convocazione/ })
      .click();
    await chair.page.getByTestId('transition-errors').getByText('L’ordine del giorno è vuoto').waitFor();
    for (const item of ITEMS) {
      await chair.page.locator('#new-item-title').fill(item);
      await chair.page.getByRole('button', { name: 'Aggiungi il punto' }).click();
      await chair.page.getByText(item, { exact: true }).first().waitFor();
    }
    // Convening first shows the mail as it will leave and everyone it goes to; Escape leaves without sending.
    await chair.page.getByRole('button', { name: 'Convoca' }).click();
    const preview = chair.page.getByRole('dialog', { name: 'Inviare la convocazione?' });
    await preview
      .getByTestId('preview-recipients')
      .getByText(/Giulia Rossi \(.*Il Cerchio\) – giulia\.rossi@ilcerchio\.example/)
      .waitFor();
    expect(await preview.getByTestId('preview-subject').textContent()).toMatch(/^Convocazione – /);
    expect(await preview.locator('pre').textContent()).toContain(ITEMS[1]);
    // Cancel has the first focus, and the keyboard never reaches the page behind the dialog: Tab goes round the
    // dialog's controls, passing through the browser's own (no element focused) past the last one.
    expect(await chair.page.evaluate(() => document.activeElement?.textContent)).toBe('Torna indietro');
    const focusIn = () =>
      chair.page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body ? 'browser' : active.closest('dialog') ? 'dialog' : 'page';
      });
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await chair.page.keyboard.press('Tab');
      stops.push(await focusIn());
    }
    expect(stops).not.toContain('page');
    expect(stops.filter((s) => s === 'dialog').length).toBeGreaterThan(4);
    await chair.page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    await chair.page.getByText('Bozza', { exact: true }).waitFor();
    await chair.page.getByRole('button', { name: 'Convoca' }).click();
    await preview
      .getByTestId('preview-recipients')
      .getByText(/Giulia Rossi/)
      .waitFor();
    const recipients = await preview.getByTestId('preview-recipients').locator('li').count();
    expect(recipients).toBeGreaterThan(1);
    await preview.getByRole('button', { name: `Invia la convocazione a ${recipients} destinatari` }).click();
    await chair.page.getByText('Seduta convocata: gli inviti sono stati inviati.').waitFor();

    // The representative receives the convocation with the agenda, an invitation and an RSVP link.
    const mail = await waitForMailTo(MEMBER, title);
    expect(mail).toContain(title);
    for (const item of ITEMS) expect(mail).toContain(item);
    expect(mail).toMatch(/method=REQUEST/i);
    const member = await newPage(browser);
    await login(member.page, MEMBER);
    await member.page.goto(linkIn(mail, '/risposta'));
    await member.page.getByLabel('Parteciperò', { exact: true }).check();
    await member.page.getByRole('button', { name: 'Invia la risposta' }).click();
    await member.page.getByText('Risposta registrata.').waitFor();

    // Two participants check themselves in; the facilitator's register follows live.
    await member.page.goto(meetingUrl);
    await member.page.getByRole('button', { name: 'Segna la mia presenza' }).click();
    await member.page.getByText('La tua presenza è registrata.').waitFor();
    const third = await newPage(browser);
    await login(third.page, ADMIN);
    await third.page.goto(meetingUrl);
    await third.page.getByRole('button', { name: 'Segna la mia presenza' }).click();
    await third.page.getByText('La tua presenza è registrata.').waitFor();
    for (const person of ['Giulia Rossi', 'Laura Ferrari']) {
      await chair.page.waitForFunction(
        (p) => (document.querySelector(`select[aria-label="Presenza: ${p}"]`) as HTMLSelectElement | null)?.value === 'present',
        person,
        { timeout: 15_000 },
      );
    }
    await chair.page
      .getByTestId('quorum')
      .getByText(/presenti 2 organizzazioni su \d+/)
      .waitFor({ timeout: 15_000 });
    const giuliaRow = chair.page.locator('tr[data-person="Giulia Rossi"]');
    expect(await giuliaRow.textContent()).toContain('Parteciperà');
    expect(await chair.page.getByLabel('Entrata: Giulia Rossi').inputValue()).toMatch(/^\d{2}:\d{2}$/);

    // Start: the minutes open with a section per agenda item, for the facilitator and, live, for the member.
    // The meeting is set for tomorrow: starting it today is confirmed twice, the second time with the scheduled time.
    await chair.page.getByRole('button', { name: 'Avvia la seduta' }).click();
    const startDialog = chair.page.getByRole('dialog', { name: 'Avviare la seduta?' });
    await startDialog.getByRole('button', { name: 'Avvia la seduta' }).click();
    await startDialog
      .getByTestId('step-warnings')
      .getByText(/La seduta è in programma il .*: mancano \d+ ore/)
      .waitFor();
    await startDialog.getByRole('button', { name: 'Procedi comunque' }).click();
    await chair.page.getByText('In corso', { exact: true }).first().waitFor();
    for (const page of [chair.page, member.page]) {
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="minutes-editor"] section.minutes-section').length === n, ITEMS.length, {
        timeout: 20_000,
      });
      expect(await page.locator('.minutes-section-title').allTextContents()).toEqual(ITEMS.map((item, i) => `${i + 1}. ${item}`));
    }

    // Run mode: the facilitator moves to the first item; the member's minutes highlight its section.
    const run = await chair.context.newPage();
    await run.goto(`${meetingUrl}/conduzione`);
    await run.getByRole('button', { name: /Successivo/ }).click();
    await run.getByTestId('run-current').getByText(`1. ${ITEMS[0]}`).waitFor();
    await member.page.waitForFunction(
      () => getComputedStyle(document.querySelector('section.minutes-section:nth-of-type(1)')!).backgroundColor === 'rgb(240, 246, 252)',
      undefined,
      { timeout: 15_000 },
    );
    // A participant follows on a phone: the run screen moves with the facilitator's next and previous.
    const phone = await member.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${meetingUrl}/conduzione`);
    await phone.getByTestId('run-current').getByText(`1. ${ITEMS[0]}`).waitFor();
    expect(await phone.getByRole('button', { name: /Successivo/ }).count()).toBe(0);
    await run.getByRole('button', { name: /Successivo/ }).click();
    await phone.getByTestId('run-current').getByText(`2. ${ITEMS[1]}`).waitFor({ timeout: 15_000 });
    await run.keyboard.press('ArrowLeft');
    await phone.getByTestId('run-current').getByText(`1. ${ITEMS[0]}`).waitFor({ timeout: 15_000 });
    expect(await phone.getByTestId('run-timer').textContent()).toMatch(/^\d+:\d{2}/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
    // Back to the minutes tabs: a tab in the background gets no animation frames, and the editor focuses in one.
    await member.page.bringToFront();
    await chair.page.bringToFront();

    // Two browsers write at the same time, each in their own section.
    await sectionBody(chair.page, 1).click();
    await sectionBody(member.page, 2).click();
    await Promise.all([
      chair.page.keyboard.type('Il tavolo esamina la mappatura delle mense. '),
      member.page.keyboard.type('Si discute del calendario della raccolta. '),
    ]);
    await waitForMinutes(member.page, 'Il tavolo esamina la mappatura delle mense.');
    await waitForMinutes(chair.page, 'Si discute del calendario della raccolta.');

    // A decision in the first section, by the facilitator.
    await chair.page.getByTestId('insert-decision').click();
    await chair.page.keyboard.type('Si approva la mappatura delle mense solidali');
    const decision = chair.page.locator('.minutes-decision');
    await decision.getByTestId('decision-outcome').selectOption('approved');
    await decision.getByTestId('decision-votes-for').fill('9');
    await decision.getByTestId('decision-votes-against').fill('0');
    await decision.getByTestId('decision-votes-abstained').fill('1');

    // An action in the second section, by the member.
    await member.page.keyboard.press('End');
    await member.page.getByTestId('insert-action').click();
    await member.page.keyboard.type('Aggiornare il calendario della raccolta');
    const action = member.page.locator('.minutes-action');
    await action.getByTestId('action-person').selectOption({ label: 'Giulia Rossi' });
    await action.getByTestId('action-due').fill('2027-03-15');

    // Each sees the other's blocks, with their fields, and both end with the same text, all saved.
    await waitForMinutes(member.page, 'Si approva la mappatura delle mense solidali');
    await waitForMinutes(chair.page, 'Aggiornare il calendario della raccolta');
    await member.page.waitForFunction(
      () => (document.querySelector('.minutes-decision [data-testid="decision-votes-for"]') as HTMLInputElement | null)?.value === '9',
      undefined,
      { timeout: 15_000 },
    );
    await chair.page.waitForFunction(
      () => (document.querySelector('.minutes-action [data-testid="action-due"]') as HTMLInputElement | null)?.value === '2027-03-15',
      undefined,
      { timeout: 15_000 },
    );
    for (const page of [chair.page, member.page]) await page.getByText('Tutte le modifiche sono salvate').waitFor();
    expect(await minutesText(chair.page)).toBe(await minutesText(member.page));
    expect(await chair.page.locator('section.minutes-section:nth-of-type(1) .minutes-decision').count()).toBe(1);
    expect(await chair.page.locator('section.minutes-section:nth-of-type(2) .minutes-action').count()).toBe(1);

    // The blocks are projected into decision and action rows, linked to their agenda item.
    const outcomes = await pollJson<Listed<Decision>>(chair.page, `/api/decisions?meetingId=${meetingId}`, (b) => b.items?.[0]?.votesAbstained === 1);
    expect(outcomes.items).toEqual([
      expect.objectContaining({
        text: 'Si approva la mappatura delle mense solidali',
        outcome: 'approved',
        votesFor: 9,
        votesAgainst: 0,
        votesAbstained: 1,
        agendaItemTitle: ITEMS[0],
      }),
    ]);
    const actions = await pollJson<Listed<Action>>(chair.page, `/api/actions?meetingId=${meetingId}`, (b) => b.items?.[0]?.dueDate === '2027-03-15');
    expect(actions.items).toEqual([
      expect.objectContaining({
        what: 'Aggiornare il calendario della raccolta',
        responsiblePersonName: 'Giulia Rossi',
        responsibleOrganisationName: expect.stringContaining('Cerchio'),
        dueDate: '2027-03-15',
        agendaItemTitle: ITEMS[1],
      }),
    ]);
    await run.close();

    // Close, then approve: the text is frozen with its hash and turns read-only for everyone.
    await chair.page.getByRole('button', { name: 'Chiudi la seduta' }).click();
    const closeDialog = chair.page.getByRole('dialog', { name: 'Chiudere la seduta?' });
    expect(await closeDialog.textContent()).toContain('Una seduta chiusa non si riapre.');
    await closeDialog.getByRole('button', { name: 'Torna indietro' }).click();
    await closeDialog.waitFor({ state: 'detached' });
    expect(await chair.page.getByText('In corso', { exact: true }).count()).toBeGreaterThan(0);
    await chair.page.getByRole('button', { name: 'Chiudi la seduta' }).click();
    await closeDialog.getByRole('button', { name: 'Chiudi la seduta' }).click();
    await chair.page.getByText('Chiusa', { exact: true }).first().waitFor();

    // Review: the member may no longer edit but comments, signed; the facilitator sees it live and accepts it.
    await chair.page.getByLabel('Giorni per la revisione').fill('5');
    await chair.page.getByRole('button', { name: 'Avvia la revisione' }).click();
    await chair.page.getByRole('dialog', { name: 'Avviare la revisione?' }).getByRole('button', { name: 'Avvia la revisione' }).click();
    await chair.page
      .getByTestId('minutes-status')
      .getByText(/^In revisione fino al/)
      .waitFor();
    await member.page
      .getByTestId('minutes-status')
      .getByText(/^In revisione fino al/)
      .waitFor({ timeout: 15_000 });
    await member.page.waitForFunction(() => document.querySelector('[data-testid="minutes-editor"]')?.getAttribute('contenteditable') === 'false', undefined, {
      timeout: 15_000,
    });
    await member.page.getByRole('button', { name: 'Invia' }).click();
    await member.page.getByText('Campo obbligatorio').waitFor();
    await member.page.getByLabel('Tipo', { exact: true }).selectOption('suggestion');
    await member.page.getByLabel('Punto', { exact: true }).selectOption({ label: `2. ${ITEMS[1]}` });
    await member.page.getByLabel('Passaggio da modificare').fill('Si discute del calendario della raccolta.');
    await member.page.getByLabel('Testo proposto').fill('Si discute del calendario della raccolta di dicembre.');
    await member.page.getByRole('button', { name: 'Invia' }).click();
    await member.page.getByText('Osservazione inviata.').waitFor();
    const remark = chair.page.getByTestId('remark').filter({ hasText: 'di dicembre' });
    await remark.waitFor({ timeout: 15_000 });
    expect(await remark.textContent()).toContain('Giulia Rossi (Il Cerchio)');
    // Accepting applies the suggestion to the text, live for everyone.
    await remark.getByRole('button', { name: 'Accogli' }).click();
    await remark.getByText('accolta', { exact: true }).waitFor();
    await remark.getByTestId('remark-application').getByText('applicata al testo').waitFor();
    await chair.page.getByText('Proposta accolta e applicata al testo del verbale').waitFor();
    await waitForMinutes(member.page, 'Si discute del calendario della raccolta di dicembre.');

    // Approving while the review window is open asks again, naming the days left.
    await chair.page.getByTestId('approve-minutes').click();
    const approveDialog = chair.page.getByRole('dialog', { name: 'Approvare il verbale?' });
    await approveDialog.getByRole('button', { name: 'Approva il verbale' }).click();
    await approveDialog
      .getByTestId('step-warnings')
      .getByText(/La revisione è ancora aperta per 5 giorni .*Osservazioni senza risposta: 0\./)
      .waitFor();
    await approveDialog.getByRole('button', { name: 'Procedi comunque' }).click();
    await chair.page.getByTestId('minutes-hash').waitFor();
    const hashLine = await chair.page.getByTestId('minutes-hash').textContent();
    const hash = hashLine?.match(/[0-9a-f]{64}/)?.[0];
    expect(hash).toBeDefined();
    await member.page.getByTestId('minutes-hash').waitFor({ timeout: 15_000 });
    await member.page.waitForFunction(() => document.querySelector('[data-testid="minutes-editor"]')?.getAttribute('contenteditable') === 'false', undefined, {
      timeout: 15_000,
    });
    expect(await member.page.getByTestId('insert-decision').count()).toBe(0);
    expect(await minutesText(member.page)).toContain('Si approva la mappatura delle mense solidali');

    // The verbale, downloaded from the page, holds the minutes, the vote, the action and the hash.
    const save = async (name: string) => {
      const [download] = await Promise.all([chair.page.waitForEvent('download'), chair.page.getByRole('link', { name }).click()]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const docx = docxText(await save('Scarica il verbale (DOCX)'));
    const pdf = pdfText(await save('Scarica il verbale (PDF)')).replace(/\s+/g, ' ');
    for (const text of [docx, pdf]) {
      for (const expected of [
        title,
        ITEMS[0],
        'Il tavolo esamina la mappatura delle mense.',
        'calendario della raccolta di dicembre',
        'Si approva la mappatura delle mense solidali',
        'unanimità dei votanti (astenuti 1)',
        'Aggiornare il calendario della raccolta',
        'Giulia Rossi',
      ]) {
        expect(text).toContain(expected);
      }
    }
    expect(docx).toContain(hash);
    expect(pdf.replace(/ /g, '')).toContain(hash);

    // The space keeps track of what the meeting produced; the responsible organisation updates its action.
    await member.page.goto('/spazi');
    await member.page.getByRole('link', { name: SPACE, exact: true }).click();
    const decisionRow = member.page.getByTestId('space-decisions').getByRole('row').filter({ hasText: 'Si approva la mappatura delle mense solidali' });
    expect(await decisionRow.textContent()).toContain('9 / 0 / 1');
    const status = member.page.getByLabel('Stato dell’azione «Aggiornare il calendario della raccolta»');
    expect(await status.inputValue()).toBe('open');
    // The change is saved by a request of its own: reloading before it answers would abort it.
    await Promise.all([
      member.page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/actions\/[^/]+$/.test(new URL(r.url()).pathname) && r.ok()),
      status.selectOption('done'),
    ]);
    await member.page.reload();
    await member.page.getByTestId('space-actions').waitFor();
    expect(await member.page.getByLabel('Stato dell’azione «Aggiornare il calendario della raccolta»').inputValue()).toBe('done');
    await Promise.all([chair.context.close(), member.context.close(), third.context.close()]);
  }, 180_000);
});
