import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import type { PlanProblem } from '@cantiere/domain';
import { linkedDocs } from '../../../../test-support/ydocs';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { addAction, addObjective, recordMap } from '../../live/plan-edit';
import { LivePlan } from './LivePlan';

const CERCHIO = '0f8e7b9a-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const giulia: PresenceUser = { id: 'u-giulia', name: 'Giulia Rossi', organisation: 'Il Cerchio', color: '#b30059' };
const marco: PresenceUser = { id: 'u-marco', name: 'Marco Bianchi', organisation: 'Comune di Cremona', color: '#0066cc' };
const choices: PlanChoices = {
  choices: {
    organisations: [{ value: CERCHIO, label: 'Cooperativa sociale Il Cerchio' }],
    macroAreas: [],
    fundingSources: [{ value: 'fnps', label: 'FNPS' }],
    leps: [],
  },
  refs: { organisations: new Set([CERCHIO]), macroAreas: new Set(), fundingSources: new Set(['fnps']), leps: new Set() },
  labels: { organisations: new Map(), macroAreas: new Map(), fundingSources: new Map(), leps: new Map() },
};

/** Two people's copies of one plan, with their presence exchanged as the server relays it. */
function twoPeople() {
  const [docA, docB] = linkedDocs();
  const sessions = [docA, docB].map((ydoc) => ({ ydoc, awareness: new Awareness(ydoc) }) as unknown as DocSession);
  const [a, b] = sessions.map((s) => s.awareness);
  a.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin !== 'remote') applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [...added, ...updated, ...removed]), 'remote');
  });
  b.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin !== 'remote') applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [...added, ...updated, ...removed]), 'remote');
  });
  const first = addObjective(docA, 'Contrasto alla povertà alimentare');
  const second = addObjective(docA, 'Accesso alla residenza');
  const action = addAction(docA, first, 'Emporio solidale');
  return { docA, docB, sessions, first, second, action };
}

function mount(session: DocSession, user: PresenceUser, testId: string, serverProblems: ReadonlyMap<string, readonly PlanProblem[]> = new Map()) {
  render(
    <div data-testid={testId}>
      <LivePlan ydoc={session.ydoc} session={session} user={user} editable choices={choices} serverProblems={serverProblems} />
    </div>,
  );
  return within(screen.getByTestId(testId));
}

/** Opens the first objective and its action; returns the action's card. */
function openAction(view: ReturnType<typeof within>) {
  fireEvent.click(view.getByRole('button', { name: 'OB-1 – Contrasto alla povertà alimentare' }));
  fireEvent.click(view.getByRole('button', { name: 'Emporio solidale' }));
  return within(view.getAllByTestId('plan-action')[0]);
}

describe('the live plan form', () => {
  afterEach(cleanup);

  it('keeps both people’s edits of different fields of one action, on both screens', () => {
    const { docA, docB, sessions, action } = twoPeople();
    const a = openAction(mount(sessions[0], giulia, 'a'));
    const b = openAction(mount(sessions[1], marco, 'b'));
    fireEvent.change(a.getByLabelText('Titolo'), { target: { value: 'Emporio solidale di quartiere' } });
    fireEvent.change(b.getByLabelText('Avanzamento (da 0 a 100)'), { target: { value: '40' } });
    for (const doc of [docA, docB]) {
      expect(recordMap(doc, 'actions', action)?.get('title')).toBe('Emporio solidale di quartiere');
      expect(recordMap(doc, 'actions', action)?.get('progress')).toBe(40);
    }
    expect((b.getByLabelText('Titolo') as HTMLInputElement).value).toBe('Emporio solidale di quartiere');
    expect((a.getByLabelText('Avanzamento (da 0 a 100)') as HTMLInputElement).value).toBe('40');
  });

  it('says what is wrong as it is typed, and sends nothing invalid to the others', () => {
    const { docB, sessions, action } = twoPeople();
    const a = openAction(mount(sessions[0], giulia, 'a'));
    const progress = a.getByLabelText('Avanzamento (da 0 a 100)');
    fireEvent.change(progress, { target: { value: '150' } });
    expect(a.getByText('L’avanzamento va da 0 a 100')).toBeTruthy();
    expect(progress.getAttribute('aria-invalid')).toBe('true');
    expect(recordMap(docB, 'actions', action)?.get('progress')).toBe(0);

    fireEvent.change(a.getByLabelText('Fonte di finanziamento'), { target: { value: 'fnps' } });
    fireEvent.click(a.getByRole('button', { name: 'Aggiungi una fonte di finanziamento' }));
    fireEvent.change(a.getByLabelText('Budget previsto (€), FNPS'), { target: { value: '-500' } });
    expect(a.getByText('Non può essere negativo')).toBeTruthy();
    fireEvent.change(a.getByLabelText('Budget previsto (€), FNPS'), { target: { value: '12.500,50' } });
    expect((recordMap(docB, 'actions', action)?.get('budgetPlanned') as Y.Map<number>).get('fnps')).toBe(1250050);

    // Each date is valid on its own, so both are shared; together they break a rule, shown at the end date.
    fireEvent.change(a.getByLabelText('Data di inizio'), { target: { value: '2025-06-01' } });
    fireEvent.change(a.getByLabelText('Data di fine'), { target: { value: '2025-01-31' } });
    expect(a.getByText('La data di fine precede quella di inizio')).toBeTruthy();
    expect(a.getByText('Da correggere: 1 problemi')).toBeTruthy();

    // An organisation that is not in the list (written by an older client, or merged) is named as unknown.
    act(() => recordMap(docB, 'actions', action)!.set('leadOrganisationId', '9f9f9f9f-9f9f-4f9f-8f9f-9f9f9f9f9f9f'));
    expect(a.getByText('Organizzazione sconosciuta: non è nell’elenco delle organizzazioni')).toBeTruthy();
  });

  it('shows who is on which field, by the field and on the collapsed objective', () => {
    const { sessions } = twoPeople();
    const viewA = mount(sessions[0], giulia, 'a');
    const a = openAction(viewA);
    const b = openAction(mount(sessions[1], marco, 'b'));
    fireEvent.focus(b.getByLabelText('Data di fine'));
    const label = a.getByText('Data di fine').parentElement!;
    expect(within(label).getByTestId('plan-presence').textContent).toBe('Marco Bianchi sta modificando questo campo');
    fireEvent.click(viewA.getByRole('button', { name: 'OB-1 – Contrasto alla povertà alimentare' }));
    // The collapsed objective names the field too.
    expect(viewA.getAllByTestId('plan-objective')[0].querySelector('[data-testid="plan-presence"]')?.textContent).toBe(
      'Marco Bianchi · Data di fine sta modificando «Data di fine»',
    );
    fireEvent.focus(b.getByLabelText('Avanzamento (da 0 a 100)'));
    expect(viewA.getAllByTestId('plan-objective')[0].querySelector('[data-testid="plan-presence-field"]')?.textContent).toBe(' · Avanzamento (da 0 a 100)');
    fireEvent.blur(b.getByLabelText('Data di fine'));
    expect(viewA.queryByTestId('plan-presence')).toBeNull();
  });

  it('moves an action to another objective for everyone, and undoes only the person’s own change', () => {
    const { docA, sessions, first, second, action } = twoPeople();
    const viewA = mount(sessions[0], giulia, 'a');
    const viewB = mount(sessions[1], marco, 'b');
    const a = openAction(viewA);
    const b = openAction(viewB);
    fireEvent.change(b.getByLabelText('Avanzamento (da 0 a 100)'), { target: { value: '30' } });
    fireEvent.change(a.getByLabelText('Sposta l’azione in un altro obiettivo'), { target: { value: second } });
    fireEvent.click(a.getByRole('button', { name: 'Sposta' }));
    expect(recordMap(docA, 'actions', action)?.get('objectiveId')).toBe(second);
    expect(viewB.getByText('0 azioni, avanzamento nessuna azione conteggiata')).toBeTruthy();
    expect(viewB.getByText('1 azione, avanzamento 30%')).toBeTruthy();
    expect(viewA.getByRole('status', { hidden: true }).textContent).toBe('Azione spostata in OB-2.');

    fireEvent.click(viewA.getByRole('button', { name: 'Annulla la mia ultima modifica' }));
    expect(recordMap(docA, 'actions', action)?.get('objectiveId')).toBe(first);
    expect(recordMap(docA, 'actions', action)?.get('progress')).toBe(30);
    expect(viewB.getByText('1 azione, avanzamento 30%')).toBeTruthy();
  });

  it('adds an action under an objective and deletes it after asking', () => {
    const { docB, sessions, first } = twoPeople();
    const viewA = mount(sessions[0], giulia, 'a');
    fireEvent.click(viewA.getByRole('button', { name: 'OB-1 – Contrasto alla povertà alimentare' }));
    fireEvent.click(viewA.getByRole('button', { name: 'Aggiungi un’azione' }));
    const cards = viewA.getAllByTestId('plan-action');
    expect(cards).toHaveLength(2);
    const added = within(cards[1]);
    // The new action opens at once, ready to be filled in.
    expect((added.getByLabelText('Titolo') as HTMLInputElement).value).toBe('Nuova azione');
    const id = cards[1].getAttribute('data-action-id')!;
    expect(recordMap(docB, 'actions', id)?.get('objectiveId')).toBe(first);

    fireEvent.click(added.getByRole('button', { name: 'Elimina l’azione' }));
    const dialog = within(screen.getByTestId('confirm-delete'));
    expect(dialog.getByText('Eliminare Azione «Nuova azione»?')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Elimina l’azione' }));
    expect(recordMap(docB, 'actions', id)).toBeNull();
    expect(viewA.getAllByTestId('plan-action')).toHaveLength(1);
  });

  it('shows on a record what the server’s projection flagged in it, in the reader’s words', () => {
    const { sessions, action } = twoPeople();
    const flags = new Map([[action, [{ path: 'endDate', message: 'ends_before_start' }]]]);
    const a = openAction(mount(sessions[0], giulia, 'a', flags));
    const flag = a.getByTestId('server-flag');
    expect(flag.textContent).toContain('Il server ha segnalato questo elemento');
    expect(within(flag).getByRole('listitem').textContent).toBe('Data di fine: La data di fine precede quella di inizio');
  });
});
