import { PlanActionBudgetEntity, PlanMilestoneEntity } from '../../src/modules/plan/plan-action-parts.entity';
import { PlanActionEntity } from '../../src/modules/plan/plan-action.entity';
import { PlanIndicatorEntity } from '../../src/modules/plan/plan-indicator.entity';
import { PlanObjectiveEntity } from '../../src/modules/plan/plan-objective.entity';
import { PlanEntity } from '../../src/modules/plan/plan.entity';
import { PlanDocumentService } from '../../src/modules/plan';
import { PlanMonitoringService } from '../../src/modules/plan/monitoring';
import { memberOf } from '../support/factories';
import { sessionCookie } from '../support/collab-harness';
import type { TestApp } from '../support/test-app';
import { newId, planFixture } from './plan-fixture';

/**
 * Puts a plan into `adopted` by writing its row, without the adoption route and without a frozen record. Kept for the
 * two shapes the route cannot make: a revision made as a new plan row that continues another's lineage
 * (`reviseAndAdoptByRowsForTest`), and the fuzz seed (`adoptedPlanRowsForTest`), which has no facilitator's session
 * at hand. Everything else adopts through `POST /api/plans/:id/adoption` (`monitoredPlanFixture(...).adopt()`).
 */
export async function markPlanAdoptedForTest(t: TestApp, planId: string): Promise<void> {
  await t.dataSource.getRepository(PlanEntity).update(planId, { status: 'adopted', submittedAt: new Date(), adoptedAt: new Date() });
}

/**
 * A revision made as a new plan row that keeps the record ids: the new row continues the old one's lineage, the
 * records move to it, the old row is closed and the new one adopted. The revision route keeps the same row (and so the
 * same lineage); this covers the other shape, so that history never depends on the plan row.
 */
export async function reviseAndAdoptByRowsForTest(t: TestApp, fromPlanId: string): Promise<string> {
  const plans = t.dataSource.getRepository(PlanEntity);
  const old = (await plans.findOneByOrFail({ id: fromPlanId }))!;
  const fresh = await plans.save(
    plans.create({ spaceId: old.spaceId, title: `${old.title} (revisione)`, startYear: old.startYear, endYear: old.endYear, status: 'under_revision' }),
  );
  await t.app.get(PlanMonitoringService).continueLineage(fresh.id, fromPlanId);
  for (const entity of [PlanObjectiveEntity, PlanActionEntity, PlanIndicatorEntity])
    await t.dataSource.getRepository(entity).update({ planId: fromPlanId }, { planId: fresh.id });
  await plans.update(fromPlanId, { status: 'closed' });
  await markPlanAdoptedForTest(t, fresh.id);
  return fresh.id;
}

/** An adopted plan's rows in short: one objective, one action led by `leadOrganisationId`, one indicator on it. */
export async function adoptedPlanRowsForTest(t: TestApp, planId: string, leadOrganisationId: string) {
  const tx = t.dataSource.manager;
  const objectiveId = newId();
  const actionId = newId();
  const indicatorId = newId();
  await tx.insert(PlanObjectiveEntity, {
    id: objectiveId,
    planId,
    code: 'OB-1',
    title: 'Contrasto alla povertà alimentare',
    orderKey: 'a0',
    sourceHash: 'seed',
  });
  await tx.insert(PlanActionEntity, { id: actionId, planId, objectiveId, orderKey: 'a0', title: 'Emporio solidale', leadOrganisationId, sourceHash: 'seed' });
  await tx.insert(PlanIndicatorEntity, {
    id: indicatorId,
    planId,
    actionId,
    orderKey: 'a0',
    kind: 'output',
    name: 'Famiglie raggiunte',
    direction: 'higher',
    sourceHash: 'seed',
  });
  await markPlanAdoptedForTest(t, planId);
  return { objectiveId, actionId, indicatorId };
}

export interface SeedAction {
  progress?: number;
  weight?: number;
  status?: PlanActionEntity['status'];
  endDate?: string;
  lead?: string | null;
  milestones?: { date: string; title: string; done?: boolean }[];
}

/**
 * The fixture's plan with rows written directly (as the projection would from the live document): one objective,
 * the actions given (led by organisation B, the member's, unless told), each with a planned FNPS budget, and one
 * indicator on the first action (target 100, higher is better, acceptable 80-120).
 */
export async function monitoredPlanFixture(t: TestApp, baseUrl: string, actions: SeedAction[] = [{}]) {
  const f = await planFixture(t, baseUrl);
  const tx = t.dataSource.manager;
  const objectiveId = newId();
  await tx.insert(PlanObjectiveEntity, {
    id: objectiveId,
    planId: f.plan.id,
    code: 'OB-1',
    title: 'Contrasto alla povertà alimentare',
    orderKey: 'a0',
    sourceHash: 'seed',
  });
  const ids: { actionId: string; milestoneIds: string[] }[] = [];
  for (const [i, a] of actions.entries()) {
    const actionId = newId();
    await tx.insert(PlanActionEntity, {
      id: actionId,
      planId: f.plan.id,
      objectiveId,
      orderKey: `a${i}`,
      title: `Azione ${i + 1}`,
      leadOrganisationId: a.lead === undefined ? f.orgs[1].id : a.lead,
      startDate: '2025-01-01',
      endDate: a.endDate ?? '2099-12-31',
      status: a.status ?? 'in_progress',
      progress: a.progress ?? 0,
      weight: a.weight ?? 1,
      sourceHash: 'seed',
    });
    await tx.insert(PlanActionBudgetEntity, { actionId, fundingSource: 'fnps', plannedCents: 1_000_000, spentCents: 100_000 });
    const milestoneIds: string[] = [];
    for (const m of a.milestones ?? []) {
      const id = newId();
      milestoneIds.push(id);
      await tx.insert(PlanMilestoneEntity, { actionId, id, dueOn: m.date, title: m.title, done: m.done ?? false });
    }
    ids.push({ actionId, milestoneIds });
  }
  const indicatorId = newId();
  await tx.insert(PlanIndicatorEntity, {
    id: indicatorId,
    planId: f.plan.id,
    actionId: ids[0].actionId,
    orderKey: 'a0',
    kind: 'output',
    name: 'Famiglie raggiunte',
    unit: 'famiglie',
    direction: 'higher',
    targetValue: 100,
    rangeMin: 80,
    rangeMax: 120,
    sourceHash: 'seed',
  });
  // An observer of the table who belongs to the lead organisation: reads the plan, reports nothing.
  const observer = await memberOf(t, f.orgs[1].id);
  await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[1].id, personId: observer.person.id, role: 'observer' });
  const cookies = { ...f.cookies, observer: await sessionCookie(baseUrl, observer.user.email) };
  const planId = f.plan.id as string;
  return {
    ...f,
    cookies,
    planId,
    objectiveId,
    actions: ids,
    indicatorId,
    observerUserId: observer.user.id as string,
    /**
     * Adopts the plan through the real routes: the rows written above go into the live document first (submitting
     * projects the document, which would otherwise take them away), then the facilitator submits and adopts it.
     */
    adopt: async () => {
      const documents = t.app.get(PlanDocumentService);
      await documents.seedFromRows(planId, f.facilitator.user.id);
      await documents.flush(planId);
      await f.ok('POST', `/api/plans/${planId}/transitions`, f.cookies.facilitator, { transition: 'submit' });
      await f.ok('POST', `/api/plans/${planId}/adoption`, f.cookies.facilitator, { body: 'Assemblea dei Sindaci', number: '7', date: '2025-01-20' });
    },
    monitoring: async (cookie = f.cookies.member, id = planId) => (await f.ok('GET', `/api/plans/${id}/monitoring`, cookie)).monitoring,
    timeline: async (actionId: string, cookie = f.cookies.member, id = planId) =>
      (await f.ok('GET', `/api/plans/${id}/actions/${actionId}/updates`, cookie)).items,
    update: (actionId: string, body: unknown, cookie = f.cookies.member, id = planId) =>
      f.call('POST', `/api/plans/${id}/actions/${actionId}/updates`, cookie, body),
  };
}
