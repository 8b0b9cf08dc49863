import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A legal record as it stood when it was sealed (approved minutes; later adopted plans, documenti di sintesi):
 * its RFC 8785 canonical JSON and the SHA-256 of those bytes. Rows are never updated or deleted (a trigger refuses
 * both), so every later export is rendered from what was approved, whatever happens to the live rows afterwards.
 */
@Entity('frozen_records')
@Index('frozen_records_kind_subject_version_key', ['kind', 'subjectId', 'version'], { unique: true })
@Check('frozen_records_sha256_check', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('frozen_records_version_check', `"version" > 0`)
export class FrozenRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the record is (`verbale`, ...): it names the renderer that turns the JSON into documents. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  /** The row the record was sealed from (a meeting for a verbale); no foreign key, since the record outlives it. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  /** 1 for the first sealing; a corrected record is a new version, never an edit. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  canonicalJson!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** The renderer of `kind` at sealing: the same version renders the same JSON into the same bytes. */
  @Column({ type: 'varchar', length: 20 })
  rendererVersion!: string;

  @Column({ type: 'timestamptz' })
  frozenAt!: Date;

  /** The user who sealed it; no foreign key, for the same reason as `subjectId`. */
  @Column({ type: 'uuid', nullable: true })
  frozenBy!: string | null;

  /** People named in the record, so that erasing one can say which sealed records keep the name. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  personIds!: string[];
}
