import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planCollection, readRecords } from '@cantiere/collab';
import { planActionFieldsSchema } from '@cantiere/domain';
import { exchange } from '../../../test-support/ydocs';
import { valueBinding } from './bindings';
import { addAction, addIndicator, addObjective, deleteRecordDeep, LOCAL_EDIT, moveActionToObjective, recordMap } from './plan-edit';
import { readPlanIndex } from './plan-index';

const F = planActionFieldsSchema.shape;
const field = (doc: Y.Doc, collection: 'objectives' | 'actions' | 'indicators', id: string, name: string) => recordMap(doc, collection, id)?.get(name);

/** A plan with two objectives and one action under the first, in both copies. */
function twoCopies() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const first = addObjective(a, 'Contrasto alla povertà alimentare');
  const second = addObjective(a, 'Accesso alla residenza');
  const action = addAction(a, first, 'Emporio solidale');
  exchange(a, b);
  return { a, b, first, second, action };
}

describe('editing a live plan in two copies', () => {
  it('keeps both edits when two people change different fields of one action at once', () => {
    const { a, b, action } = twoCopies();
    valueBinding(recordMap(a, 'actions', action)!, 'title', F.title).write('Emporio solidale di quartiere');
    valueBinding(recordMap(b, 'actions', action)!, 'progress', F.progress).write(40);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(field(doc, 'actions', action, 'title')).toBe('Emporio solidale di quartiere');
      expect(field(doc, 'actions', action, 'progress')).toBe(40);
    }
  });

  it('keeps both actions that two people add to one objective at once, each with its own place', () => {
    const { a, b, first } = twoCopies();
    const fromA = addAction(a, first, 'Mensa diffusa');
    const fromB = addAction(b, first, 'Spesa sospesa');
    exchange(a, b);
    const titles = (doc: Y.Doc) =>
      readPlanIndex(doc)
        .actionsByObjective.get(first)!
        .map((x) => x.title);
    expect(titles(a)).toHaveLength(3);
    expect(titles(a)).toEqual(titles(b));
    expect(new Set(titles(a))).toEqual(new Set(['Emporio solidale', 'Mensa diffusa', 'Spesa sospesa']));
    expect(readRecords(a, 'actions').map((r) => r.id)).toEqual(expect.arrayContaining([fromA, fromB]));
  });

  it('moves an action to another objective with one change of objectiveId and order, keeping a concurrent edit of it', () => {
    const { a, b, first, second, action } = twoCopies();
    const already = addAction(a, second, 'Sportello residenza');
    exchange(a, b);
    const before = field(a, 'actions', action, 'order') as string;
    moveActionToObjective(a, action, second);
    valueBinding(recordMap(b, 'actions', action)!, 'startDate', F.startDate).write('2025-03-01');
    exchange(a, b);
    for (const doc of [a, b]) {
      const index = readPlanIndex(doc);
      expect(index.actionsByObjective.get(first)).toBeUndefined();
      // After the action that was there: the moved one goes to the end of its new objective.
      expect(index.actionsByObjective.get(second)!.map((x) => x.id)).toEqual([already, action]);
      expect(field(doc, 'actions', action, 'startDate')).toBe('2025-03-01');
      expect(field(doc, 'actions', action, 'title')).toBe('Emporio solidale');
    }
    expect(field(a, 'actions', action, 'order')).not.toBe(before);
    expect(planCollection(a, 'actions').size).toBe(2);
  });

  it('undoes only the person’s own change, leaving the other person’s edit of the same action', () => {
    const { a, b, action } = twoCopies();
    const undo = new Y.UndoManager([planCollection(a, 'actions')], { trackedOrigins: new Set([LOCAL_EDIT]) });
    valueBinding(recordMap(a, 'actions', action)!, 'title', F.title).write('Titolo provvisorio');
    valueBinding(recordMap(b, 'actions', action)!, 'progress', F.progress).write(25);
    exchange(a, b);
    undo.undo();
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(field(doc, 'actions', action, 'title')).toBe('Emporio solidale');
      expect(field(doc, 'actions', action, 'progress')).toBe(25);
    }
    // What arrived from the other copy is not on this person's stack.
    expect(undo.undoStack).toHaveLength(0);
    expect(Y.encodeStateVector(b)).toEqual(Y.encodeStateVector(a));
    undo.destroy();
  });

  it('deletes an objective with its actions and every indicator hanging from them, as one undoable step', () => {
    const { a, first, second, action } = twoCopies();
    const onObjective = addIndicator(a, { objectiveId: first }, 'Famiglie raggiunte');
    const onAction = addIndicator(a, { actionId: action }, 'Accessi all’emporio');
    const elsewhere = addIndicator(a, { objectiveId: second }, 'Iscrizioni anagrafiche');
    const undo = new Y.UndoManager(
      (['objectives', 'actions', 'indicators'] as const).map((c) => planCollection(a, c)),
      { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: 0 },
    );
    deleteRecordDeep(a, 'objectives', first);
    expect(readRecords(a, 'objectives').map((r) => r.id)).toEqual([second]);
    expect(readRecords(a, 'actions')).toEqual([]);
    expect(readRecords(a, 'indicators').map((r) => r.id)).toEqual([elsewhere]);
    undo.undo();
    expect(recordMap(a, 'actions', action)?.get('title')).toBe('Emporio solidale');
    expect(new Set(readRecords(a, 'indicators').map((r) => r.id))).toEqual(new Set([onObjective, onAction, elsewhere]));
    undo.destroy();
  });

  it('gives a new objective the next free code and a valid new record the schemas accept', () => {
    const { a, first, second } = twoCopies();
    expect([field(a, 'objectives', first, 'code'), field(a, 'objectives', second, 'code')]).toEqual(['OB-1', 'OB-2']);
    const action = addAction(a, second, 'Nuova azione');
    const [record] = readRecords(a, 'actions').filter((r) => r.id === action);
    expect(planActionFieldsSchema.safeParse({ ...record.fields, description: '' }).success).toBe(true);
    // One transaction, marked as the person's own (what their undo tracks).
    const origins: unknown[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    addAction(a, second, 'Un’altra');
    expect(origins).toEqual([LOCAL_EDIT]);
  });
});
