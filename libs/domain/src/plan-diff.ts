import { z } from 'zod';
import type { PlanAction, PlanIndicator, PlanObjective } from './plan-records';

/*
 * What a revision changes in the adopted plan, compared record by record (by their stable ids) and field by field.
 * Only what the plan decides is compared: monitoring (an action's status, progress and spending, a milestone done,
 * observed values, contributors) moves after adoption without revising anything, so it never shows as a change.
 * Budgets are compared per owner and funding source, in a list of their own.
 */

export const PLAN_DIFF_CHANGES = ['added', 'removed', 'changed'] as const;
export type PlanDiffChange = (typeof PLAN_DIFF_CHANGES)[number];

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PlanDiffValue = z.infer<typeof value>;

export const planFieldChangeSchema = z.object({
  /** The record's field (`title`, `startDate`, `partner`, `milestone`, `baselineValue`...). */
  field: z.string(),
  /** The entry of a map field it is about (a partner organisation's name, a milestone's title); null otherwise. */
  key: z.string().nullable(),
  before: value,
  after: value,
});
export type PlanFieldChange = z.infer<typeof planFieldChangeSchema>;

export const planRecordChangeSchema = z.object({
  id: z.uuid(),
  change: z.enum(PLAN_DIFF_CHANGES),
  /** What names the record on screen: `OB-1 Title` for an objective, the title or name otherwise (the newer one). */
  label: z.string(),
  /** Empty for an added or removed record. */
  fields: z.array(planFieldChangeSchema),
});
export type PlanRecordChange = z.infer<typeof planRecordChangeSchema>;

export const planBudgetChangeSchema = z.object({
  owner: z.enum(['objective', 'action']),
  ownerId: z.uuid(),
  ownerLabel: z.string(),
  fundingSource: z.string(),
  change: z.enum(PLAN_DIFF_CHANGES),
  /** Planned euro cents; null where the line does not exist. */
  beforeCents: z.number().int().nullable(),
  afterCents: z.number().int().nullable(),
});
export type PlanBudgetChange = z.infer<typeof planBudgetChangeSchema>;

export const planDiffSchema = z.object({
  objectives: z.array(planRecordChangeSchema),
  actions: z.array(planRecordChangeSchema),
  indicators: z.array(planRecordChangeSchema),
  budgets: z.array(planBudgetChangeSchema),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

/** A revision's differences as served: from which adopted version (number and hash). */
export const planDiffResultSchema = planDiffSchema.extend({ adoptedVersion: z.number().int(), adoptedSha256: z.string() });
export type PlanDiffResult = z.infer<typeof planDiffResultSchema>;

/** The records a diff reads: the adopted version's and the revision's. */
export interface PlanDiffSide {
  objectives: readonly PlanObjective[];
  actions: readonly PlanAction[];
  indicators: readonly PlanIndicator[];
}

type Flat = Map<string, { field: string; key: string | null; value: PlanDiffValue }>;

const flat = (entries: [field: string, key: string | null, value: PlanDiffValue][]): Flat =>
  new Map(entries.map(([field, key, v]) => [`${field}\u0000${key ?? ''}`, { field, key, value: v }]));

function objectiveFields(o: PlanObjective): Flat {
  return flat([
    ['code', null, o.code],
    ['title', null, o.title],
    ['description', null, o.description],
    ['macroArea', null, o.macroArea],
    ['targetGroup', null, o.targetGroup],
    ['expectedImpact', null, o.expectedImpact],
    ['lepsCode', null, o.lepsCode],
    ['coDesigned', null, o.coDesigned],
    ['crossArea', null, o.crossArea],
    ['plannedStaff', null, o.plannedStaff],
  ]);
}

function actionFields(a: PlanAction, objectiveLabel: (id: string) => string): Flat {
  return flat([
    ['objective', null, objectiveLabel(a.objectiveId)],
    ['title', null, a.title],
    ['description', null, a.description],
    ['leadOrganisation', null, a.leadOrganisationName ?? a.leadOrganisationId],
    ['beneficiariesExpected', null, a.beneficiaries.expected],
    ['beneficiariesDescription', null, a.beneficiaries.description],
    ['startDate', null, a.startDate],
    ['endDate', null, a.endDate],
    ['weight', null, a.weight],
    ...a.partners.flatMap((p): [string, string, PlanDiffValue][] => [
      ['partnerRole', p.organisationName, p.role],
      ['partnerShareCents', p.organisationName, p.budgetShareCents],
    ]),
    ...a.milestones.map((m): [string, string, PlanDiffValue] => ['milestone', m.id, `${m.date} ${m.title}`]),
  ]);
}

function indicatorFields(i: PlanIndicator, ownerLabel: (i: PlanIndicator) => string): Flat {
  return flat([
    ['owner', null, ownerLabel(i)],
    ['kind', null, i.kind],
    ['name', null, i.name],
    ['unit', null, i.unit],
    ['direction', null, i.direction],
    ['baselineValue', null, i.baseline?.value ?? null],
    ['baselineDate', null, i.baseline?.date ?? null],
    ['baselineSource', null, i.baseline?.source ?? null],
    ['targetValue', null, i.target?.value ?? null],
    ['targetDate', null, i.target?.date ?? null],
    ['rangeMin', null, i.acceptableRange?.min ?? null],
    ['rangeMax', null, i.acceptableRange?.max ?? null],
  ]);
}

/** Field changes between two flattened records: fields present on one side only read as null on the other. */
function fieldChanges(before: Flat, after: Flat): PlanFieldChange[] {
  const changes: PlanFieldChange[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(k);
    const a = after.get(k);
    const bv = b?.value ?? null;
    const av = a?.value ?? null;
    if (b && a && bv === av) continue;
    if (!b && av === null) continue;
    if (!a && bv === null) continue;
    changes.push({ field: (a ?? b)!.field, key: (a ?? b)!.key, before: b ? bv : null, after: a ? av : null });
  }
  return changes;
}

/** Milestones' keys are ids: name them by their title on screen, the newer one where both exist. */
function milestoneKeys(changes: PlanFieldChange[], before: PlanAction | undefined, after: PlanAction | undefined): PlanFieldChange[] {
  const title = (id: string) => after?.milestones.find((m) => m.id === id)?.title ?? before?.milestones.find((m) => m.id === id)?.title ?? id;
  return changes.map((c) => (c.field === 'milestone' && c.key ? { ...c, key: title(c.key) } : c));
}

function compare<R extends { id: string }>(
  before: readonly R[],
  after: readonly R[],
  label: (r: R) => string,
  fields: (r: R, side: 'before' | 'after') => Flat,
  adjust: (changes: PlanFieldChange[], b: R | undefined, a: R | undefined) => PlanFieldChange[] = (c) => c,
): PlanRecordChange[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const out: PlanRecordChange[] = [];
  for (const r of after) {
    const was = old.get(r.id);
    if (!was) {
      out.push({ id: r.id, change: 'added', label: label(r), fields: [] });
      continue;
    }
    const changed = adjust(fieldChanges(fields(was, 'before'), fields(r, 'after')), was, r);
    if (changed.length) out.push({ id: r.id, change: 'changed', label: label(r), fields: changed });
  }
  for (const r of before) if (!now.has(r.id)) out.push({ id: r.id, change: 'removed', label: label(r), fields: [] });
  return out;
}

function budgetChanges(
  owner: 'objective' | 'action',
  before: Map<string, Map<string, number>>,
  after: Map<string, Map<string, number>>,
  label: (id: string) => string,
) {
  const out: PlanBudgetChange[] = [];
  for (const ownerId of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(ownerId) ?? new Map<string, number>();
    const a = after.get(ownerId) ?? new Map<string, number>();
    for (const fundingSource of new Set([...b.keys(), ...a.keys()])) {
      const beforeCents = b.get(fundingSource) ?? null;
      const afterCents = a.get(fundingSource) ?? null;
      if (beforeCents === afterCents) continue;
      const change: PlanDiffChange = beforeCents === null ? 'added' : afterCents === null ? 'removed' : 'changed';
      out.push({ owner, ownerId, ownerLabel: label(ownerId), fundingSource, change, beforeCents, afterCents });
    }
  }
  return out;
}

/** Planned amounts by owner and funding source; a zero line is no line (the editor's empty amount). */
const plannedBy = <R extends { id: string; budget: { fundingSource: string; plannedCents: number }[] }>(records: readonly R[]) =>
  new Map(records.map((r) => [r.id, new Map(r.budget.filter((l) => l.plannedCents !== 0).map((l) => [l.fundingSource, l.plannedCents]))]));

/**
 * The differences of `after` (a plan under revision) from `before` (the adopted version): records added, removed or
 * changed (with each changed field's values before and after), and planned budget lines added, removed or changed.
 * Each list keeps `after`'s order, removed records last in `before`'s order.
 */
export function diffPlans(before: PlanDiffSide, after: PlanDiffSide): PlanDiff {
  const objectiveLabel = (o: Pick<PlanObjective, 'code' | 'title'>) => `${o.code} ${o.title}`;
  const objectiveById = (id: string) => {
    const o = after.objectives.find((x) => x.id === id) ?? before.objectives.find((x) => x.id === id);
    return o ? objectiveLabel(o) : id;
  };
  const actionById = (id: string) => after.actions.find((x) => x.id === id)?.title ?? before.actions.find((x) => x.id === id)?.title ?? id;
  const indicatorOwner = (i: PlanIndicator) => (i.objectiveId ? objectiveById(i.objectiveId) : i.actionId ? actionById(i.actionId) : '');
  return {
    objectives: compare(before.objectives, after.objectives, objectiveLabel, objectiveFields),
    actions: compare(
      before.actions,
      after.actions,
      (a) => a.title,
      (a) => actionFields(a, objectiveById),
      milestoneKeys,
    ),
    indicators: compare(
      before.indicators,
      after.indicators,
      (i) => i.name,
      (i) => indicatorFields(i, indicatorOwner),
    ),
    budgets: [
      ...budgetChanges('objective', plannedBy(before.objectives), plannedBy(after.objectives), objectiveById),
      ...budgetChanges('action', plannedBy(before.actions), plannedBy(after.actions), actionById),
    ],
  };
}

/** How many records and budget lines a diff names: none means the revision still reads as the adopted version. */
export function diffSize(diff: PlanDiff): number {
  return diff.objectives.length + diff.actions.length + diff.indicators.length + diff.budgets.length;
}
