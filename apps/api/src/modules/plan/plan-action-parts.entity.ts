import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PartnerRole } from '@cantiere/domain';
import type { OrganisationEntity } from '../organisation';
import { asNumber } from './plan-columns';
import type { PlanActionEntity } from './plan-action.entity';

/*
 * An action's partners, money and milestones are child tables rather than jsonb: an organisation's page lists the
 * actions it partners in, budgets are summed by funding source and by organisation, overdue milestones are found by
 * date, and organisations are foreign keys. Each is replaced whole when its action is projected.
 */

@Entity('plan_action_partners')
@Check('plan_action_partners_role_check', `"role" IN ('capofila', 'partner', 'collaborating')`)
@Check('plan_action_partners_budget_share_cents_check', `"budget_share_cents" >= 0`)
export class PlanActionPartnerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_partners_pkey' })
  actionId!: string;

  @ManyToOne('PlanActionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'plan_action_partners_action_id_fkey' })
  action?: PlanActionEntity;

  @Index('plan_action_partners_organisation_id_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_partners_pkey' })
  organisationId!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'plan_action_partners_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: PartnerRole;

  @Column({ type: 'bigint', nullable: true, transformer: asNumber })
  budgetShareCents!: number | null;
}

/** An action's money by funding source, in cents: planned and spent. */
@Entity('plan_action_budgets')
@Check('plan_action_budgets_planned_cents_check', `"planned_cents" >= 0`)
@Check('plan_action_budgets_spent_cents_check', `"spent_cents" >= 0`)
export class PlanActionBudgetEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_budgets_pkey' })
  actionId!: string;

  @ManyToOne('PlanActionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'plan_action_budgets_action_id_fkey' })
  action?: PlanActionEntity;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'plan_action_budgets_pkey' })
  fundingSource!: string;

  @Column({ type: 'bigint', default: 0, transformer: asNumber })
  plannedCents!: number;

  @Column({ type: 'bigint', default: 0, transformer: asNumber })
  spentCents!: number;
}

/** Keyed by action too: a milestone copied from another action keeps its id without clashing. */
@Entity('plan_milestones')
export class PlanMilestoneEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_milestones_pkey' })
  actionId!: string;

  /** The milestone's id in the live document. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_milestones_pkey' })
  id!: string;

  @ManyToOne('PlanActionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'plan_milestones_action_id_fkey' })
  action?: PlanActionEntity;

  @Index('plan_milestones_due_on_idx')
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'boolean', default: false })
  done!: boolean;
}

/**
 * The organisations whose people edited an action live, recorded when the plan is projected: compaction later folds
 * the log and forgets who wrote each update.
 */
@Entity('plan_action_contributors')
export class PlanActionContributorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_contributors_pkey' })
  actionId!: string;

  @ManyToOne('PlanActionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'plan_action_contributors_action_id_fkey' })
  action?: PlanActionEntity;

  @Index('plan_action_contributors_organisation_id_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_action_contributors_pkey' })
  organisationId!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'plan_action_contributors_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'timestamptz' })
  lastEditedAt!: Date;
}
