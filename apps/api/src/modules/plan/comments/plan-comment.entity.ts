import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanCommentTarget } from '@cantiere/domain';
import type { PlanEntity } from '../plan.entity';

/** An organisation a comment mentions, with its name as it was when mentioned (the comment reads as written). */
export interface MentionedOrganisation {
  organisationId: string;
  name: string;
}

/**
 * A comment on an objective or an action of a plan. Kept as a row outside the live document so that it survives the
 * document's freezing at adoption. The author's name and organisation are signed into the row, as on a remark.
 */
@Entity('plan_comments')
@Check('plan_comments_record_kind_check', `"record_kind" IN ('objective', 'action')`)
@Index('plan_comments_plan_id_record_id_idx', ['planId', 'recordId'])
export class PlanCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_comments_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_comments_plan_id_fkey' })
  plan?: PlanEntity;

  @Column({ type: 'varchar', length: 20 })
  recordKind!: PlanCommentTarget;

  /** The objective or action (an id of the live document, kept when the record is later removed). */
  @Column({ type: 'uuid' })
  recordId!: string;

  /** The thread's root; null for a root. */
  @Index('plan_comments_parent_id_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mentions!: MentionedOrganisation[];

  @Column({ type: 'uuid' })
  authorUserId!: string;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  authorOrganisation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** A deleted comment keeps its row (and its replies their thread); its text is emptied. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  resolvedByName!: string | null;
}
