import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PlanActionStatus } from '@cantiere/domain';
import type { OrganisationEntity } from '../organisation';
import { asNumber } from './plan-columns';
import type { PlanObjectiveEntity } from './plan-objective.entity';
import type { PlanEntity } from './plan.entity';

/** The last valid state of an action of the live plan, under its objective. Partners, money and milestones are child tables. */
@Entity('plan_actions')
@Check('plan_actions_status_check', `"status" IN ('planned', 'in_progress', 'suspended', 'completed', 'cancelled')`)
@Check('plan_actions_progress_check', `"progress" BETWEEN 0 AND 100`)
@Check('plan_actions_weight_check', `"weight" >= 0`)
@Check('plan_actions_dates_check', `"end_date" >= "start_date"`)
@Check('plan_actions_beneficiaries_expected_check', `"beneficiaries_expected" >= 0`)
export class PlanActionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_actions_pkey' })
  id!: string;

  @Index('plan_actions_plan_id_idx')
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_actions_plan_id_fkey' })
  plan?: PlanEntity;

  /** Restrict: an objective's row stays while a row of one of its actions does (see the projection). */
  @Index('plan_actions_objective_id_idx')
  @Column({ type: 'uuid' })
  objectiveId!: string;

  @ManyToOne('PlanObjectiveEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_id', foreignKeyConstraintName: 'plan_actions_objective_id_fkey' })
  objective?: PlanObjectiveEntity;

  @Column({ type: 'varchar', length: 100 })
  orderKey!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('plan_actions_lead_organisation_id_idx')
  @Column({ type: 'uuid', nullable: true })
  leadOrganisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_organisation_id', foreignKeyConstraintName: 'plan_actions_lead_organisation_id_fkey' })
  leadOrganisation?: OrganisationEntity | null;

  @Column({ type: 'int', nullable: true })
  beneficiariesExpected!: number | null;

  @Column({ type: 'text', default: '' })
  beneficiariesDescription!: string;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'planned' })
  status!: PlanActionStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'numeric', precision: 10, scale: 3, default: 1, transformer: asNumber })
  weight!: number;

  @Column({ type: 'varchar', length: 64 })
  sourceHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
