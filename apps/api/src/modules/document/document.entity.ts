import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DocumentKind } from '@cantiere/domain';
import type { SpaceEntity } from '../space';

/** A co-edited document of a space; its body lives in Yjs (`document:<id>`), projected here as text and HTML. */
@Entity('documents')
@Check('documents_kind_check', `"kind" IN ('working_note', 'proposal_draft', 'consultation_record', 'action_plan_draft')`)
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('documents_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne('SpaceEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'documents_space_id_fkey' })
  space?: SpaceEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: DocumentKind;

  /** Plain-text and HTML renderings of the body, refreshed on save, for search and exports. */
  @Column({ type: 'text', default: '' })
  bodyText!: string;

  @Column({ type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
