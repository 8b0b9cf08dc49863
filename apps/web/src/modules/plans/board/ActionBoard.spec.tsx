import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanAction, PlanDetail } from '@cantiere/domain';
import { ActionBoard } from './ActionBoard';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [CARITAS, COOP] = [id(900), id(901)];
const action = (n: number, changes: Partial<PlanAction>): PlanAction =>
  ({
    id: id(100 + n),
    objectiveId: id(1),
    title: `Azione ${n}`,
    leadOrganisationId: CARITAS,
    leadOrganisationName: 'Caritas Cremonese',
    partners: [],
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    status: 'in_progress',
    progress: 20,
    milestones: [],
    ...changes,
  }) as PlanAction;
const plan = {
  objectives: [
    { id: id(1), code: 'OB-1', macroArea: 'poverty_exclusion' },
    { id: id(2), code: 'OB-2', macroArea: 'housing' },
  ],
  actions: [
    action(1, {}),
    action(2, { objectiveId: id(2), leadOrganisationId: COOP, leadOrganisationName: 'Cooperativa Il Cerchio', endDate: '2026-01-31' }),
    action(3, { status: 'completed', progress: 100, endDate: '2025-06-30' }),
    action(4, { status: 'planned', milestones: [{ id: id(500), date: '2026-02-01', title: 'Avvio', done: false }] }),
  ],
} as unknown as PlanDetail;
const labels = {
  organisations: new Map(),
  macroAreas: new Map([
    ['poverty_exclusion', 'Povertà ed esclusione sociale'],
    ['housing', 'Abitare'],
  ]),
  fundingSources: new Map(),
  leps: new Map(),
};

/** The address the board wrote, shown so that the test reads it as a user would share it. */
function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}
const renderAt = (search: string) =>
  render(
    <MemoryRouter initialEntries={[`/piani/p${search}`]}>
      <ActionBoard plan={plan} labels={labels} today="2026-03-10" />
      <Address />
    </MemoryRouter>,
  );
const column = (status: string) => screen.getByTestId(`board-column-${status}`);
const titlesIn = (status: string) =>
  within(column(status))
    .queryAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);

describe('the action board', () => {
  afterEach(cleanup);

  it('shows a column per status with its count, the actions under it, and empty columns saying so', () => {
    renderAt('?vista=panoramica');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Programmata (1)',
      'In svolgimento (2)',
      'Sospesa (0)',
      'Conclusa (1)',
      'Annullata, fuori dal calcolo (0)',
    ]);
    expect(titlesIn('in_progress')).toEqual(['OB-1Azione 1', 'OB-2Azione 2']);
    expect(within(column('suspended')).getByText('Nessuna azione')).toBeTruthy();
    expect(screen.getByTestId('board-count').textContent).toBe('4 azioni su 4');
  });

  it('marks late actions and says why', () => {
    renderAt('');
    const late = screen.getAllByTestId('board-late').map((l) => l.closest('article')!.querySelector('h4')!.textContent + ' → ' + l.textContent);
    expect(late).toEqual(['OB-1Azione 4 → In ritardo: 1 scadenza intermedia passata', 'OB-2Azione 2 → In ritardo: fine prevista il 31/01/2026']);
  });

  it('filters by organisation, macro-area and lateness from labelled controls, writing each filter in the address', () => {
    renderAt('?vista=panoramica');
    fireEvent.change(screen.getByLabelText('Organizzazione (capofila o partner)'), { target: { value: CARITAS } });
    expect(screen.getByTestId('address').textContent).toBe(`?vista=panoramica&organizzazione=${CARITAS}`);
    expect(screen.getByTestId('board-count').textContent).toBe('3 azioni su 4');
    fireEvent.click(screen.getByLabelText('Solo azioni in ritardo'));
    expect(screen.getByTestId('address').textContent).toBe(`?vista=panoramica&organizzazione=${CARITAS}&in-ritardo=1`);
    expect(titlesIn('planned')).toEqual(['OB-1Azione 4']);
    expect(titlesIn('in_progress')).toEqual([]);
    fireEvent.change(screen.getByLabelText('Macro-area'), { target: { value: 'housing' } });
    expect(screen.getByTestId('board-empty').textContent).toBe('Nessuna azione corrisponde ai filtri scelti.');
    fireEvent.click(screen.getByRole('button', { name: 'Azzera i filtri' }));
    expect(screen.getByTestId('address').textContent).toBe('?vista=panoramica');
    expect(screen.getByTestId('board-count').textContent).toBe('4 azioni su 4');
  });

  it('opens already filtered from a shared address', () => {
    renderAt(`?macroarea=housing&in-ritardo=1`);
    expect((screen.getByLabelText('Macro-area') as HTMLSelectElement).value).toBe('housing');
    expect((screen.getByLabelText('Solo azioni in ritardo') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByTestId('board-card').map((c) => c.querySelector('h4')!.textContent)).toEqual(['OB-2Azione 2']);
    expect(screen.getByTestId('board-count').textContent).toBe('1 azione su 4');
  });

  it('says when the plan has no actions at all', () => {
    render(
      <MemoryRouter>
        <ActionBoard plan={{ ...plan, actions: [] }} labels={labels} today="2026-03-10" />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('board-empty').textContent).toBe('Il piano non ha ancora azioni.');
  });
});
