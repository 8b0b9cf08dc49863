import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActionStatus } from '@cantiere/domain';
import type { AgendaItemEntity } from '../agenda';
import type { MeetingEntity } from '../meeting';
import type { OrganisationEntity } from '../organisation';
import type { PersonEntity } from '../person';

/**
 * An action block of the minutes, projected on save. What, who and when come from the block; the status is
 * kept here (the responsible organisation updates it), so the projection never overwrites it.
 */
@Entity('actions')
@Index('actions_meeting_block_key', ['meetingId', 'blockId'], { unique: true })
@Check('actions_status_check', `"status" IN ('open', 'in_progress', 'done', 'cancelled')`)
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'actions_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Index('actions_agenda_item_id_idx')
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne('AgendaItemEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'actions_agenda_item_id_fkey' })
  agendaItem?: AgendaItemEntity | null;

  @Index('actions_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @Column({ type: 'varchar', length: 64 })
  blockId!: string;

  @Column({ type: 'text' })
  what!: string;

  @Index('actions_responsible_organisation_id_idx')
  @Column({ type: 'uuid', nullable: true })
  responsibleOrganisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_organisation_id', foreignKeyConstraintName: 'actions_responsible_organisation_id_fkey' })
  responsibleOrganisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  responsiblePersonId!: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_person_id', foreignKeyConstraintName: 'actions_responsible_person_id_fkey' })
  responsiblePerson?: PersonEntity | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: ActionStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
