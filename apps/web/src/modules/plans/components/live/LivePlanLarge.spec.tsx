import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocSession } from '@cantiere/collab';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { addAction, addIndicator, addObjective, recordMap } from '../../live/plan-edit';
import { LivePlan } from './LivePlan';

const choices: PlanChoices = {
  choices: { organisations: [], macroAreas: [], fundingSources: [], leps: [] },
  refs: { organisations: null, macroAreas: null, fundingSources: null, leps: null },
  labels: { organisations: new Map(), macroAreas: new Map(), fundingSources: new Map(), leps: new Map() },
};

/** The benchmark's plan: 30 objectives, 10 actions each, 3 indicators per objective. */
function largePlan() {
  const ydoc = new Y.Doc();
  const actions: string[] = [];
  for (let o = 1; o <= 30; o++) {
    const objective = addObjective(ydoc, `Obiettivo ${o}`);
    for (let a = 1; a <= 10; a++) actions.push(addAction(ydoc, objective, `Azione ${o}.${a}`));
    for (let i = 1; i <= 3; i++) addIndicator(ydoc, { objectiveId: objective }, `Indicatore ${o}.${i}`);
  }
  return { ydoc, actions, session: { ydoc, awareness: new Awareness(ydoc) } as unknown as DocSession };
}

describe('a live plan of 30 objectives and 300 actions', () => {
  afterEach(cleanup);

  it('renders thirty collapsed objectives and no field until one is opened, and follows edits without mounting the rest', () => {
    const { ydoc, actions, session } = largePlan();
    const started = performance.now();
    render(
      <LivePlan
        ydoc={ydoc}
        session={session}
        user={{ id: 'u', name: 'Marco Bianchi', organisation: null, color: '#0066cc' }}
        editable
        choices={choices}
        serverProblems={new Map()}
      />,
    );
    const firstRender = performance.now() - started;
    expect(screen.getAllByTestId('plan-objective')).toHaveLength(30);
    expect(screen.queryAllByTestId('plan-action')).toHaveLength(0);
    expect(document.querySelectorAll('input, select, textarea')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'OB-7 – Obiettivo 7' }));
    const seventh = within(screen.getAllByTestId('plan-objective')[6]);
    expect(seventh.getAllByTestId('plan-action')).toHaveLength(10);
    expect(seventh.getAllByTestId('plan-indicator')).toHaveLength(3);
    // The objective's own fields and its indicators' fields only: its actions stay collapsed.
    expect(document.querySelectorAll('[data-testid="plan-action"] input')).toHaveLength(0);

    // Someone else's edit of an action in a collapsed objective reaches its heading's summary.
    const editStarted = performance.now();
    act(() => recordMap(ydoc, 'actions', actions[0])!.set('progress', 80));
    const edit = performance.now() - editStarted;
    expect(screen.getByText('10 azioni, avanzamento 8%')).toBeTruthy();
    console.log(`30x10x3 plan: first render ${firstRender.toFixed(0)} ms, one remote edit ${edit.toFixed(1)} ms (jsdom)`);
  }, 15_000);
});
