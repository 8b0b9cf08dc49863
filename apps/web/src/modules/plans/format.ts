import { dateLocale } from '../../i18n';
import { dateFormat } from '../../i18n/date-format';

/** A calendar day (`2025-03-15`) as people read it (`15/03/2025`), on no clock: it names a day, not an instant. */
export function formatDay(day: string | null | undefined, language: string | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  return dateFormat(dateLocale(language), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Cents as euros with the sign: 123450 -> `1.234,50 €`. */
export function formatEuros(cents: number, language: string | undefined): string {
  return (cents / 100).toLocaleString(dateLocale(language), { style: 'currency', currency: 'EUR' });
}

/** A measured value in the reader's notation (`1.234,5`). */
export function formatNumber(value: number, language: string | undefined): string {
  return value.toLocaleString(dateLocale(language), { maximumFractionDigits: 2 });
}
