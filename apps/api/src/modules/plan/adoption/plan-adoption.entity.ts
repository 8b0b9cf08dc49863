import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionEntity } from '../../outcome';
import type { PlanEntity } from '../plan.entity';

/**
 * One adoption of a plan: the act that adopted it and the frozen record (kind `plan`, same version) that holds the plan
 * as adopted. The version in force is the one not superseded; adopting a revision supersedes it. Rows are only ever
 * added, and superseded once.
 */
@Entity('plan_adoptions')
@Index('plan_adoptions_plan_id_version_key', ['planId', 'version'], { unique: true })
@Check('plan_adoptions_sha256_check', `"sha256" ~ '^[0-9a-f]{64}$'`)
export class PlanAdoptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_adoptions_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  // A plan that was ever adopted keeps its history: it cannot be deleted from under it.
  @ManyToOne('PlanEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_adoptions_plan_id_fkey' })
  plan?: PlanEntity;

  @Column({ type: 'int' })
  version!: number;

  /** The frozen record of this version (`frozen_records`, kind `plan`, subject the plan). */
  @Column({ type: 'uuid' })
  frozenRecordId!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Index('plan_adoptions_decision_id_idx')
  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  // The record keeps the decision's text as adopted; the link goes if the decision itself is ever removed (so no
  // check ties it to the act's columns: the minutes' projection must stay free to drop a decision).
  @ManyToOne('DecisionEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'plan_adoptions_decision_id_fkey' })
  decision?: DecisionEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actBody!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  actNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  actDate!: string | null;

  @Column({ type: 'timestamptz' })
  adoptedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  adoptedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  /** The adoption of the revision that replaced this one. */
  @Column({ type: 'uuid', nullable: true })
  supersededById!: string | null;

  @ManyToOne('PlanAdoptionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'superseded_by_id', foreignKeyConstraintName: 'plan_adoptions_superseded_by_id_fkey' })
  supersededBy?: PlanAdoptionEntity | null;
}
