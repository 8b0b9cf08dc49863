import { ScrollableTable } from '../components/ScrollableTable';

/** A row of a chart's table: its header cell (what the row is about) and its figures, already formatted. */
export interface DataRow {
  key: string;
  header: string;
  cells: string[];
}

interface Props {
  caption: string;
  /** The header of the first column, then one per figure. */
  columns: string[];
  rows: DataRow[];
  /** A closing row (totals), marked up as the table's footer. */
  footer?: DataRow;
  testId?: string;
}

/**
 * The figures of a chart as a table: a caption that names it, column and row headers, numbers aligned right. It is the
 * chart's text alternative for screen readers and the way to read exact amounts for everyone.
 */
export function DataTable({ caption, columns, rows, footer, testId }: Props) {
  const row = (r: DataRow) => (
    <tr key={r.key}>
      <th scope="row" className="fw-normal">
        {r.header}
      </th>
      {r.cells.map((c, i) => (
        <td key={i} className="text-end text-nowrap">
          {c}
        </td>
      ))}
    </tr>
  );
  return (
    <ScrollableTable label={caption}>
      <table className="table table-sm align-middle mb-0" data-testid={testId}>
        <caption className="caption-top">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'text-end' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
        {footer && <tfoot className="fw-semibold">{row(footer)}</tfoot>}
      </table>
    </ScrollableTable>
  );
}
