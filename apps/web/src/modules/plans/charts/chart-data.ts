import type { PlanAction, PlanObjective } from '@cantiere/domain';

/*
 * What each chart of the overview shows, computed from the plan's rows exactly as REST returns them: the chart and its
 * table print these same figures, so a reader of the table and a reader of the chart learn the same thing.
 */

/** One funding source: what the actions planned and spent from it, in cents. */
export interface FundingRow {
  code: string;
  label: string;
  plannedCents: number;
  spentCents: number;
}

/**
 * The actions' budget by funding source, in the managed list's order (codes no longer in the list come after, by
 * code), leaving out sources with nothing planned and nothing spent.
 */
export function budgetByFundingSource(actions: readonly PlanAction[], labels: ReadonlyMap<string, string>): FundingRow[] {
  const sums = new Map<string, FundingRow>();
  for (const a of actions)
    for (const line of a.budget) {
      const row = sums.get(line.fundingSource) ?? {
        code: line.fundingSource,
        label: labels.get(line.fundingSource) ?? line.fundingSource,
        plannedCents: 0,
        spentCents: 0,
      };
      row.plannedCents += line.plannedCents;
      row.spentCents += line.spentCents;
      sums.set(line.fundingSource, row);
    }
  const order = [...labels.keys()];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...sums.values()].filter((r) => r.plannedCents > 0 || r.spentCents > 0).sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

/** One organisation: the planned budget of the actions it leads, and the shares it holds as a partner, in cents. */
export interface OrganisationRow {
  organisationId: string;
  name: string;
  leadCents: number;
  partnerCents: number;
}

/**
 * Planned money by organisation, largest first (then by name): a lead organisation counts its actions' planned total,
 * a partner its agreed share. A partner's share is part of the action's total, so the two columns are not added up
 * across organisations. Cancelled actions are left out; organisations with nothing are too.
 */
export function budgetByOrganisation(actions: readonly PlanAction[]): OrganisationRow[] {
  const rows = new Map<string, OrganisationRow>();
  const row = (organisationId: string, name: string) => {
    const found = rows.get(organisationId) ?? { organisationId, name, leadCents: 0, partnerCents: 0 };
    rows.set(organisationId, found);
    return found;
  };
  for (const a of actions) {
    if (a.status === 'cancelled') continue;
    if (a.leadOrganisationId) row(a.leadOrganisationId, a.leadOrganisationName ?? a.leadOrganisationId).leadCents += a.plannedTotalCents;
    for (const p of a.partners) if (p.budgetShareCents) row(p.organisationId, p.organisationName).partnerCents += p.budgetShareCents;
  }
  return [...rows.values()]
    .filter((r) => r.leadCents > 0 || r.partnerCents > 0)
    .sort((a, b) => b.leadCents + b.partnerCents - (a.leadCents + a.partnerCents) || a.name.localeCompare(b.name, 'it'));
}

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
