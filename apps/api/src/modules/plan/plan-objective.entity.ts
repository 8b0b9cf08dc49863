import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { asNumber } from './plan-columns';
import type { PlanEntity } from './plan.entity';

/**
 * The last valid state of an objective of the live plan. The id is the record's own (stable across revisions).
 * Macro-area, LEPS and funding codes are checked against the managed lists when projected, not by foreign keys: the
 * lists' key is (kind, code), and a retired entry must stay readable on the records that used it.
 */
@Entity('plan_objectives')
// Deferred: two objectives swapping codes in one projection pass through a moment where both hold one of them.
@Unique('plan_objectives_plan_id_code_key', ['planId', 'code'], { deferrable: 'INITIALLY DEFERRED' })
export class PlanObjectiveEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_objectives_pkey' })
  id!: string;

  @Index('plan_objectives_plan_id_idx')
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_objectives_plan_id_fkey' })
  plan?: PlanEntity;

  @Column({ type: 'varchar', length: 10 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** Plain text of the rich-text description. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  macroArea!: string | null;

  @Column({ type: 'text', default: '' })
  targetGroup!: string;

  @Column({ type: 'text', default: '' })
  expectedImpact!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  lepsCode!: string | null;

  @Column({ type: 'boolean', default: false })
  coDesigned!: boolean;

  @Column({ type: 'boolean', default: false })
  crossArea!: boolean;

  @Column({ type: 'text', default: '' })
  plannedStaff!: string;

  @Column({ type: 'varchar', length: 100 })
  orderKey!: string;

  /** SHA-256 of the record's state this row was written from: an unchanged record is not written again. */
  @Column({ type: 'varchar', length: 64 })
  sourceHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Planned money of an objective by funding source, in cents (a row per source, for sums by source in SQL). */
@Entity('plan_objective_budgets')
@Check('plan_objective_budgets_planned_cents_check', `"planned_cents" >= 0`)
export class PlanObjectiveBudgetEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_objective_budgets_pkey' })
  objectiveId!: string;

  @ManyToOne('PlanObjectiveEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id', foreignKeyConstraintName: 'plan_objective_budgets_objective_id_fkey' })
  objective?: PlanObjectiveEntity;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'plan_objective_budgets_pkey' })
  fundingSource!: string;

  @Column({ type: 'bigint', transformer: asNumber })
  plannedCents!: number;
}
