import crypto from 'node:crypto';
import {
  planActionFieldsSchema,
  planIndicatorFieldsSchema,
  planObjectiveFieldsSchema,
  recordProblems,
  type PlanActionFields,
  type PlanIndicatorFields,
  type PlanObjectiveFields,
  type PlanProblem,
  type PlanRecordKind,
} from '@cantiere/domain';
import { PLAN_FIELDS, type PlanCollection, type PlanRecordInput } from '@cantiere/collab';

/*
 * The projection's decisions, free of I/O: from the records the live document holds and what the rows hold now, which
 * rows to write, which to delete, and which records to flag. A record is written only when its state changed (its hash
 * differs from the row's); an invalid one keeps its last valid row and is flagged; a row whose record is gone is deleted
 * unless a row still kept points at it (an action whose objective was deleted under it keeps both, flagged).
 */

export interface DocRecord {
  id: string;
  fields: PlanRecordInput;
}

/** What the rows hold now, for the plan being projected. */
export interface StoredState {
  objectives: Map<string, { hash: string; title: string }>;
  actions: Map<string, { hash: string; objectiveId: string; title: string }>;
  indicators: Map<string, { hash: string; objectiveId: string | null; actionId: string | null; name: string }>;
  problems: Map<string, { hash: string; kind: PlanRecordKind }>;
}

/**
 * Which records a run decides: ids (in the document, in the rows or flagged) whose rows and flags it may write or
 * delete; every other row and flag stays as stored. Without one, a run decides every record (a full projection).
 */
export interface ProjectionScope {
  objectives: Set<string>;
  actions: Set<string>;
  indicators: Set<string>;
  /** Every objective and action the document holds, in scope or not (what owners are checked against). */
  inDoc: { objectives: Set<string>; actions: Set<string> };
  /** How many of the document's objectives use each code. */
  codeCount: Map<string, number>;
}

/** Facts outside the plan the records refer to. */
export interface References {
  organisations: Set<string>;
  macroAreas: Set<string>;
  fundingSources: Set<string>;
  leps: Set<string>;
  /** Record ids already used by another plan's rows: such a record cannot have a row here. */
  takenIds: Set<string>;
}

export interface ProblemWrite {
  recordKind: PlanRecordKind;
  recordId: string;
  label: string;
  problems: PlanProblem[];
  hash: string;
}

export interface ProjectionPlan {
  objectives: { id: string; hash: string; fields: PlanObjectiveFields }[];
  actions: { id: string; hash: string; fields: PlanActionFields }[];
  indicators: { id: string; hash: string; fields: PlanIndicatorFields }[];
  deleteObjectives: string[];
  deleteActions: string[];
  deleteIndicators: string[];
  problems: ProblemWrite[];
  clearProblems: string[];
}

/** Sorted keys at every depth, so that equal states hash equally whatever order Yjs hands the fields in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export const recordHash = (fields: PlanRecordInput): string => crypto.createHash('sha256').update(stableJson(fields)).digest('hex');

const fieldNames = (collection: PlanCollection) => Object.keys(PLAN_FIELDS[collection]);
const label = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : '');
const keysOf = (value: unknown): string[] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);

interface Judged<F> {
  id: string;
  hash: string;
  fields: PlanRecordInput;
  problems: PlanProblem[];
  ok: boolean;
  /** Whether the row already holds this state. */
  unchanged: boolean;
  /** The parsed fields, for a valid record whose row must be written. */
  write?: F;
}

/** Schema problems, skipped for a state identical to the row's (it was valid when written), plus the reference checks. */
function judge<F>(
  records: DocRecord[],
  collection: PlanCollection,
  schema: Parameters<typeof recordProblems>[0],
  rowHash: (id: string) => string | undefined,
  references: (r: DocRecord) => PlanProblem[],
  taken: Set<string>,
): Judged<F>[] {
  return records.map((r) => {
    const hash = recordHash(r.fields);
    const unchanged = rowHash(r.id) === hash;
    const problems = unchanged ? [] : recordProblems(schema, r.fields, fieldNames(collection));
    if (taken.has(r.id)) problems.push({ path: 'id', message: 'duplicate_id' });
    for (const p of references(r)) if (!problems.some((q) => q.path === p.path)) problems.push(p);
    const ok = problems.length === 0;
    return { id: r.id, hash, fields: r.fields, problems, ok, unchanged, write: ok && !unchanged ? (schema.parse(r.fields) as F) : undefined };
  });
}

const scopeOf = (scope: ProjectionScope, kind: PlanRecordKind) =>
  kind === 'objective' ? scope.objectives : kind === 'action' ? scope.actions : scope.indicators;

function codesIn(value: unknown, known: Set<string>, path: string): PlanProblem[] {
  return keysOf(value)
    .filter((code) => !known.has(code))
    .map((code) => ({ path: `${path}.${code}`, message: 'unknown_value' }));
}

/** The scope of a full projection: every record of the document, every row and every flag. */
export function wholeScope(doc: { objectives: DocRecord[]; actions: DocRecord[]; indicators: DocRecord[] }, stored: StoredState): ProjectionScope {
  const codeCount = new Map<string, number>();
  for (const o of doc.objectives) if (typeof o.fields.code === 'string') codeCount.set(o.fields.code, (codeCount.get(o.fields.code) ?? 0) + 1);
  const flagged = (kind: PlanRecordKind) => [...stored.problems].filter(([, p]) => p.kind === kind).map(([id]) => id);
  const ids = (records: DocRecord[], rows: Map<string, unknown>, kind: PlanRecordKind) =>
    new Set([...records.map((r) => r.id), ...rows.keys(), ...flagged(kind)]);
  return {
    objectives: ids(doc.objectives, stored.objectives, 'objective'),
    actions: ids(doc.actions, stored.actions, 'action'),
    indicators: ids(doc.indicators, stored.indicators, 'indicator'),
    inDoc: { objectives: new Set(doc.objectives.map((o) => o.id)), actions: new Set(doc.actions.map((a) => a.id)) },
    codeCount,
  };
}

/**
 * `doc` holds the records in scope that the document holds (all of them without a scope). Rows out of scope count as
 * they are stored: a row kept for them (an owner still pointed at) is kept, their flags are left alone.
 */
export function planProjection(
  doc: { objectives: DocRecord[]; actions: DocRecord[]; indicators: DocRecord[] },
  stored: StoredState,
  refs: References,
  scope: ProjectionScope = wholeScope(doc, stored),
): ProjectionPlan {
  const { codeCount } = scope;
  const objectives = judge<PlanObjectiveFields>(
    doc.objectives,
    'objectives',
    planObjectiveFieldsSchema,
    (id) => stored.objectives.get(id)?.hash,
    (r) => [
      ...((codeCount.get(r.fields.code as string) ?? 0) > 1 ? [{ path: 'code', message: 'duplicate_code' }] : []),
      ...(typeof r.fields.macroArea === 'string' && !refs.macroAreas.has(r.fields.macroArea) ? [{ path: 'macroArea', message: 'unknown_value' }] : []),
      ...(typeof r.fields.lepsCode === 'string' && !refs.leps.has(r.fields.lepsCode) ? [{ path: 'lepsCode', message: 'unknown_value' }] : []),
      ...codesIn(r.fields.budget, refs.fundingSources, 'budget'),
    ],
    refs.takenIds,
  );
  const objectiveInDoc = scope.inDoc.objectives;
  // An owner has a row when it is judged valid now or kept its last one; out of scope, when it has one stored.
  const rowedSet = (judged: Judged<unknown>[], rows: Map<string, unknown>, inScope: Set<string>) => {
    const rowed = new Set(judged.filter((j) => j.ok || rows.has(j.id)).map((j) => j.id));
    for (const id of rows.keys()) if (!inScope.has(id)) rowed.add(id);
    return rowed;
  };
  const objectiveRowed = rowedSet(objectives, stored.objectives, scope.objectives);
  const ownerProblem = (id: unknown, path: string, inDoc: Set<string>, rowed: Set<string>, what: string): PlanProblem[] => {
    if (typeof id !== 'string') return [];
    if (!inDoc.has(id)) return [{ path, message: `unknown_${what}` }];
    return rowed.has(id) ? [] : [{ path, message: `invalid_${what}` }];
  };

  const actions = judge<PlanActionFields>(
    doc.actions,
    'actions',
    planActionFieldsSchema,
    (id) => stored.actions.get(id)?.hash,
    (r) => [
      ...ownerProblem(r.fields.objectiveId, 'objectiveId', objectiveInDoc, objectiveRowed, 'objective'),
      ...(typeof r.fields.leadOrganisationId === 'string' && !refs.organisations.has(r.fields.leadOrganisationId)
        ? [{ path: 'leadOrganisationId', message: 'unknown_organisation' }]
        : []),
      ...keysOf(r.fields.partners)
        .filter((org) => !refs.organisations.has(org))
        .map((org) => ({ path: `partners.${org}`, message: 'unknown_organisation' })),
      ...codesIn(r.fields.budgetPlanned, refs.fundingSources, 'budgetPlanned'),
      ...codesIn(r.fields.budgetSpent, refs.fundingSources, 'budgetSpent'),
    ],
    refs.takenIds,
  );
  const actionInDoc = scope.inDoc.actions;
  const actionRowed = rowedSet(actions, stored.actions, scope.actions);

  const indicators = judge<PlanIndicatorFields>(
    doc.indicators,
    'indicators',
    planIndicatorFieldsSchema,
    (id) => stored.indicators.get(id)?.hash,
    (r) => [
      ...ownerProblem(r.fields.objectiveId, 'objectiveId', objectiveInDoc, objectiveRowed, 'objective'),
      ...ownerProblem(r.fields.actionId, 'actionId', actionInDoc, actionRowed, 'action'),
    ],
    refs.takenIds,
  );

  // Rows kept after this projection, and what they point at: a row whose record is gone stays while one of them does.
  const outOfScope = <T>(rows: Map<string, T>, inScope: Set<string>) => [...rows].filter(([id]) => !inScope.has(id));
  const storedInScope = <T>(rows: Map<string, T>, inScope: Set<string>) => [...inScope].filter((id) => rows.has(id));
  const indicatorRows = new Map<string, { objectiveId: string | null; actionId: string | null }>(outOfScope(stored.indicators, scope.indicators));
  for (const i of indicators) {
    if (i.write) indicatorRows.set(i.id, { objectiveId: i.write.objectiveId, actionId: i.write.actionId });
    else if (stored.indicators.has(i.id)) indicatorRows.set(i.id, stored.indicators.get(i.id)!);
  }
  const deleteIndicators = storedInScope(stored.indicators, scope.indicators).filter((id) => !indicatorRows.has(id));
  const actionsNeeded = new Set([...indicatorRows.values()].map((r) => r.actionId).filter((id): id is string => !!id));
  const actionRows = new Map<string, string>(outOfScope(stored.actions, scope.actions).map(([id, a]) => [id, a.objectiveId]));
  for (const a of actions) {
    if (a.write) actionRows.set(a.id, a.write.objectiveId);
    else if (stored.actions.has(a.id)) actionRows.set(a.id, stored.actions.get(a.id)!.objectiveId);
  }
  const orphanActions = storedInScope(stored.actions, scope.actions).filter((id) => !actionInDoc.has(id) && actionsNeeded.has(id));
  for (const id of orphanActions) actionRows.set(id, stored.actions.get(id)!.objectiveId);
  const deleteActions = storedInScope(stored.actions, scope.actions).filter((id) => !actionRows.has(id));
  const objectivesNeeded = new Set([...actionRows.values(), ...[...indicatorRows.values()].map((r) => r.objectiveId).filter((id): id is string => !!id)]);
  const goneObjectives = storedInScope(stored.objectives, scope.objectives).filter((id) => !objectiveInDoc.has(id));
  const orphanObjectives = goneObjectives.filter((id) => objectivesNeeded.has(id));
  const deleteObjectives = goneObjectives.filter((id) => !objectivesNeeded.has(id));

  // A flag is rewritten only when the record's state or what is wrong with it changed (a reference can break with no edit).
  const candidates: ProblemWrite[] = [];
  const flag = (recordKind: PlanRecordKind, judged: Judged<unknown>[], labelField: string) => {
    for (const j of judged) if (!j.ok) candidates.push({ recordKind, recordId: j.id, label: label(j.fields[labelField]), problems: j.problems, hash: j.hash });
  };
  flag('objective', objectives, 'title');
  flag('action', actions, 'title');
  flag('indicator', indicators, 'name');
  for (const id of orphanActions)
    candidates.push({
      recordKind: 'action',
      recordId: id,
      label: stored.actions.get(id)!.title,
      problems: [{ path: '', message: 'deleted_with_indicators' }],
      hash: '',
    });
  for (const id of orphanObjectives)
    candidates.push({
      recordKind: 'objective',
      recordId: id,
      label: stored.objectives.get(id)!.title,
      problems: [{ path: '', message: 'deleted_with_dependents' }],
      hash: '',
    });
  for (const c of candidates) c.hash = recordHash({ state: c.hash, label: c.label, problems: c.problems as unknown as PlanRecordInput[] });
  const flagged = new Set(candidates.map((c) => c.recordId));

  return {
    objectives: objectives.filter((o) => o.write).map((o) => ({ id: o.id, hash: o.hash, fields: o.write! })),
    actions: actions.filter((a) => a.write).map((a) => ({ id: a.id, hash: a.hash, fields: a.write! })),
    indicators: indicators.filter((i) => i.write).map((i) => ({ id: i.id, hash: i.hash, fields: i.write! })),
    deleteObjectives,
    deleteActions,
    deleteIndicators,
    problems: candidates.filter((c) => stored.problems.get(c.recordId)?.hash !== c.hash),
    clearProblems: [...stored.problems].filter(([id, p]) => !flagged.has(id) && scopeOf(scope, p.kind).has(id)).map(([id]) => id),
  };
}
