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
