import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanAction, PlanDetail, PlanIndicator, PlanObjective } from '@cantiere/domain';
import { PlanOverview } from './PlanOverview';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const objective = (n: number, macroArea: string | null, progress: number | null): PlanObjective => ({
  id: id(n),
  code: `OB-${n}`,
  title: `Obiettivo ${n}`,
  description: '',
  macroArea,
  targetGroup: '',
  expectedImpact: '',
  lepsCode: null,
  coDesigned: false,
  crossArea: false,
  plannedStaff: '',
  budget: [],
  plannedTotalCents: 0,
  order: `a${n}`,
  progress,
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const action = (n: number, objectiveId: string, changes: Partial<PlanAction>): PlanAction => ({
  id: id(100 + n),
  objectiveId,
  order: `a${n}`,
  title: `Azione ${n}`,
  description: '',
  leadOrganisationId: id(900),
  leadOrganisationName: 'Caritas Cremonese',
  partners: [{ organisationId: id(901), organisationName: 'APS Quartieri Insieme', role: 'collaborating', budgetShareCents: null }],
  beneficiaries: { expected: null, description: '' },
  startDate: '2025-02-01',
  endDate: '2025-12-31',
  status: 'in_progress',
  progress: 40,
  weight: 1,
  budget: [],
  plannedTotalCents: 0,
  spentTotalCents: 0,
  milestones: [],
  contributors: [],
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...changes,
});
const indicator: PlanIndicator = {
  id: id(200),
  objectiveId: null,
  actionId: id(101),
  order: 'a0',
  kind: 'output',
  name: 'Famiglie raggiunte',
  unit: 'nuclei',
  direction: 'higher',
  baseline: { value: 120, date: '2024-12-31', source: 'Cartella sociale' },
  target: { value: 300, date: null },
  acceptableRange: { min: 200, max: 400 },
  observations: [{ id: id(300), date: '2025-06-30', value: 210, note: null, source: null }],
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const plan = {
  progress: 43.3333,
  objectives: [objective(1, 'poverty_exclusion', 43.3333), objective(2, null, null), objective(3, 'poverty_exclusion', null)],
  actions: [action(1, id(1), {}), action(2, id(1), { progress: 50, weight: 2 }), action(3, id(1), { status: 'cancelled', progress: 100 })],
  indicators: [indicator],
  problems: [
    { recordKind: 'action', recordId: id(104), label: 'Azione in lavorazione', hasRow: false, problems: [{ path: 'endDate', message: 'ends_before_start' }] },
  ],
} as unknown as PlanDetail;
const labels = {
  organisations: new Map(),
  macroAreas: new Map([['poverty_exclusion', 'Povertà ed esclusione sociale']]),
  fundingSources: new Map(),
  leps: new Map(),
};

describe('the plan overview', () => {
  afterEach(cleanup);

  it('groups objectives by macro-area, those without one last, with the roll-up rule in words', () => {
    render(<PlanOverview plan={plan} labels={labels} />);
    const areas = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(areas).toEqual(['Da correggere nel piano condiviso', 'Povertà ed esclusione sociale', 'Senza macro-area']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['OB-1 – Obiettivo 1', 'OB-3 – Obiettivo 3', 'OB-2 – Obiettivo 2']);
    expect(screen.getByTestId('roll-up-rule').textContent).toContain('media ponderata dell’avanzamento delle azioni non annullate');
  });

  it('shows progress as bars with their values, and says when nothing counts', () => {
    render(<PlanOverview plan={plan} labels={labels} />);
    const bar = screen.getByRole('progressbar', { name: 'Avanzamento di OB-1' });
    expect([
      bar.getAttribute('aria-valuenow'),
      bar.getAttribute('aria-valuemin'),
      bar.getAttribute('aria-valuemax'),
      bar.getAttribute('aria-valuetext'),
    ]).toEqual(['43.3', '0', '100', '43,3%']);
    const empty = screen.getByRole('progressbar', { name: 'Avanzamento di OB-2' });
    expect([empty.getAttribute('aria-valuenow'), empty.getAttribute('aria-valuetext')]).toEqual([null, 'nessuna azione conteggiata']);
    // A cancelled action is out of the count: its bar says so rather than 100%.
    expect(screen.getByRole('progressbar', { name: 'Avanzamento di Azione 3' }).getAttribute('aria-valuetext')).toBe('nessuna azione conteggiata');
  });

  it('lists each objective’s actions with lead, partners and roles, dates and status, and its indicators with their state', () => {
    render(<PlanOverview plan={plan} labels={labels} />);
    const actions = screen.getByRole('table', { name: 'Azioni di OB-1' });
    const first = within(actions).getAllByRole('row')[1];
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 4),
    ).toEqual(['Caritas Cremonese', 'APS Quartieri Insieme (Collaboratore)', 'dal 01/02/2025 al 31/12/2025', 'In svolgimento']);
    const indicators = screen.getByRole('table', { name: 'Indicatori di OB-1' });
    expect(
      within(within(indicators).getAllByRole('row')[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['120 (31/12/2024)', '300', '210 (30/06/2025)', 'A rischio']);
  });

  it('names the records whose live state is invalid, with the problem in Italian', () => {
    render(<PlanOverview plan={plan} labels={labels} />);
    expect(within(screen.getByTestId('plan-problems')).getByRole('listitem').textContent).toBe(
      'Azione in lavorazione: Data di fine: La data di fine precede quella di inizio (non ancora in panoramica)',
    );
  });
});
