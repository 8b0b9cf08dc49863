import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanActionStatus } from '@cantiere/domain';
import { asNumber } from '../plan-columns';
import type { PlanEntity } from '../plan.entity';

/*
 * Monitoring rows are keyed by the plan's lineage and the record's stable id, never by a plan row nor with foreign
 * keys to the projected records: a revision replaces the plan's rows (and may be a new plan row) while the history
 * and the current monitored values must carry over to it.
 */

/** Which lineage a plan row belongs to: a revision made as a new row names its predecessor's lineage here. */
@Entity('plan_lineages')
export class PlanLineageEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_lineages_pkey' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_lineages_plan_id_fkey' })
  plan?: PlanEntity;

  @Index('plan_lineages_lineage_id_idx')
  @Column({ type: 'uuid' })
  lineageId!: string;
}

/** An action's monitored status and progress, as its lead organisation last reported them. */
@Entity('plan_action_monitoring')
@Check('plan_action_monitoring_status_check', `"status" IN ('planned', 'in_progress', 'suspended', 'completed', 'cancelled')`)
@Check('plan_action_monitoring_progress_check', `"progress" BETWEEN 0 AND 100`)
export class PlanActionMonitoringEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_monitoring_pkey' })
  lineageId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_monitoring_pkey' })
  actionId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: PlanActionStatus;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Spent to date by funding source, in cents. */
@Entity('plan_action_spending')
@Check('plan_action_spending_spent_cents_check', `"spent_cents" >= 0`)
export class PlanActionSpendingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_spending_pkey' })
  lineageId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_spending_pkey' })
  actionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'plan_action_spending_pkey' })
  fundingSource!: string;

  @Column({ type: 'bigint', transformer: asNumber })
  spentCents!: number;
}

/** A milestone's monitored state: done or not, and its date when it moved. */
@Entity('plan_milestone_monitoring')
export class PlanMilestoneMonitoringEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_milestone_monitoring_pkey' })
  lineageId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_milestone_monitoring_pkey' })
  actionId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_milestone_monitoring_pkey' })
  milestoneId!: string;

  @Column({ type: 'boolean' })
  done!: boolean;

  @Column({ type: 'date' })
  dueOn!: string;
}

/** A value as an entry keeps it: a status, a number, a flag, a date, an observation. */
export type EntryValue = string | number | boolean | { date: string; value: number; source: string | null } | null;

/** One change made through the monitoring forms: the action's timeline. Names are copied: the entry is a record. */
@Entity('plan_monitoring_entries')
@Index('plan_monitoring_entries_lineage_id_action_id_created_at_idx', ['lineageId', 'actionId', 'createdAt'])
@Check('plan_monitoring_entries_record_kind_check', `"record_kind" IN ('action', 'milestone', 'indicator')`)
export class PlanMonitoringEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_monitoring_entries_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  lineageId!: string;

  /** The plan row it was entered on. */
  @Index('plan_monitoring_entries_plan_id_idx')
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_monitoring_entries_plan_id_fkey' })
  plan?: PlanEntity;

  /** The action whose timeline shows it (null for an indicator of an objective). */
  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  recordKind!: 'action' | 'milestone' | 'indicator';

  @Column({ type: 'uuid' })
  recordId!: string;

  @Column({ type: 'varchar', length: 30 })
  field!: string;

  /** Its place among the entries of one update (they share the transaction's time). */
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  previousValue!: EntryValue;

  @Column({ type: 'jsonb', nullable: true })
  newValue!: EntryValue;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  organisationName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An overdue milestone or action once flagged: its lead organisation is told once per item and date. */
@Entity('plan_overdue_notices')
@Check('plan_overdue_notices_record_kind_check', `"record_kind" IN ('action', 'milestone')`)
export class PlanOverdueNoticeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_overdue_notices_pkey' })
  lineageId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'plan_overdue_notices_pkey' })
  recordKind!: 'action' | 'milestone';

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_overdue_notices_pkey' })
  recordId!: string;

  /** The date it was due: moved to a later date and missed again, it is flagged anew. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'plan_overdue_notices_pkey' })
  dueOn!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid' })
  actionId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  flaggedAt!: Date;
}

export const PLAN_MONITORING_ENTITIES = [
  PlanLineageEntity,
  PlanActionMonitoringEntity,
  PlanActionSpendingEntity,
  PlanMilestoneMonitoringEntity,
  PlanMonitoringEntryEntity,
  PlanOverdueNoticeEntity,
];
