import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PlanDocumentService } from '../../src/modules/plan';
import { PlanActionBudgetEntity, PlanActionPartnerEntity, PlanMilestoneEntity } from '../../src/modules/plan/plan-action-parts.entity';
import { PlanActionEntity } from '../../src/modules/plan/plan-action.entity';
import { PlanIndicatorEntity, PlanIndicatorObservationEntity } from '../../src/modules/plan/plan-indicator.entity';
import { PlanObjectiveBudgetEntity, PlanObjectiveEntity } from '../../src/modules/plan/plan-objective.entity';
import type { TestApp } from '../support/test-app';

const id = () => crypto.randomUUID();

/**
 * Two objectives and three actions with partners, money, milestones and indicators (values observed in 2025 and 2026),
 * written as rows and then into the plan's live document, so that the projection an export runs first keeps them.
 * Observations are monitoring data outside the document: written after the projection.
 */
export async function seedExportPlan(t: TestApp, planId: string, orgIds: string[], authorUserId: string) {
  const ids = { ob1: id(), ob2: id(), a1: id(), a2: id(), a3: id(), families: id(), waiting: id(), internships: id() };
  const ds: DataSource = t.dataSource;
  const objective = (over: Partial<PlanObjectiveEntity>) =>
    ds.getRepository(PlanObjectiveEntity).insert({
      planId,
      description: '',
      targetGroup: '',
      expectedImpact: '',
      plannedStaff: '',
      coDesigned: false,
      crossArea: false,
      macroArea: null,
      lepsCode: null,
      sourceHash: 'test',
      ...over,
    } as PlanObjectiveEntity);
  await objective({
    id: ids.ob1,
    code: 'OB-1',
    title: 'Contrasto alla povertà alimentare',
    description: 'Cibo e accompagnamento per le famiglie in difficoltà.',
    macroArea: 'poverty_exclusion',
    lepsCode: 'centri_servizi_poverta',
    targetGroup: 'Famiglie con minori e ISEE sotto soglia',
    expectedImpact: 'Meno famiglie senza accesso al cibo',
    plannedStaff: '2 assistenti sociali',
    coDesigned: true,
    orderKey: 'a0',
  });
  await objective({
    id: ids.ob2,
    code: 'OB-2',
    title: 'Inclusione lavorativa',
    macroArea: 'active_inclusion',
    crossArea: true,
    orderKey: 'a1',
  });
  await ds.getRepository(PlanObjectiveBudgetEntity).insert([
    { objectiveId: ids.ob1, fundingSource: 'fondo_poverta_servizi', plannedCents: 5_000_000 },
    { objectiveId: ids.ob1, fundingSource: 'bilancio_comunale', plannedCents: 1_234_567 },
    { objectiveId: ids.ob2, fundingSource: 'pn_inclusione_fse', plannedCents: 2_000_000 },
  ]);
  const action = (over: Partial<PlanActionEntity>) =>
    ds.getRepository(PlanActionEntity).insert({
      planId,
      description: '',
      beneficiariesExpected: null,
      beneficiariesDescription: '',
      startDate: null,
      endDate: null,
      weight: 1,
      sourceHash: 'test',
      ...over,
    } as PlanActionEntity);
  await action({
    id: ids.a1,
    objectiveId: ids.ob1,
    orderKey: 'a0',
    title: 'Emporio solidale',
    leadOrganisationId: orgIds[0],
    beneficiariesExpected: 120,
    startDate: '2025-03-01',
    endDate: '2027-12-31',
    status: 'in_progress',
    progress: 40,
  });
  await action({
    id: ids.a2,
    objectiveId: ids.ob1,
    orderKey: 'a1',
    title: 'Buoni spesa digitali',
    leadOrganisationId: orgIds[1],
    status: 'planned',
    progress: 0,
    weight: 2,
  });
  await action({
    id: ids.a3,
    objectiveId: ids.ob2,
    orderKey: 'a0',
    // A comma, quotes and an accent: the CSV must quote it and keep it whole.
    title: 'Tirocini di inclusione, con "borsa" e tutoraggio',
    leadOrganisationId: orgIds[2],
    startDate: '2025-01-15',
    endDate: '2026-06-30',
    status: 'completed',
    progress: 100,
  });
  await ds.getRepository(PlanActionPartnerEntity).insert([
    { actionId: ids.a1, organisationId: orgIds[1], role: 'partner', budgetShareCents: 1_000_000 },
    { actionId: ids.a1, organisationId: orgIds[2], role: 'collaborating', budgetShareCents: null },
  ]);
  await ds.getRepository(PlanActionBudgetEntity).insert([
    { actionId: ids.a1, fundingSource: 'fondo_poverta_servizi', plannedCents: 3_000_000, spentCents: 1_200_050 },
    { actionId: ids.a2, fundingSource: 'fnps', plannedCents: 850_000, spentCents: 0 },
    { actionId: ids.a3, fundingSource: 'pn_inclusione_fse', plannedCents: 2_000_000, spentCents: 1_999_999 },
  ]);
  await ds.getRepository(PlanMilestoneEntity).insert([
    { actionId: ids.a1, id: id(), dueOn: '2025-04-30', title: 'Apertura dell’emporio', done: true },
    { actionId: ids.a1, id: id(), dueOn: '2026-06-30', title: 'Seconda sede', done: false },
  ]);
  const indicator = (over: Partial<PlanIndicatorEntity>) =>
    ds.getRepository(PlanIndicatorEntity).insert({
      planId,
      objectiveId: null,
      actionId: null,
      orderKey: 'a0',
      kind: 'output',
      direction: 'higher',
      baselineValue: null,
      baselineDate: null,
      baselineSource: '',
      targetValue: null,
      targetDate: null,
      rangeMin: null,
      rangeMax: null,
      sourceHash: 'test',
      ...over,
    } as PlanIndicatorEntity);
  await indicator({
    id: ids.families,
    objectiveId: ids.ob1,
    name: 'Famiglie raggiunte',
    unit: 'famiglie',
    baselineValue: 120,
    baselineDate: '2024-12-31',
    targetValue: 300,
    targetDate: '2027-12-31',
    rangeMin: 240,
    rangeMax: 300,
  });
  await indicator({
    id: ids.waiting,
    objectiveId: ids.ob2,
    kind: 'outcome',
    name: 'Tempo medio di attesa',
    unit: 'giorni',
    direction: 'lower',
    baselineValue: 60,
    targetValue: 30,
  });
  await indicator({
    id: ids.internships,
    actionId: ids.a3,
    name: 'Tirocini attivati',
    unit: 'tirocini',
    baselineValue: 0,
    targetValue: 25,
    rangeMin: 20,
    rangeMax: 25,
  });
  const documents = t.app.get(PlanDocumentService);
  await documents.seedFromRows(planId, authorUserId);
  await documents.flush(planId);
  await ds.getRepository(PlanIndicatorObservationEntity).insert([
    { indicatorId: ids.families, observedOn: '2025-12-31', value: 150, note: null, source: 'Servizi sociali', recordedBy: authorUserId },
    { indicatorId: ids.families, observedOn: '2026-06-30', value: 260, note: null, source: 'Servizi sociali', recordedBy: authorUserId },
    { indicatorId: ids.internships, observedOn: '2026-03-31', value: 27, note: null, source: null, recordedBy: authorUserId },
  ]);
  return ids;
}
