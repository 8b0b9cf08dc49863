import * as Y from 'yjs';
import { deleteRecord, isOrderKey, nextObjectiveCode, orderKeyBetween, planCollection, RECORD_ID, writeRecord, type PlanCollection } from '@cantiere/collab';

/**
 * The editor's writes to a live plan. Each one runs in a transaction whose origin is `LOCAL_EDIT`, so that the undo
 * manager (per person: it tracks only this origin) takes back the person's own edits and never the others'.
 */
export const LOCAL_EDIT = { name: 'plan-editor' } as const;

export const newRecordId = (): string => crypto.randomUUID().toLowerCase();

export const localEdit = (doc: Y.Doc, change: () => void) => doc.transact(change, LOCAL_EDIT);

/** The id and order key of each record of a collection that `match`es, read from those two fields only. */
function keysOf(doc: Y.Doc, collection: PlanCollection, match: (record: Y.Map<unknown>) => boolean = () => true): { id: string; order: unknown }[] {
  const out: { id: string; order: unknown }[] = [];
  planCollection(doc, collection).forEach((record, id) => {
    if (record instanceof Y.Map && match(record)) out.push({ id, order: record.get('order') });
  });
  return out;
}

/** A key after every other one in the list; broken keys (a hand-made document) are passed over rather than thrown on. */
function appendKey(records: { order: unknown }[]): string {
  const keys = records.map((r) => r.order).filter(isOrderKey);
  return orderKeyBetween(keys.length ? keys.reduce((a, b) => (a > b ? a : b)) : null, null);
}

const actionsOf = (doc: Y.Doc, objectiveId: string) => keysOf(doc, 'actions', (r) => r.get('objectiveId') === objectiveId);
const indicatorsOf = (doc: Y.Doc, owner: 'objectiveId' | 'actionId', id: string) => keysOf(doc, 'indicators', (r) => r.get(owner) === id);

/** Adds an objective at the end, with the next free code; returns its id. */
export function addObjective(doc: Y.Doc, title: string): string {
  const id = newRecordId();
  localEdit(doc, () =>
    writeRecord(doc, 'objectives', id, {
      code: nextObjectiveCode(doc),
      title,
      description: '',
      macroArea: null,
      targetGroup: '',
      expectedImpact: '',
      lepsCode: null,
      coDesigned: false,
      crossArea: false,
      plannedStaff: '',
      budget: {},
      order: appendKey(keysOf(doc, 'objectives')),
    }),
  );
  return id;
}

/** Adds an action at the end of an objective's actions; returns its id. */
export function addAction(doc: Y.Doc, objectiveId: string, title: string): string {
  const id = newRecordId();
  localEdit(doc, () =>
    writeRecord(doc, 'actions', id, {
      objectiveId,
      order: appendKey(actionsOf(doc, objectiveId)),
      title,
      description: '',
      leadOrganisationId: null,
      partners: {},
      beneficiaries: { expected: null, description: '' },
      startDate: null,
      endDate: null,
      status: 'planned',
      progress: 0,
      weight: 1,
      budgetPlanned: {},
      budgetSpent: {},
      milestones: {},
    }),
  );
  return id;
}

export type IndicatorOwner = { objectiveId: string } | { actionId: string };

/** Adds an indicator at the end of those of an objective or of an action; returns its id. */
export function addIndicator(doc: Y.Doc, owner: IndicatorOwner, name: string): string {
  const id = newRecordId();
  const [key, ownerId] = 'objectiveId' in owner ? (['objectiveId', owner.objectiveId] as const) : (['actionId', owner.actionId] as const);
  localEdit(doc, () =>
    writeRecord(doc, 'indicators', id, {
      objectiveId: 'objectiveId' in owner ? owner.objectiveId : null,
      actionId: 'actionId' in owner ? owner.actionId : null,
      order: appendKey(indicatorsOf(doc, key, ownerId)),
      kind: 'output',
      name,
      unit: '',
      direction: 'higher',
      baseline: null,
      target: null,
      acceptableRange: null,
    }),
  );
  return id;
}

/**
 * Moves an action to the end of another objective: its `objectiveId` and a new order key, in one transaction (Yjs has
 * no move; the action keeps its id, fields and history). Someone editing one of its fields meanwhile keeps that edit.
 */
export function moveActionToObjective(doc: Y.Doc, actionId: string, objectiveId: string) {
  const record = planCollection(doc, 'actions').get(actionId);
  if (!(record instanceof Y.Map) || record.get('objectiveId') === objectiveId) return;
  const order = appendKey(actionsOf(doc, objectiveId).filter((a) => a.id !== actionId));
  localEdit(doc, () => {
    record.set('objectiveId', objectiveId);
    record.set('order', order);
  });
}

/**
 * Deletes a record with what hangs from it, in one transaction (one undo step): an objective with its actions and the
 * indicators of both, an action with its indicators. Nothing is left pointing at a record that no longer exists.
 */
export function deleteRecordDeep(doc: Y.Doc, collection: PlanCollection, id: string) {
  localEdit(doc, () => {
    if (collection === 'objectives') {
      for (const action of actionsOf(doc, id)) deleteRecordDeep(doc, 'actions', action.id);
      for (const indicator of indicatorsOf(doc, 'objectiveId', id)) deleteRecord(doc, 'indicators', indicator.id);
    }
    if (collection === 'actions') for (const indicator of indicatorsOf(doc, 'actionId', id)) deleteRecord(doc, 'indicators', indicator.id);
    deleteRecord(doc, collection, id);
  });
}

/** The Y.Map of a record, or null when it is gone (deleted by someone else) or is not a record. */
export function recordMap(doc: Y.Doc, collection: PlanCollection, id: string): Y.Map<unknown> | null {
  if (!RECORD_ID.test(id)) return null;
  const record = planCollection(doc, collection).get(id);
  return record instanceof Y.Map ? record : null;
}
