import { describe, expect, it } from 'vitest';
import { dateFormat } from './date-format';
import { italianFormat, romeWallClock } from './italian-dates';

const HOUR = 3_600_000;
const FORMATS: Intl.DateTimeFormatOptions[] = [
  { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  { timeZone: 'Europe/Rome', dateStyle: 'medium', timeStyle: 'short' },
  { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  {},
];

/** Every hour around each change of Rome's clock from 1996 to 2040, and a few thousand instants in between. */
function instants(): Date[] {
  const out: Date[] = [];
  for (let year = 1996; year <= 2040; year++)
    for (const month of [2, 9])
      for (let day = 24; day <= 31; day++) for (let h = 0; h < 24; h++) out.push(new Date(Date.UTC(year, month, day, h, 17 * (h % 4))));
  let seed = 13;
  for (let i = 0; i < 4000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(new Date(Date.UTC(1996, 0, 1) + (seed / 2 ** 31) * 45 * 365.25 * 24 * HOUR));
  }
  return out;
}

describe('Italian dates without Intl', () => {
  it('write each format exactly as Intl.DateTimeFormat does, across the changes of summer time', () => {
    const dates = instants();
    for (const options of FORMATS) {
      const ours = italianFormat('it-IT', options, () => {
        throw new Error('no fallback expected');
      })!;
      const intl = new Intl.DateTimeFormat('it-IT', options);
      const differing = dates.filter((d) => ours.format(d) !== intl.format(d)).map((d) => `${d.toISOString()}: ${ours.format(d)} / ${intl.format(d)}`);
      expect({ options, differing: differing.slice(0, 3) }).toEqual({ options, differing: [] });
    }
  });

  it("read Rome's wall clock as the time zone database does", () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Rome',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    for (const d of instants()) {
      const c = romeWallClock(d)!;
      const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
      expect([c.year, c.month, c.day, c.hour, c.minute]).toEqual([p.year, p.month, p.day, p.hour, p.minute].map(Number));
    }
  });

  it('leave other locales, other options and dates outside the rule to Intl', () => {
    const fallback = () => new Intl.DateTimeFormat('it-IT', FORMATS[0]);
    expect(italianFormat('en-GB', FORMATS[0], fallback)).toBeNull();
    expect(italianFormat('it-IT', { month: 'long' }, fallback)).toBeNull();
    const old = new Date('1990-07-01T10:00:00Z');
    expect(romeWallClock(old)).toBeNull();
    expect(italianFormat('it-IT', FORMATS[0], fallback)!.format(old)).toBe('domenica 1 luglio 1990');
    expect(dateFormat('en-GB', FORMATS[2]).format(new Date('2026-09-01T07:05:00Z'))).toBe('1 Sept 2026, 09:05');
  });
});
