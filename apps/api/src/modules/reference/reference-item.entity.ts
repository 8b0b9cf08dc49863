import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferenceKind } from '@cantiere/domain';

/** An entry of a managed list (thematic areas, Comuni of the district, the plans' lists); retired entries stay for history. */
@Entity('reference_items')
@Check('reference_items_kind_check', `"kind" IN ('thematic_area', 'comune', 'macro_area', 'funding_source', 'leps')`)
export class ReferenceItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: ReferenceKind;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  labelIt!: string;

  @Column({ type: 'varchar', length: 120 })
  labelEn!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int', default: 0 })
  position!: number;
}
