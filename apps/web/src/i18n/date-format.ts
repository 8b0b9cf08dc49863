import { italianFormat } from './italian-dates';

/** What the pages use of a date format. */
export interface DateFormat {
  format(date: Date): string;
}

const formats = new Map<string, DateFormat>();
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * One format per locale and options. Building an Intl.DateTimeFormat costs far more than using it: lists that built a
 * format per row (a space's representatives, a meeting list) spent a quarter of a second of a phone's main thread
 * on it, and a page's first one waits for ICU to load its data; the Italian formats of the first screens are
 * written without Intl (italian-dates.ts).
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = italianFormat(locale, options, () => intlFormat(key, locale, options)) ?? intlFormat(key, locale, options)));
  return format;
}
