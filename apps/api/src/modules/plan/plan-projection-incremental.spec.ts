import * as Y from 'yjs';
import { deleteRecord, readRecords, setMapEntry, setRecordField, writeRecord, type PlanCollection } from '@cantiere/collab';
import { PlanChangeTracker, type ChangedRecords } from './plan-change-tracker';
import { planProjection, wholeScope, type DocRecord, type ProjectionPlan, type References, type StoredState } from './plan-projection';
import { projectionScope, scopedRecords } from './plan-projection-scope';

/*
 * Incremental runs (only what the tracker saw change, with what depends on it) must leave exactly the rows and flags
 * that full runs leave, whatever the edits: valid and invalid ones, duplicate codes, moves between objectives,
 * deletions of owners with records still pointing at them, records recreated under the same id.
 */

const ORG = '44444444-4444-4444-8444-444444444444';
const UNKNOWN_ORG = '99999999-9999-4999-8999-999999999999';
const refs: References = {
  organisations: new Set([ORG]),
  macroAreas: new Set(['poverty_exclusion', 'housing']),
  fundingSources: new Set(['fnps', 'fondo_poverta']),
  leps: new Set(),
  takenIds: new Set(),
};
const text = (fragment: Y.XmlFragment) => fragment.toString();

/** The rows and flags as a store holds them, with what each row was written with. */
interface Store {
  state: StoredState;
  written: Map<string, unknown>;
  flags: Map<string, unknown>;
}
const emptyStore = (): Store => ({
  state: { objectives: new Map(), actions: new Map(), indicators: new Map(), problems: new Map() },
  written: new Map(),
  flags: new Map(),
});

function apply(store: Store, plan: ProjectionPlan) {
  const { state } = store;
  for (const o of plan.objectives) state.objectives.set(o.id, { hash: o.hash, title: o.fields.title });
  for (const a of plan.actions) state.actions.set(a.id, { hash: a.hash, objectiveId: a.fields.objectiveId, title: a.fields.title });
  for (const i of plan.indicators)
    state.indicators.set(i.id, { hash: i.hash, objectiveId: i.fields.objectiveId, actionId: i.fields.actionId, name: i.fields.name });
  for (const r of [...plan.objectives, ...plan.actions, ...plan.indicators]) store.written.set(r.id, r.fields);
  for (const id of plan.deleteIndicators) state.indicators.delete(id);
  for (const id of plan.deleteActions) state.actions.delete(id);
  for (const id of plan.deleteObjectives) state.objectives.delete(id);
  for (const id of [...plan.deleteIndicators, ...plan.deleteActions, ...plan.deleteObjectives]) store.written.delete(id);
  for (const id of plan.clearProblems) {
    state.problems.delete(id);
    store.flags.delete(id);
  }
  for (const p of plan.problems) {
    state.problems.set(p.recordId, { hash: p.hash, kind: p.recordKind });
    store.flags.set(p.recordId, { kind: p.recordKind, label: p.label, problems: p.problems });
  }
  // What the tables' foreign keys would refuse: a row pointing at an owner that has none.
  for (const [id, a] of state.actions) if (!state.objectives.has(a.objectiveId)) throw new Error(`action ${id} without its objective row`);
  for (const [id, i] of state.indicators) {
    if (i.actionId && !state.actions.has(i.actionId)) throw new Error(`indicator ${id} without its action row`);
    if (i.objectiveId && !state.objectives.has(i.objectiveId)) throw new Error(`indicator ${id} without its objective row`);
  }
}

function project(store: Store, doc: Y.Doc, changed: ChangedRecords | null) {
  let records: Record<PlanCollection, DocRecord[]>;
  let scope;
  if (changed) {
    scope = projectionScope(doc, changed, store.state);
    records = scopedRecords(doc, scope, text);
  } else {
    records = {
      objectives: readRecords(doc, 'objectives', text),
      actions: readRecords(doc, 'actions', text),
      indicators: readRecords(doc, 'indicators', text),
    };
    scope = wholeScope(records, store.state);
  }
  apply(store, planProjection(records, store.state, refs, scope));
  return scope;
}

const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));
const snapshot = (s: Store) => ({
  objectives: sorted(s.state.objectives),
  actions: sorted(s.state.actions),
  indicators: sorted(s.state.indicators),
  problems: sorted(s.state.problems),
  written: sorted(s.written),
  flags: sorted(s.flags),
});

/** A small deterministic generator, so that a failure can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] };
}

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${(++counter).toString().padStart(12, '0')}`;
const ids = (doc: Y.Doc, collection: PlanCollection) => [...doc.getMap(collection).keys()];

function addObjective(doc: Y.Doc, code: string, id = newId()) {
  writeRecord(doc, 'objectives', id, {
    code,
    title: `Obiettivo ${code}`,
    description: 'Ridurre la povertà alimentare',
    macroArea: 'poverty_exclusion',
    lepsCode: null,
    coDesigned: true,
    crossArea: false,
    targetGroup: '',
    expectedImpact: '',
    plannedStaff: '',
    budget: { fnps: 100_000 },
    order: 'a0',
  });
  return id;
}
function addAction(doc: Y.Doc, objectiveId: string, id = newId()) {
  writeRecord(doc, 'actions', id, {
    objectiveId,
    order: 'a0',
    title: 'Emporio solidale',
    description: '',
    leadOrganisationId: ORG,
    partners: {},
    beneficiaries: { expected: 100, description: '' },
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    status: 'planned',
    progress: 0,
    weight: 1,
    budgetPlanned: { fnps: 5_000 },
    budgetSpent: {},
    milestones: {},
  });
  return id;
}
function addIndicator(doc: Y.Doc, owner: { objectiveId: string | null; actionId: string | null }) {
  writeRecord(doc, 'indicators', newId(), {
    ...owner,
    order: 'a0',
    kind: 'output',
    name: 'Famiglie servite',
    unit: 'famiglie',
    direction: 'higher',
    baseline: null,
    target: { value: 100, date: null },
    acceptableRange: null,
  });
}

/** One random edit, valid or not, of the kinds people (and merges) make. */
function edit(doc: Y.Doc, r: ReturnType<typeof random>) {
  const objectives = ids(doc, 'objectives');
  const actions = ids(doc, 'actions');
  const indicators = ids(doc, 'indicators');
  const someObjective = () => (objectives.length && r.next() < 0.9 ? r.pick(objectives) : newId());
  const someAction = () => (actions.length && r.next() < 0.9 ? r.pick(actions) : newId());
  const edits: (() => void)[] = [
    () => addObjective(doc, `OB-${r.int(8) + 1}`),
    () => objectives.length && deleteRecord(doc, 'objectives', r.pick(objectives)),
    () => objectives.length && setRecordField(doc, 'objectives', r.pick(objectives), 'title', r.pick(['Casa', '', 42, 'Lavoro'])),
    () => objectives.length && setRecordField(doc, 'objectives', r.pick(objectives), 'code', `OB-${r.int(8) + 1}`),
    () => objectives.length && setRecordField(doc, 'objectives', r.pick(objectives), 'macroArea', r.pick(['housing', 'unknown_area', null])),
    () => objectives.length && setMapEntry(doc, 'objectives', r.pick(objectives), 'budget', r.pick(['fnps', 'nowhere']), r.pick([1_000, undefined])),
    () => {
      if (!objectives.length) return;
      const description = doc.getMap('objectives').get(r.pick(objectives)) as Y.Map<unknown>;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Paragrafo ${r.int(100)}`)]);
      (description.get('description') as Y.XmlFragment).push([paragraph]);
    },
    () => addAction(doc, someObjective()),
    () => actions.length && deleteRecord(doc, 'actions', r.pick(actions)),
    () => actions.length && setRecordField(doc, 'actions', r.pick(actions), 'objectiveId', someObjective()),
    () => actions.length && setRecordField(doc, 'actions', r.pick(actions), 'progress', r.pick([10, 50, 150, -1])),
    () => actions.length && setRecordField(doc, 'actions', r.pick(actions), 'leadOrganisationId', r.pick([ORG, UNKNOWN_ORG, null])),
    () =>
      actions.length &&
      setMapEntry(doc, 'actions', r.pick(actions), 'partners', r.pick([ORG, UNKNOWN_ORG]), r.pick([{ role: 'partner', budgetShareCents: null }, undefined])),
    () => addIndicator(doc, r.next() < 0.5 ? { objectiveId: null, actionId: someAction() } : { objectiveId: someObjective(), actionId: null }),
    () => indicators.length && deleteRecord(doc, 'indicators', r.pick(indicators)),
    () => indicators.length && setRecordField(doc, 'indicators', r.pick(indicators), 'actionId', someAction()),
    () => indicators.length && setRecordField(doc, 'indicators', r.pick(indicators), 'name', r.pick(['Persone raggiunte', ''])),
    // The same id written again, as an undo of a deletion or a restore does.
    () => objectives.length && addObjective(doc, `OB-${r.int(8) + 1}`, r.pick(objectives)),
    () => actions.length && addAction(doc, someObjective(), r.pick(actions)),
  ];
  r.pick(edits)();
}

describe('incremental plan projection', () => {
  it.each([1, 2, 3, 4])('leaves the same rows and flags as full projections after random edits (seed %i)', (seed) => {
    const r = random(seed);
    const doc = new Y.Doc();
    const tracker = new PlanChangeTracker();
    const incremental = emptyStore();
    const full = emptyStore();
    for (let o = 1; o <= 4; o++) {
      const objectiveId = addObjective(doc, `OB-${o}`);
      for (let a = 0; a < 3; a++) addIndicator(doc, { objectiveId: null, actionId: addAction(doc, objectiveId) });
    }
    // The first run on a document the tracker has not seen is a full one.
    expect(tracker.take(doc)).toBeNull();
    project(incremental, doc, null);
    project(full, doc, null);
    let narrower = 0;
    for (let step = 0; step < 150; step++) {
      const edits = 1 + r.int(3);
      doc.transact(() => {
        for (let e = 0; e < edits; e++) edit(doc, r);
      });
      const changed = tracker.take(doc);
      expect(changed).not.toBeNull();
      const scope = project(incremental, doc, changed);
      project(full, doc, null);
      expect(snapshot(incremental)).toEqual(snapshot(full));
      if (scope.actions.size + scope.indicators.size < ids(doc, 'actions').length + ids(doc, 'indicators').length) narrower++;
    }
    // A full run over the incremental rows finds nothing to change.
    const again = planProjection(
      { objectives: readRecords(doc, 'objectives', text), actions: readRecords(doc, 'actions', text), indicators: readRecords(doc, 'indicators', text) },
      incremental.state,
      refs,
    );
    expect(again).toMatchObject({
      objectives: [],
      actions: [],
      indicators: [],
      deleteObjectives: [],
      deleteActions: [],
      deleteIndicators: [],
      problems: [],
      clearProblems: [],
    });
    // The runs did look at less than the whole plan (otherwise this test would prove nothing about scoping).
    expect(narrower).toBeGreaterThan(100);
  });

  it('names the one record a field edit touches, and the records a deletion and a move touch', () => {
    const doc = new Y.Doc();
    const tracker = new PlanChangeTracker();
    const o1 = addObjective(doc, 'OB-1');
    const o2 = addObjective(doc, 'OB-2');
    const a1 = addAction(doc, o1);
    tracker.take(doc);
    setRecordField(doc, 'objectives', o1, 'title', 'Casa e abitare');
    expect(tracker.take(doc)).toEqual({ objectives: new Set([o1]), actions: new Set(), indicators: new Set() });
    setMapEntry(doc, 'actions', a1, 'partners', ORG, { role: 'partner', budgetShareCents: null });
    (doc.getMap('objectives').get(o2) as Y.Map<Y.XmlFragment>).get('description')!.push([new Y.XmlElement('paragraph')]);
    expect(tracker.take(doc)).toEqual({ objectives: new Set([o2]), actions: new Set([a1]), indicators: new Set() });
    doc.transact(() => {
      setRecordField(doc, 'actions', a1, 'objectiveId', o2);
      deleteRecord(doc, 'objectives', o1);
    });
    expect(tracker.take(doc)).toEqual({ objectives: new Set([o1]), actions: new Set([a1]), indicators: new Set() });
    expect(tracker.take(doc)).toEqual({ objectives: new Set(), actions: new Set(), indicators: new Set() });
  });

  it('gives a failed run its changes back, and asks for a full run after a failed full one', () => {
    const doc = new Y.Doc();
    const tracker = new PlanChangeTracker();
    const o1 = addObjective(doc, 'OB-1');
    expect(tracker.take(doc)).toBeNull();
    setRecordField(doc, 'objectives', o1, 'title', 'Lavoro');
    const taken = tracker.take(doc);
    const o2 = addObjective(doc, 'OB-2');
    tracker.giveBack(doc, taken);
    expect(tracker.take(doc)).toEqual({ objectives: new Set([o1, o2]), actions: new Set(), indicators: new Set() });
    tracker.giveBack(doc, null);
    expect(tracker.take(doc)).toBeNull();
    expect(tracker.take(doc)).toEqual({ objectives: new Set(), actions: new Set(), indicators: new Set() });
  });
});
