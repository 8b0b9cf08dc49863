import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { PlanRecordKind } from '@cantiere/domain';
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
    // One query for the hashes and owners of every row and flag: a projection reads them on each run, and the
    // round trips, not the rows, are what cost here.
    const rows: { source: 'o' | 'a' | 'i' | 'p'; id: string; hash: string; label: string | null; objective_id: string | null; action_id: string | null }[] =
      await this.tx.query(
        `SELECT 'o' AS source, id, source_hash AS hash, title AS label, NULL::uuid AS objective_id, NULL::uuid AS action_id
           FROM plan_objectives WHERE plan_id = $1
         UNION ALL SELECT 'a', id, source_hash, title, objective_id, NULL FROM plan_actions WHERE plan_id = $1
         UNION ALL SELECT 'i', id, source_hash, name, objective_id, action_id FROM plan_indicators WHERE plan_id = $1
         UNION ALL SELECT 'p', record_id, source_hash, record_kind, NULL, NULL FROM plan_record_problems WHERE plan_id = $1`,
        [planId],
      );
    const state: StoredState & { projectedSeq: number } = {
      projectedSeq: plan.projectedSeq,
      objectives: new Map(),
      actions: new Map(),
      indicators: new Map(),
      problems: new Map(),
    };
    for (const r of rows) {
      if (r.source === 'o') state.objectives.set(r.id, { hash: r.hash, title: r.label ?? '' });
      else if (r.source === 'a') state.actions.set(r.id, { hash: r.hash, objectiveId: r.objective_id!, title: r.label ?? '' });
      else if (r.source === 'i') state.indicators.set(r.id, { hash: r.hash, objectiveId: r.objective_id, actionId: r.action_id, name: r.label ?? '' });
      else state.problems.set(r.id, { hash: r.hash, kind: r.label as PlanRecordKind });
    }
    return state;
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
