import { planProjection, recordHash, type DocRecord, type References, type StoredState } from './plan-projection';

const OB1 = '11111111-1111-4111-8111-111111111111';
const OB2 = '22222222-2222-4222-8222-222222222222';
const AC1 = '33333333-3333-4333-8333-333333333333';
const IN1 = '55555555-5555-4555-8555-555555555555';
const ORG = '44444444-4444-4444-8444-444444444444';

const objective = (id: string, over: Record<string, unknown> = {}): DocRecord => ({
  id,
  fields: {
    code: id === OB1 ? 'OB-1' : 'OB-2',
    title: 'Contrasto alla povertà alimentare',
    description: '',
    macroArea: 'poverty_exclusion',
    targetGroup: '',
    expectedImpact: '',
    lepsCode: null,
    coDesigned: true,
    crossArea: false,
    plannedStaff: '',
    budget: { fnps: 100_000 },
    order: 'a0',
    ...over,
  },
});
const action = (over: Record<string, unknown> = {}): DocRecord => ({
  id: AC1,
  fields: {
    objectiveId: OB1,
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
    budgetPlanned: {},
    budgetSpent: {},
    milestones: {},
    ...over,
  },
});
const indicator = (over: Record<string, unknown> = {}): DocRecord => ({
  id: IN1,
  fields: {
    objectiveId: null,
    actionId: AC1,
    order: 'a0',
    kind: 'output',
    name: 'Famiglie servite',
    unit: 'famiglie',
    direction: 'higher',
    baseline: null,
    target: { value: 100, date: null },
    acceptableRange: null,
    ...over,
  },
});

const refs: References = {
  organisations: new Set([ORG]),
  macroAreas: new Set(['poverty_exclusion']),
  fundingSources: new Set(['fnps']),
  leps: new Set(),
  takenIds: new Set(),
};
const empty = (): StoredState => ({ objectives: new Map(), actions: new Map(), indicators: new Map(), problems: new Map() });
/** The rows after a projection wrote `records`, as `stored` would read them back. */
function rowsOf(doc: { objectives: DocRecord[]; actions: DocRecord[]; indicators: DocRecord[] }): StoredState {
  const s = empty();
  for (const o of doc.objectives) s.objectives.set(o.id, { hash: recordHash(o.fields), title: String(o.fields.title) });
  for (const a of doc.actions) s.actions.set(a.id, { hash: recordHash(a.fields), objectiveId: String(a.fields.objectiveId), title: String(a.fields.title) });
  for (const i of doc.indicators)
    s.indicators.set(i.id, {
      hash: recordHash(i.fields),
      objectiveId: i.fields.objectiveId as string | null,
      actionId: i.fields.actionId as string | null,
      name: '',
    });
  return s;
}

describe('plan projection decisions', () => {
  it('writes every valid new record and nothing when the rows already hold the same states', () => {
    const doc = { objectives: [objective(OB1)], actions: [action()], indicators: [indicator()] };
    const first = planProjection(doc, empty(), refs);
    expect([first.objectives, first.actions, first.indicators].map((l) => l.map((r) => r.id))).toEqual([[OB1], [AC1], [IN1]]);
    const again = planProjection(doc, rowsOf(doc), refs);
    expect([again.objectives, again.actions, again.indicators, again.problems]).toEqual([[], [], [], []]);
  });

  it('writes only the record whose state changed', () => {
    const before = { objectives: [objective(OB1), objective(OB2)], actions: [action()], indicators: [] };
    const after = { ...before, actions: [action({ progress: 30 })] };
    const plan = planProjection(after, rowsOf(before), refs);
    expect(plan.objectives).toEqual([]);
    expect(plan.actions.map((a) => [a.id, a.fields.progress])).toEqual([[AC1, 30]]);
  });

  it('keeps the last valid row of an invalid record and flags it with every problem', () => {
    const before = { objectives: [objective(OB1)], actions: [action()], indicators: [] };
    const after = { ...before, actions: [action({ progress: 120, leadOrganisationId: '66666666-6666-4666-8666-666666666666' })] };
    const plan = planProjection(after, rowsOf(before), refs);
    expect(plan.actions).toEqual([]);
    expect(plan.deleteActions).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        recordKind: 'action',
        recordId: AC1,
        label: 'Emporio solidale',
        problems: [
          { path: 'progress', message: 'too_large' },
          { path: 'leadOrganisationId', message: 'unknown_organisation' },
        ],
      }),
    ]);
  });

  it('clears the flag once the record is valid again, and does not rewrite an unchanged flag', () => {
    const good = { objectives: [objective(OB1)], actions: [action()], indicators: [] };
    const bad = { ...good, actions: [action({ endDate: '2024-01-01' })] };
    const stored = rowsOf(good);
    const flagged = planProjection(bad, stored, refs);
    stored.problems.set(AC1, { hash: flagged.problems[0].hash, kind: 'action' });
    expect(planProjection(bad, stored, refs).problems).toEqual([]);
    const fixed = planProjection(good, stored, refs);
    expect(fixed.clearProblems).toEqual([AC1]);
    expect(fixed.actions).toEqual([]);
  });

  it('flags both objectives holding one code, unknown list codes, and a record id another plan uses', () => {
    const doc = {
      objectives: [objective(OB1), objective(OB2, { code: 'OB-1', macroArea: 'nowhere', budget: { fondo_luna: 1 } })],
      actions: [],
      indicators: [],
    };
    const plan = planProjection(doc, empty(), { ...refs, takenIds: new Set([OB1]) });
    expect(plan.objectives).toEqual([]);
    expect(Object.fromEntries(plan.problems.map((p) => [p.recordId, p.problems]))).toEqual({
      [OB1]: [
        { path: 'id', message: 'duplicate_id' },
        { path: 'code', message: 'duplicate_code' },
      ],
      [OB2]: [
        { path: 'code', message: 'duplicate_code' },
        { path: 'macroArea', message: 'unknown_value' },
        { path: 'budget.fondo_luna', message: 'unknown_value' },
      ],
    });
  });

  it('moves an action to another objective as one row change', () => {
    const before = { objectives: [objective(OB1), objective(OB2)], actions: [action()], indicators: [] };
    const plan = planProjection({ ...before, actions: [action({ objectiveId: OB2, order: 'a1' })] }, rowsOf(before), refs);
    expect(plan.actions.map((a) => [a.fields.objectiveId, a.fields.order])).toEqual([[OB2, 'a1']]);
  });

  it('deletes the rows of deleted records, indicators and actions before their objective', () => {
    const before = { objectives: [objective(OB1)], actions: [action()], indicators: [indicator()] };
    const plan = planProjection({ objectives: [], actions: [], indicators: [] }, rowsOf(before), refs);
    expect([plan.deleteIndicators, plan.deleteActions, plan.deleteObjectives]).toEqual([[IN1], [AC1], [OB1]]);
  });

  it("keeps a deleted objective's row while an action still sits under it, and flags both", () => {
    const before = { objectives: [objective(OB1)], actions: [action()], indicators: [] };
    const plan = planProjection({ objectives: [], actions: [action({ title: 'Emporio solidale di quartiere' })], indicators: [] }, rowsOf(before), refs);
    expect(plan.deleteObjectives).toEqual([]);
    expect(plan.actions).toEqual([]);
    expect(Object.fromEntries(plan.problems.map((p) => [p.recordId, p.problems]))).toEqual({
      [AC1]: [{ path: 'objectiveId', message: 'unknown_objective' }],
      [OB1]: [{ path: '', message: 'deleted_with_dependents' }],
    });
  });

  it('cannot give a row to an action under an objective that never had one', () => {
    const doc = { objectives: [objective(OB1, { title: '' })], actions: [action()], indicators: [] };
    const plan = planProjection(doc, empty(), refs);
    expect(plan.actions).toEqual([]);
    expect(plan.problems.find((p) => p.recordId === AC1)?.problems).toEqual([{ path: 'objectiveId', message: 'invalid_objective' }]);
  });
});
