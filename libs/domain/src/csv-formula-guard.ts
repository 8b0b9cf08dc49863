/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): `=HYPERLINK(...)` in a
 * name, or `+39 0372 ...` in a phone number that LibreOffice turns into arithmetic. OWASP's advice: prefix such
 * text with an apostrophe, which Excel and LibreOffice show as text and do not keep as part of the value.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// A value that already starts with apostrophes before such a character gets one more, so that removing one on
// import gives back exactly what was exported.
const GUARDED = /^'+[=+\-@\t\r]/;

/** Makes a text cell safe to open in a spreadsheet; numbers are left alone (a spreadsheet reads them as numbers). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) || GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes `guardCell`, so that a file we exported imports back unchanged. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
