import { describe, expect, it } from 'vitest';
import { romeToday, type PlanAction, type PlanObjective } from '@cantiere/domain';
import { filterActions, filtersFromParams, groupByStatus, lateness, macroAreaChoices, organisationChoices, paramsWithFilters } from './board-filter';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [CARITAS, COOP, ACLI] = [id(900), id(901), id(902)];
const objective = (n: number, macroArea: string | null) => ({ id: id(n), code: `OB-${n}`, macroArea }) as PlanObjective;
const action = (n: number, changes: Partial<PlanAction>): PlanAction =>
  ({
    id: id(100 + n),
    objectiveId: id(1),
    title: `Azione ${n}`,
    leadOrganisationId: CARITAS,
    leadOrganisationName: 'Caritas Cremonese',
    partners: [],
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    status: 'in_progress',
    progress: 10,
    milestones: [],
    ...changes,
  }) as PlanAction;
const milestone = (date: string, done: boolean) => ({ id: id(500), date, title: 'Tappa', done });
const TODAY = '2026-03-10';

describe('lateness of an action', () => {
  it('is late once the end date has passed, not on the end date itself', () => {
    expect(lateness(action(1, { endDate: '2026-03-09' }), TODAY)).toEqual({ endPassed: true, overdueMilestones: [] });
    expect(lateness(action(1, { endDate: TODAY }), TODAY)).toBeNull();
    expect(lateness(action(1, { endDate: null }), TODAY)).toBeNull();
  });

  it('is late with a milestone past due and not done, counting only those', () => {
    const milestones = [milestone('2026-01-31', false), milestone('2026-02-28', true), milestone('2026-03-09', false), milestone('2026-04-30', false)];
    expect(lateness(action(1, { milestones }), TODAY)).toEqual({ endPassed: false, overdueMilestones: [milestones[0], milestones[2]] });
    expect(lateness(action(1, { milestones: [milestone('2026-01-31', true)] }), TODAY)).toBeNull();
  });

  it('never is for a completed or cancelled action, whatever its dates; a suspended or planned one can be', () => {
    const past = { endDate: '2025-12-31', milestones: [milestone('2025-06-30', false)] };
    expect(lateness(action(1, { ...past, status: 'completed' }), TODAY)).toBeNull();
    expect(lateness(action(1, { ...past, status: 'cancelled' }), TODAY)).toBeNull();
    expect(lateness(action(1, { ...past, status: 'suspended' }), TODAY)).toEqual({ endPassed: true, overdueMilestones: past.milestones });
    expect(lateness(action(1, { ...past, status: 'planned' }), TODAY)).toEqual({ endPassed: true, overdueMilestones: past.milestones });
  });

  it('takes today as the day in Italy, so that late evening UTC is already tomorrow in Rome', () => {
    expect(romeToday(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
    expect(romeToday(new Date('2026-03-09T22:30:00Z'))).toBe('2026-03-09');
  });
});

describe('board filters', () => {
  const objectives = [objective(1, 'poverty_exclusion'), objective(2, 'housing'), objective(3, null)];
  const actions = [
    action(1, {}),
    action(2, { objectiveId: id(2), leadOrganisationId: COOP, leadOrganisationName: 'Cooperativa Il Cerchio', endDate: '2026-01-31' }),
    action(3, {
      objectiveId: id(2),
      leadOrganisationId: null,
      leadOrganisationName: null,
      partners: [{ organisationId: CARITAS, organisationName: 'Caritas Cremonese', role: 'partner', budgetShareCents: null }],
      status: 'completed',
      endDate: '2025-12-31',
    }),
    action(4, { objectiveId: id(3), leadOrganisationId: ACLI, leadOrganisationName: 'ACLI', milestones: [milestone('2026-02-01', false)] }),
  ];
  const titles = (list: PlanAction[]) => list.map((a) => a.title);
  const none = { organisationId: null, macroArea: null, overdueOnly: false };

  it('keeps everything with no filter set', () => {
    expect(titles(filterActions(actions, objectives, none, TODAY))).toEqual(['Azione 1', 'Azione 2', 'Azione 3', 'Azione 4']);
  });

  it('filters by an organisation that leads or partners in the action', () => {
    expect(titles(filterActions(actions, objectives, { ...none, organisationId: CARITAS }, TODAY))).toEqual(['Azione 1', 'Azione 3']);
    expect(titles(filterActions(actions, objectives, { ...none, organisationId: ACLI }, TODAY))).toEqual(['Azione 4']);
  });

  it('filters by the macro-area of the action’s objective', () => {
    expect(titles(filterActions(actions, objectives, { ...none, macroArea: 'housing' }, TODAY))).toEqual(['Azione 2', 'Azione 3']);
  });

  it('keeps only late actions, by end date or milestone, and combines filters', () => {
    expect(titles(filterActions(actions, objectives, { ...none, overdueOnly: true }, TODAY))).toEqual(['Azione 2', 'Azione 4']);
    expect(titles(filterActions(actions, objectives, { organisationId: COOP, macroArea: 'housing', overdueOnly: true }, TODAY))).toEqual(['Azione 2']);
    expect(filterActions(actions, objectives, { organisationId: CARITAS, macroArea: null, overdueOnly: true }, TODAY)).toEqual([]);
  });

  it('offers the organisations taking part, by name, and the macro-areas used, in objective order', () => {
    expect(organisationChoices(actions)).toEqual([
      { id: ACLI, name: 'ACLI' },
      { id: CARITAS, name: 'Caritas Cremonese' },
      { id: COOP, name: 'Cooperativa Il Cerchio' },
    ]);
    expect(macroAreaChoices(objectives)).toEqual(['poverty_exclusion', 'housing']);
  });
});

describe('board columns and the address', () => {
  it('has one column per status in the cycle’s order, empty ones included, with the actions in order', () => {
    const columns = groupByStatus([action(1, { status: 'completed' }), action(2, {}), action(3, { status: 'completed' })]);
    expect(columns.map(([status, list]) => [status, list.map((a) => a.title)])).toEqual([
      ['planned', []],
      ['in_progress', ['Azione 2']],
      ['suspended', []],
      ['completed', ['Azione 1', 'Azione 3']],
      ['cancelled', []],
    ]);
  });

  it('reads the filters from the query and writes them back, keeping the page’s own parameters', () => {
    const params = new URLSearchParams(`vista=panoramica&organizzazione=${CARITAS}&in-ritardo=1`);
    expect(filtersFromParams(params)).toEqual({ organisationId: CARITAS, macroArea: null, overdueOnly: true });
    expect(filtersFromParams(new URLSearchParams('in-ritardo=yes&macroarea='))).toEqual({ organisationId: null, macroArea: null, overdueOnly: false });
    const next = paramsWithFilters(params, { organisationId: null, macroArea: 'housing', overdueOnly: false });
    expect(next.toString()).toBe('vista=panoramica&macroarea=housing');
  });
});
