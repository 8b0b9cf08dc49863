import type { Browser, Locator } from 'playwright-core';
import { api, draftMeeting } from '../support/api';
import { FACILITATOR, launch, login, newPage, seriousViolations, unique } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';
const ITEM = 'Mense solidali: orari estivi';
const DESCRIPTION = 'Proposta delle associazioni di tenere aperte due mense anche in agosto.';
const DOCUMENT = unique('Nota sugli orari estivi');
const DECISION = 'Si approva l’apertura estiva di due mense';

/** Whether `a` comes before `b` in the document. */
const precedes = async (a: Locator, b: Locator) =>
  a.evaluate((x, y) => !!(x.compareDocumentPosition(y as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await b.elementHandle());
const box = async (l: Locator) => (await l.boundingBox())!;

describe('the meeting page follows the meeting; run mode is a projector screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  // Two viewports and three phases of one meeting: 15 s on a quiet machine, over 60 s on a busy one.
  it('agenda first while preparing, minutes first in progress and after; run mode full screen with description, documents and decisions', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, FACILITATOR);
    const { space, meeting } = await draftMeeting(page, SPACE, unique('Seduta per fasi'));
    const { document } = await api(page, 'POST', '/api/documents', { spaceId: space.id, title: DOCUMENT, kind: 'working_note' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, {
      title: ITEM,
      description: DESCRIPTION,
      documentIds: [document.id],
      plannedMinutes: 20,
    });
    await api(page, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Calendario della raccolta', plannedMinutes: 15 });
    const agendaHeading = page.getByRole('heading', { level: 2, name: 'Ordine del giorno', exact: true });
    const attendanceHeading = page.getByRole('heading', { level: 2, name: 'Registro delle presenze', exact: true });

    // Preparation: the agenda comes first, then the register; there are no minutes yet.
    await page.goto(`/sedute/${meeting.id}`);
    await page.getByTestId('agenda-items').waitFor();
    expect(await page.getByTestId('meeting-phase').textContent()).toBe('Preparazione');
    expect(await precedes(agendaHeading, attendanceHeading)).toBe(true);
    expect((await box(agendaHeading)).y).toBeLessThan((await box(attendanceHeading)).y);
    expect(await page.locator('#minutes-title').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // In progress: the live minutes come first, the current item, the register and the agenda beside them.
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'start' });
    await api(page, 'POST', `/api/meetings/${meeting.id}/run`, { action: 'next' });
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="minutes-editor"] section.minutes-section').length === 2, undefined, {
      timeout: 20_000,
    });
    const editor = page.getByTestId('minutes-editor');
    expect(await page.getByTestId('meeting-phase').textContent()).toBe('Seduta in corso');
    expect(await precedes(editor, attendanceHeading)).toBe(true);
    expect(await precedes(editor, agendaHeading)).toBe(true);
    // On a desktop the current item, who is here and the running order stand in a column to the right of the editor.
    const side = [page.getByTestId('current-item-card'), page.getByTestId('attendance-summary'), page.getByTestId('agenda-outline')];
    for (const part of side) expect((await box(part)).x).toBeGreaterThan((await box(editor)).x + (await box(editor)).width);
    expect((await box(side[0])).y).toBeLessThan((await box(editor)).y);
    expect(await page.getByTestId('agenda-outline').locator('li[aria-current="step"]').textContent()).toContain(ITEM);
    const card = page.getByTestId('current-item-card');
    expect(await card.textContent()).toContain(`1. ${ITEM}`);
    expect(await card.textContent()).toContain(DESCRIPTION);
    expect(await card.getByRole('link', { name: DOCUMENT }).count()).toBe(1);
    // The item under discussion is highlighted in the agenda too, with its document's link: axe weighs that link's
    // contrast on the highlight.
    expect(await page.getByTestId('agenda-items').locator('li[aria-current="step"]').getByRole('link', { name: DOCUMENT }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone everything is one column, the editor on top.
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await box(editor)).y + (await box(editor)).height).toBeLessThan((await box(attendanceHeading)).y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // There the register scrolls sideways inside its own region, which axe checks keyboard users can reach.
    const register = page.getByTestId('attendance').locator('xpath=..');
    expect(await register.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The projector is already open when a decision is written in the minutes: it shows the decision live.
    const run = await context.newPage();
    await run.setViewportSize({ width: 1280, height: 800 });
    await run.goto(`/sedute/${meeting.id}/conduzione`);
    await run.getByTestId('run-current').getByText(`1. ${ITEM}`).waitFor();
    await run.getByText('Nessuna decisione ancora scritta nel verbale.').waitFor();
    await page.bringToFront();
    await page.locator('section.minutes-section:nth-of-type(1) .minutes-section-body p').first().click();
    await page.getByTestId('insert-decision').click();
    await page.keyboard.type(DECISION);
    await page.locator('.minutes-decision').getByTestId('decision-outcome').selectOption('approved');
    await page.getByText('Tutte le modifiche sono salvate').waitFor();

    // Run mode: no site header or navigation, full screen on request, the item's description, documents and the decision.
    await run.bringToFront();
    expect(await run.locator('header').count()).toBe(0);
    expect(await run.getByRole('navigation').count()).toBe(0);
    expect(await run.getByRole('main').count()).toBe(1);
    expect(await run.getByTestId('run-description').textContent()).toBe(DESCRIPTION);
    expect(await run.getByTestId('run-documents').getByRole('link').allTextContents()).toEqual([DOCUMENT]);
    // The outcome may reach the projection after the text: each projection is announced, and the list follows.
    await run.getByTestId('run-decision').filter({ hasText: DECISION }).filter({ hasText: 'Approvata' }).waitFor({ timeout: 20_000 });
    expect(await run.getByTestId('run-decision').count()).toBe(1);
    expect(await seriousViolations(run)).toEqual([]);
    await run.getByRole('button', { name: 'Schermo intero' }).click();
    await run.getByRole('button', { name: 'Esci dallo schermo intero' }).waitFor();
    await run.keyboard.press('Escape');
    await run.getByRole('button', { name: 'Schermo intero' }).waitFor();
    // The arrows still move through the agenda, and the way back leads to the meeting page.
    await run.keyboard.press('ArrowRight');
    await run.getByTestId('run-current').getByText('2. Calendario della raccolta').waitFor();
    await run.getByRole('link', { name: /Torna alla seduta/ }).click();
    await run.waitForURL(new RegExp(`/sedute/${meeting.id}$`));
    await run.getByRole('navigation', { name: 'Menu principale' }).waitFor();
    await run.close();

    // After: the minutes with review and downloads first, then the register's counts; the agenda is folded away.
    await api(page, 'POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'close' });
    await page.reload();
    await page.getByTestId('minutes-status').waitFor();
    expect(await page.getByTestId('meeting-phase').textContent()).toBe('Dopo la seduta');
    expect(await precedes(page.locator('#minutes-title'), attendanceHeading)).toBe(true);
    expect((await box(page.getByRole('link', { name: 'Scarica il verbale (PDF)' }))).y).toBeLessThan((await box(attendanceHeading)).y);
    expect(await page.getByTestId('agenda-items').isVisible()).toBe(false);
    // The register is a record now: its counts first; its rows stay open while some are still to record, and fold.
    const { attendance } = await api(page, 'GET', `/api/meetings/${meeting.id}/attendance`);
    const rows = attendance.entries.length;
    expect(rows).toBeGreaterThan(0);
    expect(attendance.entries.every((e: { status: string | null }) => e.status === null)).toBe(true);
    expect(await page.getByTestId('register-counts').textContent()).toBe(`Nel registro: 0 presenti, ${rows} ${rows === 1 ? 'non rilevato' : 'non rilevati'}.`);
    expect(await page.getByTestId('attendance').isVisible()).toBe(true);
    await page.getByText(`Registro completo (${rows} ${rows === 1 ? 'rappresentante' : 'rappresentanti'})`).click();
    expect(await page.getByTestId('attendance').isVisible()).toBe(false);
    expect(await precedes(page.getByTestId('register-counts'), page.locator('#agenda-summary'))).toBe(true);
    await page.getByText('Ordine del giorno trattato (2 punti)').click();
    await page.getByTestId('agenda-items').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
