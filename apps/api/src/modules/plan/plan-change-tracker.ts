import * as Y from 'yjs';
import { PLAN_COLLECTIONS, planCollection, type PlanCollection } from '@cantiere/collab';

/** Record ids by collection: those whose map, fields, map entries or rich text changed (added, edited or removed). */
export type ChangedRecords = Record<PlanCollection, Set<string>>;

export const noChanges = (): ChangedRecords => ({ objectives: new Set(), actions: new Set(), indicators: new Set() });

interface Watched {
  /** Nothing is known of what changed before: the next run projects every record. */
  whole: boolean;
  changed: ChangedRecords;
}

/**
 * Which records of a live plan document changed since its last projection, learnt by observing the server's copy
 * (every change reaches it: clients' updates, server changes, catch-up from other instances). A document this tracker
 * has not seen yet (just loaded, or loaded again after an unload) has no history: `take` answers null, "project every
 * record", and starts observing it, so that the runs after it know exactly what to look at.
 */
export class PlanChangeTracker {
  private readonly watched = new WeakMap<Y.Doc, Watched>();

  /** The changes since the last `take` (and starts a new set), or null when every record must be projected. */
  take(doc: Y.Doc): ChangedRecords | null {
    const watched = this.watched.get(doc);
    if (!watched) {
      this.watched.set(doc, { whole: false, changed: noChanges() });
      for (const collection of PLAN_COLLECTIONS) {
        const records = planCollection(doc, collection);
        records.observeDeep((events) => this.note(doc, collection, records, events));
      }
      return null;
    }
    const { whole, changed } = watched;
    this.watched.set(doc, { whole: false, changed: noChanges() });
    return whole ? null : changed;
  }

  /** A projection that failed gives its changes back, so that the next run covers them too (null: every record). */
  giveBack(doc: Y.Doc, taken: ChangedRecords | null) {
    const watched = this.watched.get(doc);
    if (!watched) return;
    if (taken === null) watched.whole = true;
    else for (const collection of PLAN_COLLECTIONS) for (const id of taken[collection]) watched.changed[collection].add(id);
  }

  private note(doc: Y.Doc, collection: PlanCollection, records: object, events: Y.YEvent<Y.AbstractType<unknown>>[]) {
    const changed = this.watched.get(doc)?.changed[collection];
    if (!changed) return;
    for (const event of events) {
      // On the collection itself, the keys are the records added, replaced or removed; below it, the path starts with
      // the record's id whatever the depth (a field, a map entry, a paragraph of a description).
      if (event.target === records) for (const id of event.changes.keys.keys()) changed.add(id);
      else if (event.path.length) changed.add(String(event.path[0]));
    }
  }
}
