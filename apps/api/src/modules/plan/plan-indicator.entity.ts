import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IndicatorDirection, IndicatorKind } from '@cantiere/domain';
import { asNumber } from './plan-columns';
import type { PlanActionEntity } from './plan-action.entity';
import type { PlanObjectiveEntity } from './plan-objective.entity';
import type { PlanEntity } from './plan.entity';

/** The last valid state of an indicator of the live plan, on an objective or on an action (exactly one). */
@Entity('plan_indicators')
@Check('plan_indicators_kind_check', `"kind" IN ('output', 'outcome', 'impact')`)
@Check('plan_indicators_direction_check', `"direction" IN ('higher', 'lower')`)
@Check('plan_indicators_owner_check', `num_nonnulls("objective_id", "action_id") = 1`)
@Check('plan_indicators_range_check', `"range_max" >= "range_min"`)
export class PlanIndicatorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_indicators_pkey' })
  id!: string;

  @Index('plan_indicators_plan_id_idx')
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_indicators_plan_id_fkey' })
  plan?: PlanEntity;

  @Index('plan_indicators_objective_id_idx')
  @Column({ type: 'uuid', nullable: true })
  objectiveId!: string | null;

  @ManyToOne('PlanObjectiveEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_id', foreignKeyConstraintName: 'plan_indicators_objective_id_fkey' })
  objective?: PlanObjectiveEntity | null;

  @Index('plan_indicators_action_id_idx')
  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @ManyToOne('PlanActionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'plan_indicators_action_id_fkey' })
  action?: PlanActionEntity | null;

  @Column({ type: 'varchar', length: 100 })
  orderKey!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: IndicatorKind;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  unit!: string;

  @Column({ type: 'varchar', length: 10 })
  direction!: IndicatorDirection;

  /** No baseline when null; its date and source go with it. */
  @Column({ type: 'numeric', nullable: true, transformer: asNumber })
  baselineValue!: number | null;

  @Column({ type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  baselineSource!: string;

  @Column({ type: 'numeric', nullable: true, transformer: asNumber })
  targetValue!: number | null;

  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  /** The acceptable range around the target (see `indicatorState`), both ends or neither. */
  @Column({ type: 'numeric', nullable: true, transformer: asNumber })
  rangeMin!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: asNumber })
  rangeMax!: number | null;

  @Column({ type: 'varchar', length: 64 })
  sourceHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A value observed for an indicator (monitoring, entered through forms once the plan is adopted). */
@Entity('plan_indicator_observations')
@Index('plan_indicator_observations_indicator_id_observed_on_idx', ['indicatorId', 'observedOn'])
export class PlanIndicatorObservationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_indicator_observations_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  indicatorId!: string;

  @ManyToOne('PlanIndicatorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'plan_indicator_observations_indicator_id_fkey' })
  indicator?: PlanIndicatorEntity;

  @Column({ type: 'date' })
  observedOn!: string;

  @Column({ type: 'numeric', transformer: asNumber })
  value!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  source!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
