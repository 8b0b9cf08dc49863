import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '@cantiere/domain';
import { LivePlanPreview } from './LivePlanPreview';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const objective = (n: number, order: string, progress: number | null) => ({ id: id(n), code: `OB-${n}`, title: `Obiettivo ${n}`, order, progress });
const action = (n: number, objectiveId: string) => ({ id: id(100 + n), objectiveId, title: `Azione ${n}` });

// Only what the preview reads: the rows' objectives (with their order keys and roll-ups) and actions.
const plan = {
  objectives: [objective(2, 'a2', null), objective(1, 'a1', 43.3333), { ...objective(3, 'a3', 100), title: '' }],
  actions: [action(1, id(1)), action(2, id(1)), action(3, id(3))],
} as unknown as PlanDetail;

describe('the live plan while its document opens', () => {
  afterEach(cleanup);

  it("shows the rows' objectives in their order, with their actions and progress, marked busy and read-only", () => {
    render(<LivePlanPreview plan={plan} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'OB-1 – Obiettivo 1',
      'OB-2 – Obiettivo 2',
      'OB-3 – Nuovo obiettivo',
    ]);
    expect(screen.getAllByTestId('plan-objective-preview').map((li) => li.querySelector('.small')?.textContent)).toEqual([
      '2 azioni, avanzamento 43,3%',
      '0 azioni, avanzamento nessuna azione conteggiata',
      '1 azione, avanzamento 100%',
    ]);
    expect(screen.getByTestId('live-plan-preview').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Apertura del piano condiviso…');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
  });

  it('says so when the browser is offline and holds no copy of the document yet', () => {
    render(<LivePlanPreview plan={plan} offline />);
    expect(screen.getByRole('status').textContent).toBe(
      'Senza connessione: il piano come salvato l’ultima volta. Si potrà modificare quando la connessione torna.',
    );
    expect(screen.getAllByTestId('plan-objective-preview')).toHaveLength(3);
  });
});
