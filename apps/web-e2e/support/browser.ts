import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, type BrowserContextOptions, chromium, Page } from 'playwright-core';
import { stateFile } from './global-setup';

export const DEMO_PASSWORD = 'cantiere-demo-2026';
export const ADMIN = 'laura.ferrari@comune.cremona.it';
export const FACILITATOR = 'marco.bianchi@comune.cremona.it';
export const MEMBER = 'giulia.rossi@ilcerchio.example';

export function server(): { baseUrl: string; dataDir: string } {
  return JSON.parse(fs.readFileSync(stateFile(), 'utf8'));
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser context (own cookies and storage), as a separate person would have; `options` set a phone's screen. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server().baseUrl, locale: 'it-IT', ...options });
  const page = await context.newPage();
  return { context, page };
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/accesso');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL((url) => url.pathname !== '/accesso');
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether a raw message is addressed to `to`, with or without a display name. */
const addressedTo = (raw: string, to: string) =>
  raw.split(/\r?\n/).some((line) => line.startsWith('To: ') && (line.includes(`To: ${to}`) || line.includes(`<${to}>`)));
const decodeQuotedPrintable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The newest message in the outbox addressed to `to`, body decoded from quoted-printable. */
export function lastMailTo(to: string, containing?: string): string {
  const dir = path.join(server().dataDir, 'mail');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : [];
  for (const f of files.reverse()) {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8');
    if (!addressedTo(raw, to)) continue;
    const decoded = decodeQuotedPrintable(raw);
    if (!containing || decoded.includes(containing)) return decoded;
  }
  const recent = files.slice(0, 5).map((f) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split(/\r?\n/)
      .filter((l) => /^(To|Subject): /.test(l))
      .join(' | '),
  );
  throw new Error(`no mail to ${to}${containing ? ` about ${containing}` : ''}; latest of ${files.length}: ${recent.join('; ') || 'none'}`);
}

/** Waits for a message to `to` mentioning `containing`: some mails leave after the response (convocations). */
export async function waitForMailTo(to: string, containing: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return lastMailTo(to, containing);
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export function linkIn(mail: string, prefix: string): string {
  const m = mail.match(new RegExp(`https?://[^\\s]+${prefix}/[A-Za-z0-9_-]+`));
  if (!m) throw new Error(`no ${prefix} link`);
  return new URL(m[0]).pathname;
}

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Polls `check` until it holds, for what a locator cannot wait on (an attribute reaching a value, an API state). */
export async function untilTrue(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
