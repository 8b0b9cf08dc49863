import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind, AgendaItemOutcome, AgendaItemStatus } from '@cantiere/domain';
import type { MeetingEntity } from '../meeting';
import type { OrganisationEntity } from '../organisation';
import type { PersonEntity } from '../person';

/** An item of the ordine del giorno; `position` orders the items of a meeting. */
@Entity('agenda_items')
@Check('agenda_items_kind_check', `"kind" IN ('information', 'discussion', 'decision')`)
@Check('agenda_items_status_check', `"status" IN ('pending', 'discussed', 'not_discussed')`)
@Check('agenda_items_outcome_check', `"outcome" IN ('discussed', 'not_discussed', 'postponed')`)
@Check('agenda_items_source_type_check', `"source_type" IN ('agenda_item', 'decision', 'action')`)
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('agenda_items_meeting_id_idx')
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_items_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'discussion' })
  kind!: AgendaItemKind;

  @Column({ type: 'int', default: 15 })
  plannedMinutes!: number;

  @Column({ type: 'uuid', nullable: true })
  presenterPersonId!: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_person_id', foreignKeyConstraintName: 'agenda_items_presenter_person_id_fkey' })
  presenter?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  presenterOrganisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_organisation_id', foreignKeyConstraintName: 'agenda_items_presenter_organisation_id_fkey' })
  presenterOrganisation?: OrganisationEntity | null;

  /** Shared documents of the space linked to the item (ids of `documents`). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  documentIds!: string[];

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: AgendaItemStatus;

  /**
   * The outcome the facilitator recorded, kept apart from `status` (which run mode sets as items are clicked through),
   * so that the verbale can prefer a deliberate choice to what the minutes' content and run mode imply.
   */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: AgendaItemOutcome | null;

  /** Time spent on the item in run mode, summed over every time it was current. */
  @Column({ type: 'int', default: 0 })
  spentSeconds!: number;

  /** The item's section of the minutes as plain text (discussion, without decision and action blocks), projected on save. */
  @Column({ type: 'text', default: '' })
  minutesText!: string;

  /** Where an item carried over from the backlog came from. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  sourceType!: 'agenda_item' | 'decision' | 'action' | null;

  @Index('agenda_items_source_id_idx')
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;
}
