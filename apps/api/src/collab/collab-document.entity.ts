import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) };

/** One shared document: its compacted snapshot and the sequence counter of its update log. */
@Entity('collab_documents')
export class CollabDocumentEntity {
  /** The protocol's doc id, `<kind>:<uuid>`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  /** Yjs state of every update up to `snapshotSeq`, or null before the first compaction. */
  @Column({ type: 'bytea', nullable: true })
  snapshot!: Buffer | null;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  snapshotSeq!: number;

  /** Last sequence number handed out; grows by one per committed update, across instances. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  lastSeq!: number;

  /** Set when the text is final (approved minutes): the append statement stores nothing more, from any instance. */
  @Column({ type: 'boolean', default: false })
  frozen!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
