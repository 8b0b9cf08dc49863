import { budgetByOrganisation as byOrganisation, organisationBudgetAction, type OrganisationRow, type PlanAction, type PlanObjective } from '@cantiere/domain';

/*
 * What each chart of the overview shows. The money charts are the domain library's (`plan-charts.ts`), the same
 * functions the DOCX charts use, so that the screen and the document always agree; the chart and its table print these
 * same figures.
 */

export { budgetByFundingSource, type FundingRow, type OrganisationRow } from '@cantiere/domain';

/** Planned money by organisation, by the one rule of `budgetByOrganisation` (cancelled actions out, partners' shares apart). */
export const budgetByOrganisation = (actions: readonly PlanAction[]): OrganisationRow[] => byOrganisation(actions.map(organisationBudgetAction));

/** One objective's progress as the server rolled it up (null when none of its actions counts). */
export interface ObjectiveProgressRow {
  objectiveId: string;
  code: string;
  title: string;
  progress: number | null;
}

export function progressByObjective(objectives: readonly PlanObjective[]): ObjectiveProgressRow[] {
  return objectives.map((o) => ({ objectiveId: o.id, code: o.code, title: o.title, progress: o.progress }));
}
