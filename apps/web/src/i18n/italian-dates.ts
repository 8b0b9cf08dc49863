/**
 * Italian dates written without Intl, for the few formats the first screen of the home, space and meeting pages
 * shows. A page's first Intl.DateTimeFormat costs tens of milliseconds of main thread while ICU loads its data (on
 * a phone, a long task in the middle of the first render); these formats need only a few names and, for
 * Europe/Rome, the EU summer-time rule. Each gives exactly what Intl gives (italian-dates.spec.ts compares them).
 */

/** The wall clock of an instant in some zone: month 1-12, weekday 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const WEEKDAYS = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const SHORT_MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
const HOUR = 3_600_000;

// Italy has followed the EU rule since 1996 (summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on
// the last Sunday of October); earlier instants, and years Intl would write differently, are left to Intl.
const FIRST_YEAR = 1996;
const LAST_YEAR = 9999;

/** 01:00 UTC on the last Sunday of a month (0-11) of a year, in milliseconds. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function wallClockAt(shifted: Date): WallClock {
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** The wall clock of Europe/Rome at an instant, or null outside the years the rule above covers. */
export function romeWallClock(instant: Date): WallClock | null {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  if (Number.isNaN(t) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return wallClockAt(new Date(t + (summer ? 2 : 1) * HOUR));
}

function utcWallClock(instant: Date): WallClock | null {
  const year = instant.getUTCFullYear();
  return Number.isNaN(instant.getTime()) || year < FIRST_YEAR || year > LAST_YEAR ? null : wallClockAt(instant);
}

function localWallClock(instant: Date): WallClock | null {
  const year = instant.getFullYear();
  if (Number.isNaN(instant.getTime()) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, month: instant.getMonth() + 1, day: instant.getDate(), hour: instant.getHours(), minute: instant.getMinutes(), weekday: instant.getDay() };
}

const pad = (n: number) => String(n).padStart(2, '0');
const time = (c: WallClock) => `${pad(c.hour)}:${pad(c.minute)}`;

/** The formats written here, by their Intl options (keys in any order), with the zone each reads. */
const FORMATS: { options: Intl.DateTimeFormatOptions; clock: (d: Date) => WallClock | null; write: (c: WallClock) => string }[] = [
  {
    options: { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    clock: romeWallClock,
    write: (c) => `${WEEKDAYS[c.weekday]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`,
  },
  { options: { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, clock: romeWallClock, write: time },
  {
    options: { timeZone: 'Europe/Rome', dateStyle: 'medium', timeStyle: 'short' },
    clock: romeWallClock,
    write: (c) => `${c.day} ${SHORT_MONTHS[c.month - 1]} ${c.year}, ${time(c)}`,
  },
  {
    options: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
    clock: utcWallClock,
    write: (c) => `${c.day} ${SHORT_MONTHS[c.month - 1]} ${c.year}`,
  },
  { options: {}, clock: localWallClock, write: (c) => `${pad(c.day)}/${pad(c.month)}/${c.year}` },
];

// Plain ordering: localeCompare would ask ICU, which is what this file avoids.
const key = (options: Intl.DateTimeFormatOptions) => JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1)));
const BY_OPTIONS = new Map(FORMATS.map((f) => [key(f.options), f]));

/**
 * A formatter for Italian with these options when they are one of the formats above, or null. `fallback` makes the
 * Intl format the formatter falls back on for a date outside the years it covers (built only then).
 */
export function italianFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  fallback: () => Intl.DateTimeFormat,
): { format: (d: Date) => string } | null {
  if (locale !== 'it' && locale !== 'it-IT') return null;
  const found = BY_OPTIONS.get(key(options));
  if (!found) return null;
  return {
    format: (date) => {
      const clock = found.clock(date);
      return clock ? found.write(clock) : fallback().format(date);
    },
  };
}
