/**
 * What a form field's text means as a value of the live document, and back. Amounts are typed in euros the Italian
 * way (`1.234,50`, `1234,5`, `1234.50` and `€ 1 234` all work) and kept as integer cents; numbers take a comma or a
 * point. A text that is no value at all gets the message code the schemas use, so the field says it as it is typed.
 */
export type InputKind = 'text' | 'integer' | 'decimal' | 'euro' | 'date' | 'choice';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** `1.234,50` and `1234.5` alike, as a number of euros; NaN when the text is not an amount. */
export function parseEuros(text: string): number {
  let s = text.replace(/[\s\u00a0€]/g, '');
  if (!/^-?[\d.,]+$/.test(s)) return NaN;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** Cents from a text in euros: at most two decimals, since a budget has no fractions of a cent. */
export function parseCents(text: string): Parsed {
  const euros = parseEuros(text);
  if (Number.isNaN(euros)) return { ok: false, message: 'must_be_number' };
  const cents = Math.round(euros * 100);
  if (Math.abs(cents - euros * 100) > 1e-6) return { ok: false, message: 'too_many_decimals' };
  return { ok: true, value: cents };
}

/** Cents as an Italian amount without the currency sign: 123450 -> `1.234,50`. */
export function formatCents(cents: number, locale = 'it-IT'): string {
  return (cents / 100).toLocaleString(locale, { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 });
}

export function parseInput(kind: InputKind, text: string, nullable: boolean): Parsed {
  if (kind === 'text') return { ok: true, value: text };
  if (text.trim() === '') return nullable ? { ok: true, value: null } : { ok: false, message: 'required' };
  switch (kind) {
    case 'euro':
      return parseCents(text);
    case 'integer':
    case 'decimal': {
      const s = text.trim().replace(',', '.');
      if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, message: 'must_be_number' };
      return { ok: true, value: Number(s) };
    }
    default:
      return { ok: true, value: text };
  }
}

export function formatValue(kind: InputKind, value: unknown, locale?: string): string {
  if (value === null || value === undefined) return '';
  if (kind === 'euro') return typeof value === 'number' ? formatCents(value, locale) : String(value);
  if (kind === 'decimal' && typeof value === 'number') return String(value).replace('.', ',');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
