import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PlanProblem, PlanRecordKind } from '@cantiere/domain';
import type { PlanEntity } from './plan.entity';

/**
 * A record of the live plan whose merged state is invalid (concurrent valid edits can merge into an invalid one): what
 * is wrong, kept until someone fixes it. Its row, if it has one, keeps the last valid state meanwhile. Kept apart from
 * the rows because a record that was never valid has none.
 */
@Entity('plan_record_problems')
@Check('plan_record_problems_record_kind_check', `"record_kind" IN ('objective', 'action', 'indicator')`)
export class PlanRecordProblemEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_record_problems_pkey' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_record_problems_plan_id_fkey' })
  plan?: PlanEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'plan_record_problems_pkey' })
  recordId!: string;

  @Column({ type: 'varchar', length: 20 })
  recordKind!: PlanRecordKind;

  /** The record's title (or name) as the document holds it. */
  @Column({ type: 'varchar', length: 300, default: '' })
  label!: string;

  @Column({ type: 'jsonb' })
  problems!: PlanProblem[];

  /** The state these problems were found in: the same state is not judged again. */
  @Column({ type: 'varchar', length: 64 })
  sourceHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  detectedAt!: Date;
}
