/** Wall-clock helpers for Europe/Rome, where every meeting of the product takes place. */
const ZONE = 'Europe/Rome';

function parts(instant: Date): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return Object.fromEntries(
    fmt
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** The instant at which Rome's clock shows `hh:mm` on the Rome calendar day of `day`. */
export function romeInstantOn(day: Date, hhmm: string): Date {
  const { year, month, day: d } = parts(day);
  const [h, m] = hhmm.split(':').map(Number);
  const guess = Date.UTC(year, month - 1, d, h, m);
  // Rome's offset at the guessed instant, then once more in case the guess fell across a DST switch.
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(instant));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    instant += guess - shown;
  }
  return new Date(instant);
}

/** `hh:mm` on Rome's clock. */
export function romeClock(instant: Date): string {
  const p = parts(instant);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` on Rome's calendar. */
export function romeDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);
}
