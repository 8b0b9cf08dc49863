import { dateFormat } from '../../i18n/date-format';
import { romeWallClock } from '../../i18n/italian-dates';

/** Meetings happen in Europe/Rome: what people type and read is Rome's wall clock, whatever the browser's zone. */
const ZONE = 'Europe/Rome';

let partsFormat: Intl.DateTimeFormat | undefined;

/** Rome's wall clock at an instant: from the EU summer-time rule, or from Intl for years it does not cover. */
function parts(instant: Date): Record<string, number> {
  const clock = romeWallClock(instant);
  if (clock) return { ...clock };
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return Object.fromEntries(
    partsFormat
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** `yyyy-mm-dd` + `hh:mm` read on Rome's clock, as an ISO instant (UTC). */
export function romeToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || Number(t[1]) > 23 || Number(t[2]) > 59) return null;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Date.UTC rolls 2026-13-03 over into January: a date that does not exist is refused, not moved.
  if (new Date(guess).toISOString().slice(0, 10) !== date) return null;
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(instant));
    instant += guess - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  }
  return new Date(instant).toISOString();
}

/** The Rome date (`yyyy-mm-dd`) and time (`hh:mm`) of an instant, for form inputs. */
export function isoToRome(iso: string): { date: string; time: string } {
  const p = parts(new Date(iso));
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export function formatDay(iso: string, locale: string): string {
  return dateFormat(locale, { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  return dateFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** `mm:ss` (or `h:mm:ss`) of a number of seconds, for timers. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/**
 * Seconds spent on the current item: earlier visits plus time since it became current, measured on the server's
 * clock (the browser's may be off by minutes).
 */
export function itemElapsed(spentSeconds: number, itemStartedAt: string | null, serverNow: string, receivedAt: number, now: number): number {
  if (!itemStartedAt) return spentSeconds;
  const serverTime = Date.parse(serverNow) + (now - receivedAt);
  return spentSeconds + Math.max(0, (serverTime - Date.parse(itemStartedAt)) / 1000);
}

/** The list with one item moved from `from` to `to` (both in range). */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
