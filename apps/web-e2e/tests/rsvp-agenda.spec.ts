import type { Browser, Page } from 'playwright-core';
import { FACILITATOR, launch, linkIn, login, MEMBER, newPage, seriousViolations, unique, waitForMailTo } from '../support/browser';

const SPACE = 'Cantiere Welfare Inclusione sociale';

/** A JSON call from the page's session; the test prepares data this way and checks what the screens show. */
async function call<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([m, u, b]) => {
      const r = await fetch(u as string, {
        method: m as string,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: r.status, text: await r.text() };
    },
    [method, url, body] as const,
  );
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.text}`);
  return JSON.parse(res.text) as T;
}

describe('the agenda behind an RSVP link, and the register flag for an announced delegate', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the agenda with linked documents on the RSVP page, then flags the check-in of someone who announced a delegate', async () => {
    const title = unique('Seduta con documenti');
    const chair = await newPage(browser);
    await login(chair.page, FACILITATOR);
    const { items: spaces } = await call<{ items: { id: string; name: string }[] }>(chair.page, 'GET', '/api/spaces');
    const spaceId = spaces.find((s) => s.name === SPACE)!.id;
    const documentId = (
      await call<{ document: { id: string } }>(chair.page, 'POST', '/api/documents', { spaceId, title: 'Mappa delle mense solidali', kind: 'working_note' })
    ).document.id;
    const start = new Date(Date.now() + 86_400_000);
    // In the morning, whatever the time of the run: a meeting that ended after midnight would not fit the meeting form.
    start.setUTCHours(9, 0, 0, 0);
    const meetingId = (
      await call<{ meeting: { id: string } }>(chair.page, 'POST', '/api/meetings', {
        spaceId,
        title,
        kind: 'plenary',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
        place: 'Sala Quadri',
      })
    ).meeting.id;
    await call(chair.page, 'POST', `/api/meetings/${meetingId}/agenda-items`, {
      title: 'Mense solidali',
      kind: 'decision',
      plannedMinutes: 40,
      description: 'Orari e turni dei volontari.',
      documentIds: [documentId],
    });
    await call(chair.page, 'POST', `/api/meetings/${meetingId}/transitions`, { transition: 'convene' });

    // Opened from the mail without logging in: the agenda and the document's title, linked since Giulia has an account.
    const mail = await waitForMailTo(MEMBER, title);
    expect(mail).toContain(`Documento: Mappa delle mense solidali`);
    const member = await newPage(browser);
    await member.page.goto(linkIn(mail, '/risposta'));
    const agenda = member.page.getByTestId('rsvp-agenda');
    await agenda.getByText('Mense solidali', { exact: true }).waitFor();
    expect(await agenda.textContent()).toContain('Decisione · 40 min');
    expect(await agenda.textContent()).toContain('Orari e turni dei volontari.');
    expect(await agenda.getByRole('link', { name: 'Mappa delle mense solidali' }).getAttribute('href')).toBe(`/documenti/${documentId}`);
    expect(await seriousViolations(member.page)).toEqual([]);
    // bootstrap-italia draws the radio on its label, which is what a person clicks.
    await member.page.locator('label', { hasText: 'Invierò un delegato' }).click();
    await member.page.locator('form input.form-control').fill('Mario Rossi');
    await member.page.getByRole('button', { name: 'Invia la risposta' }).click();
    await member.page.getByText('Risposta registrata.').waitFor();

    // Then she comes in person and checks in: the facilitator's register shows what she had announced.
    await login(member.page, MEMBER);
    await member.page.goto(`/sedute/${meetingId}`);
    await member.page.getByRole('button', { name: 'Segna la mia presenza' }).click();
    await member.page.getByText('La tua presenza è registrata.').waitFor();
    await chair.page.goto(`/sedute/${meetingId}`);
    await chair.page
      .locator('tr[data-person="Giulia Rossi"]')
      .getByTestId('attendance-flag')
      .getByText('Aveva indicato un delegato: Mario Rossi')
      .waitFor({ timeout: 15_000 });
    await chair.context.close();
    await member.context.close();
  });
});
