import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TxHost } from '../../../core/database/transaction';
import { PlanActionBudgetEntity, PlanMilestoneEntity } from '../plan-action-parts.entity';
import { PlanActionEntity } from '../plan-action.entity';
import { PlanIndicatorEntity, PlanIndicatorObservationEntity } from '../plan-indicator.entity';
import { PlanObjectiveEntity } from '../plan-objective.entity';
import { PlanEntity } from '../plan.entity';
import {
  PlanActionMonitoringEntity,
  PlanActionSpendingEntity,
  PlanLineageEntity,
  PlanMilestoneMonitoringEntity,
  PlanMonitoringEntryEntity,
  PlanOverdueNoticeEntity,
} from './plan-monitoring.entities';

/** The adopted rows of a plan that monitoring starts from, and what was reported on them since. */
export interface MonitoringRows {
  objectives: Pick<PlanObjectiveEntity, 'id'>[];
  actions: PlanActionEntity[];
  budgets: PlanActionBudgetEntity[];
  milestones: PlanMilestoneEntity[];
  indicators: PlanIndicatorEntity[];
  observations: PlanIndicatorObservationEntity[];
  states: PlanActionMonitoringEntity[];
  spending: PlanActionSpendingEntity[];
  milestoneStates: PlanMilestoneMonitoringEntity[];
  lastUpdates: Map<string, Date>;
}

export type NewEntry = Omit<PlanMonitoringEntryEntity, 'id' | 'createdAt' | 'plan'>;

@Injectable()
export class PlanMonitoringRepository {
  constructor(private readonly txHost: TxHost) {}

  private get tx() {
    return this.txHost.tx;
  }

  /** A plan row's lineage: the one it continues, or its own id. */
  async lineageOf(planId: string): Promise<string> {
    const row = await this.tx.getRepository(PlanLineageEntity).findOne({ where: { planId } });
    return row?.lineageId ?? planId;
  }

  async setLineage(planId: string, lineageId: string): Promise<void> {
    await this.tx.getRepository(PlanLineageEntity).upsert({ planId, lineageId }, ['planId']);
  }

  /** The plans whose updates are taken (see `isPlanMonitored`), with their space. */
  monitoredPlans(): Promise<PlanEntity[]> {
    return this.tx
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where(`p.status = 'adopted' OR (p.status IN ('under_revision', 'submitted') AND p.adopted_at IS NOT NULL)`)
      .getMany();
  }

  async rows(planId: string, lineageId: string): Promise<MonitoringRows> {
    const objectives = await this.tx.getRepository(PlanObjectiveEntity).find({ where: { planId }, select: { id: true } });
    const actions = await this.tx.getRepository(PlanActionEntity).find({ where: { planId } });
    const actionIds = actions.map((a) => a.id);
    const indicators = await this.tx.getRepository(PlanIndicatorEntity).find({ where: { planId } });
    const budgets = await this.tx.getRepository(PlanActionBudgetEntity).find({ where: { actionId: In(actionIds) } });
    const milestones = await this.tx.getRepository(PlanMilestoneEntity).find({ where: { actionId: In(actionIds) }, order: { dueOn: 'ASC', title: 'ASC' } });
    const observations = await this.tx
      .getRepository(PlanIndicatorObservationEntity)
      .find({ where: { indicatorId: In(indicators.map((i) => i.id)) }, order: { observedOn: 'ASC', createdAt: 'ASC' } });
    const states = await this.tx.getRepository(PlanActionMonitoringEntity).find({ where: { lineageId, actionId: In(actionIds) } });
    const spending = await this.tx.getRepository(PlanActionSpendingEntity).find({ where: { lineageId, actionId: In(actionIds) } });
    const milestoneStates = await this.tx.getRepository(PlanMilestoneMonitoringEntity).find({ where: { lineageId, actionId: In(actionIds) } });
    const last: { action_id: string; at: Date }[] = await this.tx.query(
      `SELECT action_id, max(created_at) AS at FROM plan_monitoring_entries WHERE lineage_id = $1 AND action_id = ANY($2::uuid[]) GROUP BY action_id`,
      [lineageId, actionIds],
    );
    return {
      objectives,
      actions,
      budgets,
      milestones,
      indicators,
      observations,
      states,
      spending,
      milestoneStates,
      lastUpdates: new Map(last.map((r) => [r.action_id, r.at])),
    };
  }

  findAction(planId: string, actionId: string): Promise<PlanActionEntity | null> {
    return this.tx.getRepository(PlanActionEntity).findOne({ where: { id: actionId, planId } });
  }

  findIndicator(planId: string, indicatorId: string): Promise<PlanIndicatorEntity | null> {
    return this.tx.getRepository(PlanIndicatorEntity).findOne({ where: { id: indicatorId, planId } });
  }

  /** The actions of an objective, for who may record its indicators' values. */
  actionsOfObjective(objectiveId: string): Promise<PlanActionEntity[]> {
    return this.tx.getRepository(PlanActionEntity).find({ where: { objectiveId }, select: { id: true, leadOrganisationId: true } });
  }

  /** The actions among `ids` with their plan and its space, for the access rule. */
  actionsWithPlan(ids: readonly string[]): Promise<PlanActionEntity[]> {
    return this.tx.getRepository(PlanActionEntity).find({
      where: { id: In([...ids]) },
      relations: { plan: true },
      select: { id: true, leadOrganisationId: true, planId: true, plan: { id: true, spaceId: true, status: true, adoptedAt: true } },
    });
  }

  async saveActionState(row: PlanActionMonitoringEntity): Promise<void> {
    await this.tx.getRepository(PlanActionMonitoringEntity).upsert(row, ['lineageId', 'actionId']);
  }

  async saveSpending(rows: PlanActionSpendingEntity[]): Promise<void> {
    if (rows.length) await this.tx.getRepository(PlanActionSpendingEntity).upsert(rows, ['lineageId', 'actionId', 'fundingSource']);
  }

  async saveMilestones(rows: PlanMilestoneMonitoringEntity[]): Promise<void> {
    if (rows.length) await this.tx.getRepository(PlanMilestoneMonitoringEntity).upsert(rows, ['lineageId', 'actionId', 'milestoneId']);
  }

  async addObservation(row: Pick<PlanIndicatorObservationEntity, 'indicatorId' | 'observedOn' | 'value' | 'note' | 'source' | 'recordedBy'>): Promise<void> {
    await this.tx.getRepository(PlanIndicatorObservationEntity).insert(row);
  }

  async addEntries(entries: NewEntry[]): Promise<void> {
    if (entries.length) await this.tx.getRepository(PlanMonitoringEntryEntity).insert(entries);
  }

  /** An action's timeline across its lineage, newest first (entries of one update keep the order they were written in). */
  timeline(lineageId: string, actionId: string): Promise<PlanMonitoringEntryEntity[]> {
    return this.tx
      .getRepository(PlanMonitoringEntryEntity)
      .createQueryBuilder('e')
      .where('e.lineage_id = :lineageId AND e.action_id = :actionId', { lineageId, actionId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.position', 'ASC')
      .getMany();
  }

  /** The lineage's entries written after `at`, newest first: what to undo to read the monitoring as it stood at `at`. */
  entriesAfter(lineageId: string, at: Date): Promise<PlanMonitoringEntryEntity[]> {
    return this.tx
      .getRepository(PlanMonitoringEntryEntity)
      .createQueryBuilder('e')
      .where('e.lineage_id = :lineageId AND e.created_at > :at', { lineageId, at })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.position', 'DESC')
      .getMany();
  }

  /** Flags an overdue item; false when it was flagged before (for that due date), so that it is notified once. */
  async flagOverdue(notice: Omit<PlanOverdueNoticeEntity, 'flaggedAt'>): Promise<boolean> {
    const result = await this.tx.createQueryBuilder().insert().into(PlanOverdueNoticeEntity).values(notice).orIgnore().returning(['recordId']).execute();
    return result.raw.length > 0;
  }
}
