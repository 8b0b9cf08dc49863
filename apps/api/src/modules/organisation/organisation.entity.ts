import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationType } from '@cantiere/domain';

/** A member of the network: a public body, a third-sector organisation or a social partner. */
@Entity('organisations')
@Check(
  'organisations_type_check',
  `"type" IN ('comune', 'ats', 'asst', 'school', 'cooperativa_sociale', 'aps', 'odv', 'fondazione', 'impresa_sociale', 'union', 'trade_association', 'parish_caritas', 'other')`,
)
// Full-text search (Italian stemming) over the names; created by migration, an expression TypeORM cannot model.
@Index('organisations_search_idx', { synchronize: false })
@Index('organisations_thematic_areas_idx', { synchronize: false })
@Index('organisations_comuni_idx', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organisations_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  shortName!: string | null;

  @Column({ type: 'varchar', length: 40 })
  type!: OrganisationType;

  @Index('organisations_fiscal_code_key', { unique: true, where: '"fiscal_code" IS NOT NULL' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fiscalCode!: string | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  vatNumber!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  runtsNumber!: string | null;

  /** Codes from the managed list of thematic areas. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  thematicAreas!: string[];

  /** Codes of the Comuni of the district where the organisation operates. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  comuni!: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
