import * as Y from 'yjs';
import { compareOrder, PLAN_COLLECTIONS, planCollection } from '@cantiere/collab';
import { rollUpProgress, type PlanActionStatus } from '@cantiere/domain';

/**
 * The outline of a live plan: objectives in order, each with the heads of its actions and the ids of its indicators.
 * It is what the page renders collapsed, so it reads a handful of fields per record and nothing else; lists that did
 * not change keep their identity from one snapshot to the next, so that an objective nobody touched does not render
 * again while someone types elsewhere.
 */
export interface ObjectiveHead {
  id: string;
  code: string;
  title: string;
  macroArea: string | null;
}

export interface ActionHead {
  id: string;
  objectiveId: string;
  title: string;
  status: string;
  progress: number | null;
  weight: number | null;
}

export interface PlanIndex {
  objectives: readonly ObjectiveHead[];
  actionsByObjective: ReadonlyMap<string, readonly ActionHead[]>;
  /** Indicator ids by the id of the objective or action they measure. */
  indicatorsByOwner: ReadonlyMap<string, readonly string[]>;
  /** Actions whose objective is gone (deleted while someone moved an action into it): shown so they can be moved. */
  orphans: readonly ActionHead[];
  /** Live progress per objective, by the roll-up rule (null: nothing counts). */
  progressByObjective: ReadonlyMap<string, number | null>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Same length, and each item the same value or an object with the same fields (one level deep). */
function sameList<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  if (!a || a.length !== b.length) return false;
  const same = (x: T, y: T) =>
    x === y ||
    (typeof x === 'object' &&
      x !== null &&
      typeof y === 'object' &&
      y !== null &&
      Object.entries(x).every(([k, v]) => (y as Record<string, unknown>)[k] === v));
  return a.every((x, i) => same(x, b[i]));
}

/** `previous` when it holds the very same lists, so that what receives the whole map does not render again. */
function keepMap<V>(previous: ReadonlyMap<string, V> | undefined, next: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  if (!previous || previous.size !== next.size) return next;
  for (const [key, value] of next) if (previous.get(key) !== value) return next;
  return previous;
}

/** Reads the outline from the document, reusing `previous`'s lists (and their items) where nothing changed. */
export function readPlanIndex(doc: Y.Doc, previous?: PlanIndex): PlanIndex {
  const objectives: (ObjectiveHead & { order: unknown })[] = [];
  planCollection(doc, 'objectives').forEach((r, id) => {
    if (r instanceof Y.Map)
      objectives.push({ id, code: str(r.get('code')), title: str(r.get('title')), macroArea: (r.get('macroArea') as string) ?? null, order: r.get('order') });
  });
  objectives.sort(compareOrder);
  const known = new Set(objectives.map((o) => o.id));

  const actions: (ActionHead & { order: unknown })[] = [];
  planCollection(doc, 'actions').forEach((r, id) => {
    if (!(r instanceof Y.Map)) return;
    const a = { id, objectiveId: str(r.get('objectiveId')), title: str(r.get('title')), status: str(r.get('status')) };
    actions.push({ ...a, progress: num(r.get('progress')), weight: num(r.get('weight')), order: r.get('order') });
  });
  actions.sort(compareOrder);
  const grouped = new Map<string, ActionHead[]>();
  const orphans: ActionHead[] = [];
  for (const { order: _order, ...head } of actions) {
    if (known.has(head.objectiveId)) grouped.set(head.objectiveId, [...(grouped.get(head.objectiveId) ?? []), head]);
    else orphans.push(head);
  }

  const indicators: { id: string; owner: string; order: unknown }[] = [];
  planCollection(doc, 'indicators').forEach((r, id) => {
    if (r instanceof Y.Map) indicators.push({ id, owner: str(r.get('actionId')) || str(r.get('objectiveId')), order: r.get('order') });
  });
  indicators.sort(compareOrder);
  const byOwner = new Map<string, string[]>();
  for (const i of indicators) byOwner.set(i.owner, [...(byOwner.get(i.owner) ?? []), i.id]);

  const keep = <T>(prev: readonly T[] | undefined, next: T[]) => (sameList(prev, next) ? prev! : next);
  const heads = objectives.map(({ order: _order, ...o }) => previous?.objectives.find((p) => p.id === o.id && sameList([p], [o])) ?? o);
  const actionsByObjective = new Map([...grouped].map(([id, list]) => [id, keep(previous?.actionsByObjective.get(id), list)]));
  const indicatorsByOwner = new Map([...byOwner].map(([id, list]) => [id, keep(previous?.indicatorsByOwner.get(id), list)]));
  const progressByObjective = new Map(
    heads.map((o) => [
      o.id,
      rollUpProgress(
        (actionsByObjective.get(o.id) ?? [])
          .filter((a) => a.progress !== null && a.weight !== null)
          .map((a) => ({ progress: a.progress!, weight: a.weight!, status: a.status as PlanActionStatus })),
      ),
    ]),
  );
  return {
    objectives: keep(previous?.objectives, heads),
    actionsByObjective,
    indicatorsByOwner: keepMap(previous?.indicatorsByOwner, indicatorsByOwner),
    orphans: keep(previous?.orphans, orphans),
    progressByObjective,
  };
}

/** A store over the outline for `useSyncExternalStore`: read again only after the document changed. */
export class PlanIndexStore {
  private snapshot: PlanIndex;
  private dirty = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    this.snapshot = readPlanIndex(doc);
    for (const name of PLAN_COLLECTIONS) planCollection(doc, name).observeDeep(this.onChange);
  }

  private readonly onChange = () => {
    this.dirty = true;
    this.listeners.forEach((fn) => fn());
  };

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): PlanIndex => {
    if (this.dirty) {
      this.dirty = false;
      this.snapshot = readPlanIndex(this.doc, this.snapshot);
    }
    return this.snapshot;
  };

  destroy() {
    for (const name of PLAN_COLLECTIONS) planCollection(this.doc, name).unobserveDeep(this.onChange);
    this.listeners.clear();
  }
}
