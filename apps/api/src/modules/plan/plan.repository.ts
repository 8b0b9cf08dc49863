import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TxHost } from '../../core/database/transaction';
import { PlanActionBudgetEntity, PlanMilestoneEntity } from './plan-action-parts.entity';
import { PlanActionEntity } from './plan-action.entity';
import { PlanIndicatorEntity, PlanIndicatorObservationEntity } from './plan-indicator.entity';
import { PlanObjectiveBudgetEntity, PlanObjectiveEntity } from './plan-objective.entity';
import { PlanRecordProblemEntity } from './plan-record-problem.entity';
import { PlanEntity } from './plan.entity';

export interface NamedOrganisation {
  organisationId: string;
  organisationName: string;
}

/** Everything a plan's page reads, from rows: one query per table, whatever the number of records. */
export interface PlanRows {
  plan: PlanEntity;
  objectives: PlanObjectiveEntity[];
  objectiveBudgets: PlanObjectiveBudgetEntity[];
  actions: PlanActionEntity[];
  organisationNames: Map<string, string>;
  partners: (NamedOrganisation & { actionId: string; role: string; budgetShareCents: number | null })[];
  actionBudgets: PlanActionBudgetEntity[];
  milestones: PlanMilestoneEntity[];
  contributors: (NamedOrganisation & { actionId: string })[];
  indicators: PlanIndicatorEntity[];
  observations: PlanIndicatorObservationEntity[];
  problems: PlanRecordProblemEntity[];
}

/** What a list of plans shows of each: counts, money and the progress inputs. */
export interface PlanSummaryRows {
  counts: Map<string, { objectives: number; actions: number; indicators: number; problems: number; plannedCents: number }>;
  actions: Map<string, { objectiveId: string; progress: number; weight: number; status: PlanActionEntity['status'] }[]>;
}

@Injectable()
export class PlanRepository {
  constructor(private readonly txHost: TxHost) {}

  private get tx() {
    return this.txHost.tx;
  }

  find(id: string): Promise<PlanEntity | null> {
    return this.tx.getRepository(PlanEntity).findOne({ where: { id }, relations: { space: true } });
  }

  /** The plans among `ids` with their space, for the access rules. */
  findMany(ids: readonly string[]): Promise<PlanEntity[]> {
    return this.tx.getRepository(PlanEntity).find({ where: { id: In([...ids]) }, relations: { space: true } });
  }

  listBySpace(spaceId: string, status?: PlanEntity['status']): Promise<PlanEntity[]> {
    return this.tx.getRepository(PlanEntity).find({
      where: { spaceId, ...(status ? { status } : {}) },
      relations: { space: true },
      order: { startYear: 'DESC', createdAt: 'DESC' },
    });
  }

  insert(values: Pick<PlanEntity, 'spaceId' | 'title' | 'startYear' | 'endYear' | 'createdBy'>): Promise<PlanEntity> {
    const repo = this.tx.getRepository(PlanEntity);
    return repo.save(repo.create({ ...values, status: 'draft' }));
  }

  async update(id: string, columns: Partial<PlanEntity>): Promise<void> {
    await this.tx.getRepository(PlanEntity).update(id, columns);
  }

  async rows(plan: PlanEntity): Promise<PlanRows> {
    const planId = plan.id;
    // One after the other: inside a transaction they share one connection anyway.
    const objectives = await this.tx.getRepository(PlanObjectiveEntity).find({ where: { planId } });
    const actions = await this.tx.getRepository(PlanActionEntity).find({ where: { planId } });
    const indicators = await this.tx.getRepository(PlanIndicatorEntity).find({ where: { planId } });
    const problems = await this.tx.getRepository(PlanRecordProblemEntity).find({ where: { planId }, order: { detectedAt: 'ASC' } });
    const actionIds = actions.map((a) => a.id);
    const objectiveBudgets = await this.tx.getRepository(PlanObjectiveBudgetEntity).find({ where: { objectiveId: In(objectives.map((o) => o.id)) } });
    const actionBudgets = await this.tx.getRepository(PlanActionBudgetEntity).find({ where: { actionId: In(actionIds) } });
    const milestones = await this.tx.getRepository(PlanMilestoneEntity).find({ where: { actionId: In(actionIds) }, order: { dueOn: 'ASC', title: 'ASC' } });
    const observations = await this.tx
      .getRepository(PlanIndicatorObservationEntity)
      .find({ where: { indicatorId: In(indicators.map((i) => i.id)) }, order: { observedOn: 'ASC' } });
    const partners: (NamedOrganisation & { actionId: string; role: string; budgetShareCents: string | null })[] = await this.tx.query(
      `SELECT p.action_id AS "actionId", p.organisation_id AS "organisationId", o.name AS "organisationName", p.role, p.budget_share_cents AS "budgetShareCents"
         FROM plan_action_partners p JOIN organisations o ON o.id = p.organisation_id WHERE p.action_id = ANY($1::uuid[]) ORDER BY o.name`,
      [actionIds],
    );
    const contributors: (NamedOrganisation & { actionId: string })[] = await this.tx.query(
      `SELECT c.action_id AS "actionId", c.organisation_id AS "organisationId", o.name AS "organisationName"
         FROM plan_action_contributors c JOIN organisations o ON o.id = c.organisation_id WHERE c.action_id = ANY($1::uuid[]) ORDER BY o.name`,
      [actionIds],
    );
    const leads: { id: string; name: string }[] = await this.tx.query(`SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`, [
      [...new Set(actions.map((a) => a.leadOrganisationId).filter((id): id is string => !!id))],
    ]);
    return {
      plan,
      objectives,
      objectiveBudgets,
      actions,
      organisationNames: new Map(leads.map((o) => [o.id, o.name])),
      partners: partners.map((p) => ({ ...p, budgetShareCents: p.budgetShareCents === null ? null : Number(p.budgetShareCents) })),
      actionBudgets,
      milestones,
      contributors,
      indicators,
      observations,
      problems,
    };
  }

  /** Counts, planned money and the actions' progress inputs of many plans, in four queries. */
  async summaries(planIds: string[]): Promise<PlanSummaryRows> {
    const counts: PlanSummaryRows['counts'] = new Map(planIds.map((id) => [id, { objectives: 0, actions: 0, indicators: 0, problems: 0, plannedCents: 0 }]));
    const actions: PlanSummaryRows['actions'] = new Map(planIds.map((id) => [id, []]));
    if (!planIds.length) return { counts, actions };
    const rows: { plan_id: string; what: string; n: string }[] = await this.tx.query(
      `SELECT plan_id, 'objectives' AS what, count(*) AS n FROM plan_objectives WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id
       UNION ALL SELECT plan_id, 'indicators', count(*) FROM plan_indicators WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id
       UNION ALL SELECT plan_id, 'problems', count(*) FROM plan_record_problems WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id
       UNION ALL SELECT o.plan_id, 'plannedCents', sum(b.planned_cents) FROM plan_objective_budgets b JOIN plan_objectives o ON o.id = b.objective_id
         WHERE o.plan_id = ANY($1::uuid[]) GROUP BY o.plan_id`,
      [planIds],
    );
    for (const r of rows) (counts.get(r.plan_id)! as Record<string, number>)[r.what] = Number(r.n);
    const list = await this.tx.getRepository(PlanActionEntity).find({
      where: { planId: In(planIds) },
      select: { id: true, planId: true, objectiveId: true, progress: true, weight: true, status: true },
    });
    for (const a of list) {
      actions.get(a.planId)!.push(a);
      counts.get(a.planId)!.actions += 1;
    }
    return { counts, actions };
  }
}
