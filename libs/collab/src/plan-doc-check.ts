import * as Y from 'yjs';
import { PLAN_COLLECTIONS, PLAN_FIELDS, RECORD_ID, type PlanCollection, type PlanFieldKind } from './plan-doc';

/**
 * Reads an update against a plan document without applying it: whether every item it inserts lands where the shape
 * allows (plan-doc.ts), and which records it touches. The server runs it before an update reaches its live copy, so a
 * refused update leaves nothing behind (Yjs cannot take half of an update back), and again at projection time on the
 * stored log, to know which records each author edited.
 */

/** What a type in the document is, by where it sits. */
type Place =
  | { at: 'collection'; collection: PlanCollection }
  | { at: 'record'; collection: PlanCollection; id: string }
  | { at: 'map'; collection: PlanCollection; id: string }
  | { at: 'rich'; collection: PlanCollection; id: string }
  | { at: 'outside'; why: string }
  /** Next to, or inside, content the document has collected: Yjs turns such an item into nothing on arrival. */
  | { at: 'void' };

export interface RecordRef {
  collection: PlanCollection;
  id: string;
}

export type UpdateCheck = { ok: true; touched: RecordRef[] } | { ok: false; reason: string };

type AnyStruct = Y.Item | Y.GC | Y.Skip;
/** What `Y.decodeUpdate` gives: the structs, and the deleted ranges by client. */
interface DecodedUpdate {
  structs: AnyStruct[];
  ds: { clients: Map<number, { clock: number; len: number }[]> };
}

const exactly = (type: unknown, ctor: abstract new (...args: never[]) => unknown) => !!type && (type as object).constructor === ctor;
const outside = (why: string): Place => ({ at: 'outside', why });

/** The structs of an update by client, for finding the item an id points into (an id may fall inside a run of text). */
function indexStructs(structs: AnyStruct[]): Map<number, AnyStruct[]> {
  const byClient = new Map<number, AnyStruct[]>();
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  return byClient;
}

class Locator {
  private readonly placeOfItem = new Map<Y.Item, Place>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly incoming: Map<number, AnyStruct[]>,
  ) {}

  /** The struct holding `id`: in the update first, then in the document; null when neither has it (a missing dependency). */
  find(id: Y.ID): AnyStruct | null {
    const own = this.incoming.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
    if (own) return own;
    if (id.clock >= Y.getState(this.doc.store, id.client)) return null;
    return Y.getItem(this.doc.store, id) as AnyStruct;
  }

  /** Where an item sits: its parent type's place, and its key in that parent. Null parent: take the neighbour's. */
  parentOf(item: Y.Item, depth = 0): { parent: Place; key: string | null } {
    if (depth > 10_000) return { parent: outside('too deep'), key: null };
    const parent = item.parent as Y.AbstractType<unknown> | Y.ID | string | null;
    if (parent === null) {
      const neighbourId = item.origin ?? item.rightOrigin;
      const neighbour = neighbourId ? this.find(neighbourId) : null;
      if (!neighbour) return { parent: outside('missing dependency'), key: null };
      if (!(neighbour instanceof Y.Item)) return { parent: { at: 'void' }, key: null };
      return this.parentOf(neighbour, depth + 1);
    }
    return { parent: this.placeOfParent(parent, depth), key: item.parentSub };
  }

  private placeOfParent(parent: Y.AbstractType<unknown> | Y.ID | string, depth: number): Place {
    if (typeof parent === 'string') {
      return (PLAN_COLLECTIONS as readonly string[]).includes(parent)
        ? { at: 'collection', collection: parent as PlanCollection }
        : outside(`top-level ${parent}`);
    }
    if (parent instanceof Y.AbstractType) {
      if (parent._item === null) return this.placeOfParent(Y.findRootTypeKey(parent), depth);
      return this.placeOf(parent._item, depth);
    }
    const holder = this.find(parent);
    if (!holder) return outside('missing parent');
    if (!(holder instanceof Y.Item) || holder.content instanceof Y.ContentDeleted) return { at: 'void' };
    return this.placeOf(holder, depth);
  }

  /** The place of the type an item holds (a record, a map field, a description...). */
  placeOf(item: Y.Item, depth = 0): Place {
    const known = this.placeOfItem.get(item);
    if (known) return known;
    const { parent, key } = this.parentOf(item, depth + 1);
    const place = this.typePlace(parent, key);
    this.placeOfItem.set(item, place);
    return place;
  }

  private typePlace(parent: Place, key: string | null): Place {
    switch (parent.at) {
      case 'collection':
        return key !== null ? { at: 'record', collection: parent.collection, id: key } : outside('list content in a collection');
      case 'record': {
        const kind = key !== null ? (PLAN_FIELDS[parent.collection] as Record<string, PlanFieldKind>)[key] : undefined;
        if (kind === 'map') return { at: 'map', collection: parent.collection, id: parent.id };
        if (kind === 'rich') return { at: 'rich', collection: parent.collection, id: parent.id };
        return outside(`a type in field ${key}`);
      }
      case 'map':
        return outside('a type inside a map field');
      default:
        return parent;
    }
  }
}

/** Whether an item's content may sit under `parent` at `key`; null when it may, else why not. */
function misplaced(item: Y.Item, parent: Place, key: string | null): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  const type = content instanceof Y.ContentType ? content.type : null;
  switch (parent.at) {
    case 'void':
      return null;
    case 'outside':
      return parent.why;
    case 'collection':
      if (key === null) return 'list content in a collection';
      if (!RECORD_ID.test(key)) return `record id ${key}`;
      return exactly(type, Y.Map) ? null : `record ${key} is not a map`;
    case 'record': {
      const kind = key !== null ? (PLAN_FIELDS[parent.collection] as Record<string, PlanFieldKind>)[key] : undefined;
      if (kind === undefined) return key === null ? 'list content in a record' : `unknown field ${key}`;
      if (kind === 'map') return exactly(type, Y.Map) ? null : `field ${key} is not a map`;
      if (kind === 'rich') return exactly(type, Y.XmlFragment) ? null : `field ${key} is not rich text`;
      return content instanceof Y.ContentAny && content.arr.length === 1 ? null : `field ${key} is not a value`;
    }
    case 'map':
      if (key === null) return 'list content in a map field';
      return content instanceof Y.ContentAny && content.arr.length === 1 ? null : `entry ${key} is not a value`;
    case 'rich':
      return exactly(type, Y.Map) || exactly(type, Y.Array) ? 'a map or array in rich text' : null;
  }
}

const recordOf = (place: Place, key: string | null): RecordRef | null => {
  if (place.at === 'collection') return key !== null ? { collection: place.collection, id: key } : null;
  if (place.at === 'outside' || place.at === 'void') return null;
  return { collection: place.collection, id: place.id };
};

/**
 * Checks an update against the document it is meant for (which is only read). `ok: false` when it does not decode,
 * depends on content neither it nor the document holds, or would put anything where the shape does not allow it.
 */
export function checkPlanUpdate(doc: Y.Doc, update: Uint8Array): UpdateCheck {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update) as unknown as DecodedUpdate;
  } catch {
    return { ok: false, reason: 'does not decode' };
  }
  const incoming = indexStructs(decoded.structs);
  // A client's structs must continue what the document has of it: after a hole, Yjs would keep them pending, unchecked.
  for (const [client, structs] of incoming) if (structs[0].id.clock > Y.getState(doc.store, client)) return { ok: false, reason: 'missing dependency' };
  const locator = new Locator(doc, incoming);
  const touched = new Map<string, RecordRef>();
  const note = (ref: RecordRef | null) => ref && touched.set(`${ref.collection}:${ref.id}`, ref);
  try {
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Item)) continue;
      const { parent, key } = locator.parentOf(struct);
      const why = misplaced(struct, parent, key);
      if (why) return { ok: false, reason: why };
      note(recordOf(parent, key));
    }
    for (const [client, ranges] of decoded.ds.clients) {
      const structs = (doc.store.clients.get(client) ?? []) as AnyStruct[];
      const known = Y.getState(doc.store, client);
      for (const range of ranges) {
        if (range.clock >= known) continue;
        for (let i = Y.findIndexSS(structs as Y.Item[], range.clock); i < structs.length && structs[i].id.clock < range.clock + range.len; i++) {
          const struct = structs[i];
          if (struct instanceof Y.Item) {
            const { parent, key } = locator.parentOf(struct);
            note(recordOf(parent, key));
          }
        }
      }
    }
  } catch {
    // Ids that point nowhere Yjs expects (a hand-made update): refused rather than risked.
    return { ok: false, reason: 'does not resolve' };
  }
  return { ok: true, touched: [...touched.values()] };
}
