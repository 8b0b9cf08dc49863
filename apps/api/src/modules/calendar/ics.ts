/**
 * Minimal iCalendar writer (RFC 5545, with RFC 5546 iTIP methods) for meeting invitations and
 * calendar feeds. Hand-written on purpose: we only emit a small, fixed shape, so a dependency would
 * cost more than these few rules (escaping, folding, one time zone).
 */

export interface IcsEvent {
  uid: string;
  sequence: number;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizer?: { name: string; email: string } | null;
  attendees?: { name: string; email: string; partstat?: 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'DELEGATED' }[];
  lastModified: Date;
}

const TZID = 'Europe/Rome';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

// Rules valid for Italy since 1996 (EU summer time). Clients prefer their own tz database when they know
// the TZID, but RFC 5545 requires a VTIMEZONE for every TZID we reference. It is emitted even with no
// events, which also keeps an empty feed valid: VCALENDAR must contain at least one component.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

// Built once: constructing Intl formatters is comparatively expensive and feeds render many events.
// hourCycle h23 avoids the "24" that hour12:false yields for midnight in some ICU versions.
const romeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TZID,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Drops CONTROL characters (RFC 5545 §3.1) so user input can never inject line breaks or properties. */
function stripControls(value: string, keepTab = false): string {
  let out = '';
  for (const ch of value) if ((ch >= ' ' && ch !== '\x7f') || (keepTab && ch === '\t')) out += ch;
  return out;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); every kind of line break becomes the two characters `\n`. */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return stripControls(escaped, true);
}

/** A quoted parameter value: QSAFE-CHAR excludes DQUOTE and controls, and there is no escape for them. */
function paramValue(value: string): string {
  return `"${stripControls(value).replace(/"/g, '')}"`;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), counting UTF-8 bytes and cutting only between code
 * points so no multi-byte sequence is split; the leading space of a continuation counts towards its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** UTC form `YYYYMMDDTHHMMSSZ`; sub-second precision is dropped, as DATE-TIME has none. */
function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function romeWallClock(date: Date): string {
  const p: Record<string, string> = {};
  for (const part of romeFormat.formatToParts(date)) p[part.type] = part.value;
  return `${p.year.padStart(4, '0')}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/**
 * DTSTART/DTEND as Rome wall-clock time, so clients show the meeting in its own zone. The hour repeated when
 * DST ends is ambiguous: RFC 5545 §3.3.5 means its first occurrence, but clients (ical.js included) disagree,
 * so both occurrences fall back to UTC form. A wall clock equal to the one an hour away happens only there.
 */
function dateTimeProp(name: string, date: Date): string {
  const local = romeWallClock(date);
  const ambiguous = [-3_600_000, 3_600_000].some((delta) => romeWallClock(new Date(date.getTime() + delta)) === local);
  return ambiguous ? `${name}:${utc(date)}` : `${name};TZID=${TZID}:${local}`;
}

function isPresent(value: string | null | undefined): value is string {
  return value != null && value.trim() !== '';
}

function renderEvent(event: IcsEvent, method: string | undefined, now: Date): string[] {
  // iTIP (RFC 5546 §3.2.5): a CANCEL must carry STATUS:CANCELLED whatever the stored status says.
  const status = method === 'CANCEL' ? 'CANCELLED' : event.status;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${stripControls(event.uid)}`,
    `DTSTAMP:${utc(now)}`,
    dateTimeProp('DTSTART', event.start),
    dateTimeProp('DTEND', event.end),
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `STATUS:${status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (isPresent(event.description)) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (isPresent(event.location)) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URI values are not TEXT: escaping would corrupt them, but controls must still go.
  if (isPresent(event.url)) lines.push(`URL:${stripControls(event.url)}`);
  lines.push(`LAST-MODIFIED:${utc(event.lastModified)}`);
  if (event.organizer) {
    lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${stripControls(event.organizer.email)}`);
  }
  for (const a of event.attendees ?? []) {
    const params = `CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partstat ?? 'NEEDS-ACTION'};RSVP=TRUE`;
    lines.push(`ATTENDEE;${params}:mailto:${stripControls(a.email)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Renders a complete VCALENDAR object; the result ends with CRLF, as every content line must. */
export function renderCalendar(opts: { method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; name?: string; events: IcsEvent[]; now?: Date }): string {
  const now = opts.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Cantiere//Cantiere Welfare//IT', 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  if (opts.method) lines.push(`METHOD:${opts.method}`);
  if (isPresent(opts.name)) lines.push(`X-WR-CALNAME:${escapeText(opts.name)}`, `X-WR-TIMEZONE:${TZID}`);
  lines.push(...VTIMEZONE);
  for (const event of opts.events) lines.push(...renderEvent(event, opts.method, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
