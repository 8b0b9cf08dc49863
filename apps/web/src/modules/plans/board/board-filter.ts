import { actionLateness, PLAN_ACTION_STATUSES, type ActionLateness, type PlanAction, type PlanActionStatus, type PlanObjective } from '@cantiere/domain';

/** The board's filters as the URL holds them, so that a filtered view can be shared by its address. */
export interface BoardFilters {
  /** An organisation that leads the action or is one of its partners. */
  organisationId: string | null;
  /** The macro-area of the action's objective. */
  macroArea: string | null;
  overdueOnly: boolean;
}

/** Query parameter names, in Italian like the rest of the address (`/piani/:id?vista=panoramica`). */
export const BOARD_PARAMS = { organisation: 'organizzazione', macroArea: 'macroarea', overdue: 'in-ritardo' } as const;

export function filtersFromParams(params: URLSearchParams): BoardFilters {
  return {
    organisationId: params.get(BOARD_PARAMS.organisation) || null,
    macroArea: params.get(BOARD_PARAMS.macroArea) || null,
    overdueOnly: params.get(BOARD_PARAMS.overdue) === '1',
  };
}

/** The same parameters with the filters set: the others (the page's view) are kept, unset filters are left out. */
export function paramsWithFilters(params: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  set(BOARD_PARAMS.organisation, filters.organisationId);
  set(BOARD_PARAMS.macroArea, filters.macroArea);
  set(BOARD_PARAMS.overdue, filters.overdueOnly ? '1' : null);
  return next;
}

/** An action's lateness: the one overdue rule of the plans (`actionLateness` in the domain library), as the board uses it. */
export type Lateness = ActionLateness<PlanAction['milestones'][number]>;
export const lateness = (action: Pick<PlanAction, 'status' | 'endDate' | 'milestones'>, today: string): Lateness | null => actionLateness(action, today);

export const takesPart = (action: Pick<PlanAction, 'leadOrganisationId' | 'partners'>, organisationId: string) =>
  action.leadOrganisationId === organisationId || action.partners.some((p) => p.organisationId === organisationId);

/** The actions that pass every filter set, in the order given. */
export function filterActions(actions: readonly PlanAction[], objectives: readonly PlanObjective[], filters: BoardFilters, today: string): PlanAction[] {
  const areaOf = new Map(objectives.map((o) => [o.id, o.macroArea]));
  return actions.filter(
    (a) =>
      (!filters.organisationId || takesPart(a, filters.organisationId)) &&
      (!filters.macroArea || areaOf.get(a.objectiveId) === filters.macroArea) &&
      (!filters.overdueOnly || lateness(a, today) !== null),
  );
}

/** One column per action status, in the cycle's order, every status present even when empty. */
export function groupByStatus<A extends { status: PlanActionStatus }>(actions: readonly A[]): [PlanActionStatus, A[]][] {
  const columns = new Map<PlanActionStatus, A[]>(PLAN_ACTION_STATUSES.map((s) => [s, []]));
  for (const a of actions) columns.get(a.status)!.push(a);
  return [...columns];
}

/** The organisations that lead or partner in any action, by name: the choices of the organisation filter. */
export function organisationChoices(actions: readonly PlanAction[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const a of actions) {
    if (a.leadOrganisationId) names.set(a.leadOrganisationId, a.leadOrganisationName ?? a.leadOrganisationId);
    for (const p of a.partners) names.set(p.organisationId, p.organisationName);
  }
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/** The macro-areas the plan's objectives use, in the order of their first objective. */
export function macroAreaChoices(objectives: readonly PlanObjective[]): string[] {
  return [...new Set(objectives.map((o) => o.macroArea).filter((a): a is string => a !== null))];
}
