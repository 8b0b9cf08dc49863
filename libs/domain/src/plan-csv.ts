import { guardCell } from './csv-formula-guard';
import { exportActions, type ExportAction, type ExportObjective, type PlanExportModel } from './plan-export';

/*
 * The plan as CSV open data: one row per action. RFC 4180 (comma separator, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), UTF-8 with a byte-order mark so that spreadsheet programs read the accents
 * right. Amounts are euros with a dot and two decimals (`1234.50`), dates ISO 8601, so that the file is read the same
 * in every locale. Text a spreadsheet would run as a formula (a title starting with `=`, `+`, `-` or `@`) starts with an
 * apostrophe, as in every export of the workspace. Organisations only, never people. The columns are documented in docs/open-data/plans.md.
 */

/** Euro cents as a plain decimal with a dot: 123450 gives `1234.50` (integers only, no float rounding). */
export const centsToDecimal = (cents: number): string => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

type Row = { objective: ExportObjective; action: ExportAction };

/** The columns, in order: name and how a row's value is written. */
export const PLAN_CSV_COLUMNS: readonly { name: string; value: (r: Row, model: PlanExportModel) => string }[] = [
  { name: 'plan_id', value: (_r, m) => m.plan.id },
  { name: 'plan_title', value: (_r, m) => m.plan.title },
  { name: 'objective_code', value: (r) => r.objective.code },
  { name: 'objective_title', value: (r) => r.objective.title },
  { name: 'macro_area', value: (r) => r.objective.macroArea?.code ?? '' },
  { name: 'action_id', value: (r) => r.action.id },
  { name: 'action_title', value: (r) => r.action.title },
  { name: 'lead_organisation', value: (r) => r.action.lead?.name ?? '' },
  { name: 'partners', value: (r) => r.action.partners.map((p) => `${p.name} (${p.role})`).join('; ') },
  { name: 'start_date', value: (r) => r.action.startDate ?? '' },
  { name: 'end_date', value: (r) => r.action.endDate ?? '' },
  { name: 'status', value: (r) => r.action.status },
  { name: 'progress_percent', value: (r) => String(r.action.progress) },
  { name: 'weight', value: (r) => String(r.action.weight) },
  { name: 'beneficiaries_expected', value: (r) => (r.action.beneficiaries.expected === null ? '' : String(r.action.beneficiaries.expected)) },
  { name: 'budget_planned_eur', value: (r) => centsToDecimal(r.action.plannedTotalCents) },
  { name: 'budget_spent_eur', value: (r) => centsToDecimal(r.action.spentTotalCents) },
  {
    name: 'budget_by_funding_source',
    value: (r) => r.action.budget.map((b) => `${b.fundingSource}=${centsToDecimal(b.plannedCents)}/${centsToDecimal(b.spentCents)}`).join('; '),
  },
  { name: 'milestones_done', value: (r) => `${r.action.milestones.filter((m) => m.done).length}/${r.action.milestones.length}` },
];

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV text, without the byte-order mark (the server adds it to the bytes it sends). */
export function planCsv(model: PlanExportModel): string {
  const lines = [PLAN_CSV_COLUMNS.map((c) => c.name).join(',')];
  for (const row of exportActions(model)) lines.push(PLAN_CSV_COLUMNS.map((c) => quote(guardCell(c.value(row, model)))).join(','));
  return lines.join('\r\n') + '\r\n';
}
