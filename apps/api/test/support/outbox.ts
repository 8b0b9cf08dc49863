import fs from 'node:fs';
import path from 'node:path';

/** Messages the app wrote to its local outbox (DATA_DIR/mail), oldest first. */
export function readOutbox(dataDir: string): string[] {
  const dir = path.join(dataDir, 'mail');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Decodes a quoted-printable body enough to find links in it. */
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function linkIn(message: string, pathPrefix: string): string {
  const body = decodeQuotedPrintable(message);
  const match = body.match(new RegExp(`https?://[^\\s]+${pathPrefix}/[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${pathPrefix} link in message:\n${body}`);
  return match[0];
}

/** The .ics attached to a message (base64 part), unfolded so that properties read as one line each. */
export function calendarIn(message: string): string {
  const match = message.match(/Content-Type: application\/ics; name=[^\n]+\n(?:[^\n]+\n)*?\n([A-Za-z0-9+/=\n]+)/);
  if (!match) throw new Error(`no calendar attachment in message:\n${message.slice(0, 500)}`);
  return Buffer.from(match[1].replace(/\n/g, ''), 'base64').toString('utf8');
}

export const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** A header's value, unfolded, with RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) decoded. */
export function headerOf(message: string, name: string): string {
  const head = message.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const raw = head.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1] ?? '';
  return raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
}

/** The plain-text body of a single-part message, whether base64 or quoted-printable. */
export function plainBodyOf(message: string): string {
  const [head, ...rest] = message.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(decodeQuotedPrintable(body), 'latin1').toString('utf8');
}
