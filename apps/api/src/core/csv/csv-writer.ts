import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { guardCell } from '@cantiere/domain';

export type CsvCell = string | number | null;

/** The file's text: every export goes through here, so none can skip the formula guard on text cells. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => (v === null ? '' : typeof v === 'number' ? String(v) : guardCell(v));
  // csv-stringify quotes only a cell that holds the whole record delimiter: a lone line feed or carriage return
  // (a note on two lines) would otherwise split the row for every reader.
  return (
    '\uFEFF' +
    stringify(
      [header, ...rows].map((r) => r.map(cell)),
      { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
    )
  );
}

/**
 * Sends rows as a CSV download: semicolon-separated with a BOM, so that Excel in Italian opens it
 * with the right columns and accents; the importer reads the same format back.
 */
export function sendCsv(res: Response, filename: string, header: string[], rows: CsvCell[][]) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(toCsv(header, rows));
}
