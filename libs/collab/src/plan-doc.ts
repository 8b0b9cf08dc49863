import * as Y from 'yjs';
import { compareOrder } from './order-key';

/**
 * The shape of an action plan's live document (`action-plan:<planId>`), shared by the web editor and the server
 * (its update check and its projection into rows). Three top-level Y.Maps, `objectives`, `actions` and `indicators`,
 * hold records keyed by their stable id (a uuid that survives revisions). Each record is a Y.Map of fields:
 *  - `value` fields hold one JSON value (a string, number, boolean, null or a small object), last writer wins;
 *  - `map` fields are Y.Maps of values keyed by a code or an id (budget by funding source, partners by organisation,
 *    milestones by id), so that two people adding different entries keep both;
 *  - `rich` fields are Y.XmlFragments in the editor's schema (rich text: the descriptions).
 * An action holds its `objectiveId` and an `order` key (order-key.ts): moving it to another objective, or within one,
 * is one field change, since Yjs has no move. Money is in integer euro cents.
 */
export const PLAN_COLLECTIONS = ['objectives', 'actions', 'indicators'] as const;
export type PlanCollection = (typeof PLAN_COLLECTIONS)[number];

export type PlanFieldKind = 'value' | 'map' | 'rich';

export const PLAN_FIELDS = {
  objectives: {
    code: 'value',
    title: 'value',
    description: 'rich',
    macroArea: 'value',
    targetGroup: 'value',
    expectedImpact: 'value',
    lepsCode: 'value',
    coDesigned: 'value',
    crossArea: 'value',
    plannedStaff: 'value',
    /** Funding source code -> planned cents. */
    budget: 'map',
    order: 'value',
  },
  actions: {
    objectiveId: 'value',
    order: 'value',
    title: 'value',
    description: 'rich',
    leadOrganisationId: 'value',
    /** Organisation id -> `{ role, budgetShareCents }`. */
    partners: 'map',
    /** `{ expected, description }`. */
    beneficiaries: 'value',
    startDate: 'value',
    endDate: 'value',
    status: 'value',
    progress: 'value',
    weight: 'value',
    /** Funding source code -> cents. */
    budgetPlanned: 'map',
    budgetSpent: 'map',
    /** Milestone id -> `{ date, title, done }`. */
    milestones: 'map',
  },
  indicators: {
    objectiveId: 'value',
    actionId: 'value',
    order: 'value',
    kind: 'value',
    name: 'value',
    unit: 'value',
    direction: 'value',
    /** `{ value, date, source }` or null. */
    baseline: 'value',
    /** `{ value, date }` or null. */
    target: 'value',
    /** `{ min, max }` or null. */
    acceptableRange: 'value',
  },
} as const satisfies Record<PlanCollection, Record<string, PlanFieldKind>>;

export type PlanFieldName<C extends PlanCollection> = keyof (typeof PLAN_FIELDS)[C] & string;

/** The editor's paragraph node (libs/editor-schema names it too; its test checks that the two agree). */
export const PLAN_PARAGRAPH_NODE = 'paragraph';

/** A record id: a lowercase uuid, the same in the document, the rows and every revision. */
export const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const planCollection = (doc: Y.Doc, collection: PlanCollection): Y.Map<Y.Map<unknown>> => doc.getMap(collection);

export type PlanRecordInput = Record<string, unknown>;

/** Rich text from plain text, a paragraph per line: how rows seed a document and how tests write descriptions. */
export function richTextFrom(text: string): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  const paragraphs = text
    .split('\n')
    .filter((line, i, all) => line !== '' || all.length === 1)
    .map((line) => {
      const paragraph = new Y.XmlElement(PLAN_PARAGRAPH_NODE);
      if (line) paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
  if (text) fragment.insert(0, paragraphs);
  return fragment;
}

function toYValue(kind: PlanFieldKind, value: unknown): unknown {
  if (kind === 'rich') return value instanceof Y.XmlFragment ? value : richTextFrom(typeof value === 'string' ? value : '');
  if (kind === 'map') {
    const map = new Y.Map<unknown>();
    for (const [key, entry] of Object.entries((value as Record<string, unknown> | null) ?? {})) map.set(key, entry);
    return map;
  }
  return value === undefined ? null : value;
}

/**
 * Writes a whole record (creating it, or replacing it when it exists): every field of its collection, missing ones
 * as null (values) or empty (maps, rich text). Call inside `doc.transact` to send it as one update.
 */
export function writeRecord(doc: Y.Doc, collection: PlanCollection, id: string, fields: PlanRecordInput): Y.Map<unknown> {
  if (!RECORD_ID.test(id)) throw new Error(`A plan record id must be a lowercase uuid: ${id}`);
  const record = new Y.Map<unknown>();
  for (const [field, kind] of Object.entries(PLAN_FIELDS[collection]) as [string, PlanFieldKind][]) record.set(field, toYValue(kind, fields[field]));
  planCollection(doc, collection).set(id, record);
  return record;
}

/** Sets one field of an existing record (a value, a whole map, or a description from plain text). */
export function setRecordField<C extends PlanCollection>(doc: Y.Doc, collection: C, id: string, field: PlanFieldName<C>, value: unknown) {
  const record = planCollection(doc, collection).get(id);
  if (!(record instanceof Y.Map)) throw new Error(`No ${collection} record ${id}`);
  const kind = (PLAN_FIELDS[collection] as Record<string, PlanFieldKind>)[field];
  record.set(field, toYValue(kind, value));
}

/** Sets or removes (`undefined`) one entry of a map field: a partner, a funding source's amount, a milestone. */
export function setMapEntry<C extends PlanCollection>(doc: Y.Doc, collection: C, id: string, field: PlanFieldName<C>, key: string, value: unknown) {
  const map = planCollection(doc, collection).get(id)?.get(field);
  if (!(map instanceof Y.Map)) throw new Error(`No map ${field} in ${collection} record ${id}`);
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

/** Moves an action: a new objective and a new order key, one transaction. */
export function moveAction(doc: Y.Doc, actionId: string, objectiveId: string, order: string) {
  doc.transact(() => {
    setRecordField(doc, 'actions', actionId, 'objectiveId', objectiveId);
    setRecordField(doc, 'actions', actionId, 'order', order);
  });
}

export function deleteRecord(doc: Y.Doc, collection: PlanCollection, id: string) {
  planCollection(doc, collection).delete(id);
}

/**
 * A record as plain JSON: values as they are, maps as objects, rich text through `richText` (plain text for rows,
 * for instance). A field the record lacks is left out, so that validation can say it is required.
 */
export function readRecord(record: Y.Map<unknown>, collection: PlanCollection, richText: (fragment: Y.XmlFragment) => unknown = () => ''): PlanRecordInput {
  const out: PlanRecordInput = {};
  for (const [field, kind] of Object.entries(PLAN_FIELDS[collection]) as [string, PlanFieldKind][]) {
    if (!record.has(field)) continue;
    const value = record.get(field);
    if (kind === 'rich') out[field] = value instanceof Y.XmlFragment ? richText(value) : value;
    else if (kind === 'map') out[field] = value instanceof Y.Map ? value.toJSON() : value;
    else out[field] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  return out;
}

/** Every record of a collection, read with `readRecord`, in order (by order key, then id). */
export function readRecords(
  doc: Y.Doc,
  collection: PlanCollection,
  richText?: (fragment: Y.XmlFragment) => unknown,
): { id: string; fields: PlanRecordInput }[] {
  const out: { id: string; fields: PlanRecordInput; order: unknown }[] = [];
  planCollection(doc, collection).forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const fields = readRecord(record, collection, richText);
    out.push({ id, fields, order: fields.order });
  });
  return out.sort(compareOrder).map(({ id, fields }) => ({ id, fields }));
}

/** The next free objective code (`OB-4` after `OB-1`..`OB-3`), for the editor's "add objective". */
export function nextObjectiveCode(doc: Y.Doc): string {
  let max = 0;
  planCollection(doc, 'objectives').forEach((record) => {
    const m = record instanceof Y.Map ? /^OB-(\d+)$/.exec(String(record.get('code') ?? '')) : null;
    if (m) max = Math.max(max, Number(m[1]));
  });
  return `OB-${max + 1}`;
}

/**
 * Where the whole document breaks the shape: a record that is not a Y.Map, a field of the wrong kind, a field the
 * collection does not have, a top-level type other than the three maps. Empty for a well-formed document.
 */
export function planShapeViolations(doc: Y.Doc): string[] {
  const violations: string[] = [];
  for (const [name, type] of doc.share) {
    if (!(PLAN_COLLECTIONS as readonly string[]).includes(name)) {
      if (type._start !== null || type._map.size > 0) violations.push(`unknown top-level ${name}`);
      continue;
    }
    const collection = name as PlanCollection;
    if (type._start !== null) violations.push(`${name} holds a list`);
    const fields = PLAN_FIELDS[collection] as Record<string, PlanFieldKind>;
    for (const [id, item] of type._map) {
      if (item.deleted) continue;
      const record = item.content.getContent()[0];
      if (!RECORD_ID.test(id) || !(record instanceof Y.Map) || record.constructor !== Y.Map) {
        violations.push(`${name}.${id} is not a record`);
        continue;
      }
      record.forEach((value, field) => {
        const kind = fields[field];
        const type = value instanceof Y.AbstractType ? value.constructor : null;
        const fits = kind === 'rich' ? type === Y.XmlFragment : kind === 'map' ? type === Y.Map : kind === 'value' && type === null;
        if (!fits) violations.push(`${name}.${id}.${field}`);
        else if (kind === 'map')
          (value as Y.Map<unknown>).forEach((entry, key) => entry instanceof Y.AbstractType && violations.push(`${name}.${id}.${field}.${key}`));
      });
    }
  }
  return violations;
}
