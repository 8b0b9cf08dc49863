import * as Y from 'yjs';
import { checkPlanUpdate } from './plan-doc-check';
import {
  PLAN_FIELDS,
  deleteRecord,
  moveAction,
  nextObjectiveCode,
  planShapeViolations,
  readRecords,
  setMapEntry,
  setRecordField,
  writeRecord,
} from './plan-doc';

const OB = '11111111-1111-4111-8111-111111111111';
const OB2 = '22222222-2222-4222-8222-222222222222';
const AC = '33333333-3333-4333-8333-333333333333';
const ORG = '44444444-4444-4444-8444-444444444444';

/** What `change` adds to a copy of `doc`, as the update a client would send; `doc` itself is left as it was. */
function updateFrom(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  copy.transact(() => change(copy));
  return Y.encodeStateAsUpdate(copy, before);
}

function planWithOneAction(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    writeRecord(doc, 'objectives', OB, { code: 'OB-1', title: 'Contrasto alla povertà', description: 'Prima riga\nSeconda riga', budget: { fnps: 100 } });
    writeRecord(doc, 'actions', AC, {
      objectiveId: OB,
      order: 'a0',
      title: 'Emporio solidale',
      partners: { [ORG]: { role: 'partner', budgetShareCents: null } },
    });
  });
  return doc;
}

describe('plan document helpers', () => {
  it('writes records with every field and reads them back as plain JSON', () => {
    const doc = planWithOneAction();
    const [objective] = readRecords(doc, 'objectives', (f) => f.toString());
    expect(objective.id).toBe(OB);
    expect(objective.fields).toMatchObject({
      code: 'OB-1',
      budget: { fnps: 100 },
      macroArea: null,
      description: '<paragraph>Prima riga</paragraph><paragraph>Seconda riga</paragraph>',
    });
    const [action] = readRecords(doc, 'actions');
    expect(Object.keys(action.fields)).toEqual(Object.keys(PLAN_FIELDS.actions));
    expect(action.fields.partners).toEqual({ [ORG]: { role: 'partner', budgetShareCents: null } });
    expect(planShapeViolations(doc)).toEqual([]);
    expect(nextObjectiveCode(doc)).toBe('OB-2');
  });

  it('moves an action with one change of its objective and order, and deletes records', () => {
    const doc = planWithOneAction();
    moveAction(doc, AC, OB2, 'a5');
    expect(readRecords(doc, 'actions')[0].fields).toMatchObject({ objectiveId: OB2, order: 'a5' });
    deleteRecord(doc, 'actions', AC);
    expect(readRecords(doc, 'actions')).toEqual([]);
  });

  it('finds a value where a map belongs in a whole document', () => {
    const doc = planWithOneAction();
    (doc.getMap('actions').get(AC) as Y.Map<unknown>).set('partners', 'nobody');
    expect(planShapeViolations(doc)).toEqual([`actions.${AC}.partners`]);
  });
});

describe('checking an update against a plan document', () => {
  it('accepts edits that keep the shape and names the records they touch', () => {
    const doc = planWithOneAction();
    const edit = updateFrom(doc, (copy) => {
      setRecordField(copy, 'actions', AC, 'progress', 40);
      setMapEntry(copy, 'objectives', OB, 'budget', 'fondo_poverta_servizi', 5000);
    });
    const check = checkPlanUpdate(doc, edit);
    expect(check).toEqual({
      ok: true,
      touched: expect.arrayContaining([
        { collection: 'actions', id: AC },
        { collection: 'objectives', id: OB },
      ]),
    });
    expect(check.ok && check.touched).toHaveLength(2);
  });

  it('names the record when text is typed inside a description, and when a record is deleted', () => {
    const doc = planWithOneAction();
    const typing = updateFrom(doc, (copy) => {
      const fragment = (copy.getMap('objectives').get(OB) as Y.Map<unknown>).get('description') as Y.XmlFragment;
      ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' nuova');
    });
    expect(checkPlanUpdate(doc, typing)).toEqual({ ok: true, touched: [{ collection: 'objectives', id: OB }] });
    const removal = updateFrom(doc, (copy) => deleteRecord(copy, 'actions', AC));
    expect(checkPlanUpdate(doc, removal)).toEqual({ ok: true, touched: [{ collection: 'actions', id: AC }] });
  });

  it('refuses a value where a map belongs, a map where a value belongs, unknown fields and top-level types, and list content', () => {
    const doc = planWithOneAction();
    const record = (copy: Y.Doc) => copy.getMap('actions').get(AC) as Y.Map<unknown>;
    const refused = [
      updateFrom(doc, (copy) => record(copy).set('partners', 'a string')),
      updateFrom(doc, (copy) => record(copy).set('title', new Y.Map())),
      updateFrom(doc, (copy) => record(copy).set('colour', 'red')),
      updateFrom(doc, (copy) => record(copy).set('description', new Y.Text('plain'))),
      updateFrom(doc, (copy) => copy.getMap('actions').set('not-a-uuid', new Y.Map())),
      updateFrom(doc, (copy) => copy.getMap('actions').set('55555555-5555-4555-8555-555555555555', 'a string')),
      updateFrom(doc, (copy) => copy.getMap('elsewhere').set('x', 1)),
      updateFrom(doc, (copy) => copy.getArray('indicators').insert(0, [1])),
      updateFrom(doc, (copy) => (record(copy).get('partners') as Y.Map<unknown>).set(ORG, new Y.Map())),
    ];
    for (const update of refused) expect(checkPlanUpdate(doc, update).ok).toBe(false);
  });

  it('refuses bytes that do not decode and updates whose dependencies it has never seen', () => {
    const doc = planWithOneAction();
    expect(checkPlanUpdate(doc, new Uint8Array([1, 2, 3, 250]))).toEqual({ ok: false, reason: 'does not decode' });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const first = updateFrom(other, (copy) => setRecordField(copy, 'actions', AC, 'progress', 10));
    Y.applyUpdate(other, first);
    const second = updateFrom(other, (copy) => setRecordField(copy, 'actions', AC, 'progress', 20));
    expect(checkPlanUpdate(doc, second)).toEqual({ ok: false, reason: 'missing dependency' });
  });

  it('accepts an edit inside a record that someone else deleted meanwhile (Yjs drops it on arrival)', () => {
    const doc = planWithOneAction();
    const late = updateFrom(doc, (copy) => {
      setRecordField(copy, 'actions', AC, 'progress', 70);
      setMapEntry(copy, 'actions', AC, 'partners', ORG, { role: 'capofila', budgetShareCents: 100 });
    });
    deleteRecord(doc, 'actions', AC);
    expect(checkPlanUpdate(doc, late).ok).toBe(true);
    Y.applyUpdate(doc, late);
    expect(readRecords(doc, 'actions')).toEqual([]);
  });

  it('never changes the document it reads', () => {
    const doc = planWithOneAction();
    const before = Y.encodeStateAsUpdate(doc);
    checkPlanUpdate(
      doc,
      updateFrom(doc, (copy) => setRecordField(copy, 'actions', AC, 'title', 'Nuovo')),
    );
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
