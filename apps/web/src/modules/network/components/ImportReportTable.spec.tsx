import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReportTable } from './ImportReportTable';

describe('ImportReportTable', () => {
  it('lists each row with its outcome and translated reasons', () => {
    render(
      <ImportReportTable
        report={{
          dryRun: true,
          applied: false,
          counts: { create: 1, update: 0, reject: 1 },
          rows: [
            { line: 2, outcome: 'create', key: 'alfa', errors: [] },
            {
              line: 3,
              outcome: 'reject',
              key: 'beta',
              errors: [
                { column: 'fiscal_code', message: 'invalid_codice_fiscale' },
                { column: 'comuni', message: 'unknown_value:Milano' },
              ],
            },
          ],
        }}
      />,
    );
    expect(screen.getByTestId('import-counts').textContent).toBe('Da creare: 1 · da aggiornare: 0 · scartate: 1');
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2].textContent).toContain('Scartata');
    expect(rows[2].textContent).toContain('colonna fiscal_code: Codice fiscale non valido');
    expect(rows[2].textContent).toContain('colonna comuni: Valore non ammesso (Milano)');
  });
});
