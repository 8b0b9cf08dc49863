import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanStatus } from '@cantiere/domain';
import type { DocumentEntity } from '../document';
import type { DecisionEntity } from '../outcome';
import type { SpaceEntity } from '../space';

/**
 * An action plan of a space (the Piano di Zona's poverty section, or a table's own plan); it takes the space's rights.
 * Its objectives, actions and indicators live in the Yjs document `action-plan:<id>` and are projected into the
 * plan_* tables; this row holds the header REST edits and the cycle.
 */
@Entity('plans')
@Check('plans_status_check', `"status" IN ('draft', 'submitted', 'adopted', 'under_revision', 'closed')`)
@Check('plans_period_check', `"end_year" >= "start_year"`)
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plans_pkey' })
  id!: string;

  @Index('plans_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne('SpaceEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'plans_space_id_fkey' })
  space?: SpaceEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'smallint' })
  startYear!: number;

  @Column({ type: 'smallint' })
  endYear!: number;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: PlanStatus;

  /** The decision of a meeting that adopted (or is to adopt) the plan. */
  @Column({ type: 'uuid', nullable: true })
  adoptingDecisionId!: string | null;

  @ManyToOne('DecisionEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adopting_decision_id', foreignKeyConstraintName: 'plans_adopting_decision_id_fkey' })
  adoptingDecision?: DecisionEntity | null;

  /** The administrative act: the body that adopted it, the act's number and date. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  adoptingActBody!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  adoptingActNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  adoptingActDate!: string | null;

  /** The introduction, plain text (taken from an old free-text plan document, or written later). */
  @Column({ type: 'text', default: '' })
  introduction!: string;

  /** The `action_plan_draft` document the introduction came from: kept, readable, and linked both ways. */
  @Column({ type: 'uuid', nullable: true })
  introductionDocumentId!: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduction_document_id', foreignKeyConstraintName: 'plans_introduction_document_id_fkey' })
  introductionDocument?: DocumentEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  /** The document's seq the rows were last projected from: the log after it names who edited what since. */
  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  projectedSeq!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
