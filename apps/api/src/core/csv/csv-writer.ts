import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * Sends rows as a CSV download: semicolon-separated with a BOM, so that Excel in Italian opens it
 * with the right columns and accents; the importer reads the same format back.
 */
export function sendCsv(res: Response, filename: string, header: string[], rows: (string | number | null)[][]) {
  const body = '\uFEFF' + stringify([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))], { delimiter: ';', record_delimiter: '\r\n' });
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(body);
}
