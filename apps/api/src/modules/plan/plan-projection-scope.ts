import * as Y from 'yjs';
import { planCollection, readRecord, type PlanCollection } from '@cantiere/collab';
import type { ChangedRecords } from './plan-change-tracker';
import type { DocRecord, ProjectionScope, StoredState } from './plan-projection';

/**
 * The records an incremental run must decide, from those a commit changed: the changed ones, and those whose judgement
 * or kept row can follow from them. The rules mirror what `planProjection` looks at across records:
 *  - an objective's code counts for the others (duplicate codes): objectives sharing the new code, and every flagged one
 *    (it may have shared the old code);
 *  - actions and indicators are checked against their owners' presence and row: an owner that is not "settled" (in the
 *    document, with a row, unflagged, so the same before and after) brings in the records pointing at it;
 *  - a row whose record is gone is kept while a kept row points at it: a record in scope brings in its owners (stored
 *    and current) that the document no longer holds, so that they are kept or deleted again.
 */
export function projectionScope(doc: Y.Doc, changed: ChangedRecords, stored: StoredState): ProjectionScope {
  const field = (collection: PlanCollection, id: string, name: string): unknown => {
    const record = planCollection(doc, collection).get(id);
    return record instanceof Y.Map ? record.get(name) : undefined;
  };
  const inDoc = { objectives: new Set(planCollection(doc, 'objectives').keys()), actions: new Set(planCollection(doc, 'actions').keys()) };
  const codeCount = new Map<string, number>();
  for (const id of inDoc.objectives) {
    const code = field('objectives', id, 'code');
    if (typeof code === 'string') codeCount.set(code, (codeCount.get(code) ?? 0) + 1);
  }

  const objectives = new Set(changed.objectives);
  if (changed.objectives.size) {
    const codes = new Set([...changed.objectives].map((id) => field('objectives', id, 'code')).filter((c): c is string => typeof c === 'string'));
    for (const id of inDoc.objectives) if (codes.has(field('objectives', id, 'code') as string)) objectives.add(id);
    for (const [id, p] of stored.problems) if (p.kind === 'objective') objectives.add(id);
  }
  const settled = (id: string, docIds: Set<string>, rows: Map<string, unknown>) => docIds.has(id) && rows.has(id) && !stored.problems.has(id);
  const unsettledObjectives = new Set([...objectives].filter((id) => !settled(id, inDoc.objectives, stored.objectives)));

  // Who points at whom, in the document and in the rows: looked up only when an owner is unsettled (rare: an edit of a
  // healthy record, the usual case, brings in nothing).
  const pointingAt = (collection: 'actions' | 'indicators', owner: 'objectiveId' | 'actionId', owners: Set<string>, into: Set<string>) => {
    if (!owners.size) return;
    for (const id of planCollection(doc, collection).keys()) if (owners.has(field(collection, id, owner) as string)) into.add(id);
    const rows: Map<string, { objectiveId: string | null; actionId?: string | null }> = collection === 'actions' ? stored.actions : stored.indicators;
    for (const [id, row] of rows) if (owners.has(row[owner] as string)) into.add(id);
  };
  const actions = new Set(changed.actions);
  pointingAt('actions', 'objectiveId', unsettledObjectives, actions);
  const unsettledActions = new Set([...actions].filter((id) => !settled(id, inDoc.actions, stored.actions)));
  const indicators = new Set(changed.indicators);
  pointingAt('indicators', 'objectiveId', unsettledObjectives, indicators);
  pointingAt('indicators', 'actionId', unsettledActions, indicators);

  // Owners that are gone from the document, of the records in scope: their kept rows are decided again.
  const gone = (id: unknown, docIds: Set<string>): id is string => typeof id === 'string' && !docIds.has(id);
  for (const id of indicators) {
    for (const actionId of [field('indicators', id, 'actionId'), stored.indicators.get(id)?.actionId]) if (gone(actionId, inDoc.actions)) actions.add(actionId);
    for (const objectiveId of [field('indicators', id, 'objectiveId'), stored.indicators.get(id)?.objectiveId])
      if (gone(objectiveId, inDoc.objectives)) objectives.add(objectiveId);
  }
  for (const id of actions)
    for (const objectiveId of [field('actions', id, 'objectiveId'), stored.actions.get(id)?.objectiveId])
      if (gone(objectiveId, inDoc.objectives)) objectives.add(objectiveId);

  return { objectives, actions, indicators, inDoc, codeCount };
}

/** The records in scope that the document holds, read as the projection reads them, in the document's order. */
export function scopedRecords(
  doc: Y.Doc,
  scope: Pick<ProjectionScope, PlanCollection>,
  richText: (fragment: Y.XmlFragment) => unknown,
): Record<PlanCollection, DocRecord[]> {
  const read = (collection: PlanCollection): DocRecord[] => {
    const records = planCollection(doc, collection);
    return [...scope[collection]]
      .sort()
      .map((id) => ({ id, record: records.get(id) }))
      .filter((r): r is { id: string; record: Y.Map<unknown> } => r.record instanceof Y.Map)
      .map(({ id, record }) => ({ id, fields: readRecord(record, collection, richText) }));
  };
  return { objectives: read('objectives'), actions: read('actions'), indicators: read('indicators') };
}
