import ICAL from 'ical.js';
import { escapeText, foldLine, IcsEvent, renderCalendar } from './ics';

const NOW = new Date('2026-01-15T09:00:00Z');

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'meeting-1@cantiere',
    sequence: 0,
    status: 'CONFIRMED',
    start: new Date('2026-12-03T16:30:00Z'),
    end: new Date('2026-12-03T18:00:00Z'),
    summary: 'Assemblea plenaria',
    lastModified: new Date('2026-01-10T08:00:00Z'),
    ...overrides,
  };
}

/** Parses with ical.js and registers the calendar's own VTIMEZONE, as a client would. */
function parse(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

function vevents(calendar: ICAL.Component): ICAL.Component[] {
  return calendar.getAllSubcomponents('vevent');
}

/** Splits the encoded bytes (not the JS string) on CRLF, so a split UTF-8 sequence would be visible. */
function byteLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  expect(start).toBe(bytes.length); // the object ends with CRLF
  return lines;
}

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

beforeEach(() => {
  // The service is global: start clean so each test proves its own VTIMEZONE is usable.
  ICAL.TimezoneService.reset();
});

describe('renderCalendar times', () => {
  it.each([
    ['winter', '2026-12-03T16:30:00Z', '2026-12-03T17:30:00'],
    ['summer', '2026-06-10T15:00:00Z', '2026-06-10T17:00:00'],
    ['just before spring DST', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00'],
    ['right after spring DST', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00'],
    ['just before the repeated autumn hour', '2026-10-24T23:59:59Z', '2026-10-25T01:59:59'],
    ['right after autumn DST', '2026-10-25T02:00:00Z', '2026-10-25T03:00:00'],
    ['local midnight', '2026-01-31T23:00:00Z', '2026-02-01T00:00:00'],
  ])('%s: %s is written as Rome local %s and reads back as the same instant', (_label, instant, local) => {
    const start = new Date(instant);
    const ics = renderCalendar({ events: [event({ start, end: new Date(start.getTime() + 3_600_000) })], now: NOW });
    expect(ics).toContain(`DTSTART;TZID=Europe/Rome:${local.replace(/[-:]/g, '')}\r\n`);

    const parsed = new ICAL.Event(vevents(parse(ics))[0]);
    expect(parsed.startDate.zone?.tzid).toBe('Europe/Rome');
    expect(parsed.startDate.toString()).toBe(local);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(parsed.endDate.toJSDate().getTime()).toBe(start.getTime() + 3_600_000);
  });

  it.each([
    ['first', '2026-10-25T00:30:00Z', '20261025T003000Z'], // 02:30 CEST
    ['second', '2026-10-25T01:30:00Z', '20261025T013000Z'], // 02:30 CET
    ['boundary', '2026-10-25T01:00:00Z', '20261025T010000Z'], // 02:00 CET, the switch itself
  ])('writes the %s occurrence of the repeated autumn hour in UTC, as clients disagree on local 02:30', (_label, instant, written) => {
    const start = new Date(instant);
    const ics = renderCalendar({ events: [event({ start, end: new Date('2026-10-25T03:00:00Z') })], now: NOW });
    expect(ics).toContain(`DTSTART:${written}\r\n`);
    expect(ics).toContain('DTEND;TZID=Europe/Rome:20261025T040000\r\n');
    const parsed = new ICAL.Event(vevents(parse(ics))[0]);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('writes DTSTAMP from now and LAST-MODIFIED in UTC', () => {
    const ics = renderCalendar({ events: [event()], now: new Date('2026-01-15T09:00:00.789Z') });
    expect(ics).toContain('DTSTAMP:20260115T090000Z\r\n');
    expect(ics).toContain('LAST-MODIFIED:20260110T080000Z\r\n');
    const vevent = vevents(parse(ics))[0];
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });
});

describe('renderCalendar text and people', () => {
  const tricky = 'Perché sì; però, “qui”\\là\nriga 2\r\nriga 3 — città 🎉';

  it('round-trips SUMMARY, DESCRIPTION and LOCATION with special characters', () => {
    const ics = renderCalendar({
      events: [event({ summary: `Tavolo: ${tricky}`, description: tricky, location: 'Sala Àrea, piano 2; Milano' })],
      now: NOW,
    });
    const vevent = vevents(parse(ics))[0];
    expect(vevent.getFirstPropertyValue('summary')).toBe(`Tavolo: ${tricky.replace(/\r\n/g, '\n')}`);
    expect(vevent.getFirstPropertyValue('description')).toBe(tricky.replace(/\r\n/g, '\n'));
    expect(vevent.getFirstPropertyValue('location')).toBe('Sala Àrea, piano 2; Milano');
  });

  it('reads back METHOD, SEQUENCE, STATUS, URL, ORGANIZER and ATTENDEE parameters', () => {
    const ics = renderCalendar({
      method: 'REQUEST',
      events: [
        event({
          sequence: 3,
          status: 'TENTATIVE',
          url: 'https://cantiere.example/meetings/1?a=1,2;b',
          organizer: { name: 'Segreteria, Cantiere', email: 'segreteria@example.it' },
          attendees: [
            { name: 'Niccolò Rossi', email: 'niccolo@example.it', partstat: 'ACCEPTED' },
            { name: 'Anna "Nina" Bianchi\r\nX-EVIL:1', email: 'anna@example.it' },
            { name: 'Luca', email: 'luca@example.it', partstat: 'DECLINED' },
          ],
        }),
      ],
      now: NOW,
    });
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = vevents(calendar)[0];
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://cantiere.example/meetings/1?a=1,2;b');

    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Segreteria, Cantiere');
    expect(organizer?.getFirstValue()).toBe('mailto:segreteria@example.it');

    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      cn: p.getParameter('cn'),
      partstat: p.getParameter('partstat'),
      role: p.getParameter('role'),
      rsvp: p.getParameter('rsvp'),
      value: p.getFirstValue(),
    }));
    expect(attendees).toEqual([
      { cn: 'Niccolò Rossi', partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', value: 'mailto:niccolo@example.it' },
      { cn: 'Anna Nina BianchiX-EVIL:1', partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', value: 'mailto:anna@example.it' },
      { cn: 'Luca', partstat: 'DECLINED', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', value: 'mailto:luca@example.it' },
    ]);
    expect(unfold(ics).some((line) => line.startsWith('X-EVIL'))).toBe(false);
  });

  it('omits empty optional properties and the calendar name when not given', () => {
    const ics = renderCalendar({ events: [event({ description: null, location: '  ', url: '', organizer: null, attendees: [] })], now: NOW });
    for (const name of ['DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE', 'METHOD', 'X-WR-CALNAME', 'X-WR-TIMEZONE']) {
      expect(unfold(ics).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))).toEqual([]);
    }
    parse(ics);
  });

  it('writes the calendar name and time zone for feeds', () => {
    const ics = renderCalendar({ method: 'PUBLISH', name: 'Cantiere, riunioni', events: [event()], now: NOW });
    // X- properties default to TEXT (RFC 5545 §3.8.8.2), so they are escaped; ical.js does not know this
    // one and hands back the raw value, hence the check on the line itself.
    expect(ics).toContain('X-WR-CALNAME:Cantiere\\, riunioni\r\n');
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Cantiere\\, riunioni');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Rome');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});

describe('renderCalendar structure', () => {
  it('keeps every line within 75 octets, CRLF-terminated, without splitting UTF-8 sequences', () => {
    // Shift the multi-byte run by 0..3 bytes so 2-, 3- and 4-byte characters all land on a fold boundary.
    const descriptions = [0, 1, 2, 3].map((shift) => `${'x'.repeat(shift)}${'àè€😀, ; \\ '.repeat(25)}\nfine`);
    const ics = renderCalendar({
      name: 'Riunioni del Cantiere Welfare — calendario personale con un nome molto lungo 🗓️',
      events: descriptions.map((description, i) => event({ uid: `m${i}@cantiere`, description })),
      now: NOW,
    });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines = byteLines(ics);
    expect(lines.length).toBeGreaterThan(40);
    for (const bytes of lines) {
      expect(bytes.length).toBeLessThanOrEqual(75);
      const text = decoder.decode(bytes); // throws on a split multi-byte character
      expect(text).not.toMatch(/[\r\n]/);
    }
    expect(lines.some((bytes) => bytes.length < 75 && bytes[0] === 0x20)).toBe(true);

    const unfolded = unfold(ics);
    descriptions.forEach((description) => expect(unfolded).toContain(`DESCRIPTION:${escapeText(description)}`));
    const parsed = vevents(parse(ics)).map((v) => v.getFirstPropertyValue('description'));
    expect(parsed).toEqual(descriptions);
  });

  it('has UID, DTSTAMP and DTSTART once per VEVENT and VERSION and PRODID once per VCALENDAR', () => {
    const ics = renderCalendar({ events: [event({ uid: 'a@cantiere' }), event({ uid: 'b@cantiere' })], now: NOW });
    const calendar = parse(ics);
    expect(calendar.getAllProperties('version').map((p) => p.getFirstValue())).toEqual(['2.0']);
    expect(calendar.getAllProperties('prodid').map((p) => p.getFirstValue())).toEqual(['-//Cantiere//Cantiere Welfare//IT']);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(vevents(calendar).map((v) => v.getFirstPropertyValue('uid'))).toEqual(['a@cantiere', 'b@cantiere']);
    for (const vevent of vevents(calendar)) {
      for (const name of ['uid', 'dtstamp', 'dtstart']) expect(vevent.getAllProperties(name)).toHaveLength(1);
    }
    expect(unfold(ics).filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });

  it('marks a CANCEL as STATUS:CANCELLED whatever the event status', () => {
    const ics = renderCalendar({ method: 'CANCEL', events: [event({ status: 'CONFIRMED', sequence: 2 })], now: NOW });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevents(calendar)[0].getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('renders a valid calendar with no events', () => {
    const ics = renderCalendar({ method: 'PUBLISH', name: 'Vuoto', events: [], now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(vevents(calendar)).toEqual([]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(ICAL.TimezoneService.get('Europe/Rome')?.tzid).toBe('Europe/Rome');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other controls', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\th\u0000i\u007f')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\thi');
  });

  it('folds at exactly 75 octets with a one-space continuation', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    // 74 ASCII octets + a 4-byte emoji would be 78: the emoji moves whole to the next line.
    expect(foldLine(`${'a'.repeat(74)}😀`)).toBe(`${'a'.repeat(74)}\r\n 😀`);
  });
});
