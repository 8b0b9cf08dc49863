import { parse } from 'csv-parse/sync';
import { IMPORT_MAX_ROWS } from '@cantiere/domain';
import { AppError } from '../errors/app-error';
import { unguardCell } from '@cantiere/domain';

export interface CsvTable {
  /** Normalised header names (lower case, spaces and dashes as underscores). */
  headers: string[];
  /** Each data row with its 1-based line number in the file; `cells` is keyed by normalised header. */
  rows: { line: number; cells: Record<string, string>; columnCount: number }[];
}

const fileError = (message: string, code: string) => AppError.validation([{ path: 'file', message: code }], message);

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * Reads a CSV upload: UTF-8 only (a file saved in another encoding is refused with a message rather than
 * imported with broken accents), comma or semicolon separated (Excel in Italian uses semicolons).
 */
export function readCsv(body: unknown, required: string[], aliases: Record<string, string>): CsvTable {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw fileError('Send the CSV file as the request body with Content-Type text/csv', 'empty_file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw fileError('The file is not UTF-8 text: save it as "CSV UTF-8" and try again', 'not_utf8');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 100_000 });
  } catch (err) {
    throw fileError(`The file is not valid CSV: ${(err as Error).message}`, 'malformed_csv');
  }
  if (records.length === 0) throw fileError('The file is empty', 'empty_file');
  const headers = records[0].map((h) => aliases[normaliseHeader(h)] ?? normaliseHeader(h));
  const missing = required.filter((r) => !headers.includes(r));
  if (missing.length > 0) {
    throw AppError.validation(
      missing.map((column) => ({ path: `columns.${column}`, message: 'missing_column' })),
      `Missing required columns: ${missing.join(', ')}`,
    );
  }
  const dataRows = records.length - 1;
  if (dataRows === 0) throw fileError('The file has a header but no rows', 'no_rows');
  if (dataRows > IMPORT_MAX_ROWS) {
    throw fileError(`The file has ${dataRows} rows; at most ${IMPORT_MAX_ROWS} can be imported at once. Split it and import each part.`, 'too_many_rows');
  }
  return {
    headers,
    rows: records.slice(1).map((cells, i) => ({
      line: i + 2,
      columnCount: cells.length,
      // Every importer takes off the guard our exports put on formula-like text, so an export imports back as it was.
      cells: Object.fromEntries(headers.map((h, j) => [h, unguardCell(cells[j] ?? '')])),
    })),
  };
}

/** Splits a multi-value cell ("food_poverty|housing" or with semicolons inside a comma file). */
export function splitMulti(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[|]/)
    .map((v) => v.trim())
    .filter(Boolean);
}
