import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A point in a document's history: automatic during activity, or named (e.g. "verbale approvato"). */
@Entity('collab_versions')
@Index('collab_versions_doc_idx', ['docId', 'createdAt'])
@Check('collab_versions_kind_check', `"kind" IN ('auto', 'named', 'restore')`)
export class CollabVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  docId!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ type: 'varchar', length: 10 })
  kind!: 'auto' | 'named' | 'restore';

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'bytea' })
  snapshot!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
