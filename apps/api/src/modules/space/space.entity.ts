import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SpaceKind, SpaceVisibility } from '@cantiere/domain';

/** A standing body: the Cantiere, one of its thematic tables, a technical coordination group. */
@Entity('spaces')
@Check('spaces_kind_check', `"kind" IN ('cantiere', 'thematic_table', 'technical_group', 'other')`)
@Check('spaces_visibility_check', `"visibility" IN ('members', 'network')`)
@Check('spaces_quorum_kind_check', `"quorum_kind" IN ('majority', 'fraction', 'count')`)
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 30 })
  kind!: SpaceKind;

  @Index('spaces_parent_id_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'spaces_parent_id_fkey' })
  parent?: SpaceEntity | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  quorumKind!: 'majority' | 'fraction' | 'count' | null;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 4,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  quorumValue!: number | null;

  @Column({ type: 'varchar', length: 20, default: 'network' })
  visibility!: SpaceVisibility;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
