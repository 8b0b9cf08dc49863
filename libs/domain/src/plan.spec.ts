import {
  indicatorState,
  planActionFieldsSchema,
  planCreateSchema,
  planIndicatorFieldsSchema,
  planProgress,
  recordProblems,
  rollUpProgress,
  roundProgress,
  type PlanActionFields,
} from './index';

const action = (over: Partial<PlanActionFields> = {}): Record<string, unknown> => ({
  objectiveId: '0b6c1a2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d',
  order: 'a0',
  title: 'Sportello unico',
  description: '',
  leadOrganisationId: null,
  partners: {},
  beneficiaries: { expected: 120, description: '' },
  startDate: '2025-03-01',
  endDate: '2027-12-31',
  status: 'planned',
  progress: 0,
  weight: 1,
  budgetPlanned: { fnps: 1_000_000 },
  budgetSpent: {},
  milestones: {},
  ...over,
});
const ACTION_FIELDS = Object.keys(action());

describe('progress roll-up', () => {
  it('is the weighted mean sum(w*p)/sum(w) of the actions that are not cancelled', () => {
    const p = rollUpProgress([
      { progress: 100, weight: 1, status: 'completed' },
      { progress: 50, weight: 3, status: 'in_progress' },
      { progress: 0, weight: 5, status: 'cancelled' },
    ]);
    expect(p).toBe((100 * 1 + 50 * 3) / 4);
  });

  it('is null with no action, only cancelled ones, or only weights of zero', () => {
    expect(rollUpProgress([])).toBeNull();
    expect(rollUpProgress([{ progress: 40, weight: 2, status: 'cancelled' }])).toBeNull();
    expect(rollUpProgress([{ progress: 40, weight: 0, status: 'planned' }])).toBeNull();
  });

  it('leaves out an action of weight 0 but keeps its siblings', () => {
    expect(
      rollUpProgress([
        { progress: 90, weight: 0, status: 'in_progress' },
        { progress: 30, weight: 2, status: 'in_progress' },
      ]),
    ).toBe(30);
  });

  it('rolls up per objective and over every action of the plan, not as a mean of the means', () => {
    const { plan, byObjective } = planProgress([
      { objectiveId: 'a', progress: 100, weight: 1, status: 'completed' },
      { objectiveId: 'b', progress: 0, weight: 1, status: 'planned' },
      { objectiveId: 'b', progress: 0, weight: 1, status: 'planned' },
      { objectiveId: 'b', progress: 60, weight: 1, status: 'in_progress' },
    ]);
    expect(byObjective.get('a')).toBe(100);
    expect(byObjective.get('b')).toBe(20);
    expect(plan).toBe(40);
    expect(roundProgress(200 / 3)).toBe(66.7);
    expect(roundProgress(null)).toBeNull();
  });
});

describe('indicator state', () => {
  const higher = { direction: 'higher' as const, target: { value: 100 }, acceptableRange: { min: 80, max: 120 } };
  it('is on track at the target, at risk inside the range, off track outside', () => {
    expect(indicatorState(higher, 100)).toBe('on_track');
    expect(indicatorState(higher, 85)).toBe('at_risk');
    expect(indicatorState(higher, 79)).toBe('off_track');
    expect(indicatorState({ ...higher, direction: 'lower' }, 90)).toBe('on_track');
    expect(indicatorState({ ...higher, direction: 'lower' }, 110)).toBe('at_risk');
    expect(indicatorState({ ...higher, target: null }, 10)).toBeNull();
  });
});

describe('record problems', () => {
  it('accepts a valid action', () => {
    expect(recordProblems(planActionFieldsSchema, action(), ACTION_FIELDS)).toEqual([]);
  });

  it('names each broken field: progress out of range, negative money, an end before the start', () => {
    const problems = recordProblems(
      planActionFieldsSchema,
      action({ progress: 120, budgetSpent: { fnps: -5 }, startDate: '2026-01-01', endDate: '2025-01-01' }),
      ACTION_FIELDS,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'progress', message: 'too_large' },
        { path: 'budgetSpent.fnps', message: 'must_not_be_negative' },
        { path: 'endDate', message: 'ends_before_start' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('says required for a missing field and refuses cents that are not integers', () => {
    const value = action({ budgetPlanned: { fnps: 10.5 } });
    delete value.title;
    expect(recordProblems(planActionFieldsSchema, value, ACTION_FIELDS)).toEqual([
      { path: 'title', message: 'required' },
      { path: 'budgetPlanned.fnps', message: 'must_be_integer' },
    ]);
  });

  it('wants exactly one owner for an indicator and a range whose min is not above its max', () => {
    const indicator = {
      objectiveId: null,
      actionId: null,
      order: 'a0',
      kind: 'output',
      name: 'Nuclei presi in carico',
      unit: 'nuclei',
      direction: 'higher',
      baseline: null,
      target: { value: 100, date: null },
      acceptableRange: { min: 90, max: 80 },
    };
    expect(recordProblems(planIndicatorFieldsSchema, indicator, Object.keys(indicator))).toEqual([
      { path: 'acceptableRange.max', message: 'min_above_max' },
      { path: 'objectiveId', message: 'one_owner' },
    ]);
  });
});

describe('plan header', () => {
  it('refuses a period that ends before it starts, with the field', () => {
    const r = planCreateSchema.safeParse({ spaceId: '0b6c1a2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d', title: 'Piano', startYear: 2027, endYear: 2025 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endYear', 'ends_before_start']]);
  });
});
