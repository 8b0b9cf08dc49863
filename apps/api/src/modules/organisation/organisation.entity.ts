import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationType } from '@cantiere/domain';

/** A member of the network: a public body, a third-sector organisation or a social partner. */
@Entity('organisations')
@Check(
  'organisations_type_check',
  `"type" IN ('comune', 'ats', 'asst', 'school', 'cooperativa_sociale', 'aps', 'odv', 'fondazione', 'impresa_sociale', 'union', 'trade_association', 'parish_caritas', 'other')`,
)
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

  @Column({ type: 'varchar', length: 100, nullable: true })
  comune!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
