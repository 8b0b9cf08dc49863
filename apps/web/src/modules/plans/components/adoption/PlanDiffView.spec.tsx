import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDiffResult } from '@cantiere/domain';
import { PlanDiffView } from './PlanDiffView';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const nothing: PlanDiffResult = { adoptedVersion: 1, adoptedSha256: 'a'.repeat(64), objectives: [], actions: [], indicators: [], budgets: [] };
const diff: PlanDiffResult = {
  ...nothing,
  adoptedVersion: 2,
  objectives: [
    {
      id: id(1),
      change: 'changed',
      label: 'OB-1 Contrasto alla povertà alimentare',
      fields: [
        { field: 'title', key: null, before: 'Povertà alimentare', after: 'Contrasto alla povertà alimentare' },
        { field: 'coDesigned', key: null, before: true, after: false },
        { field: 'macroArea', key: null, before: null, after: 'poverty_exclusion' },
      ],
    },
  ],
  actions: [
    {
      id: id(2),
      change: 'changed',
      label: 'Emporio solidale',
      fields: [
        { field: 'endDate', key: null, before: '2027-12-31', after: '2026-06-30' },
        { field: 'partnerRole', key: 'Caritas Cremonese', before: null, after: 'capofila' },
        { field: 'partnerShareCents', key: 'Caritas Cremonese', before: null, after: 250_000 },
      ],
    },
    { id: id(3), change: 'added', label: 'Sportello casa', fields: [] },
  ],
  indicators: [{ id: id(4), change: 'removed', label: 'Famiglie servite', fields: [] }],
  budgets: [
    {
      owner: 'action',
      ownerId: id(2),
      ownerLabel: 'Emporio solidale',
      fundingSource: 'fnps',
      change: 'changed',
      beforeCents: 1_000_000,
      afterCents: 1_500_000,
    },
  ],
};
const labels = {
  macroAreas: new Map([['poverty_exclusion', 'Povertà ed esclusione sociale']]),
  fundingSources: new Map([['fnps', 'Fondo nazionale politiche sociali']]),
};
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('the differences of a revision from the adopted version', () => {
  afterEach(cleanup);

  it('says there is none when the revision still reads as adopted', () => {
    render(<PlanDiffView diff={nothing} />);
    expect(screen.getByText('Nessuna differenza: la revisione è ancora uguale alla versione adottata.')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toEqual([]);
  });

  it('groups records by kind with their change, and tells the count and the adopted version compared', () => {
    render(<PlanDiffView diff={diff} labels={labels} />);
    expect(screen.getByText(/Confronto con la versione 2 adottata/)).toBeTruthy();
    expect(screen.getByText('Differenze trovate: 5')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Obiettivi', 'Azioni', 'Indicatori', 'Budget previsto']);
    expect(screen.getAllByTestId('diff-added').map((li) => li.textContent)).toEqual(['AggiuntoSportello casa']);
    const removed = screen.getAllByTestId('diff-removed');
    expect(removed.map((li) => li.textContent)).toEqual(['EliminatoFamiglie servite']);
    expect(removed[0].querySelector('.text-decoration-line-through')?.textContent).toBe('Famiglie servite');
  });

  it('shows each changed field with its value before and after, as people read them', () => {
    render(<PlanDiffView diff={diff} labels={labels} />);
    expect(rows(screen.getByRole('table', { name: 'Campi modificati di OB-1 Contrasto alla povertà alimentare' }))).toEqual([
      ['Titolo', 'Povertà alimentare', 'Contrasto alla povertà alimentare'],
      ['Coprogettato con il terzo settore', 'sì', 'no'],
      ['Macro-area', '(vuoto)', 'Povertà ed esclusione sociale'],
    ]);
    const action = rows(screen.getByRole('table', { name: 'Campi modificati di Emporio solidale' }));
    expect(action[0]).toEqual(['Data di fine', '31/12/2027', '30/06/2026']);
    expect(action[1]).toEqual(['Partner Caritas Cremonese: ruolo', '(vuoto)', 'Capofila']);
    expect(action[2][0]).toBe('Partner Caritas Cremonese: quota di budget');
    expect(action[2][2]?.replace(/\s/g, ' ')).toBe('2500,00 €'); // Italian groups thousands from five digits on
    // Values before are marked as deleted text, values after as inserted, for assistive technology too.
    const first = screen.getByRole('table', { name: 'Campi modificati di Emporio solidale' }).querySelector('tbody tr')!;
    expect([first.querySelector('del')?.textContent, first.querySelector('ins')?.textContent]).toEqual(['31/12/2027', '30/06/2026']);
  });

  it('lists planned budget lines by owner and funding source, in euros', () => {
    render(<PlanDiffView diff={diff} labels={labels} />);
    const budget = rows(screen.getByRole('table', { name: 'Budget previsto' }));
    expect(budget.map((r) => r.map((c) => c?.replace(/\s/g, ' ')))).toEqual([
      ['ModificatoAzione «Emporio solidale» – Fondo nazionale politiche sociali', '10.000,00 €', '15.000,00 €'],
    ]);
  });
});
