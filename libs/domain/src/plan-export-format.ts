import type { IndicatorState } from './plan-progress';
import type { PartnerRole, PlanActionStatus, PlanStatus } from './plan';

// Italian wording shared by the plan's documents (DOCX) and its charts: the same words as the plan page.

const EURO = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });
const NUMBER = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' });

/** Euro cents as Italian print them: 123450 gives "1.234,50 €" (with a no-break space before the sign; thousands always grouped, as in budgets). */
export const formatEuro = (cents: number): string => EURO.format(cents / 100);

/** A measure as Italian print it: 1234.5 gives "1.234,5". */
export const formatNumber = (value: number): string => NUMBER.format(value);

/** A percentage with one decimal at most, or a dash when nothing counts. */
export const formatPercent = (value: number | null): string => (value === null ? '–' : `${NUMBER.format(Math.round(value * 10) / 10)}%`);

/** `2025-03-01` gives `01/03/2025`. */
export const formatDateIt = (iso: string | null): string => {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

export const PLAN_STATUS_IT: Record<PlanStatus, string> = {
  draft: 'In bozza',
  submitted: 'Presentato',
  adopted: 'Adottato',
  under_revision: 'In revisione',
  closed: 'Concluso',
};

export const ACTION_STATUS_IT: Record<PlanActionStatus, string> = {
  planned: 'Programmata',
  in_progress: 'In svolgimento',
  suspended: 'Sospesa',
  completed: 'Conclusa',
  cancelled: 'Annullata',
};

export const PARTNER_ROLE_IT: Record<PartnerRole, string> = { capofila: 'Capofila', partner: 'Partner di progetto', collaborating: 'Collaboratore' };

export const INDICATOR_STATE_IT: Record<IndicatorState, string> = { on_track: 'In linea', at_risk: 'A rischio', off_track: 'Fuori obiettivo' };

export const INDICATOR_KIND_IT = { output: 'Realizzazione', outcome: 'Risultato', impact: 'Impatto' } as const;
