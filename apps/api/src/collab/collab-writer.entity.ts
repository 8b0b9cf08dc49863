import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who writes as which Yjs client in a document. Every piece of a Y.Doc carries the id of the client that inserted it,
 * and each client's updates arrive on one person's socket: with this table the server can tell who wrote any passage,
 * after compaction too (the snapshot keeps the client ids). Server-made changes (layouts, restores) are not recorded.
 */
@Entity('collab_writers')
export class CollabWriterEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  docId!: string;

  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  clientId!: number;

  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
