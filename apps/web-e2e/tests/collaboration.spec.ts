import type { Browser, Page } from 'playwright-core';
import { ADMIN, FACILITATOR, launch, login, newPage, seriousViolations, unique } from '../support/browser';

/** The document's text as the editor shows it, without the other people's caret labels. */
const editorText = (page: Page) =>
  page.getByTestId('editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return copy.textContent;
  });

async function waitForText(page: Page, fragment: string) {
  await page.waitForFunction((f) => document.querySelector('[data-testid="editor"]')?.textContent?.includes(f), fragment, { timeout: 15_000 });
}

describe('co-editing a document in two browsers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("each sees the other's text and cursor; one edits offline, comes back, and both converge", async () => {
    const title = unique('Nota condivisa');
    const a = await newPage(browser);
    await login(a.page, FACILITATOR);
    await a.page.goto('/spazi');
    await a.page.getByRole('link', { name: 'Tavolo Povertà alimentare' }).click();
    await a.page.getByLabel('Titolo').fill(title);
    await a.page.getByRole('button', { name: 'Crea documento' }).click();
    await a.page.getByRole('link', { name: title }).click();
    await a.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await a.page.getByText('Tutte le modifiche sono salvate').waitFor();
    const url = a.page.url();

    const b = await newPage(browser);
    await login(b.page, ADMIN);
    await b.page.goto(url);
    await b.page.getByText('Tutte le modifiche sono salvate').waitFor();

    await a.page.getByTestId('editor').click();
    await a.page.keyboard.type('Buongiorno dal tavolo. ');
    await waitForText(b.page, 'Buongiorno dal tavolo.');
    await b.page.getByTestId('editor').click();
    await b.page.keyboard.press('End');
    await b.page.keyboard.type('Presente il Comune.');
    await waitForText(a.page, 'Presente il Comune.');
    // Each sees the other's caret labelled with the name, and the other in the presence list.
    await a.page.locator('.collaboration-carets__label', { hasText: 'Laura Ferrari' }).waitFor();
    await b.page.locator('.collaboration-carets__label', { hasText: 'Marco Bianchi' }).waitFor();
    await b.page.getByTestId('presence').getByText('Marco Bianchi (Comune di Cremona)').waitFor();

    await b.context.setOffline(true);
    await b.page.getByText(/Non in linea/).waitFor();
    await b.page.keyboard.type(' Scritto senza rete.');
    await b.page.getByText(/modifiche in attesa/).waitFor();
    await a.page.keyboard.type(' Intanto A scrive.');
    await b.context.setOffline(false);
    await waitForText(a.page, 'Scritto senza rete.');
    await waitForText(b.page, 'Intanto A scrive.');
    await a.page.getByText('Tutte le modifiche sono salvate').waitFor();
    await b.page.getByText('Tutte le modifiche sono salvate').waitFor();
    expect(await editorText(a.page)).toBe(await editorText(b.page));

    // What the server stored is what both see: a third browser loads the same text.
    const c = await newPage(browser);
    await login(c.page, FACILITATOR);
    await c.page.goto(url);
    await waitForText(c.page, 'Scritto senza rete.');
    expect(await editorText(c.page)).toBe(await editorText(a.page));
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  });

  it('links a word from a dialog that refuses an address it cannot store, and removes the link again', async () => {
    const title = unique('Nota con collegamento');
    const a = await newPage(browser);
    await login(a.page, FACILITATOR);
    await a.page.goto('/spazi');
    await a.page.getByRole('link', { name: 'Tavolo Povertà alimentare' }).click();
    await a.page.getByLabel('Titolo').fill(title);
    await a.page.getByRole('button', { name: 'Crea documento' }).click();
    await a.page.getByRole('link', { name: title }).click();
    await a.page.getByText('Tutte le modifiche sono salvate').waitFor();
    const editor = a.page.getByTestId('editor');
    await editor.click();
    await a.page.keyboard.type('Il bando del Comune');
    for (let i = 0; i < 'Comune'.length; i++) await a.page.keyboard.press('Shift+ArrowLeft');

    await a.page.getByRole('button', { name: 'Collegamento', exact: true }).click();
    const dialog = a.page.getByTestId('link-dialog');
    const field = dialog.getByRole('textbox', { name: 'Indirizzo del collegamento' });
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('javascript:alert(1)');
    await a.page.keyboard.press('Enter');
    await dialog.getByRole('alert').getByText('Sono ammessi solo indirizzi web (http, https) ed email (mailto).').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(a.page)).toEqual([]);
    await field.fill('www.comune.cremona.it');
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.waitFor({ state: 'detached' });
    const link = editor.getByRole('link', { name: 'Comune' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.comune.cremona.it');
    // The focus is back in the text, where the writing goes on.
    expect(await editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);

    // On the link, the dialog shows its address and offers to remove it.
    await link.click();
    await a.page.getByRole('button', { name: 'Collegamento', exact: true }).click();
    expect(await field.inputValue()).toBe('https://www.comune.cremona.it');
    await dialog.getByRole('button', { name: 'Rimuovi il collegamento' }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.page.waitForFunction(() => !document.querySelector('[data-testid="editor"] a'));
    expect(await editorText(a.page)).toContain('Il bando del Comune');
    await a.context.close();
  });
});
