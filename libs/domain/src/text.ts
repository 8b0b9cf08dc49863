import { z } from 'zod';

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL and C1). PostgreSQL refuses NUL in
 * text outright, and the others are never typed by a person: they come from broken copies or hostile clients.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose of this expression
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a UTF-16 surrogate pair without its partner: it cannot be encoded as UTF-8 and would turn into U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');

/** The reason a text cannot be stored as it is, or null when it can. */
export function unsafeCharacterIssue(value: string): 'control_character' | 'invalid_character' | null {
  if (CONTROL.test(value)) return 'control_character';
  if (LONE_SURROGATE.test(value)) return 'invalid_character';
  return null;
}

/** Removes what {@link unsafeCharacterIssue} refuses: for text that arrives by another way than a form (co-editing). */
export const stripUnsafeCharacters = (value: string): string => value.replace(UNSAFE_ALL, '');

/**
 * The one rule for every string a client sends: no control characters but tab, CR and LF, no lone surrogates.
 * Not trimmed (passwords and tokens keep their exact bytes); chain `.min()`/`.max()` as for any string.
 */
export const safeString = () =>
  z.string().superRefine((value, ctx) => {
    const issue = unsafeCharacterIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue, input: value });
  });

/** A text field as people type it: {@link safeString}, trimmed. */
export const text = () => safeString().trim();

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is `YYYY-MM-DD` naming a day that exists (PostgreSQL has no year 0). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** A day of the calendar, `YYYY-MM-DD`: the one type of every date field (OpenAPI: `format: date`). */
export const calendarDate = () => z.string().refine(isCalendarDate, 'invalid_date').meta({ format: 'date' });

/** An instant with its offset, within the years a date column can hold. */
export const dateTime = () =>
  z.iso.datetime({ offset: true, message: 'invalid_datetime', abort: true }).refine((v) => isCalendarDate(v.slice(0, 10)), 'invalid_datetime');
