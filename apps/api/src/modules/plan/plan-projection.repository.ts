import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TxHost } from '../../core/database/transaction';
import { PlanActionBudgetEntity, PlanActionPartnerEntity, PlanMilestoneEntity } from './plan-action-parts.entity';
import { PlanActionEntity } from './plan-action.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanObjectiveBudgetEntity, PlanObjectiveEntity } from './plan-objective.entity';
import type { ProjectionPlan, StoredState } from './plan-projection';
import { PlanRecordProblemEntity } from './plan-record-problem.entity';
import { PlanEntity } from './plan.entity';

/** Writes what the projection decided, in one transaction; reads what the rows hold for it to compare with. */
@Injectable()
export class PlanProjectionRepository {
  constructor(private readonly txHost: TxHost) {}

  private get tx() {
    return this.txHost.tx;
  }

  async stored(planId: string): Promise<(StoredState & { projectedSeq: number }) | null> {
    // Locked: projections of one plan by several instances take turns, so that none writes over a newer one.
    const plan = await this.tx
      .getRepository(PlanEntity)
      .findOne({ where: { id: planId }, select: { id: true, projectedSeq: true }, lock: { mode: 'pessimistic_write' } });
    if (!plan) return null;
    // One after the other: they run inside the projection's transaction, on one connection.
    const objectives = await this.tx.getRepository(PlanObjectiveEntity).find({ where: { planId }, select: { id: true, sourceHash: true, title: true } });
    const actions = await this.tx
      .getRepository(PlanActionEntity)
      .find({ where: { planId }, select: { id: true, sourceHash: true, objectiveId: true, title: true } });
    const indicators = await this.tx
      .getRepository(PlanIndicatorEntity)
      .find({ where: { planId }, select: { id: true, sourceHash: true, objectiveId: true, actionId: true, name: true } });
    const problems = await this.tx
      .getRepository(PlanRecordProblemEntity)
      .find({ where: { planId }, select: { recordId: true, sourceHash: true, recordKind: true } });
    return {
      projectedSeq: plan.projectedSeq,
      objectives: new Map(objectives.map((o) => [o.id, { hash: o.sourceHash, title: o.title }])),
      actions: new Map(actions.map((a) => [a.id, { hash: a.sourceHash, objectiveId: a.objectiveId, title: a.title }])),
      indicators: new Map(indicators.map((i) => [i.id, { hash: i.sourceHash, objectiveId: i.objectiveId, actionId: i.actionId, name: i.name }])),
      problems: new Map(problems.map((p) => [p.recordId, { hash: p.sourceHash, kind: p.recordKind }])),
    };
  }

  /** Of these record ids, those another plan's rows already use. */
  async takenByOtherPlans(planId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.tx.query(
      `SELECT id FROM plan_objectives WHERE id = ANY($1::uuid[]) AND plan_id <> $2
       UNION SELECT id FROM plan_actions WHERE id = ANY($1::uuid[]) AND plan_id <> $2
       UNION SELECT id FROM plan_indicators WHERE id = ANY($1::uuid[]) AND plan_id <> $2`,
      [ids, planId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Applies a projection: upserts in dependency order (objectives, actions, indicators), deletions in the reverse one,
   * the flags, the contributors, and the seq it was made at. Runs inside the caller's transaction.
   */
  async write(planId: string, plan: ProjectionPlan, seq: number, contributors: { actionId: string; organisationId: string }[]): Promise<void> {
    const tx = this.tx;
    if (plan.objectives.length) {
      await tx.getRepository(PlanObjectiveEntity).upsert(
        plan.objectives.map(({ id, hash, fields: f }) => ({
          id,
          planId,
          code: f.code,
          title: f.title,
          description: f.description,
          macroArea: f.macroArea,
          targetGroup: f.targetGroup,
          expectedImpact: f.expectedImpact,
          lepsCode: f.lepsCode,
          coDesigned: f.coDesigned,
          crossArea: f.crossArea,
          plannedStaff: f.plannedStaff,
          orderKey: f.order,
          sourceHash: hash,
        })),
        ['id'],
      );
      const ids = plan.objectives.map((o) => o.id);
      await tx.getRepository(PlanObjectiveBudgetEntity).delete({ objectiveId: In(ids) });
      const budgets = plan.objectives.flatMap((o) =>
        Object.entries(o.fields.budget).map(([fundingSource, plannedCents]) => ({ objectiveId: o.id, fundingSource, plannedCents })),
      );
      if (budgets.length) await tx.getRepository(PlanObjectiveBudgetEntity).insert(budgets);
    }
    if (plan.actions.length) await this.writeActions(planId, plan.actions);
    if (plan.indicators.length) {
      await tx.getRepository(PlanIndicatorEntity).upsert(
        plan.indicators.map(({ id, hash, fields: f }) => ({
          id,
          planId,
          objectiveId: f.objectiveId,
          actionId: f.actionId,
          orderKey: f.order,
          kind: f.kind,
          name: f.name,
          unit: f.unit,
          direction: f.direction,
          baselineValue: f.baseline?.value ?? null,
          baselineDate: f.baseline?.date ?? null,
          baselineSource: f.baseline?.source ?? '',
          targetValue: f.target?.value ?? null,
          targetDate: f.target?.date ?? null,
          rangeMin: f.acceptableRange?.min ?? null,
          rangeMax: f.acceptableRange?.max ?? null,
          sourceHash: hash,
        })),
        ['id'],
      );
    }
    if (plan.deleteIndicators.length) await tx.getRepository(PlanIndicatorEntity).delete({ planId, id: In(plan.deleteIndicators) });
    if (plan.deleteActions.length) await tx.getRepository(PlanActionEntity).delete({ planId, id: In(plan.deleteActions) });
    if (plan.deleteObjectives.length) await tx.getRepository(PlanObjectiveEntity).delete({ planId, id: In(plan.deleteObjectives) });
    const problems = tx.getRepository(PlanRecordProblemEntity);
    if (plan.clearProblems.length) await problems.delete({ planId, recordId: In(plan.clearProblems) });
    if (plan.problems.length) {
      await problems.upsert(
        plan.problems.map((p) => ({
          planId,
          recordId: p.recordId,
          recordKind: p.recordKind,
          label: p.label,
          problems: p.problems,
          sourceHash: p.hash,
          detectedAt: new Date(),
        })),
        ['planId', 'recordId'],
      );
    }
    if (contributors.length) {
      // Only actions that have a row: one edited into an invalid state from its creation has none to hang them on yet.
      await tx.query(
        `INSERT INTO plan_action_contributors (action_id, organisation_id, last_edited_at)
         SELECT c.action_id, c.organisation_id, now() FROM unnest($1::uuid[], $2::uuid[]) AS c(action_id, organisation_id)
         WHERE EXISTS (SELECT 1 FROM plan_actions a WHERE a.id = c.action_id AND a.plan_id = $3)
         ON CONFLICT (action_id, organisation_id) DO UPDATE SET last_edited_at = EXCLUDED.last_edited_at`,
        [contributors.map((c) => c.actionId), contributors.map((c) => c.organisationId), planId],
      );
    }
    await tx.getRepository(PlanEntity).update(planId, { projectedSeq: seq });
  }

  private async writeActions(planId: string, actions: ProjectionPlan['actions']) {
    const tx = this.tx;
    await tx.getRepository(PlanActionEntity).upsert(
      actions.map(({ id, hash, fields: f }) => ({
        id,
        planId,
        objectiveId: f.objectiveId,
        orderKey: f.order,
        title: f.title,
        description: f.description,
        leadOrganisationId: f.leadOrganisationId,
        beneficiariesExpected: f.beneficiaries.expected,
        beneficiariesDescription: f.beneficiaries.description,
        startDate: f.startDate,
        endDate: f.endDate,
        status: f.status,
        progress: f.progress,
        weight: f.weight,
        sourceHash: hash,
      })),
      ['id'],
    );
    const ids = actions.map((a) => a.id);
    for (const entity of [PlanActionPartnerEntity, PlanActionBudgetEntity, PlanMilestoneEntity]) await tx.getRepository(entity).delete({ actionId: In(ids) });
    const partners = actions.flatMap((a) =>
      Object.entries(a.fields.partners).map(([organisationId, p]) => ({ actionId: a.id, organisationId, role: p.role, budgetShareCents: p.budgetShareCents })),
    );
    if (partners.length) await tx.getRepository(PlanActionPartnerEntity).insert(partners);
    const budgets = actions.flatMap((a) =>
      [...new Set([...Object.keys(a.fields.budgetPlanned), ...Object.keys(a.fields.budgetSpent)])].map((fundingSource) => ({
        actionId: a.id,
        fundingSource,
        plannedCents: a.fields.budgetPlanned[fundingSource] ?? 0,
        spentCents: a.fields.budgetSpent[fundingSource] ?? 0,
      })),
    );
    if (budgets.length) await tx.getRepository(PlanActionBudgetEntity).insert(budgets);
    const milestones = actions.flatMap((a) =>
      Object.entries(a.fields.milestones).map(([id, m]) => ({ actionId: a.id, id, dueOn: m.date, title: m.title, done: m.done })),
    );
    if (milestones.length) await tx.getRepository(PlanMilestoneEntity).insert(milestones);
  }
}
