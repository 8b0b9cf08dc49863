import { diffPlans, diffSize, planAdoptInputSchema, type PlanAction, type PlanDiffSide, type PlanIndicator, type PlanObjective } from './index';

const OB1 = '00000000-0000-4000-8000-000000000001';
const OB2 = '00000000-0000-4000-8000-000000000002';
const A1 = '00000000-0000-4000-8000-0000000000a1';
const A2 = '00000000-0000-4000-8000-0000000000a2';
const I1 = '00000000-0000-4000-8000-0000000000c1';
const ORG = '00000000-0000-4000-8000-0000000000f1';
const M1 = '00000000-0000-4000-8000-0000000000d1';

const objective = (id: string, over: Partial<PlanObjective> = {}): PlanObjective => ({
  id,
  code: id === OB1 ? 'OB-1' : 'OB-2',
  title: `Obiettivo ${id.slice(-1)}`,
  description: '',
  macroArea: 'poverta',
  targetGroup: '',
  expectedImpact: '',
  lepsCode: null,
  coDesigned: true,
  crossArea: false,
  plannedStaff: '',
  budget: [{ fundingSource: 'fnps', plannedCents: 100_000 }],
  plannedTotalCents: 100_000,
  order: 'a0',
  progress: null,
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

const action = (id: string, over: Partial<PlanAction> = {}): PlanAction => ({
  id,
  objectiveId: OB1,
  order: 'a0',
  title: `Azione ${id.slice(-2)}`,
  description: '',
  leadOrganisationId: null,
  leadOrganisationName: null,
  partners: [],
  beneficiaries: { expected: 10, description: '' },
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  status: 'planned',
  progress: 0,
  weight: 1,
  budget: [{ fundingSource: 'fnps', plannedCents: 50_000, spentCents: 0 }],
  plannedTotalCents: 50_000,
  spentTotalCents: 0,
  milestones: [],
  contributors: [],
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

const indicator = (id: string, over: Partial<PlanIndicator> = {}): PlanIndicator => ({
  id,
  objectiveId: OB1,
  actionId: null,
  order: 'a0',
  kind: 'output',
  name: 'Nuclei raggiunti',
  unit: 'nuclei',
  direction: 'higher',
  baseline: { value: 100, date: '2024-12-31', source: 'Ufficio di Piano' },
  target: { value: 150, date: '2027-12-31' },
  acceptableRange: null,
  observations: [],
  problems: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

const adopted: PlanDiffSide = {
  objectives: [objective(OB1), objective(OB2)],
  actions: [action(A1), action(A2)],
  indicators: [indicator(I1)],
};

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffSize(diffPlans(adopted, adopted))).toBe(0);
  });

  it('names added and removed objectives, actions and indicators by id', () => {
    const NEW = '00000000-0000-4000-8000-000000000003';
    const revised: PlanDiffSide = {
      objectives: [objective(OB1), objective(NEW, { code: 'OB-3', title: 'Casa prima di tutto', budget: [], plannedTotalCents: 0 })],
      actions: [action(A1)],
      indicators: [],
    };
    const diff = diffPlans(adopted, revised);
    expect(diff.objectives).toEqual([
      { id: NEW, change: 'added', label: 'OB-3 Casa prima di tutto', fields: [] },
      { id: OB2, change: 'removed', label: 'OB-2 Obiettivo 2', fields: [] },
    ]);
    expect(diff.actions).toEqual([{ id: A2, change: 'removed', label: 'Azione a2', fields: [] }]);
    expect(diff.indicators).toEqual([{ id: I1, change: 'removed', label: 'Nuclei raggiunti', fields: [] }]);
    expect(diff.budgets).toEqual([
      { owner: 'objective', ownerId: OB2, ownerLabel: 'OB-2 Obiettivo 2', fundingSource: 'fnps', change: 'removed', beforeCents: 100_000, afterCents: null },
      { owner: 'action', ownerId: A2, ownerLabel: 'Azione a2', fundingSource: 'fnps', change: 'removed', beforeCents: 50_000, afterCents: null },
    ]);
  });

  it('compares changed records field by field, a move to another objective included', () => {
    const revised: PlanDiffSide = {
      objectives: [objective(OB1, { title: 'Contrasto alla povertà alimentare', coDesigned: false }), objective(OB2)],
      actions: [
        action(A1, {
          objectiveId: OB2,
          endDate: '2026-06-30',
          partners: [{ organisationId: ORG, organisationName: 'Caritas', role: 'partner', budgetShareCents: null }],
          milestones: [{ id: M1, date: '2025-06-30', title: 'Avvio sportello', done: false }],
        }),
        action(A2),
      ],
      indicators: [indicator(I1, { target: { value: 200, date: '2027-12-31' } })],
    };
    const diff = diffPlans(adopted, revised);
    expect(diff.objectives).toEqual([
      {
        id: OB1,
        change: 'changed',
        label: 'OB-1 Contrasto alla povertà alimentare',
        fields: [
          { field: 'title', key: null, before: 'Obiettivo 1', after: 'Contrasto alla povertà alimentare' },
          { field: 'coDesigned', key: null, before: true, after: false },
        ],
      },
    ]);
    expect(diff.actions).toEqual([
      {
        id: A1,
        change: 'changed',
        label: 'Azione a1',
        fields: [
          { field: 'objective', key: null, before: 'OB-1 Contrasto alla povertà alimentare', after: 'OB-2 Obiettivo 2' },
          { field: 'endDate', key: null, before: '2025-12-31', after: '2026-06-30' },
          { field: 'partnerRole', key: 'Caritas', before: null, after: 'partner' },
          { field: 'milestone', key: 'Avvio sportello', before: null, after: '2025-06-30 Avvio sportello' },
        ],
      },
    ]);
    expect(diff.indicators).toEqual([
      { id: I1, change: 'changed', label: 'Nuclei raggiunti', fields: [{ field: 'targetValue', key: null, before: 150, after: 200 }] },
    ]);
    expect(diff.budgets).toEqual([]);
  });

  it('lists planned budget lines added, removed and changed per owner and funding source', () => {
    const revised: PlanDiffSide = {
      ...adopted,
      objectives: [objective(OB1, { budget: [{ fundingSource: 'fnps', plannedCents: 120_000 }] }), objective(OB2)],
      actions: [
        action(A1, {
          budget: [
            { fundingSource: 'fnps', plannedCents: 0, spentCents: 0 },
            { fundingSource: 'pnrr_m5c2', plannedCents: 70_000, spentCents: 0 },
          ],
        }),
        action(A2),
      ],
    };
    expect(diffPlans(adopted, revised).budgets).toEqual([
      { owner: 'objective', ownerId: OB1, ownerLabel: 'OB-1 Obiettivo 1', fundingSource: 'fnps', change: 'changed', beforeCents: 100_000, afterCents: 120_000 },
      { owner: 'action', ownerId: A1, ownerLabel: 'Azione a1', fundingSource: 'fnps', change: 'removed', beforeCents: 50_000, afterCents: null },
      { owner: 'action', ownerId: A1, ownerLabel: 'Azione a1', fundingSource: 'pnrr_m5c2', change: 'added', beforeCents: null, afterCents: 70_000 },
    ]);
  });

  it('leaves monitoring out: status, progress, spending, milestones done and observations are no revision', () => {
    const before: PlanDiffSide = { ...adopted, actions: [action(A1, { milestones: [{ id: M1, date: '2025-06-30', title: 'Avvio', done: false }] })] };
    const monitored: PlanDiffSide = {
      ...adopted,
      actions: [
        action(A1, {
          status: 'in_progress',
          progress: 40,
          budget: [{ fundingSource: 'fnps', plannedCents: 50_000, spentCents: 20_000 }],
          spentTotalCents: 20_000,
          milestones: [{ id: M1, date: '2025-06-30', title: 'Avvio', done: true }],
          contributors: [{ organisationId: ORG, organisationName: 'Caritas' }],
        }),
      ],
      indicators: [indicator(I1, { observations: [{ id: M1, date: '2025-06-30', value: 120, note: null, source: null }] })],
    };
    expect(diffSize(diffPlans(before, monitored))).toBe(0);
  });
});

describe('planAdoptInputSchema', () => {
  const issues = (input: unknown) => {
    const r = planAdoptInputSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('asks for a decision or an act, naming every field', () => {
    expect(issues({})).toEqual([
      'decisionId:decision_or_act_required',
      'body:decision_or_act_required',
      'number:decision_or_act_required',
      'date:decision_or_act_required',
    ]);
    expect(issues({ body: '  ', number: '' })).toEqual([
      'decisionId:decision_or_act_required',
      'body:decision_or_act_required',
      'number:decision_or_act_required',
      'date:decision_or_act_required',
    ]);
  });

  it('wants an act whole: body, number and date', () => {
    expect(issues({ body: 'Assemblea dei Sindaci', date: '2024-12-18' })).toEqual(['number:required']);
    expect(issues({ decisionId: OB1, number: '12' })).toEqual(['body:required', 'date:required']);
  });

  it('takes a decision alone, an act alone or both', () => {
    expect(issues({ decisionId: OB1 })).toEqual([]);
    expect(issues({ body: 'Assemblea dei Sindaci', number: '12/2024', date: '2024-12-18' })).toEqual([]);
    expect(issues({ decisionId: OB1, body: 'Assemblea dei Sindaci', number: '12/2024', date: '2024-12-18' })).toEqual([]);
    expect(issues({ body: 'Assemblea', number: '1', date: '2024-02-30' })).toEqual(['date:invalid_date']);
  });
});
