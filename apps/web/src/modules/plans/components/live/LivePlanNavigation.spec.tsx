import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
  const objectives: string[] = [];
  const actions: string[] = [];
  for (let o = 1; o <= 30; o++) {
    const objective = addObjective(ydoc, `Obiettivo ${o}`);
    objectives.push(objective);
    for (let a = 1; a <= 10; a++) actions.push(addAction(ydoc, objective, `Azione ${o}.${a}`));
    for (let i = 1; i <= 3; i++) addIndicator(ydoc, { objectiveId: objective }, `Indicatore ${o}.${i}`);
  }
  const session = { ydoc, awareness: new Awareness(ydoc) } as unknown as DocSession;
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
  return { ydoc, objectives, actions };
}

const heading = (name: string) => screen.getByRole('button', { name });

describe('moving through a live plan of 30 objectives and 300 actions', () => {
  afterEach(cleanup);

  it('keeps every objective heading in the page (find-in-page, screen readers) and moves between them with the arrow keys', () => {
    largePlan();
    const toggles = screen.getAllByTestId('plan-objective').map((o) => o.querySelector('button')!);
    expect(toggles).toHaveLength(30);
    // Off-screen cards skip rendering through CSS only: each is a card the stylesheet gives content-visibility.
    expect(screen.getAllByTestId('plan-objective').every((o) => o.classList.contains('plan-objective'))).toBe(true);
    toggles[0].focus();
    fireEvent.keyDown(toggles[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(toggles[1]);
    fireEvent.keyDown(toggles[1], { key: 'End' });
    expect(document.activeElement).toBe(toggles[29]);
    fireEvent.keyDown(toggles[29], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(toggles[29]);
    fireEvent.keyDown(toggles[29], { key: 'Home' });
    expect(document.activeElement).toBe(toggles[0]);
    fireEvent.keyDown(toggles[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(toggles[0]);
  });

  it("moves between an objective's actions without leaving its list, and opens one", () => {
    largePlan();
    fireEvent.click(heading('OB-3 – Obiettivo 3'));
    const third = within(screen.getAllByTestId('plan-objective')[2]);
    const actions = third.getAllByTestId('plan-action').map((a) => a.querySelector('button')!);
    expect(actions).toHaveLength(10);
    actions[0].focus();
    fireEvent.keyDown(actions[0], { key: 'End' });
    expect(document.activeElement).toBe(actions[9]);
    fireEvent.keyDown(actions[9], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(actions[9]);
    fireEvent.keyDown(actions[9], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(actions[8]);
    // Keys typed in a field are the field's: arrows in a text box move its caret, not the focus.
    fireEvent.click(actions[8]);
    const title = third.getAllByLabelText('Titolo').at(-1)!;
    title.focus();
    fireEvent.keyDown(title, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(title);
  });

  it('keeps the focus on a heading while others edit, add and delete objectives around it', () => {
    const { ydoc, objectives } = largePlan();
    const tenth = heading('OB-10 – Obiettivo 10');
    tenth.focus();
    act(() => recordMap(ydoc, 'objectives', objectives[9])!.set('title', 'Housing first'));
    expect(document.activeElement).toBe(tenth);
    expect(tenth.textContent).toBe('OB-10 – Housing first');
    act(() => {
      addObjective(ydoc, 'Obiettivo nuovo');
      ydoc.getMap('objectives').delete(objectives[0]);
    });
    expect(document.activeElement).toBe(tenth);
    fireEvent.keyDown(tenth, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('OB-11 – Obiettivo 11');
  });
});

describe('descriptions of a large plan', () => {
  afterEach(cleanup);
  // ProseMirror scrolls the caret into view when the editor takes the focus: jsdom lays nothing out.
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Element.prototype.getClientRects ??= () => [] as unknown as DOMRectList;

  it('show as text and open the shared editor only on the field that takes the focus, and close it when the focus leaves', async () => {
    const { ydoc, objectives } = largePlan();
    const description = recordMap(ydoc, 'objectives', objectives[4])!.get('description') as Y.XmlFragment;
    act(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Ridurre gli sfratti per morosità.')]);
      description.insert(0, [paragraph]);
    });
    fireEvent.click(heading('OB-5 – Obiettivo 5'));
    fireEvent.click(heading('OB-6 – Obiettivo 6'));
    // Two open objectives, two descriptions, and no editor: read-only renderings that look like the field.
    const previews = screen.getAllByRole('textbox', { name: 'Descrizione' });
    expect(previews).toHaveLength(2);
    expect(document.querySelectorAll('[contenteditable="true"]')).toHaveLength(0);
    expect(previews[0].textContent).toBe('Ridurre gli sfratti per morosità.');

    act(() => previews[0].focus());
    const editor = await screen.findByTestId(/-description-editor$/, undefined, { timeout: 10_000 });
    expect(editor.getAttribute('contenteditable')).toBe('true');
    expect(editor.getAttribute('aria-label')).toBe('Descrizione');
    expect(editor.textContent).toBe('Ridurre gli sfratti per morosità.');
    // Only the focused description holds an editor.
    expect(document.querySelectorAll('[contenteditable="true"]')).toHaveLength(1);

    const other = screen.getByRole('button', { name: 'OB-7 – Obiettivo 7' });
    act(() => {
      fireEvent.blur(editor, { relatedTarget: other });
      other.focus();
    });
    await waitFor(() => expect(document.querySelectorAll('[contenteditable="true"]')).toHaveLength(0));
    expect(screen.getAllByRole('textbox', { name: 'Descrizione' })[0].textContent).toBe('Ridurre gli sfratti per morosità.');
  }, 20_000);
});
