import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The append-only log of acknowledged updates. Rows up to the document's snapshot are folded: their update is null,
 * and they stay a while only so that a resent msgId gets its first seq back.
 */
@Entity('collab_updates')
@Index('collab_updates_doc_msg_key', ['docId', 'msgId'], { unique: true })
export class CollabUpdateEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  docId!: string;

  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ type: 'varchar', length: 100 })
  msgId!: string;

  @Column({ type: 'uuid', nullable: true })
  author!: string | null;

  @Column({ type: 'bytea', nullable: true })
  update!: Buffer | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
